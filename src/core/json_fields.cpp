#include "core/json_fields.h"

#include <climits>

namespace banso {

JsonFields::JsonFields(const nlohmann::json& body, std::string path)
    : body_(body), path_(std::move(path)) {
  if (!body.is_object())
    throw Invalid(path_,
                  path_.empty() ? "the request body must be a JSON object" : "must be an object");
}

void JsonFields::RejectUnknown() const {
  for (const auto& [key, value] : body_.items())
    if (!seen_.count(key)) throw Invalid(path_.empty() ? key : path_ + "." + key, "unknown field");
}

std::string JsonString(const nlohmann::json& v, const char* field) {
  if (!v.is_string()) throw Invalid(field, "must be a string");
  return v.get<std::string>();
}

std::optional<std::string> JsonOptString(const nlohmann::json& v, const char* field) {
  if (v.is_null()) return std::nullopt;
  return JsonString(v, field);
}

long long JsonInt(const nlohmann::json& v, const char* field) {
  // nlohmann counts an unsigned number as an integer too: check it first, or 2^63 and up
  // would wrap to negative.
  if (v.is_number_unsigned()) {
    if (v.get<unsigned long long>() > static_cast<unsigned long long>(LLONG_MAX))
      throw Invalid(field, "is out of range");
    return v.get<long long>();
  }
  if (v.is_number_integer()) return v.get<long long>();
  throw Invalid(field, "must be an integer");
}

int JsonInt32(const nlohmann::json& v, const char* field) {
  long long n = JsonInt(v, field);
  if (n < INT_MIN || n > INT_MAX) throw Invalid(field, "is out of range");
  return static_cast<int>(n);
}

int JsonPosition(const nlohmann::json& v) {
  int n = JsonInt32(v, "position");
  if (n < 0 || n > 100000) throw Invalid("position", "must be from 0 to 100000");
  return n;
}

std::optional<long long> JsonOptInt(const nlohmann::json& v, const char* field) {
  if (v.is_null()) return std::nullopt;
  return JsonInt(v, field);
}

bool JsonBool(const nlohmann::json& v, const char* field) {
  if (!v.is_boolean()) throw Invalid(field, "must be true or false");
  return v.get<bool>();
}

std::optional<Date> JsonOptDate(const nlohmann::json& v, const char* field) {
  if (v.is_null()) return std::nullopt;
  auto d = Date::Parse(JsonString(v, field));
  if (!d) throw Invalid(field, "must be a date (YYYY-MM-DD)");
  return d;
}

Timestamp JsonTimestamp(const nlohmann::json& v, const char* field) {
  auto t = Timestamp::Parse(JsonString(v, field));
  if (!t)
    throw Invalid(field,
                  "must be an ISO 8601 timestamp with a zone, e.g. 2026-11-23T10:00:00+09:00");
  return *t;
}

}  // namespace banso
