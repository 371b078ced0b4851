#pragma once
// The deterministic demo portfolio of a B2B SaaS vendor: the same seed and date give the same
// data. Each feature module adds its part through that module's public interface.
#include <functional>
#include <optional>
#include <string>

#include "app/app.h"

namespace banso::demo {

struct DemoOptions {
  int accounts = 2000;
  unsigned long long seed = 42;
  Date today = Date::Today();  // the portfolio's "now"; history runs up to three years back
  // Product usage (90 days of Segment events) for the first this-many accounts: about 900
  // events per active account, so large portfolios get usage for a sample.
  long long usage_accounts = 5000;
  // Success plans and self-sufficiency assessments for a sample of the first this-many
  // active accounts; sales hand-offs for a sample of the first this-many customers.
  long long success_accounts = 5000;
};

struct DemoSummary {
  long long accounts = 0, contacts = 0, contracts = 0, touchpoints = 0, surveys = 0, tickets = 0;
  long long churned = 0;  // accounts without an active contract today
  // Churns at renewal, by the causes present (an account may have several).
  long long churns = 0, churns_champion_left = 0, churns_detractor = 0, churns_untouched = 0;
  long long usage_events = 0, usage_users = 0;
  long long success_plans = 0, self_sufficiency_assessments = 0, handoffs = 0;
  long long health_snapshots = 0;
  // The default scorecard's backtest over 24 months: every customer, and the renewals due.
  std::optional<double> health_backtest_auc, health_renewal_auc;
};

// Loads the portfolio. progress(done, total) may be null. Throws Conflict if demo data is
// already loaded (its external ids exist).
DemoSummary LoadDemoPortfolio(app::App& app, const DemoOptions& options,
                              const std::function<void(long long, long long)>& progress);

}  // namespace banso::demo
