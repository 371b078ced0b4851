#include "revenue/revenue_settings_store.h"

#include "auth/audit_log.h"
#include "core/error.h"
#include "revenue/contract_store.h"
#include "revenue/fx_rate_store.h"

namespace banso::revenue {

RevenueSettings RevenueSettingsStore::In(store::Tx& tx) {
  RevenueSettings s;
  long long grace = 0, updated = 0;
  tx.sql() << "SELECT version, reporting_currency, churn_grace_days, updated_at FROM "
              "revenue_settings WHERE id = 1",
      soci::into(s.version), soci::into(s.reporting_currency), soci::into(grace),
      soci::into(updated);
  if (!tx.sql().got_data()) throw Unavailable("the revenue settings are missing");
  s.churn_grace_days = static_cast<int>(grace);
  s.updated_at = {updated};
  return s;
}

RevenueSettings RevenueSettingsStore::Get() {
  return db_.Read([&](store::Tx& tx) { return In(tx); });
}

RevenueSettings RevenueSettingsStore::Update(const auth::Actor& actor, long long expected_version,
                                             const std::function<void(RevenueSettings&)>& change) {
  return db_.Transact([&](store::Tx& tx) {
    RevenueSettings before = In(tx);
    if (before.version != expected_version)
      throw Conflict("version", "the record was changed by someone else (now version " +
                                    std::to_string(before.version) + "); reload and try again");
    RevenueSettings after = before;
    change(after);
    ValidateSettings(after);
    long long grace = after.churn_grace_days;
    long long now = Timestamp::Now().ms;
    tx.sql() << "UPDATE revenue_settings SET version = version + 1, reporting_currency = :c, "
                "churn_grace_days = :g, updated_at = :u WHERE id = 1",
        soci::use(after.reporting_currency), soci::use(grace), soci::use(now);
    after = In(tx);
    if (after.churn_grace_days != before.churn_grace_days)
      ContractStore::RecomputeAllIn(tx);  // and so converts every account's ARR
    else if (after.reporting_currency != before.reporting_currency)
      FxRateStore::ConvertArr(tx, std::nullopt, Date::Today());
    auth::AuditLog::Record(tx, actor, "update", "revenue settings", std::nullopt, ToJson(before),
                           ToJson(after));
    return after;
  });
}

}  // namespace banso::revenue
