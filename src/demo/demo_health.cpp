#include "demo/demo_health.h"

namespace banso::demo {

HealthSummary AddDemoHealth(app::App& app, Date today) {
  HealthSummary out;
  app.health().Start(/*watch=*/false);
  out.snapshots += app.health().Backfill(today.AddDays(-730), today.AddDays(-91), 7);
  out.snapshots += app.health().Backfill(today.AddDays(-90), today.AddDays(-1), 1);
  for (const auto& card : app.scorecards().List()) {
    if (card.tier || !card.published) continue;
    auto r = app.health().Backtest(card, card.Version(card.published)->definition, 24);
    out.backtest_auc = r.auc;
    out.backtest_renewal_auc = r.renewal_auc;
  }
  return out;
}

}  // namespace banso::demo
