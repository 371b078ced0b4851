#include "http/request_context.h"

#include <charconv>

#include "core/error.h"
#include "core/text.h"

namespace banso::http {

constexpr size_t kMaxJsonBody = 1 << 20;

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

std::optional<long long> RequestContext::QueryInt(const char* name, long long min, long long max) const {
  auto s = QueryString(name);
  if (!s) return std::nullopt;
  long long v = 0;
  auto [p, ec] = std::from_chars(s->data(), s->data() + s->size(), v);
  if (ec != std::errc() || p != s->data() + s->size())
    throw Invalid(name, "must be an integer");
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
  if (req.body.size() > kMaxJsonBody)
    throw Error(ErrorCode::kTooLarge, "the JSON body is larger than 1 MiB");
  try {
    return nlohmann::json::parse(req.body);  // also rejects invalid UTF-8
  } catch (const nlohmann::json::parse_error& e) {
    throw Invalid("", std::string("malformed JSON: ") + e.what());
  }
}

long long RequestContext::RequiredVersion(const nlohmann::json& body) const {
  if (!body.is_object() || !body.contains("version"))
    throw Invalid("version", "is required: send the version you read, so concurrent edits are detected");
  const auto& v = body["version"];
  if (!v.is_number_integer() || v.get<long long>() < 1) throw Invalid("version", "must be a positive integer");
  return v.get<long long>();
}

void RequestContext::Json(int status, const nlohmann::json& body) {
  res.status = status;
  res.set_content(body.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace), "application/json");
}


}  // namespace banso::http
