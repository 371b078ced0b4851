#include "demo/phrases.h"

#include <map>
#include <utility>
#include <vector>

namespace banso::demo {
namespace {

using Pool = std::pair<std::vector<std::string>, std::vector<std::string>>;  // ja, en

const std::map<PhraseKey, Pool>& Pools() {
  static const std::map<PhraseKey, Pool> kPools{
      {PhraseKey::kMeetingGood,
       {{"四半期ビジネスレビュー（QBR）を実施。活用状況と次四半期の成功の定義を確認。",
         "定例ミーティング。レポート機能の活用が進み、現場の工数削減を実感されている。",
         "経営層との面談。全社展開に向けたロードマップを合意。"},
        {"Quarterly business review: adoption is up and next quarter's success criteria are "
         "agreed.",
         "Regular check-in; the team reports real time savings from automated reports.",
         "Executive meeting: agreed a roadmap for the company-wide rollout."}}},
      {PhraseKey::kMeetingNeutral,
       {{"定例ミーティング。利用状況を共有し、次回までの宿題を確認。",
         "活用支援ミーティング。ダッシュボードの設定を一緒に見直した。"},
        {"Regular check-in; shared usage figures and agreed next steps.",
         "Enablement session: reviewed their dashboard set-up together."}}},
      {PhraseKey::kMeetingBad,
       {{"定例ミーティング。導入効果が見えにくいとの指摘。改善策を次回提示する。",
         "先方から費用対効果への懸念。利用部門が限定的で、展開が止まっている。"},
        {"Check-in: they struggle to see the value so far; we will bring an improvement plan.",
         "Concerns about ROI; usage is limited to one team and the rollout has stalled."}}},
      {PhraseKey::kCall,
       {{"電話で利用状況をヒアリング。新任担当者へのオンボーディングを提案。",
         "更新に向けて予算の状況をヒアリング。"},
        {"Call to review usage; offered onboarding for their new team members.",
         "Call about next year's budget ahead of the renewal."}}},
      {PhraseKey::kEmail,
       {{"活用ガイドと最新リリースの案内をメールで送付。", "次回定例の日程調整のメールを送付。"},
        {"Sent the adoption guide and the latest release notes.",
         "Emailed to schedule the next check-in."}}},
      {PhraseKey::kChatGood,
       {{"サポートチャット：CSV出力の方法について質問。即日解決。"},
        {"Support chat: question about CSV export, solved the same day."}}},
      {PhraseKey::kChatBad,
       {{"サポートチャット：同期エラーが繰り返し発生。開発チームにエスカレーション。"},
        {"Support chat: recurring sync errors; escalated to engineering."}}},
      {PhraseKey::kOnsite,
       {{"本社を訪問し、現場の利用者にヒアリング。レポート機能への要望が多い。"},
        {"On-site visit: interviewed end users; many requests around reporting."}}},
      {PhraseKey::kWebinar,
       {{"活用ウェビナー「はじめてのダッシュボード」に参加。",
         "ユーザー会（分科会）に参加し、他社事例を共有。"},
        {"Attended the webinar \"Getting started with dashboards\".",
         "Joined the user study group and shared their story."}}},
      {PhraseKey::kNote,
       {{"社内メモ：先方の組織変更に注意。"}, {"Internal note: watch for their reorganisation."}}},
      {PhraseKey::kChampionLeft,
       {{"推進担当者が退職・異動との連絡。後任は未定。",
         "キーパーソンの退職連絡あり。関係の再構築が必要。"},
        {"Our champion has left the company; no successor named yet.",
         "Key contact moved on; we need to rebuild the relationship."}}},
      {PhraseKey::kCancellation,
       {{"解約の意向を受領。理由は費用対効果と社内体制の変化。"},
        {"Received notice of cancellation: ROI and internal changes cited."}}},
      {PhraseKey::kComeback,
       {{"再契約の打ち合わせ。以前の課題が解消され、再導入を決定。"},
        {"Re-signed: the earlier blockers are resolved and they are coming back."}}},
      {PhraseKey::kPromoter,
       {{"チーム全体の業務が楽になった。他部署にも勧めたい。", "サポートが迅速で助かっている。"},
        {"It has made the whole team's work easier; we'd recommend it.",
         "Support is quick and helpful."}}},
      {PhraseKey::kPassive,
       {{"概ね満足。レポートの自由度をもう少し上げてほしい。"},
        {"Mostly happy; reports could be more flexible."}}},
      {PhraseKey::kDetractor,
       {{"使いこなせていない。担当者が変わってから活用が止まっている。",
         "価格に見合う効果が見えない。"},
        {"We are not getting much out of it since our lead left.", "Hard to justify the price."}}},
  };
  return kPools;
}

}  // namespace

PhraseKey PhraseFor(customers::TouchpointKind kind, customers::Sentiment sentiment) {
  using customers::Sentiment;
  using customers::TouchpointKind;
  switch (kind) {
    case TouchpointKind::kMeeting:
      return sentiment == Sentiment::kPositive   ? PhraseKey::kMeetingGood
             : sentiment == Sentiment::kNegative ? PhraseKey::kMeetingBad
                                                 : PhraseKey::kMeetingNeutral;
    case TouchpointKind::kCall: return PhraseKey::kCall;
    case TouchpointKind::kEmail: return PhraseKey::kEmail;
    case TouchpointKind::kChat:
      return sentiment == Sentiment::kNegative ? PhraseKey::kChatBad : PhraseKey::kChatGood;
    case TouchpointKind::kOnsite: return PhraseKey::kOnsite;
    case TouchpointKind::kWebinar: return PhraseKey::kWebinar;
    case TouchpointKind::kNote: return PhraseKey::kNote;
  }
  return PhraseKey::kNote;
}

std::string Phrase(Random& rng, PhraseKey key, bool japanese) {
  const Pool& pool = Pools().at(key);
  return rng.Pick(japanese ? pool.first : pool.second);
}

std::string TicketSubject(Random& rng, bool japanese, bool severe) {
  static const Pool kEveryday{
      {"CSV エクスポートの文字化けについて", "ユーザーの追加方法を教えてください",
       "権限設定の変更について", "請求書の宛名変更のお願い", "ダッシュボードの表示項目について",
       "SSO 設定の手順を知りたい", "API のレート制限について",
       "パスワードリセットのメールが届かない"},
      {"Exported CSV shows garbled characters", "How do I add users?",
       "Changing a user's permissions", "Please change the name on our invoice",
       "Which fields can the dashboard show?", "Steps to set up SSO", "API rate limits",
       "Password reset email never arrives"}};
  static const Pool kSevere{
      {"ログインできない（至急）", "レポートが表示されず業務が止まっている",
       "データ連携が昨日から失敗している", "処理が極端に遅い", "同じ不具合が再発している"},
      {"Cannot log in (urgent)", "Reports do not load and work has stopped",
       "Data sync has failed since yesterday", "Everything is extremely slow",
       "The same bug is back again"}};
  const Pool& pool = severe ? kSevere : kEveryday;
  return rng.Pick(japanese ? pool.first : pool.second);
}

}  // namespace banso::demo
