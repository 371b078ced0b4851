#pragma once
// The company's revenue settings in the database (one row): the reporting currency and the
// churn grace period. A new reporting currency converts every account's ARR again, and a new
// grace period rewrites every account's revenue movements, in the same transaction.
//
// Thread safety: stateless apart from the Database; shareable by all threads.
#include <functional>

#include "auth/actor.h"
#include "revenue/reporting_currency.h"
#include "store/database.h"

namespace banso::revenue {

class RevenueSettingsStore {
 public:
  explicit RevenueSettingsStore(store::Database& db) : db_(db) {}

  RevenueSettings Get();
  // Versioned (Conflict("version") when stale) and audited.
  RevenueSettings Update(const auth::Actor& actor, long long expected_version,
                         const std::function<void(RevenueSettings&)>& change);

  // In a caller's transaction.
  static RevenueSettings In(store::Tx& tx);

 private:
  store::Database& db_;
};

}  // namespace banso::revenue
