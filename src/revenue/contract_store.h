#pragma once
// Contracts in the database: CRUD with optimistic concurrency and audit, the contract list,
// and the bulk upsert used by CSV import and the demo generator. Every write also rewrites the
// touched accounts' revenue movements and sets their ARR (12 × MRR today) in the same
// transaction, so contracts, movements and ARR never disagree.
//
// Thread safety: stateless apart from the Database; shareable by all threads.
#include <functional>
#include <optional>
#include <vector>

#include "auth/actor.h"
#include "core/clock.h"
#include "customers/account_store.h"
#include "revenue/contract.h"
#include "store/database.h"
#include "store/paging.h"

namespace banso::revenue {

enum class ContractSort { kStartDate, kId };

// A contract whose end comes without a renewal yet: due before its end, overdue in the grace
// days after it (then it is churn, and no longer listed).
struct RenewalDue {
  Contract contract;
  bool overdue = false;
  int days_until = 0;  // until the end date; negative once it has passed
};

struct ContractQuery {
  std::optional<AccountId> account_id;
  std::optional<ContractStatus> status;  // as of today
  ContractSort sort = ContractSort::kStartDate;
  bool descending = true;
  int limit = 50;
  std::optional<std::string> cursor;
};

class ContractStore {
 public:
  // `clock` dates the movements (an end becomes certain as days pass) and closes months.
  explicit ContractStore(store::Database& db, const Clock& clock = SystemClock())
      : db_(db), clock_(clock) {}

  Contract Create(const auth::Actor& actor, Contract contract);
  Contract Get(ContractId id);  // throws NotFound
  // Loads the contract, applies change, checks it, saves it if its version is still
  // expected_version (else Conflict("version")), audits.
  Contract Update(const auth::Actor& actor, ContractId id, long long expected_version,
                  const std::function<void(Contract&)>& change);
  void Delete(const auth::Actor& actor, ContractId id);
  store::Page<Contract> List(const ContractQuery& query);
  // A contract's end becomes certain as days pass (revenue/revenue_movement.h): rewrites the
  // movements and ARR of the accounts with an end that became certain since the last run
  // (every account with contracts the first time) and records `today` as the last run.
  // Returns how many accounts were rewritten. The server runs it at start-up and every hour.
  // Then closes the months due (revenue/closed_period_store.h).
  long long RefreshRenewals(std::optional<Date> today = std::nullopt);
  // Contracts ending in the next within_days (and those in their grace days) with no renewal,
  // soonest first; of one account when given.
  std::vector<RenewalDue> RenewalsDue(int within_days, std::optional<AccountId> account,
                                      std::optional<Date> today = std::nullopt);

  // In a caller's transaction (import, demo, other modules):
  // Rewrites the movements and ARR of every account with contracts (a new grace period).
  // Changes to closed months are restated as by the system ("revenue settings").
  static void RecomputeAllIn(store::Tx& tx);
  static std::optional<Contract> Find(store::Tx& tx, ContractId id);
  // Seats licensed on `day` by the account's contracts active then (0: none is sold per seat).
  static long long LicensedSeats(store::Tx& tx, AccountId account, Date day);
  // Validates the contract and its account: the account must exist (else Invalid("account_id"))
  // and the currency must be the account's (else Invalid("currency")); an empty currency
  // becomes the account's.
  static void Check(store::Tx& tx, Contract& contract);
  // Inserts contracts without an id whose external id is new (or who have none) and
  // overwrites those whose external id exists (keeping their id; the version moves on), setting
  // every contract's id; then rewrites the movements and ARR of each touched account once.
  // Not audited per row: the caller records the batch; changes to closed months are restated
  // as by the system ("import").
  // REQUIRES: every contract passed Check().
  static customers::UpsertCounts Upsert(store::Tx& tx, std::vector<Contract>& contracts);

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace banso::revenue
