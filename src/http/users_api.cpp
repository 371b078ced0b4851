// Staff users (read by everyone for owner pickers; managed by admins) and the audit log.
#include <climits>

#include "auth/audit_log.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "http/api_routes.h"

namespace banso::http {

void AddUserRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back({Method::kGet, "/api/v1/users", auth::Permission::kReadCustomers, [&app](RequestContext& ctx) {
    nlohmann::json data = nlohmann::json::array();
    for (const auto& u : app.auth().ListUsers()) data.push_back(auth::UserToJson(u));
    ctx.Json(200, {{"data", data}});
  }});
  routes.push_back({Method::kPost, "/api/v1/users", auth::Permission::kManageUsers, [&app](RequestContext& ctx) {
    nlohmann::json body = ctx.JsonBody();
    auth::NewUser u;
    JsonFields f(body);
    f.On("email", [&](auto& v) { u.email = JsonString(v, "email"); });
    f.On("name", [&](auto& v) { u.name = JsonString(v, "name"); });
    f.On("role", [&](auto& v) {
      auto role = auth::ParseRole(JsonString(v, "role"));
      if (!role) throw Invalid("role", "must be admin, manager, csm, marketer or viewer");
      u.role = *role;
    });
    f.On("language", [&](auto& v) { u.language = JsonString(v, "language"); });
    f.On("password", [&](auto& v) { u.password = JsonString(v, "password"); });
    f.RejectUnknown();
    ctx.Json(201, auth::UserToJson(app.auth().CreateUser(ctx.actor(), u)));
  }});
  routes.push_back({Method::kGet, "/api/v1/audit", auth::Permission::kReadAudit, [&app](RequestContext& ctx) {
    ctx.AllowQuery({"entity", "entity_id", "before_id", "limit"});
    auth::AuditQuery q;
    q.entity = ctx.QueryString("entity");
    q.entity_id = ctx.QueryInt("entity_id", 1, LLONG_MAX);
    q.before_id = ctx.QueryInt("before_id", 1, LLONG_MAX);
    q.limit = static_cast<int>(ctx.QueryInt("limit", 1, 500).value_or(50));
    nlohmann::json data = nlohmann::json::array();
    for (const auto& e : auth::AuditLog::List(app.db(), q)) {
      data.push_back({{"id", e.id},
                      {"at", e.at.ToString()},
                      {"actor_user_id", e.actor_user.valid() ? nlohmann::json(e.actor_user.value) : nlohmann::json()},
                      {"actor", e.actor},
                      {"action", e.action},
                      {"entity", e.entity},
                      {"entity_id", e.entity_id ? nlohmann::json(*e.entity_id) : nlohmann::json()},
                      {"before", e.before},
                      {"after", e.after}});
    }
    ctx.Json(200, {{"data", data}});
  }});
}

}  // namespace banso::http
