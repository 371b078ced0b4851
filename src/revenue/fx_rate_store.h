#pragma once
// Exchange rates into the reporting currency in the database, and each account's ARR in the
// reporting currency (accounts.arr_reporting_minor, which this module keeps beside arr_minor;
// see docs/architecture.md). Every change of a rate or of the reporting currency converts
// every account's ARR again in the same transaction, so no list sorts on a stale amount.
//
// Thread safety: stateless apart from the Database; shareable by all threads.
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "customers/account_store.h"
#include "revenue/reporting_currency.h"
#include "store/database.h"

namespace banso::revenue {

// A currency that accounts use without a rate into the reporting currency.
struct MissingRate {
  std::string currency;
  long long accounts = 0;  // accounts in that currency
};

class FxRateStore {
 public:
  explicit FxRateStore(store::Database& db) : db_(db) {}

  // The rates into the current reporting currency, newest month first, then by currency.
  std::vector<FxRate> List();
  // The currencies of accounts that have no rate on or before this month.
  std::vector<MissingRate> Missing(Date today = Date::Today());

  // Create, update and delete convert every account's ARR again. A new rate's quote is the
  // reporting currency; (month, currency) is unique for it (else Conflict("month")).
  FxRate Create(const auth::Actor& actor, FxRate rate);
  FxRate Get(FxRateId id);
  FxRate Update(const auth::Actor& actor, FxRateId id, long long expected_version,
                const std::function<void(FxRate&)>& change);
  void Delete(const auth::Actor& actor, FxRateId id);
  // Inserts or overwrites by (month, currency), all in one transaction with one audit entry.
  // REQUIRES: each rate passed ValidateFxRate with the reporting currency as quote.
  customers::UpsertCounts Upsert(const auth::Actor& actor, std::vector<FxRate> rates);

  // In a caller's transaction: sets arr_reporting_minor from arr_minor for `accounts` (every
  // account when nullopt), with the rates of today's month or the latest before it.
  static void ConvertArr(store::Tx& tx, std::optional<std::span<const AccountId>> accounts,
                         Date today);

 private:
  store::Database& db_;
};

}  // namespace banso::revenue
