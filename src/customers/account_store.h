#pragma once
// Accounts in the database: CRUD with optimistic concurrency and audit, the filtered and
// sorted account list, and the bulk upsert used by CSV import and the demo generator.
//
// Thread safety: stateless apart from the Database; shareable by all threads.
#include <optional>
#include <unordered_map>
#include <vector>

#include "auth/actor.h"
#include "core/clock.h"
#include "customers/account.h"
#include "customers/account_filter.h"
#include "customers/journey_transition.h"
#include "store/database.h"
#include "store/paging.h"
#include "store/record.h"

namespace banso::customers {

enum class AccountSort { kName, kRenewalDate, kArr, kCreated, kHealth };

struct AccountQuery : AccountFilter {
  std::optional<AccountFilter> segment;  // a saved filter the accounts must match as well
  AccountSort sort = AccountSort::kName;
  bool descending = false;
  int limit = 50;
  std::optional<std::string> cursor;
};

// The same change for a selection of accounts (the list's bulk actions); unset members stay.
struct BulkChange {
  std::optional<std::optional<UserId>> owner_id;     // set, or clear with nullopt inside
  std::optional<std::optional<Tier>> tier_override;  // set, or back to none
  std::optional<std::string> tier_override_reason;
  std::optional<std::string> journey_stage;  // a move, recorded with `note`
  std::string note;
};

using UpsertCounts = store::UpsertCounts;

class AccountStore {
 public:
  // clock: "today" for the filters that count days (renewal within N days).
  AccountStore(store::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  Account Create(const auth::Actor& actor, Account account);
  Account Get(AccountId id);  // throws NotFound
  // Those of the ids that exist, in one query (a page's worth at most).
  std::vector<Account> GetMany(const std::vector<AccountId>& ids);
  // Loads the account, checks expected_version, applies change, validates, saves, audits.
  Account Update(const auth::Actor& actor, AccountId id, long long expected_version,
                 const std::function<void(Account&)>& change);
  void Delete(const auth::Actor& actor, AccountId id);
  // How many accounts this process has deleted: lets in-memory readers (the journey funnel)
  // notice a deletion without counting rows.
  static long long Deletions();
  store::Page<Account> List(const AccountQuery& query);
  // Every account the query's filters (and segment) match, by id; sort and paging are ignored.
  std::vector<AccountId> Ids(const AccountQuery& query);

  // In a caller's transaction (import, demo, other modules):
  // The audited create and update, composed into the caller's transaction (the events module
  // creates prospect accounts and contacts while applying identify and group calls).
  static Account CreateIn(store::Tx& tx, const auth::Actor& actor, Account m);
  static Account UpdateIn(store::Tx& tx, const auth::Actor& actor, AccountId id,
                          const std::function<void(Account&)>& change);
  // Moves the account to another journey stage by hand, recording the transition with its
  // note: Invalid("to") for an unknown stage or the stage it is in, Conflict on a stale
  // version (nullopt: whatever the version). Returns the moved account and the transition.
  std::pair<Account, JourneyTransition> Move(const auth::Actor& actor, AccountId id,
                                             std::optional<long long> expected_version,
                                             const std::string& to_stage, const std::string& note);
  // The account's journey transitions, oldest first.
  std::vector<JourneyTransition> Transitions(AccountId id);
  // Applies the change to every account, each with its own audit entry (and journey transition
  // when it moves), all in one transaction: nothing is written when one fails. Throws
  // Invalid("account_ids[i]") for an unknown account, Invalid("journey_stage") for an unknown
  // stage. Returns how many accounts changed (one already as asked is not counted).
  long long UpdateMany(const auth::Actor& actor, const std::vector<AccountId>& ids,
                       const BulkChange& change);
  // Moves the account to another journey stage, recording the transition with its note.
  static Account MoveIn(store::Tx& tx, const auth::Actor& actor, AccountId id,
                        std::optional<long long> expected_version, const std::string& to_stage,
                        const std::string& note);
  static std::optional<Account> Find(store::Tx& tx, AccountId id);
  static std::optional<AccountId> FindIdByExternalId(store::Tx& tx, const std::string& external_id);
  // Every account's id by its external id (accounts without one are left out).
  static std::unordered_map<std::string, long long> ExternalIds(store::Tx& tx);
  // The lowest-id account with this domain (compared case-insensitively), if any.
  // Every account's id by its name's SearchKey (several accounts may share a name).
  static std::unordered_map<std::string, std::vector<AccountId>> IdsByName(store::Tx& tx);
  static std::optional<AccountId> FindIdByDomain(store::Tx& tx, const std::string& domain);
  // Inserts accounts without an id whose external id is new, updates those whose external id
  // exists (keeping their id). Accounts must be validated. One audit entry for the batch.
  // Journey transitions are recorded as by "import" unless the caller writes the history itself
  // (the demo generator, whose accounts have pasts).
  static UpsertCounts Upsert(store::Tx& tx, std::vector<Account>& accounts,
                             bool record_transitions = true);

 private:
  store::Database& db_;
  const Clock& clock_;
};

}  // namespace banso::customers
