// Staff users (read by everyone for owner pickers; managed by admins) and the audit log.
#include <climits>

#include "auth/audit_log.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "http/api_routes.h"

namespace banso::http {
namespace {

auth::Role RoleField(const nlohmann::json& v) {
  auto role = auth::ParseRole(JsonString(v, "role"));
  if (!role) throw Invalid("role", "must be admin, manager, csm, marketer or viewer");
  return *role;
}

// A user as the staff pages show it: with the time until which failed sign-ins delay them.
nlohmann::json StaffJson(app::App& app, const auth::User& u) {
  nlohmann::json j = auth::UserToJson(u);
  j["sign_in_blocked_until"] = OrNull(app.auth().SignInBlockedUntil(u));
  return j;
}

auth::User ExistingUser(app::App& app, RequestContext& ctx) {
  auto user = app.auth().FindUser(UserId(ctx.PathId()));
  if (!user) throw NotFound("no such user");
  return *user;
}

}  // namespace

void AddUserRoutes(std::vector<Route>& routes, app::App& app) {
  using auth::Permission;
  routes.push_back(
      {Method::kGet, "/api/v1/users", Permission::kReadCustomers, [&app](RequestContext& ctx) {
         nlohmann::json data = nlohmann::json::array();
         for (const auto& u : app.auth().ListUsers()) data.push_back(StaffJson(app, u));
         ctx.Json(200, {{"data", data}});
       }});
  routes.push_back(
      {Method::kGet, "/api/v1/users/{id}", Permission::kManageUsers,
       [&app](RequestContext& ctx) { ctx.Json(200, StaffJson(app, ExistingUser(app, ctx))); }});
  routes.push_back(
      {Method::kPatch, "/api/v1/users/{id}", Permission::kManageUsers, [&app](RequestContext& ctx) {
         nlohmann::json body = ctx.JsonBody();
         long long version = ctx.RequiredVersion(body);
         auth::UserChange change;
         JsonFields f(body);
         f.On("version", [](auto&) {});
         f.On("name", [&](auto& v) { change.name = JsonString(v, "name"); });
         f.On("role", [&](auto& v) { change.role = RoleField(v); });
         f.On("language", [&](auto& v) { change.language = JsonString(v, "language"); });
         f.On("disabled", [&](auto& v) { change.disabled = JsonBool(v, "disabled"); });
         f.RejectUnknown();
         auth::User updated =
             app.auth().UpdateUser(ctx.actor(), UserId(ctx.PathId()), version, change);
         ctx.Json(200, StaffJson(app, updated));
       }});
  routes.push_back({Method::kPost, "/api/v1/users/{id}/password", Permission::kManageUsers,
                    [&app](RequestContext& ctx) {
                      nlohmann::json body = ctx.JsonBody();
                      std::string password;
                      JsonFields f(body);
                      f.On("password", [&](auto& v) { password = JsonString(v, "password"); });
                      f.RejectUnknown();
                      if (!f.Has("password")) throw Invalid("password", "is required");
                      app.auth().ResetPassword(ctx.actor(), UserId(ctx.PathId()), password);
                      ctx.NoContent();
                    }});
  routes.push_back(
      {Method::kDelete, "/api/v1/users/{id}/sessions", Permission::kManageUsers,
       [&app](RequestContext& ctx) {
         ctx.Json(200, {{"ended", app.auth().EndSessions(ctx.actor(), UserId(ctx.PathId()))}});
       },
       kNoBody});
  routes.push_back({Method::kDelete, "/api/v1/users/{id}/sign-in-lock", Permission::kManageUsers,
                    [&app](RequestContext& ctx) {
                      app.auth().ClearSignInLock(ctx.actor(), UserId(ctx.PathId()));
                      ctx.NoContent();
                    },
                    kNoBody});
  routes.push_back({Method::kGet, "/api/v1/users/{id}/tokens", Permission::kManageUsers,
                    [&app](RequestContext& ctx) {
                      nlohmann::json data = nlohmann::json::array();
                      for (const auto& t : app.auth().ListApiTokens(ExistingUser(app, ctx).id))
                        data.push_back(auth::TokenToJson(t));
                      ctx.Json(200, {{"data", data}});
                    }});
  routes.push_back(
      {Method::kPost, "/api/v1/users", Permission::kManageUsers, [&app](RequestContext& ctx) {
         nlohmann::json body = ctx.JsonBody();
         auth::NewUser u;
         JsonFields f(body);
         f.On("email", [&](auto& v) { u.email = JsonString(v, "email"); });
         f.On("name", [&](auto& v) { u.name = JsonString(v, "name"); });
         f.On("role", [&](auto& v) { u.role = RoleField(v); });
         f.On("language", [&](auto& v) { u.language = JsonString(v, "language"); });
         f.On("password", [&](auto& v) { u.password = JsonString(v, "password"); });
         f.RejectUnknown();
         ctx.Json(201, StaffJson(app, app.auth().CreateUser(ctx.actor(), u)));
       }});
  routes.push_back(
      {Method::kGet, "/api/v1/audit", auth::Permission::kReadAudit, [&app](RequestContext& ctx) {
         ctx.AllowQuery({"entity", "entity_id", "before_id", "limit"});
         auth::AuditQuery q;
         q.entity = ctx.QueryString("entity");
         q.entity_id = ctx.QueryInt("entity_id", 1, LLONG_MAX);
         q.before_id = ctx.QueryInt("before_id", 1, LLONG_MAX);
         q.limit = static_cast<int>(ctx.QueryInt("limit", 1, 500).value_or(50));
         nlohmann::json data = nlohmann::json::array();
         for (const auto& e : app.auth().AuditTrail(q)) {
           data.push_back(
               {{"id", e.id},
                {"at", e.at.ToString()},
                {"actor_user_id",
                 e.actor_user.valid() ? nlohmann::json(e.actor_user.value) : nlohmann::json()},
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
