#include "customers/field_rules.h"

#include "core/error.h"
#include "core/money.h"
#include "core/text.h"

namespace banso::customers {
namespace {

void CheckTextImpl(const char* field, const std::string& v, size_t max_chars, bool multiline) {
  if (!IsValidUtf8(v)) throw Invalid(field, "is not valid UTF-8");
  for (unsigned char c : v) {
    bool allowed = multiline && (c == '\n' || c == '\t' || c == '\r');
    if ((c < 0x20 || c == 0x7f) && !allowed) throw Invalid(field, "contains a control character");
  }
  if (TrimAscii(v).empty()) throw Invalid(field, "must not be empty");
  if (CodePointCount(v) > max_chars)
    throw Invalid(field, "must be at most " + std::to_string(max_chars) + " characters");
}

}  // namespace

void CheckLine(const char* field, const std::string& value, size_t max_chars) {
  CheckTextImpl(field, value, max_chars, false);
}

void CheckOptLine(const char* field, const std::optional<std::string>& value, size_t max_chars) {
  if (value) CheckTextImpl(field, *value, max_chars, false);
}

void CheckText(const char* field, const std::optional<std::string>& value, size_t max_chars,
               bool required) {
  if (!value) {
    if (required) throw Invalid(field, "is required");
    return;
  }
  CheckTextImpl(field, *value, max_chars, true);
}

void CheckEmail(const char* field, const std::optional<std::string>& value) {
  if (!value) return;
  CheckTextImpl(field, *value, 254, false);
  auto at = value->find('@');
  if (at == std::string::npos || at == 0 || value->find('.', at) == std::string::npos ||
      value->back() == '.' || value->find(' ') != std::string::npos ||
      value->find('@', at + 1) != std::string::npos)
    throw Invalid(field, "must be an email address");
}

void CheckCurrency(const char* field, const std::string& code) {
  if (!CurrencyMinorDigits(code))
    throw Invalid(field, "must be a known ISO 4217 currency code, e.g. JPY or USD");
}

}  // namespace banso::customers
