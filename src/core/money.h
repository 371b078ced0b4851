#pragma once
// Money is an integer amount in the currency's minor unit plus its ISO 4217 code; JPY has no
// minor unit, so ¥1,200 is {1200, "JPY"} and $12.00 is {1200, "USD"}.
#include <optional>
#include <string>
#include <string_view>

namespace banso {

// Number of minor-unit digits of an ISO 4217 currency Banso knows; nullopt if unknown.
std::optional<int> CurrencyMinorDigits(std::string_view code);

// The amount in major units as plain decimal text with the currency's digits: 600000 USD gives
// "6000.00", 1200 JPY "1200", -5 USD "-0.05" (for exports; no grouping, no symbol).
std::string MajorUnits(long long minor, std::string_view currency);

struct Money {
  long long minor = 0;
  std::string currency;
};

}  // namespace banso
