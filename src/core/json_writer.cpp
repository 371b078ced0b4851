#include "core/json_writer.h"

#include <fmt/format.h>

#include <cmath>
#include <utility>

namespace banso {

namespace {

// The UTF-8 sequence that starts at s[i] (a byte >= 0x80): its length, and whether it is
// valid. An invalid one spans its longest valid beginning (at least the byte itself), which is
// what one U+FFFD replaces: a stray continuation byte, a truncated or overlong sequence, a
// surrogate, a code point past U+10FFFF.
std::pair<size_t, bool> Utf8Sequence(std::string_view s, size_t i) {
  auto byte = [&](size_t k) { return static_cast<unsigned char>(s[i + k]); };
  unsigned char lead = byte(0);
  size_t n = lead >= 0xF5 ? 0 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC2 ? 2 : 0;
  if (n == 0) return {1, false};
  unsigned char low = 0x80, high = 0xBF;  // the second byte's range
  if (lead == 0xE0) low = 0xA0;           // else overlong
  if (lead == 0xED) high = 0x9F;          // else a surrogate
  if (lead == 0xF0) low = 0x90;           // else overlong
  if (lead == 0xF4) high = 0x8F;          // else past U+10FFFF
  size_t k = 1;
  for (; k < n && i + k < s.size(); ++k) {
    unsigned char c = byte(k);
    if (k == 1 ? (c < low || c > high) : (c & 0xC0) != 0x80) break;
  }
  return {k, k == n};
}

}  // namespace

JsonWriter& JsonWriter::Open(char c) {
  BeforeValue();
  out_ += c;
  need_comma_ = false;
  return *this;
}

JsonWriter& JsonWriter::Close(char c) {
  out_ += c;
  need_comma_ = true;
  return *this;
}

void JsonWriter::BeforeValue() {
  if (need_comma_) out_ += ',';
  need_comma_ = true;
}

JsonWriter& JsonWriter::Key(std::string_view key) {
  BeforeValue();
  AppendEscaped(key);
  out_ += ':';
  need_comma_ = false;  // the value follows without a comma
  return *this;
}

JsonWriter& JsonWriter::Null() {
  BeforeValue();
  out_ += "null";
  return *this;
}

JsonWriter& JsonWriter::Bool(bool v) {
  BeforeValue();
  out_ += v ? "true" : "false";
  return *this;
}

JsonWriter& JsonWriter::Int(long long v) {
  BeforeValue();
  fmt::format_to(std::back_inserter(out_), "{}", v);
  return *this;
}

JsonWriter& JsonWriter::Double(double v) {
  if (!std::isfinite(v)) return Null();
  BeforeValue();
  size_t start = out_.size();
  fmt::format_to(std::back_inserter(out_), "{}", v);  // the shortest text that reads back as v
  if (out_.find_first_of(".e", start) == std::string::npos) out_ += ".0";
  return *this;
}

JsonWriter& JsonWriter::String(std::string_view v) {
  BeforeValue();
  AppendEscaped(v);
  return *this;
}

JsonWriter& JsonWriter::Json(const nlohmann::json& v) {
  BeforeValue();
  out_ += v.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
  return *this;
}

void JsonWriter::AppendEscaped(std::string_view s) {
  out_ += '"';
  size_t run = 0;  // start of the bytes not yet appended, which need no escaping
  for (size_t i = 0; i < s.size();) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c >= 0x20 && c != '"' && c != '\\' && c < 0x80) {
      ++i;
      continue;
    }
    size_t length = 1;
    if (c >= 0x80) {
      auto [n, valid] = Utf8Sequence(s, i);
      if (valid) {
        i += n;
        continue;
      }
      length = n;
    }
    out_.append(s.data() + run, i - run);
    switch (c) {
      case '"': out_ += "\\\""; break;
      case '\\': out_ += "\\\\"; break;
      case '\b': out_ += "\\b"; break;
      case '\f': out_ += "\\f"; break;
      case '\n': out_ += "\\n"; break;
      case '\r': out_ += "\\r"; break;
      case '\t': out_ += "\\t"; break;
      default:
        if (c < 0x20)
          fmt::format_to(std::back_inserter(out_), "\\u{:04x}", c);
        else
          out_ += "\xEF\xBF\xBD";  // U+FFFD for invalid UTF-8
    }
    run = i += length;
  }
  out_.append(s.data() + run, s.size() - run);
  out_ += '"';
}

}  // namespace banso
