#include "core/money.h"

#include <array>
#include <utility>

namespace banso {

std::optional<int> CurrencyMinorDigits(std::string_view code) {
  // The currencies of the markets Banso's users sell in; ISO 4217 minor units.
  static constexpr std::array<std::pair<std::string_view, int>, 33> kCurrencies{{
      {"AED", 2}, {"AUD", 2}, {"BRL", 2}, {"CAD", 2}, {"CHF", 2}, {"CLP", 0}, {"CNY", 2},
      {"CZK", 2}, {"DKK", 2}, {"EUR", 2}, {"GBP", 2}, {"HKD", 2}, {"IDR", 2}, {"ILS", 2},
      {"INR", 2}, {"ISK", 0}, {"JPY", 0}, {"KRW", 0}, {"MXN", 2}, {"MYR", 2}, {"NOK", 2},
      {"NZD", 2}, {"PHP", 2}, {"PLN", 2}, {"SAR", 2}, {"SEK", 2}, {"SGD", 2}, {"THB", 2},
      {"TRY", 2}, {"TWD", 2}, {"USD", 2}, {"VND", 0}, {"ZAR", 2},
  }};
  for (const auto& [c, digits] : kCurrencies)
    if (c == code) return digits;
  return std::nullopt;
}

std::string MajorUnits(long long minor, std::string_view currency) {
  int digits = CurrencyMinorDigits(currency).value_or(0);
  bool negative = minor < 0;
  unsigned long long magnitude = negative ? 0ULL - static_cast<unsigned long long>(minor)
                                          : static_cast<unsigned long long>(minor);
  std::string text = std::to_string(magnitude);
  if (digits > 0) {
    if (text.size() <= static_cast<size_t>(digits))
      text.insert(0, static_cast<size_t>(digits) - text.size() + 1, '0');
    text.insert(text.size() - digits, ".");
  }
  return negative ? "-" + text : text;
}

}  // namespace banso
