// Sign-in, sign-out and "who am I" for the web console, and API tokens.
#include "core/error.h"
#include "core/json_fields.h"
#include "http/api_routes.h"

namespace banso::http {
namespace {

nlohmann::json SignedInJson(const auth::Principal& p) {
  return {{"user", auth::UserToJson(p.user)},
          {"csrf_token", p.csrf_token},
          {"permissions", auth::PermissionNames(p.user.role)}};
}

// Sign-in is public: an anonymous caller may make the server read no more than this.
constexpr size_t kMaxSignInBody = 16 << 10;

}  // namespace

void AddAuthRoutes(std::vector<Route>& routes, app::App& app, const ServerOptions& options) {
  bool secure = options.secure_cookies;
  routes.push_back(
      {Method::kPost, "/api/v1/auth/login", std::nullopt,
       [&app, secure](RequestContext& ctx) {
         nlohmann::json body = ctx.JsonBody();
         std::string email, password;
         JsonFields f(body);
         f.On("email", [&](auto& v) { email = JsonString(v, "email"); });
         f.On("password", [&](auto& v) { password = JsonString(v, "password"); });
         f.RejectUnknown();
         if (email.empty()) throw Invalid("email", "is required");
         if (password.empty()) throw Invalid("password", "is required");
         auth::SignedIn s = app.auth().SignIn(email, password, ctx.req.remote_addr);
         std::string attributes = "; Path=/; SameSite=Lax; Max-Age=" +
                                  std::to_string(auth::AuthService::kSessionLifetimeMs / 1000) +
                                  (secure ? "; Secure" : "");
         ctx.res.set_header("Set-Cookie", std::string(kSessionCookie) + "=" + s.session_token +
                                              attributes + "; HttpOnly");
         ctx.res.set_header("Set-Cookie", std::string(kSignedInCookie) + "=1" + attributes);
         ctx.Json(200, SignedInJson(s.principal));
       },
       kMaxSignInBody});
  routes.push_back({Method::kPost, "/api/v1/auth/logout", auth::Permission::kSignedIn,
                    [&app](RequestContext& ctx) {
                      if (std::string session = ctx.Cookie(kSessionCookie); !session.empty())
                        app.auth().SignOut(session);
                      ctx.res.set_header("Set-Cookie",
                                         std::string(kSessionCookie) +
                                             "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0");
                      ctx.res.set_header("Set-Cookie", std::string(kSignedInCookie) +
                                                           "=; Path=/; SameSite=Lax; Max-Age=0");
                      ctx.NoContent();
                    },
                    kNoBody});
  routes.push_back({Method::kGet, "/api/v1/auth/me", auth::Permission::kSignedIn,
                    [](RequestContext& ctx) { ctx.Json(200, SignedInJson(ctx.caller())); }});

  routes.push_back(
      {Method::kGet, "/api/v1/tokens", auth::Permission::kSignedIn, [&app](RequestContext& ctx) {
         nlohmann::json data = nlohmann::json::array();
         for (const auto& t : app.auth().ListApiTokens(ctx.caller().user.id))
           data.push_back(auth::TokenToJson(t));
         ctx.Json(200, {{"data", data}});
       }});
  routes.push_back(
      {Method::kPost, "/api/v1/tokens", auth::Permission::kSignedIn, [&app](RequestContext& ctx) {
         nlohmann::json body = ctx.JsonBody();
         std::string name;
         std::optional<Timestamp> expires_at;
         JsonFields f(body);
         f.On("name", [&](auto& v) { name = JsonString(v, "name"); });
         f.On("expires_in_days", [&](auto& v) {
           long long days = JsonInt(v, "expires_in_days");
           if (days < 1 || days > 3650)
             throw Invalid("expires_in_days", "must be between 1 and 3650");
           expires_at = Timestamp{Timestamp::Now().ms + days * 86'400'000LL};
         });
         f.RejectUnknown();
         // A token made with a token is bound to it (expires no later, revoked with it).
         auto [token, rec] = app.auth().CreateApiToken(ctx.actor(), ctx.caller().user.id, name,
                                                       expires_at, ctx.caller().api_token);
         nlohmann::json out = auth::TokenToJson(rec);
         out["token"] = token;  // shown once
         ctx.Json(201, out);
       }});
  routes.push_back({Method::kDelete, "/api/v1/tokens/{id}", auth::Permission::kSignedIn,
                    [&app](RequestContext& ctx) {
                      app.auth().RevokeApiToken(ctx.actor(), ApiTokenId(ctx.PathId()));
                      ctx.NoContent();
                    },
                    kNoBody});
}

}  // namespace banso::http
