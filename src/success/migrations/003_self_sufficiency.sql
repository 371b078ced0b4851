-- Self-sufficiency (自走): the criteria of each level, editable, and every assessment of an
-- account (the level it reached and the criteria ticked), kept as its history.
CREATE TABLE self_sufficiency_criteria (
  id {{primary_key}},
  version BIGINT NOT NULL DEFAULT 1,
  level TEXT NOT NULL,
  text TEXT NOT NULL,
  position BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);
INSERT INTO self_sufficiency_criteria (level, text, position, created_at, updated_at) VALUES
  ('guided', '管理者が基本設定を自分で変更できる', 1, 1767225600000, 1767225600000),
  ('guided', '主要な業務で毎週使っている', 2, 1767225600000, 1767225600000),
  ('self_running', '社内に推進役（チャンピオン）がいる', 1, 1767225600000, 1767225600000),
  ('self_running', '新しいメンバーへの教育を社内で行っている', 2, 1767225600000, 1767225600000),
  ('self_running', '困ったときにポータルやコミュニティで自己解決できる', 3, 1767225600000, 1767225600000),
  ('advocate', '成功事例の共有や登壇に協力してくれる', 1, 1767225600000, 1767225600000),
  ('advocate', 'コミュニティで他社の質問に答えている', 2, 1767225600000, 1767225600000);
CREATE TABLE self_sufficiency_assessments (
  id {{primary_key}},
  account_id BIGINT NOT NULL REFERENCES accounts(id) ON DELETE CASCADE,
  level TEXT NOT NULL,
  met TEXT NOT NULL,
  note TEXT NOT NULL,
  assessed_at BIGINT NOT NULL,
  assessed_by BIGINT
);
CREATE INDEX self_sufficiency_assessments_account ON self_sufficiency_assessments (account_id, assessed_at);
