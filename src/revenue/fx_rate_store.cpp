#include "revenue/fx_rate_store.h"

#include <cstdlib>

#include "auth/audit_log.h"
#include "auth/audited_record.h"
#include "core/error.h"
#include "customers/touch_model.h"
#include "revenue/closed_period_store.h"
#include "revenue/revenue_settings_store.h"
#include "store/batches.h"
#include "store/column_table.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::revenue {
namespace {

std::optional<FxRate> FindRate(store::Tx& tx, const FxRate& like);

// How rates are read, checked and written (auth/audited_record.h).
struct FxRateRecord {
  using Model = FxRate;
  using Id = FxRateId;
  static constexpr const char* kEntity = "exchange rate";
  static inline const store::ColumnTable<FxRate> kColumns{
      "fx_rates",
      {
          store::Field<&FxRate::month>("month"),
          store::Field<&FxRate::currency>("currency"),
          store::Field<&FxRate::quote>("quote"),
          store::Field<&FxRate::rate>("rate"),
      }};
  static void Check(store::Tx& tx, FxRate& r) {
    ValidateFxRate(r);
    if (auto other = FindRate(tx, r); other && other->id != r.id)
      throw Conflict("month", "a rate with this month exists");
  }
  static nlohmann::json Json(const FxRate& r) { return ToJson(r); }
};
const auto& kColumns = FxRateRecord::kColumns;

std::optional<FxRate> FindRate(store::Tx& tx, const FxRate& like) {
  store::Query q("SELECT " + kColumns.select_list() + " FROM fx_rates WHERE quote = ");
  q.Bind(like.quote) << " AND currency = ";
  q.Bind(like.currency) << " AND month = ";
  q.Bind(like.month);
  auto found = kColumns.Fetch(tx.sql(), q);
  if (found.empty()) return std::nullopt;
  return found.front();
}

std::vector<FxRate> RatesInto(store::Tx& tx, const std::string& quote) {
  store::Query q("SELECT " + kColumns.select_list() + " FROM fx_rates WHERE quote = ");
  q.Bind(quote) << " ORDER BY month DESC, currency";
  return kColumns.Fetch(tx.sql(), q);
}

RateTable TableOf(const std::vector<FxRate>& rates) {
  RateTable table;
  for (const FxRate& r : rates) table[r.currency][r.month] = std::strtod(r.rate.c_str(), nullptr);
  return table;
}

// Calls fn(&batch) for each batch of the accounts, or fn(nullptr) once for all of them.
template <class Fn>
void ForAccounts(std::optional<std::span<const AccountId>> accounts, Fn&& fn) {
  if (!accounts) return fn(nullptr);
  store::ForEachBatch(*accounts, [&](std::span<const AccountId> batch) { fn(&batch); });
}

}  // namespace

std::vector<FxRate> FxRateStore::List() {
  return db_.Read([&](store::Tx& tx) {
    return RatesInto(tx, RevenueSettingsStore::In(tx).reporting_currency);
  });
}

std::vector<MissingRate> FxRateStore::Missing(Date today) {
  return db_.Read([&](store::Tx& tx) {
    RevenueSettings s = RevenueSettingsStore::In(tx);
    RateTable rates = TableOf(RatesInto(tx, s.reporting_currency));
    std::vector<MissingRate> missing;
    MissingRate row;
    soci::statement st = (tx.sql().prepare << "SELECT currency, COUNT(*) FROM accounts GROUP BY "
                                              "currency ORDER BY currency",
                          soci::into(row.currency), soci::into(row.accounts));
    store::ForEachRow(st, [&] {
      if (!ConversionFactor(rates, row.currency, s.reporting_currency, MonthOf(today)))
        missing.push_back(row);
    });
    return missing;
  });
}

FxRate FxRateStore::Create(const auth::Actor& actor, FxRate rate) {
  return db_.Transact([&](store::Tx& tx) {
    rate.quote = RevenueSettingsStore::In(tx).reporting_currency;
    FxRate created = auth::CreateRecordIn<FxRateRecord>(tx, actor, rate);
    ConvertArr(tx, std::nullopt, Date::Today());
    ClosedPeriodStore::FreezeMissingRatesIn(tx);  // a closed month's missing rate
    return created;
  });
}

FxRate FxRateStore::Get(FxRateId id) { return auth::GetRecord<FxRateRecord>(db_, id); }

FxRate FxRateStore::Update(const auth::Actor& actor, FxRateId id, long long expected_version,
                           const std::function<void(FxRate&)>& change) {
  return db_.Transact([&](store::Tx& tx) {
    FxRate updated = auth::UpdateRecordIn<FxRateRecord>(tx, actor, id, expected_version, change);
    ConvertArr(tx, std::nullopt, Date::Today());
    ClosedPeriodStore::FreezeMissingRatesIn(tx);  // a closed month's missing rate
    return updated;
  });
}

void FxRateStore::Delete(const auth::Actor& actor, FxRateId id) {
  db_.Transact([&](store::Tx& tx) {
    auth::DeleteRecordIn<FxRateRecord>(tx, actor, id);
    ConvertArr(tx, std::nullopt, Date::Today());
    ClosedPeriodStore::FreezeMissingRatesIn(tx);  // a closed month's missing rate
  });
}

customers::UpsertCounts FxRateStore::Upsert(const auth::Actor& actor, std::vector<FxRate> rates) {
  return db_.Transact([&](store::Tx& tx) {
    customers::UpsertCounts counts;
    long long now = Timestamp::Now().ms;
    for (FxRate& r : rates) {
      if (auto existing = FindRate(tx, r)) {
        store::OverwriteRecord(tx, "fx_rates", existing->id.value, kColumns.Write(r), now);
        ++counts.updated;
      } else {
        store::InsertRecord(tx, "fx_rates", kColumns.Write(r), now);
        ++counts.inserted;
      }
    }
    ConvertArr(tx, std::nullopt, Date::Today());
    ClosedPeriodStore::FreezeMissingRatesIn(tx);  // a closed month's missing rate
    auth::AuditLog::Record(tx, actor, "import", "exchange rates", std::nullopt, nullptr,
                           {{"inserted", counts.inserted}, {"updated", counts.updated}});
    return counts;
  });
}

void FxRateStore::ConvertArr(store::Tx& tx, std::optional<std::span<const AccountId>> accounts,
                             Date today) {
  RevenueSettings s = RevenueSettingsStore::In(tx);
  RateTable rates = TableOf(RatesInto(tx, s.reporting_currency));
  if (!accounts && tx.backend() == store::Backend::kPostgres) {
    // Every row locked in id order first, the order other writers of many accounts (the health
    // scores) take them in: the UPDATEs below go in the table's physical order, and two
    // transactions locking the same rows in different orders deadlock.
    long long locked = 0;
    tx.sql() << "SELECT COUNT(*) FROM (SELECT id FROM accounts ORDER BY id FOR UPDATE) AS rows",
        soci::into(locked);
  }
  ForAccounts(accounts, [&](const std::span<const AccountId>* batch) {
    // Only the batch's rows: a contract change converts one account, not the whole table.
    auto only_batch = [&](store::Query& q) {
      if (!batch) return;
      q << " AND id IN ";
      store::AppendInList(q, *batch, [](AccountId a) { return a.value; });
    };
    store::Query in_use("SELECT DISTINCT currency FROM accounts WHERE 1 = 1");
    only_batch(in_use);
    std::vector<std::string> currencies;
    std::string currency;
    soci::statement st = in_use.Prepare(tx.sql());
    st.exchange(soci::into(currency));
    store::ForEachRow(st, [&] { currencies.push_back(currency); });
    for (const std::string& c : currencies) {
      std::optional<double> factor =
          ConversionFactor(rates, c, s.reporting_currency, MonthOf(today));
      store::Query q("UPDATE accounts SET arr_reporting_minor = ");
      // Without a rate only a zero ARR is known in the reporting currency; the rest is -1.
      auto add_value = [&] {
        if (factor) {
          // Typed, or PostgreSQL takes the parameter for a BIGINT like arr_minor.
          q << "CAST(ROUND(arr_minor * CAST(";
          q.Bind(*factor) << " AS DOUBLE PRECISION)) AS BIGINT)";
        } else {
          q << "CASE WHEN arr_minor = 0 THEN 0 ELSE -1 END";
        }
      };
      add_value();
      q << " WHERE currency = ";
      q.Bind(c) << " AND arr_reporting_minor <> ";
      add_value();
      only_batch(q);
      q.Execute(tx.sql());
    }
  });
  // The touch model's ARR thresholds read the converted ARR.
  customers::TouchModelStore::Apply(tx, accounts, "arr");
}

}  // namespace banso::revenue
