#include "demo/demo_handoffs.h"

#include "auth/actor.h"
#include "success/sales_handoff.h"

namespace banso::demo {
namespace {

const std::vector<std::string> kWhyJa{
    "営業活動が担当者ごとにばらばらで、商談の状況をチームで共有できていなかった",
    "Excel での案件管理が限界に来ており、経営会議の資料作りに毎週半日かかっていた",
    "競合製品より現場が使いやすいと評価した。特にモバイルでの入力のしやすさが決め手",
    "新規事業の立ち上げに合わせ、顧客データを一か所に集めたかった",
    "既存ツールのサポート終了に伴う乗り換え。移行支援の手厚さを評価いただいた"};
const std::vector<std::string> kWhyEn{
    "Their sales team tracked deals in spreadsheets and leadership had no shared view of the "
    "pipeline",
    "They outgrew their previous tool and needed reporting the board could trust",
    "Field teams found it easier to use than the competitor, especially on mobile",
    "A new business unit needed one place for customer data from day one"};
const std::vector<std::string> kOutcomesJa{
    "商談化率を 15% 向上", "週次の営業会議の準備時間を半減", "全営業担当が毎週ログイン",
    "四半期ごとの予実レポートを自動化", "新人の立ち上がり期間を 3 か月から 1 か月に"};
const std::vector<std::string> kOutcomesEn{
    "Raise opportunity conversion by 15%", "Halve the time spent preparing pipeline reviews",
    "Every rep active weekly", "Automate the quarterly forecast report"};
const std::vector<std::string> kSalesOwners{"営業部 木村 拓也", "営業部 大野 真理",
                                            "Enterprise Sales: Olivia Chen", "営業部 松本 亮"};

}  // namespace

long long AddDemoHandoffs(app::App& app, const std::vector<HandoffSeed>& seeds, Date today,
                          Random& rng) {
  constexpr size_t kPerTx = 500;
  long long written = 0;
  for (size_t first = 0; first < seeds.size(); first += kPerTx) {
    app.db().Transact([&](store::Tx& tx) {
      for (size_t i = first; i < std::min(seeds.size(), first + kPerTx); ++i) {
        const HandoffSeed& seed = seeds[i];
        // Recent customers nearly always have notes; older ones predate the practice.
        if (!rng.Chance(today - seed.first_start < 540 ? 0.9 : 0.3)) continue;
        success::SalesHandoff h;
        h.account_id = seed.account;
        h.why_bought = rng.Pick(seed.japanese ? kWhyJa : kWhyEn);
        const auto& outcomes = seed.japanese ? kOutcomesJa : kOutcomesEn;
        for (size_t n = rng.Between(1, 3), k = rng.Between(0, outcomes.size() - 1);
             h.expected_outcomes.size() < n; ++k)
          h.expected_outcomes.push_back(outcomes[k % outcomes.size()]);
        for (size_t c = 0; c < seed.contacts.size() && c < 3; ++c)
          h.stakeholders.push_back(
              {seed.contacts[c].first, seed.contacts[c].second, seed.roles[c], ""});
        h.sales_owner = rng.Pick(kSalesOwners);
        h.handed_off_at =
            Timestamp::FromDate(seed.first_start.AddDays(-static_cast<int>(rng.Between(1, 10))));
        // Recorded by the CSM who took the account over, as in a real team.
        const auth::Actor actor = seed.recorded_by
                                      ? auth::Actor{*seed.recorded_by, "demo", auth::Role::kCsm}
                                      : auth::Actor::System("demo");
        success::SalesHandoffStore::CreateIn(tx, actor, std::move(h));
        ++written;
      }
    });
  }
  return written;
}

}  // namespace banso::demo
