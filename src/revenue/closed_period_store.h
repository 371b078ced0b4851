#pragma once
// Closed months (docs/architecture.md, "Revenue retention"): a month closes once the clock has
// passed its end plus the churn grace days, when every movement dated in it is certain. Closing
// stores the month's figures (per currency, in its minor units) and freezes the rate each
// currency was converted at, so that a later edit of a rate leaves a closed quarter's NRR as it
// was. Back-dated contract changes that alter a closed month's figures are logged as
// restatements, in the transaction of the change, and the stored figures follow them.
//
// Thread safety: stateless apart from the Database; shareable by all threads.
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "auth/actor.h"
#include "revenue/reporting_currency.h"
#include "revenue/retention.h"
#include "store/database.h"

namespace banso::revenue {

using MovementsByAccount = std::map<long long, std::vector<RevenueMovement>>;

struct Restatement {
  long long id = 0;
  std::string month;   // YYYY-MM
  std::string metric;  // a NamedFigures() name: "closing_mrr", "nrr", ...
  std::optional<double> old_value, new_value;
  std::string quote;  // the reporting currency of amounts
  std::optional<UserId> actor_id;
  std::string actor_label;
  Timestamp at;
};
nlohmann::json ToJson(const Restatement& r);

// The rates a month's figures are converted at: frozen for a closed month, else fx_rates' rate
// of that month or the latest before it.
struct PeriodRates {
  std::string reporting_currency;
  RateTable live;
  std::map<std::pair<int, std::string>, double> frozen;  // (month, currency) -> factor
  std::optional<int> closed_through;

  bool Closed(int month) const { return closed_through && month <= *closed_through; }
  std::optional<double> Factor(const std::string& currency, int month) const;
};

class ClosedPeriodStore {
 public:
  explicit ClosedPeriodStore(store::Database& db) : db_(db) {}

  // Newest first; of one month when given. Throws Invalid("limit").
  std::vector<Restatement> Restatements(int limit, std::optional<int> month);

  // The last month the rule closes on `today`: the last whose end + grace days have passed.
  static int DueThrough(Date today, int grace_days);
  // Every month up to it is closed; nullopt while none is.
  static std::optional<int> ClosedThrough(soci::session& sql);
  static PeriodRates LoadRates(soci::session& sql);

  // In a caller's transaction:
  // Closes the months due on `today` and not closed yet, from the stored movements.
  static void CloseDueIn(store::Tx& tx, Date today);
  // Freezes, for each closed month, the rate of each of its currencies that has none frozen yet
  // (a rate missing when the month closed is frozen when it is entered).
  static void FreezeMissingRatesIn(store::Tx& tx);
  // Compares the accounts' movements before and after a rewrite; for each closed month whose
  // figures change, logs every changed figure as a restatement by `actor` and stores the new
  // figures.
  static void RestateIn(store::Tx& tx, const auth::Actor& actor, const MovementsByAccount& before,
                        const MovementsByAccount& after);

 private:
  store::Database& db_;
};

}  // namespace banso::revenue
