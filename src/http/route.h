#pragma once
// The route table: every API route with its method, OpenAPI-style path, the permission it
// needs and its handler. The server dispatches from it, and the OpenAPI test compares it with
// docs/openapi.json, so a route cannot exist without a role check or documentation.
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/role.h"
#include "http/request_context.h"

namespace banso::http {

inline constexpr size_t kMaxJsonBody = 1 << 20;
// A route's max_body when it takes no body (a DELETE, a sign-out): a body sent anyway is
// refused unread with 400, rather than ignored while the route acts.
inline constexpr size_t kNoBody = 0;

enum class Method { kGet, kPost, kPatch, kPut, kDelete };
std::string_view MethodName(Method m);

struct Route {
  Method method;
  std::string path;  // OpenAPI template: /api/v1/accounts/{id}
  // nullopt: public (health check, sign-in, the API description).
  std::optional<auth::Permission> permission;
  std::function<void(RequestContext&)> handler;
  // The largest body the route reads (after inflating a compressed one); past it, 413.
  // Bodies are read after authentication, so an anonymous caller cannot make us read a
  // large one: public routes keep this small.
  size_t max_body = kMaxJsonBody;
};

}  // namespace banso::http
