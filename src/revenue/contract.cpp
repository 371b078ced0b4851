#include "revenue/contract.h"

#include "core/error.h"
#include "core/json_fields.h"
#include "customers/field_rules.h"

namespace banso::revenue {

int MonthsPer(BillingPeriod period) {
  switch (period) {
    case BillingPeriod::kMonthly: return 1;
    case BillingPeriod::kQuarterly: return 3;
    case BillingPeriod::kAnnual: return 12;
  }
  return 1;
}

long long MrrMinor(const Contract& c) {
  long long months = MonthsPer(c.billing_period);
  long long whole = c.amount_minor / months, rest = c.amount_minor % months;
  return whole + (2 * rest >= months ? 1 : 0);  // amounts are never negative
}

bool ActiveOn(const Contract& c, Date d) {
  return c.start_date <= d && (!c.end_date || d <= *c.end_date);
}

ContractStatus StatusOn(const Contract& c, Date today) {
  if (today < c.start_date) return ContractStatus::kUpcoming;
  if (c.end_date && *c.end_date < today) return ContractStatus::kEnded;
  return ContractStatus::kActive;
}

void ValidateContract(const Contract& c) {
  if (!c.account_id.valid()) throw Invalid("account_id", "must be an account id");
  customers::CheckOptLine("external_id", c.external_id, 100);
  customers::CheckLine("product", c.product, 200);
  if (c.end_date && *c.end_date < c.start_date)
    throw Invalid("end_date", "must not be before start_date");
  if (c.amount_minor < 0) throw Invalid("amount_minor", "must not be negative");
  if (c.amount_minor > kMaxAmountMinor) throw Invalid("amount_minor", "is too large");
  customers::CheckCurrency("currency", c.currency);
  if (c.seats && (*c.seats < 1 || *c.seats > 10'000'000))
    throw Invalid("seats", "must be between 1 and 10000000");
}

nlohmann::json ToJson(const Contract& c, Date today) {
  return {
      {"id", c.id.value},
      {"version", c.version},
      {"account_id", c.account_id.value},
      {"external_id", OrNull(c.external_id)},
      {"product", c.product},
      {"start_date", c.start_date.ToString()},
      {"end_date", OrNull(c.end_date)},
      {"amount_minor", c.amount_minor},
      {"currency", c.currency},
      {"billing_period", EnumToString(c.billing_period)},
      {"seats", c.seats ? nlohmann::json(*c.seats) : nlohmann::json(nullptr)},
      {"mrr_minor", MrrMinor(c)},
      {"status", EnumToString(StatusOn(c, today))},
      {"created_at", c.created_at.ToString()},
      {"updated_at", c.updated_at.ToString()},
  };
}

void ApplyJson(const nlohmann::json& body, Contract& c) {
  JsonFields f(body);
  f.On("account_id", [&](auto& v) { c.account_id = AccountId(JsonInt(v, "account_id")); });
  f.On("external_id", [&](auto& v) { c.external_id = JsonOptString(v, "external_id"); });
  f.On("product", [&](auto& v) { c.product = JsonString(v, "product"); });
  f.On("start_date", [&](auto& v) {
    auto d = JsonOptDate(v, "start_date");
    if (!d) throw Invalid("start_date", "is required");
    c.start_date = *d;
  });
  f.On("end_date", [&](auto& v) { c.end_date = JsonOptDate(v, "end_date"); });
  f.On("amount_minor", [&](auto& v) { c.amount_minor = JsonInt(v, "amount_minor"); });
  f.On("currency", [&](auto& v) { c.currency = JsonString(v, "currency"); });
  f.On("billing_period",
       [&](auto& v) { c.billing_period = JsonEnum<BillingPeriod>(v, "billing_period"); });
  f.On("seats", [&](auto& v) { c.seats = JsonOptInt(v, "seats"); });
  // Read-only fields a client may echo back from a GET; ignored rather than rejected.
  for (const char* key : {"id", "version", "mrr_minor", "status", "created_at", "updated_at"})
    f.On(key, [](auto&) {});
  f.RejectUnknown();
}

}  // namespace banso::revenue
