#pragma once
// Strict reading of JSON request objects: every present key is visited once, a wrong type is
// an Invalid error naming the field, and keys nobody asked for are rejected as unknown.
#include <nlohmann/json.hpp>

#include <optional>
#include <set>
#include <string>

#include "core/date.h"
#include "core/enum_names.h"
#include "core/error.h"

namespace banso {

class JsonFields {
 public:
  // Throws Invalid(path, ...) unless body is an object. `path` names a nested object in errors
  // ("data[2]"); empty for the request body itself.
  explicit JsonFields(const nlohmann::json& body, std::string path = {});

  // Calls fn(value) when key is present (value may be null).
  template <class Fn>
  void On(const char* key, Fn&& fn) {
    auto it = body_.find(key);
    seen_.insert(key);
    if (it != body_.end()) fn(*it);
  }
  bool Has(const char* key) const { return body_.contains(key); }
  // Throws Invalid(path.key, "unknown field") for the first key no On() asked for.
  void RejectUnknown() const;

 private:
  const nlohmann::json& body_;
  std::string path_;
  std::set<std::string> seen_;
};

// Typed readers: `field` names the value in errors. Opt* map JSON null to nullopt.
std::string JsonString(const nlohmann::json& v, const char* field);
std::optional<std::string> JsonOptString(const nlohmann::json& v, const char* field);
long long JsonInt(const nlohmann::json& v, const char* field);
std::optional<long long> JsonOptInt(const nlohmann::json& v, const char* field);
// For int fields (positions, weights, days): out of int's range is refused, not wrapped.
int JsonInt32(const nlohmann::json& v, const char* field);
// An editable list's "position": 0 to 100000.
int JsonPosition(const nlohmann::json& v);
bool JsonBool(const nlohmann::json& v, const char* field);
std::optional<Date> JsonOptDate(const nlohmann::json& v, const char* field);
Timestamp JsonTimestamp(const nlohmann::json& v, const char* field);

template <class E>
E JsonEnum(const nlohmann::json& v, const char* field) {
  auto e = EnumFromString<E>(JsonString(v, field));
  if (!e) throw Invalid(field, "must be one of " + EnumChoices<E>());
  return *e;
}
template <class E>
std::optional<E> JsonOptEnum(const nlohmann::json& v, const char* field) {
  if (v.is_null()) return std::nullopt;
  return JsonEnum<E>(v, field);
}

// JSON value helpers for output.
template <class T>
nlohmann::json OrNull(const std::optional<T>& v) {
  return v ? nlohmann::json(*v) : nlohmann::json();
}
inline nlohmann::json OrNull(const std::optional<Date>& d) {
  return d ? nlohmann::json(d->ToString()) : nlohmann::json();
}
inline nlohmann::json OrNull(const std::optional<Timestamp>& t) {
  return t ? nlohmann::json(t->ToString()) : nlohmann::json();
}

}  // namespace banso
