#pragma once
// Every measure of an account at a date D, computed from its history and the usage rollups,
// reading nothing dated after D (the end of D's UTC day). One function serves the live score,
// the history backfill, the scorecard backtest and the churn model's training rows.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "events/usage_queries.h"
#include "health/account_history.h"
#include "health/measure.h"

namespace banso::health {

// What one account's measures compare with across the portfolio at D: each journey stage's
// median stay (days) over the stays that had ended by D.
struct PortfolioAt {
  Date day;
  std::map<std::string, double> stage_median_days;
};
PortfolioAt PortfolioOn(const std::vector<AccountHistory>& all, Date day);

// usage: the rollups' figures at D (null when the event service does not run: usage measures
// are then missing).
MeasureValues MeasuresAt(const AccountHistory& h, Date day, const events::HealthUsageDay* usage,
                         const PortfolioAt& portfolio, int grace_days);

// The success-plan objectives in force on D (not abandoned), and those on track or achieved:
// the plan-progress measure, and the dashboard's "achieving their outcomes".
struct ObjectiveCounts {
  int counted = 0, good = 0;
};
ObjectiveCounts ObjectivesAt(const AccountHistory& h, Date day);
// The self-sufficiency level last assessed by D (0 dependent … 3 advocate), if any.
std::optional<int> SelfSufficiencyAt(const AccountHistory& h, Date day);

// Asks the CPU to fetch the account's facts that MeasuresAt reads first: a portfolio pass is
// bound by memory latency (every account's facts are separate allocations), so the pass calls
// this for an account a few ahead of the one it measures.
void PrefetchFacts(const AccountHistory& h);

// Whether the account had revenue on D (a customer to score).
bool CustomerOn(const AccountHistory& h, Date day);
// Whether it was a customer and is no longer on D, with no contract starting later.
bool Churned(const AccountHistory& h, Date day);
// Whether a churn (as the revenue movements record it, known on `today`) falls in
// (day, day + horizon_days]: the backtest's and the churn model's label.
bool ChurnsWithin(const AccountHistory& h, Date day, int horizon_days, Date today, int grace_days);
// Whether a contract active on `day` ends within the horizon: a renewal is due, so the account
// can churn in it (a churner or a renewer, where the others could not churn in the window).
bool RenewalDueWithin(const AccountHistory& h, Date day, int horizon_days);

}  // namespace banso::health
