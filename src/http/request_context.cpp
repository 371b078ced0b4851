#include "http/request_context.h"

#include <algorithm>
#include <charconv>

#include "core/error.h"
#include "core/json_body.h"
#include "core/text.h"

namespace banso::http {

long long RequestContext::PathId(size_t i) const {
  const std::string& s = path_params_.at(i);
  long long v = 0;
  auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
  if (ec != std::errc() || p != s.data() + s.size() || v <= 0) throw NotFound("no such record");
  return v;
}

std::optional<std::string> RequestContext::QueryString(const char* name) const {
  if (!req.has_param(name)) return std::nullopt;
  std::string v = req.get_param_value(name);
  if (!IsValidUtf8(v)) throw Invalid(name, "is not valid UTF-8");
  if (v.size() > 1000) throw Invalid(name, "is too long");
  if (v.empty()) return std::nullopt;
  return v;
}

std::optional<long long> RequestContext::QueryInt(const char* name, long long min,
                                                  long long max) const {
  auto s = QueryString(name);
  if (!s) return std::nullopt;
  long long v = 0;
  auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), v);
  if (ec != std::errc() || p != s->data() + s->size()) throw Invalid(name, "must be an integer");
  if (v < min || v > max)
    throw Invalid(name, "must be between " + std::to_string(min) + " and " + std::to_string(max));
  return v;
}

std::optional<bool> RequestContext::QueryBool(const char* name) const {
  auto s = QueryString(name);
  if (!s) return std::nullopt;
  if (*s == "true" || *s == "1") return true;
  if (*s == "false" || *s == "0") return false;
  throw Invalid(name, "must be true or false");
}

std::optional<Timestamp> RequestContext::QueryTimestamp(const char* name) const {
  auto s = QueryString(name);
  if (!s) return std::nullopt;
  auto t = Timestamp::Parse(*s);
  if (!t) throw Invalid(name, "must be a date (YYYY-MM-DD) or an ISO 8601 timestamp with a zone");
  return t;
}

std::optional<Date> RequestContext::QueryDate(const char* name) const {
  auto s = QueryString(name);
  if (!s) return std::nullopt;
  auto d = Date::Parse(*s);
  if (!d) throw Invalid(name, "must be a date (YYYY-MM-DD)");
  return d;
}

std::string CookieValue(const httplib::Request& req, std::string_view name) {
  std::string header = req.get_header_value("Cookie");
  std::string_view cookies = header;
  while (!cookies.empty()) {
    size_t end = std::min(cookies.find(';'), cookies.size());
    std::string_view part = cookies.substr(0, end);
    cookies.remove_prefix(std::min(end + 1, cookies.size()));
    while (!part.empty() && part.front() == ' ') part.remove_prefix(1);
    if (part.size() > name.size() && part.substr(0, name.size()) == name &&
        part[name.size()] == '=')
      return std::string(part.substr(name.size() + 1));
  }
  return {};
}

void RequestContext::AllowQuery(std::initializer_list<const char*> allowed) const {
  for (const auto& [key, value] : req.params) {
    bool ok = false;
    for (const char* a : allowed) ok = ok || key == a;
    if (!ok) throw Invalid(key, "unknown query parameter");
  }
}

nlohmann::json RequestContext::JsonBody() const {
  // Requiring the JSON media type also keeps cross-site HTML forms from posting here.
  std::string type = req.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) != 0)
    throw Invalid("", "the request body must be JSON (Content-Type: application/json)");
  return ParseJsonBody(body);  // also rejects invalid UTF-8 and lone surrogates
}

long long RequestContext::RequiredVersion(const nlohmann::json& body) const {
  if (!body.is_object() || !body.contains("version"))
    throw Invalid("version",
                  "is required: send the version you read, so concurrent edits are detected");
  const auto& v = body["version"];
  if (!v.is_number_integer() || v.get<long long>() < 1)
    throw Invalid("version", "must be a positive integer");
  return v.get<long long>();
}

void RequestContext::Json(int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace),
                  "application/json");
}

void RequestContext::JsonText(int status, std::string body) {
  res.status = status;
  res.set_content(std::move(body), "application/json");
}

}  // namespace banso::http
