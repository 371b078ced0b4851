#pragma once
// Revenue retention answers (docs/architecture.md, "Revenue retention"): the bridge, GRR, NRR
// and logo retention by month, quarter or trailing twelve months, and cohort tables, in the
// reporting currency. Answers come from a RetentionLedger kept in memory and brought up to date
// before each answer with the accounts whose movements were rewritten since (the whole ledger
// again when another process wrote movements); months due to close are closed first.
//
// Thread safety: shareable by all threads (a shared mutex guards the ledger and its caches).
#include <nlohmann/json.hpp>

#include <map>
#include <mutex>
#include <optional>
#include <shared_mutex>
#include <tuple>

#include "core/clock.h"
#include "revenue/closed_period_store.h"
#include "revenue/retention_ledger.h"
#include "store/database.h"

namespace banso::revenue {

struct RetentionQuery {
  RetentionPeriod period = RetentionPeriod::kMonth;
  std::optional<int> from,
      to;                   // months (MonthNumber); to defaults to this month, from to 11 before
  std::optional<int> tier;  // RetentionLedger's tier index; none for all
  // Only these accounts (a segment's or an owner's, sorted ids); none for all.
  std::optional<std::vector<long long>> accounts;
};

struct CohortQuery {
  CohortBy by = CohortBy::kMonth;
  CohortMeasure measure = CohortMeasure::kRevenue;
  std::optional<int> tier;
  std::optional<std::vector<long long>> accounts;  // as RetentionQuery's
};

struct LifetimeQuery {
  std::optional<int> tier;
  std::optional<std::vector<long long>> accounts;  // as RetentionQuery's
  double discount = 0.10;                          // a year
};

class RetentionService {
 public:
  RetentionService(store::Database& db, const Clock& clock = SystemClock())
      : db_(db), clock_(clock) {}

  // Throws Invalid("from"/"to") for a range in the future, reversed or over ten years.
  nlohmann::json Retention(const RetentionQuery& query);
  nlohmann::json Cohorts(const CohortQuery& query);
  // Lifetime value by the sBG model (revenue/ltv.h) fitted to survival by years of tenure:
  // a new customer's discounted expected lifetime and value at today's average ARR, and the
  // discounted expected residual value of today's customers, each at its tenure.
  nlohmann::json Lifetime(const LifetimeQuery& query);

 private:
  // Brings the ledger up to date and closes the months due; returns the rates to convert at.
  PeriodRates Prepare();
  void Rebuild(soci::session& sql);
  void ReadTiers(soci::session& sql, long long updated_since);
  // result[period][currency], cached until the ledger changes. REQUIRES: mu_ held (shared).
  // Narrowed to `accounts` (when given) without the cache: those answers are per user and filter.
  std::vector<std::vector<PeriodFigures>> FiguresOf(
      const std::vector<std::pair<int, int>>& periods, int tier,
      const std::optional<std::vector<long long>>& accounts);

  store::Database& db_;
  const Clock& clock_;
  std::shared_mutex mu_;  // the ledger and the watermarks
  RetentionLedger ledger_;
  bool built_ = false;
  long long seen_rewrite_ = 0, seen_newest_id_ = 0, seen_accounts_updated_ = 0;
  // Like FiguresOf, for the cohort table of `months`-long cohorts through month `through`.
  RetentionLedger::CohortRows CohortsOf(int months, int through, int tier,
                                        const std::optional<std::vector<long long>>& accounts);

  std::mutex cache_mu_;  // the caches, emptied when the ledger changes
  std::map<std::pair<std::vector<std::pair<int, int>>, int>,
           std::vector<std::vector<PeriodFigures>>>
      figures_cache_;
  std::map<std::tuple<int, int, int>, RetentionLedger::CohortRows> cohorts_cache_;
};

}  // namespace banso::revenue
