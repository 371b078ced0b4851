-- Success-plan templates per segment or use case, applied to an account in one step; the
-- three below are where teams start, and they can be edited or removed like any other.
CREATE TABLE success_plan_templates (
  id {{primary_key}},
  key TEXT NOT NULL UNIQUE,
  version BIGINT NOT NULL DEFAULT 1,
  name TEXT NOT NULL,
  segment TEXT NOT NULL,
  description TEXT NOT NULL,
  duration_days BIGINT NOT NULL,
  objectives TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
INSERT INTO success_plan_templates (key, name, segment, description, duration_days, objectives, created_at, updated_at) VALUES
  ('sales-dx-90', '営業DX導入 90日', '中堅企業 / 営業部門', '営業チームが報告作業から解放され、顧客と話す時間を増やすまでの 90 日。', 90, '[{"title": "営業チーム全員が毎週使う", "type": "co", "kind": "adoption", "due_in_days": 60, "kpis": [{"name": "週次アクティブユーザー", "unit": "人", "baseline": 0, "target": 25, "due_in_days": 60, "usage": {"measure": "wau", "feature": ""}}], "milestones": [{"title": "キックオフ", "due_in_days": 7}, {"title": "管理者トレーニング完了", "due_in_days": 14}, {"title": "全営業に展開", "due_in_days": 45}]}, {"title": "週次報告の作成時間を半分にする", "type": "co", "kind": "problem_solved", "due_in_days": 90, "kpis": [{"name": "週次報告の作成時間", "unit": "分", "baseline": 120, "target": 60, "due_in_days": 90}], "milestones": [{"title": "現状の作業時間を計測", "due_in_days": 10}]}, {"title": "迷わず使える", "type": "cx", "kind": "functional", "due_in_days": 90, "kpis": [{"name": "操作に関する問い合わせ（月）", "unit": "件", "baseline": 20, "target": 5, "due_in_days": 90}], "milestones": [{"title": "よくある質問をポータルに公開", "due_in_days": 30}]}]', 1767225600000, 1767225600000),
  ('onboarding-30', 'オンボーディング 30日', '全セグメント / 新規顧客', '契約から最初の成果を確かめるまでの 30 日。', 30, '[{"title": "初期設定を終えて使い始める", "type": "co", "kind": "adoption", "due_in_days": 30, "kpis": [{"name": "シート利用率", "unit": "%", "baseline": 0, "target": 80, "due_in_days": 30, "usage": {"measure": "seat_utilisation", "feature": ""}}], "milestones": [{"title": "初期設定", "due_in_days": 7}, {"title": "データ移行", "due_in_days": 14}, {"title": "最初の成果を一緒に確認", "due_in_days": 30}]}, {"title": "安心して任せられる", "type": "cx", "kind": "emotional", "due_in_days": 30, "kpis": [{"name": "オンボーディング満足度", "unit": "点", "baseline": 3, "target": 4.5, "due_in_days": 30}], "milestones": []}]', 1767225600000, 1767225600000),
  ('self-running-180', '自走化 180日', 'ハイタッチ / 既存顧客', '顧客が自分たちで運用を回し、成果を出し続けられる状態へ。', 180, '[{"title": "社内で運用が回る", "type": "co", "kind": "lasting_results", "due_in_days": 180, "kpis": [{"name": "社内チャンピオンの人数", "unit": "人", "baseline": 1, "target": 3, "due_in_days": 180}], "milestones": [{"title": "社内勉強会を開催", "due_in_days": 60}, {"title": "運用ルールを文書化", "due_in_days": 90}]}, {"title": "レポート機能の定着", "type": "co", "kind": "adoption", "due_in_days": 120, "kpis": [{"name": "レポート出力の週次利用者", "unit": "人", "baseline": 0, "target": 10, "due_in_days": 120, "usage": {"measure": "feature_weekly_users", "feature": "レポート出力"}}], "milestones": []}, {"title": "コミュニティで仲間とつながる", "type": "cx", "kind": "emotional", "due_in_days": 180, "kpis": [], "milestones": [{"title": "分科会に参加", "due_in_days": 90}]}]', 1767225600000, 1767225600000);
