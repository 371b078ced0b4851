#include "importer/field_parsers.h"

#include <fmt/format.h>
#include <unicode/uidna.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <charconv>
#include <chrono>
#include <memory>
#include <optional>
#include <stdexcept>
#include <utility>

#include "core/error.h"
#include "core/text.h"

namespace banso {
namespace {

// Largest amount accepted, in major units: far above any contract, far below overflow.
constexpr long long kMaxMajor = 999'999'999'999'999;

Invalid Unreadable(std::string_view text, std::string_view what, std::string_view hint) {
  return Invalid("", fmt::format("\"{}\" is not {} ({})", text, what, hint));
}

bool Consume(std::string_view text, size_t& pos, std::string_view expected) {
  if (text.substr(pos, expected.size()) != expected) return false;
  pos += expected.size();
  return true;
}

bool ReadDigits(std::string_view text, size_t& pos, size_t min, size_t max, int& value) {
  size_t end = pos;
  while (end < text.size() && end - pos < max &&
         std::isdigit(static_cast<unsigned char>(text[end])))
    ++end;
  if (end - pos < min) return false;
  std::from_chars(text.data() + pos, text.data() + end, value);
  pos = end;
  return true;
}

std::optional<Date> ParseYmd(std::string_view text) {
  // Separators after the year, the month and the day.
  static constexpr std::array<std::array<std::string_view, 3>, 3> kStyles{
      {{"-", "-", ""}, {"/", "/", ""}, {"年", "月", "日"}}};
  for (const auto& sep : kStyles) {
    size_t pos = 0;
    int y, m, d;
    if (ReadDigits(text, pos, 4, 4, y) && Consume(text, pos, sep[0]) &&
        ReadDigits(text, pos, 1, 2, m) && Consume(text, pos, sep[1]) &&
        ReadDigits(text, pos, 1, 2, d) && Consume(text, pos, sep[2]) && pos == text.size()) {
      std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month(m),
                                      std::chrono::day(d)};
      if (!ymd.ok() || y < 1900 || y > 2999) return std::nullopt;
      return Date::FromYmd(y, m, d);
    }
  }
  return std::nullopt;
}

// "120,000" or "120000"; commas, if any, must separate groups of three digits.
std::optional<long long> ParseGroupedInteger(std::string_view text) {
  long long value = 0;
  size_t group = 0;  // digits since the last comma
  bool grouped = false;
  for (char c : text) {
    if (c == ',') {
      if (group == 0 || group > 3 || (grouped && group != 3)) return std::nullopt;
      grouped = true;
      group = 0;
    } else if (std::isdigit(static_cast<unsigned char>(c)) && value <= kMaxMajor / 10) {
      value = value * 10 + (c - '0');
      ++group;
    } else {
      return std::nullopt;
    }
  }
  if (group == 0 || (grouped && group != 3) || value > kMaxMajor) return std::nullopt;
  return value;
}

struct Decimal {
  long long whole;
  std::string_view fraction;  // the digits after the point, possibly empty
};

// "1,200.50" → {1200, "50"}; nullopt when it is not a plain positive decimal.
std::optional<Decimal> ParseDecimal(std::string_view text) {
  const size_t dot = text.find('.');
  const std::string_view fraction = dot == std::string_view::npos ? "" : text.substr(dot + 1);
  const std::optional<long long> whole = ParseGroupedInteger(text.substr(0, dot));
  const bool digits_only = std::all_of(fraction.begin(), fraction.end(),
                                       [](unsigned char c) { return std::isdigit(c); });
  if (!whole || !digits_only || (dot != std::string_view::npos && fraction.empty()))
    return std::nullopt;
  return Decimal{*whole, fraction};
}

struct CurrencySymbol {
  std::string_view text;
  std::string_view currencies;  // the ISO codes it may stand for
  bool suffix;
};

constexpr CurrencySymbol kSymbols[] = {
    {"¥", "JPY CNY", false}, {"￥", "JPY CNY", false},
    {"円", "JPY", true},     {"$", "USD AUD CAD NZD SGD HKD TWD MXN", false},
    {"€", "EUR", false},     {"£", "GBP", false},
};

// The number without its currency symbol; throws if the symbol belongs to another currency.
std::string_view StripSymbol(std::string_view text, std::string_view currency) {
  for (const CurrencySymbol& s : kSymbols) {
    if (s.suffix ? !text.ends_with(s.text) : !text.starts_with(s.text)) continue;
    if (s.currencies.find(currency) == std::string_view::npos)
      throw Invalid(
          "", fmt::format("\"{}\" has the symbol of another currency than {}", text, currency));
    return TrimAscii(s.suffix ? text.substr(0, text.size() - s.text.size())
                              : text.substr(s.text.size()));
  }
  return text;
}

bool LooksNegative(std::string_view text) {
  return text.starts_with('-') || text.starts_with('(') || text.starts_with("▲") ||
         text.starts_with("△");
}

// The upper-case code and its number of minor digits; throws for a currency Banso does not know.
std::pair<std::string, size_t> KnownCurrency(std::string_view code) {
  std::string upper(TrimAscii(code));
  std::transform(upper.begin(), upper.end(), upper.begin(),
                 [](unsigned char c) { return static_cast<char>(std::toupper(c)); });
  const std::optional<int> digits = CurrencyMinorDigits(upper);
  if (!digits) throw Invalid("", fmt::format("unknown currency \"{}\"", code));
  return {std::move(upper), static_cast<size_t>(*digits)};
}

long long Pow10(size_t n) {
  long long p = 1;
  while (n-- > 0) p *= 10;
  return p;
}

constexpr std::array<std::pair<long long, std::string_view>, 6> kBands{{
    {1, "1-9"},
    {10, "10-49"},
    {50, "50-249"},
    {250, "250-999"},
    {1000, "1000-4999"},
    {5000, "5000+"},
}};

// The host part of a web address: no scheme, user, port, path, query or fragment.
std::string_view HostOf(std::string_view url) {
  if (size_t scheme = url.find("://"); scheme != std::string_view::npos)
    url.remove_prefix(scheme + 3);
  url = url.substr(0, url.find_first_of("/?#"));
  if (size_t at = url.rfind('@'); at != std::string_view::npos) url.remove_prefix(at + 1);
  url = url.substr(0, url.find(':'));
  if (url.ends_with('.')) url.remove_suffix(1);
  return url;
}

// UTS #46 (what browsers do): lowercases, unifies width, and turns Unicode labels to punycode.
std::optional<std::string> ToAsciiDomain(std::string_view host) {
  static const std::unique_ptr<UIDNA, decltype(&uidna_close)> idna = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<UIDNA, decltype(&uidna_close)> p(
        uidna_openUTS46(UIDNA_USE_STD3_RULES | UIDNA_NONTRANSITIONAL_TO_ASCII | UIDNA_CHECK_BIDI |
                            UIDNA_CHECK_CONTEXTJ,
                        &status),
        &uidna_close);
    if (U_FAILURE(status)) throw std::runtime_error("ICU UTS #46 unavailable");
    return p;
  }();
  char out[256];
  UIDNAInfo info = UIDNA_INFO_INITIALIZER;
  UErrorCode status = U_ZERO_ERROR;
  int32_t size = uidna_nameToASCII_UTF8(idna.get(), host.data(), static_cast<int32_t>(host.size()),
                                        out, sizeof out, &info, &status);
  if (U_FAILURE(status) || info.errors != 0 || size <= 0) return std::nullopt;
  return std::string(out, size);
}

}  // namespace

Date ParseImportDate(std::string_view text) {
  text = TrimAscii(text);
  if (auto date = ParseYmd(text)) return *date;
  throw Unreadable(text, "a date", "use YYYY-MM-DD, YYYY/M/D or YYYY年M月D日");
}

Timestamp ParseImportTime(std::string_view text) {
  constexpr long long kHour = 3'600'000;
  text = TrimAscii(text);
  if (text.find('T') != std::string_view::npos)
    if (auto moment = Timestamp::Parse(text)) return *moment;
  const size_t space = text.find(' ');
  auto date = ParseYmd(text.substr(0, space));
  if (!date)
    throw Unreadable(text, "a date or time",
                     "e.g. 2026-04-01, 2026/4/1 10:00, 2026-04-01T10:00+09:00");
  const long long midnight = Timestamp::FromDate(*date).ms;
  if (space == std::string_view::npos) return {midnight + 12 * kHour};
  const std::string_view clock = TrimAscii(text.substr(space + 1));
  int hour = -1, minute = -1, second = 0;
  auto read = [&](std::string_view digits, int& out) {
    auto [end, error] = std::from_chars(digits.data(), digits.data() + digits.size(), out);
    return error == std::errc() && end == digits.data() + digits.size() && digits.size() <= 2;
  };
  const size_t colon = clock.find(':'), colon2 = clock.find(':', colon + 1);
  const bool ok = colon != std::string_view::npos && read(clock.substr(0, colon), hour) &&
                  read(clock.substr(colon + 1, colon2 - colon - 1), minute) &&
                  (colon2 == std::string_view::npos || read(clock.substr(colon2 + 1), second)) &&
                  hour < 24 && minute < 60 && second < 60;
  if (!ok) throw Unreadable(text, "a time of day", "use HH:MM or HH:MM:SS after the date");
  return {midnight + (hour - 9) * kHour + minute * 60'000LL + second * 1000LL};
}

bool ParseImportBool(std::string_view text) {
  text = TrimAscii(text);
  const std::string lower = LowerAscii(text);
  for (std::string_view yes : {"true", "1", "yes", "はい"})
    if (lower == yes) return true;
  for (std::string_view no : {"false", "0", "no", "いいえ"})
    if (lower == no) return false;
  throw Unreadable(text, "a yes/no value", "use true/false, 1/0, yes/no or はい/いいえ");
}

Money ParseImportAmount(std::string_view text, std::string_view currency_code) {
  const auto [currency, digits] = KnownCurrency(currency_code);
  text = TrimAscii(text);
  const std::string_view number = StripSymbol(text, currency);
  if (LooksNegative(text) || LooksNegative(number))
    throw Invalid("", fmt::format("\"{}\": negative amounts are not accepted", text));
  const std::optional<Decimal> decimal = ParseDecimal(number);
  if (!decimal)
    throw Unreadable(text, fmt::format("an amount in {}", currency), "e.g. 120,000 or 1,200.50");
  std::string_view fraction = decimal->fraction;
  // Zeros past the currency's digits lose nothing (JPY "100.00").
  while (fraction.size() > digits && fraction.ends_with('0')) fraction.remove_suffix(1);
  if (fraction.size() > digits)
    throw Invalid(
        "", fmt::format("\"{}\" has more decimals than {} allows ({})", text, currency, digits));
  long long fraction_minor = 0;
  std::from_chars(fraction.data(), fraction.data() + fraction.size(), fraction_minor);
  return Money{decimal->whole * Pow10(digits) + fraction_minor * Pow10(digits - fraction.size()),
               currency};
}

std::string_view EmployeeBandForCount(long long count) {
  std::string_view band = kBands.front().second;
  for (const auto& [lowest, label] : kBands)
    if (count >= lowest) band = label;
  return band;
}

std::string_view ParseEmployeeBand(std::string_view text) {
  text = TrimAscii(text);
  for (const auto& [lowest, label] : kBands)
    if (label == text) return label;
  const std::optional<long long> count = ParseGroupedInteger(text);
  if (!count || *count < 1)
    throw Unreadable(text, "an employee count", "e.g. 1,200, or a band such as 50-249");
  return EmployeeBandForCount(*count);
}

long long ParseImportCount(std::string_view text) {
  text = TrimAscii(text);
  const std::optional<long long> count = ParseGroupedInteger(text);
  if (!count || *count < 1) throw Unreadable(text, "a count", "a whole number such as 25 or 1,200");
  return *count;
}

std::string ParseDomain(std::string_view text) {
  text = TrimAscii(text);
  std::optional<std::string> domain = ToAsciiDomain(HostOf(text));
  if (!domain || domain->find('.') == std::string::npos)
    throw Unreadable(text, "a web address or domain", "e.g. example.co.jp");
  if (domain->starts_with("www.")) domain->erase(0, 4);
  return *domain;
}

}  // namespace banso
