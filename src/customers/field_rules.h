#pragma once
// Checks shared by the customer entities' validators: text must be valid UTF-8, free of
// control characters, and within a length; enumerated strings must be known.
#include <optional>
#include <string>
#include <string_view>

namespace banso::customers {

// Single-line text: 1..max_chars code points, no control characters. Throws Invalid(field).
void CheckLine(const char* field, const std::string& value, size_t max_chars);
void CheckOptLine(const char* field, const std::optional<std::string>& value, size_t max_chars);
// Multi-line text (newlines and tabs allowed).
void CheckText(const char* field, const std::optional<std::string>& value, size_t max_chars,
               bool required);
void CheckEmail(const char* field, const std::optional<std::string>& value);
void CheckCurrency(const char* field, const std::string& code);

}  // namespace banso::customers
