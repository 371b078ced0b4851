#pragma once
// The demo's health: every account scored today, and a history of snapshots that follows its
// simulated life (weekly over two years, daily over the last 90 days), with the default
// scorecard's backtest as proof that the measures carry the demo's causes of churn.
#include <optional>

#include "app/app.h"

namespace banso::demo {

struct HealthSummary {
  long long snapshots = 0;
  std::optional<double> backtest_auc;          // over every customer-month
  std::optional<double> backtest_renewal_auc;  // churners against renewers
};

HealthSummary AddDemoHealth(app::App& app, Date today);

}  // namespace banso::demo
