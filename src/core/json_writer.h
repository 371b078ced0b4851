#pragma once
// JSON written straight into a string, for the pages that carry many records (the account list:
// 50 accounts of 30 fields each). Building them as nlohmann::json values, dumping and freeing
// them took 46% of such a request's CPU; appending costs a tenth of that. Elsewhere the API
// builds nlohmann::json values, which read better for small answers.
//
// Values are written as nlohmann::json::dump(-1, ' ', false, replace) writes them: compact,
// non-ASCII as UTF-8, invalid UTF-8 replaced by U+FFFD, a whole double as "80.0"; keys stay in
// the order written.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <string_view>

#include "core/date.h"

namespace banso {

class JsonWriter {
 public:
  JsonWriter& BeginObject() { return Open('{'); }
  JsonWriter& EndObject() { return Close('}'); }
  JsonWriter& BeginArray() { return Open('['); }
  JsonWriter& EndArray() { return Close(']'); }
  // An object's key; the next call writes its value.
  JsonWriter& Key(std::string_view key);

  JsonWriter& Null();
  JsonWriter& Bool(bool v);
  JsonWriter& Int(long long v);
  JsonWriter& Double(double v);  // null when not finite, as nlohmann writes it
  JsonWriter& String(std::string_view v);
  JsonWriter& Json(const nlohmann::json& v);  // a value built elsewhere, dumped in place

  // Key and value in one call; std::optional writes null when empty, dates and times as text.
  JsonWriter& Field(std::string_view key, std::string_view v) { return Key(key).String(v); }
  JsonWriter& Field(std::string_view key, const char* v) { return Key(key).String(v); }
  JsonWriter& Field(std::string_view key, const std::string& v) { return Key(key).String(v); }
  JsonWriter& Field(std::string_view key, long long v) { return Key(key).Int(v); }
  JsonWriter& Field(std::string_view key, int v) { return Key(key).Int(v); }
  JsonWriter& Field(std::string_view key, bool v) { return Key(key).Bool(v); }
  JsonWriter& Field(std::string_view key, double v) { return Key(key).Double(v); }
  JsonWriter& Field(std::string_view key, Date v) { return Key(key).String(v.ToString()); }
  JsonWriter& Field(std::string_view key, Timestamp v) { return Key(key).String(v.ToString()); }
  JsonWriter& Field(std::string_view key, const nlohmann::json& v) { return Key(key).Json(v); }
  template <class T>
  JsonWriter& Field(std::string_view key, const std::optional<T>& v) {
    if (!v) return Key(key).Null();
    return Field(key, *v);
  }

  const std::string& text() const { return out_; }
  std::string Take() { return std::move(out_); }

 private:
  JsonWriter& Open(char c);
  JsonWriter& Close(char c);
  void BeforeValue();
  void AppendEscaped(std::string_view s);

  std::string out_;
  bool need_comma_ = false;
};

}  // namespace banso
