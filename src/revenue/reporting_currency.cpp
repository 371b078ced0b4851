#include "revenue/reporting_currency.h"

#include <cmath>
#include <cstdlib>

#include "core/error.h"
#include "core/json_fields.h"
#include "core/money.h"
#include "customers/field_rules.h"

namespace banso::revenue {
namespace {

bool IsMonth(const std::string& m) {
  if (m.size() != 7 || m[4] != '-') return false;
  for (size_t i : {0, 1, 2, 3, 5, 6})
    if (m[i] < '0' || m[i] > '9') return false;
  int month = std::atoi(m.c_str() + 5);
  return m >= "1970-01" && month >= 1 && month <= 12;
}

// Digits, optionally a point and more digits: no sign, exponent or thousands separator.
bool IsPositiveDecimal(const std::string& s) {
  size_t point = s.find('.');
  std::string whole = s.substr(0, point);
  std::string fraction = point == std::string::npos ? "" : s.substr(point + 1);
  auto digits = [](const std::string& d) {
    return d.find_first_not_of("0123456789") == std::string::npos;
  };
  if (whole.empty() || whole.size() > 12 || !digits(whole)) return false;
  if (point != std::string::npos && (fraction.empty() || fraction.size() > 12 || !digits(fraction)))
    return false;
  return std::strtod(s.c_str(), nullptr) > 0;
}

}  // namespace

void ValidateFxRate(const FxRate& r) {
  if (!IsMonth(r.month)) throw Invalid("month", "must be a month (YYYY-MM)");
  customers::CheckCurrency("currency", r.currency);
  customers::CheckCurrency("quote", r.quote);
  if (r.currency == r.quote) throw Invalid("currency", "must differ from the reporting currency");
  if (!IsPositiveDecimal(r.rate))
    throw Invalid("rate", "must be a positive decimal number such as 151.2");
}

void ValidateSettings(const RevenueSettings& s) {
  customers::CheckCurrency("reporting_currency", s.reporting_currency);
  if (s.churn_grace_days < 0 || s.churn_grace_days > 365)
    throw Invalid("churn_grace_days", "must be from 0 to 365");
}

std::optional<double> ConversionFactor(const RateTable& rates, const std::string& currency,
                                       const std::string& reporting_currency,
                                       const std::string& month) {
  if (currency == reporting_currency) return 1.0;
  auto by_month = rates.find(currency);
  if (by_month == rates.end()) return std::nullopt;
  auto latest = by_month->second.upper_bound(month);  // the first month after `month`
  if (latest == by_month->second.begin()) return std::nullopt;
  double rate = std::prev(latest)->second;
  auto from = CurrencyMinorDigits(currency), to = CurrencyMinorDigits(reporting_currency);
  if (!from || !to) return std::nullopt;
  return rate * std::pow(10.0, *to - *from);
}

std::string MonthOf(Date d) { return d.ToString().substr(0, 7); }

nlohmann::json ToJson(const FxRate& r) {
  return {{"id", r.id.value},
          {"version", r.version},
          {"month", r.month},
          {"currency", r.currency},
          {"quote", r.quote},
          {"rate", r.rate},
          {"created_at", r.created_at.ToString()},
          {"updated_at", r.updated_at.ToString()}};
}

nlohmann::json ToJson(const RevenueSettings& s) {
  return {{"version", s.version},
          {"reporting_currency", s.reporting_currency},
          {"churn_grace_days", s.churn_grace_days},
          {"updated_at", s.updated_at.ToString()}};
}

void ApplyJson(const nlohmann::json& body, FxRate& r) {
  JsonFields f(body);
  f.On("month", [&](auto& v) { r.month = JsonString(v, "month"); });
  f.On("currency", [&](auto& v) { r.currency = JsonString(v, "currency"); });
  f.On("rate", [&](auto& v) {
    // A JSON number is taken as written: 151.2, not 151.19999999999999.
    r.rate = v.is_number() ? v.dump() : JsonString(v, "rate");
  });
  for (const char* key : {"id", "version", "quote", "created_at", "updated_at"})
    f.On(key, [](auto&) {});
  f.RejectUnknown();
}

void ApplyJson(const nlohmann::json& body, RevenueSettings& s) {
  JsonFields f(body);
  f.On("reporting_currency",
       [&](auto& v) { s.reporting_currency = JsonString(v, "reporting_currency"); });
  f.On("churn_grace_days", [&](auto& v) { s.churn_grace_days = JsonInt32(v, "churn_grace_days"); });
  for (const char* key : {"version", "updated_at"}) f.On(key, [](auto&) {});
  f.RejectUnknown();
}

}  // namespace banso::revenue
