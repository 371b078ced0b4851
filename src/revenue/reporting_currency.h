#pragma once
// Money in one reporting currency (JPY unless changed): the company's settings for revenue and
// the monthly exchange rates that turn each account's ARR into that currency, so that lists
// sort, and criteria compare, amounts in different currencies. A rate that is missing is said
// to be missing: an amount is never converted at a silent 1.0.
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>

#include "core/date.h"
#include "core/ids.h"

namespace banso::revenue {

struct RevenueSettings {
  long long version = 0;
  std::string reporting_currency = "JPY";  // ISO 4217
  // Days after a contract's end before an unrenewed contract counts as churned: a renewal
  // signed late within them continues the revenue instead of churning and reactivating it.
  int churn_grace_days = 30;
  Timestamp updated_at;
};

// Units of `quote` (the reporting currency when the rate was entered) for one unit of
// `currency`, in calendar `month`. The rate is kept as the decimal text it was given.
struct FxRate {
  FxRateId id;
  long long version = 0;
  std::string month;  // YYYY-MM
  std::string currency;
  std::string quote;
  std::string rate;  // a positive decimal: "0.0067", "151.2"
  Timestamp created_at;
  Timestamp updated_at;
};

// Throws Invalid(field) for a bad month, currency, quote or rate.
void ValidateFxRate(const FxRate& r);
void ValidateSettings(const RevenueSettings& s);

// The factor that turns an amount in `currency`'s minor units into the reporting currency's
// minor units with the latest rate of a month on or before `month` (¥ per $ 151.2 and two
// decimals for USD: 1.512); 1 for the reporting currency itself; nullopt when no rate is known.
// rates: by currency, then by month, for the settings' reporting currency.
using RateTable = std::map<std::string, std::map<std::string, double>>;
std::optional<double> ConversionFactor(const RateTable& rates, const std::string& currency,
                                       const std::string& reporting_currency,
                                       const std::string& month);

// "2026-12" for 2026-12-05.
std::string MonthOf(Date d);

nlohmann::json ToJson(const FxRate& r);
nlohmann::json ToJson(const RevenueSettings& s);
void ApplyJson(const nlohmann::json& body, FxRate& r);
void ApplyJson(const nlohmann::json& body, RevenueSettings& s);

}  // namespace banso::revenue
