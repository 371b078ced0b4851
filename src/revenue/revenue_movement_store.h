#pragma once
// Revenue movements in the database: rewritten per account by ContractStore in the
// transaction of each contract change, listed for reports, and shown on the account timeline.
//
// Thread safety: stateless apart from the Database; shareable by all threads.
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "customers/timeline.h"
#include "revenue/revenue_movement.h"
#include "store/database.h"
#include "store/paging.h"

namespace banso::revenue {

struct MovementQuery {
  std::optional<AccountId> account_id;
  std::optional<Date> from;  // inclusive
  std::optional<Date> to;    // inclusive
  std::optional<MovementKind> kind;
  int limit = 50;
  std::optional<std::string> cursor;
};

// Which accounts' movements this process rewrote, in order, for in-memory readers
// (RetentionService): a reader keeps the sequence number it has read up to.
// Thread safety: shareable by all threads.
class MovementRewrites {
 public:
  // Called once the rewrite has committed.
  static void Note(std::span<const AccountId> accounts);
  // Appends the accounts rewritten after `seen` and moves `seen` on; false when some of them
  // are no longer kept (the reader must read everything again).
  static bool Since(long long& seen, std::vector<long long>& accounts);
  static long long Latest();
};

class RevenueMovementStore {
 public:
  explicit RevenueMovementStore(store::Database& db) : db_(db) {}

  // Newest first. Throws Invalid for a bad limit, cursor or range.
  store::Page<RevenueMovement> List(const MovementQuery& query);

  // Sets every account's ARR to 12 × its MRR on `today`, i.e. the sum of the ARR deltas of its
  // movements up to today, in one statement, and converts it into the reporting currency;
  // returns how many accounts' ARR changed. ARR moves as dates pass (and rates as months do),
  // so the server runs this at start-up and every hour.
  long long RefreshAllArr(Date today = Date::Today());

  // In a caller's transaction: replaces all movements of `accounts` with `movements` (which
  // must belong to those accounts) and sets the accounts' ARR from them as of today, in the
  // account's currency and in the reporting currency.
  static void Replace(store::Tx& tx, const std::vector<AccountId>& accounts,
                      const std::vector<RevenueMovement>& movements, Date today);

  // Each account's movements, oldest first: of `accounts`, or of every account when nullopt.
  static std::map<long long, std::vector<RevenueMovement>> ByAccount(
      soci::session& sql, std::optional<std::span<const AccountId>> accounts);
  // The newest movement's id (0 for none): it grows with every rewrite that writes movements,
  // which tells in-memory readers that another writer changed them.
  static long long NewestId(soci::session& sql);

  // The account timeline's "revenue_movement" entries: movements up to today (scheduled ones
  // have not happened yet), at their date's 00:00 UTC.
  std::unique_ptr<customers::TimelineSource> TimelineSource();

 private:
  store::Database& db_;
};

}  // namespace banso::revenue
