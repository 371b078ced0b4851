#pragma once
// One API request as handlers see it: the caller, path and query parameters, the JSON body,
// and the response to fill. Parameter readers throw Invalid naming the parameter.
#include <httplib.h>

#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>

#include "auth/auth_service.h"
#include "core/enum_names.h"
#include "core/error.h"

namespace banso::http {

// The value of the request's cookie with exactly this name ("" when absent).
std::string CookieValue(const httplib::Request& req, std::string_view name);

class RequestContext {
 public:
  RequestContext(const httplib::Request& req, httplib::Response& res,
                 std::vector<std::string> path_params)
      : req(req), res(res), path_params_(std::move(path_params)) {}

  const httplib::Request& req;
  httplib::Response& res;
  std::string body;  // read (and inflated) by the server within the route's max_body
  std::optional<auth::Principal> principal;  // set for every non-public route
  // Authenticates the request's credentials again (throws as authentication does): long-lived
  // answers (the live event stream) call it to end when a session ends or a token is revoked.
  std::function<void()> reauthenticate;

  const auth::Principal& caller() const { return *principal; }
  auth::Actor actor() const { return principal->actor(); }

  // The i-th {param} of the route's path, as an id (positive integer).
  long long PathId(size_t i = 0) const;
  const std::string& PathParam(size_t i) const { return path_params_.at(i); }

  std::optional<std::string> QueryString(const char* name) const;
  // The value of the cookie with exactly this name ("" when absent).
  std::string Cookie(std::string_view name) const { return CookieValue(req, name); }
  std::optional<long long> QueryInt(const char* name, long long min, long long max) const;
  std::optional<bool> QueryBool(const char* name) const;
  // A date (its midnight UTC) or an ISO 8601 timestamp with a zone.
  std::optional<Timestamp> QueryTimestamp(const char* name) const;
  std::optional<Date> QueryDate(const char* name) const;  // YYYY-MM-DD
  // One of E's names; Invalid(name) listing them otherwise.
  template <class E>
  std::optional<E> QueryEnum(const char* name) const {
    auto text = QueryString(name);
    if (!text) return std::nullopt;
    if (auto value = EnumFromString<E>(*text)) return value;
    throw Invalid(name, "must be one of " + EnumChoices<E>());
  }
  // Throws Invalid for query parameters not in `allowed`, so typos do not pass silently.
  void AllowQuery(std::initializer_list<const char*> allowed) const;

  // Parses the body as a JSON object (Invalid on malformed JSON or a non-JSON content type).
  nlohmann::json JsonBody() const;
  // The body's "version" (required for updates, for optimistic concurrency).
  long long RequiredVersion(const nlohmann::json& body) const;

  void Json(int status, const nlohmann::json& body);
  // A body already written as JSON text (core/json_writer.h).
  void JsonText(int status, std::string body);
  void NoContent() { res.status = 204; }

 private:
  std::vector<std::string> path_params_;
};

}  // namespace banso::http
