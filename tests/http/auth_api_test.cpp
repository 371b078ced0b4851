#include <gtest/gtest.h>

#include "support/backend_test.h"

namespace banso::testing {
namespace {

class AuthApiTest : public BackendTest {};

// A browser session: login sets an HttpOnly SameSite cookie; writes need the CSRF token.
TEST_P(AuthApiTest, CookieSessionNeedsCsrfTokenForWrites) {
  httplib::Client c("127.0.0.1", server().port());
  auto login =
      c.Post("/api/v1/auth/login", R"({"email":"csm@test.io","password":"correct-horse-battery"})",
             "application/json");
  ASSERT_TRUE(login);
  ASSERT_EQ(login->status, 200) << login->body;
  std::string set_cookie = login->get_header_value("Set-Cookie");
  EXPECT_NE(set_cookie.find("HttpOnly"), std::string::npos);
  EXPECT_NE(set_cookie.find("SameSite=Lax"), std::string::npos);
  std::string cookie = set_cookie.substr(0, set_cookie.find(';'));
  std::string csrf = nlohmann::json::parse(login->body)["csrf_token"];
  // Beside it, a hint that scripts may read (not HttpOnly), with the session's lifetime.
  std::string hint = login->get_header_value("Set-Cookie", 1);
  EXPECT_EQ(hint.substr(0, hint.find(';')), "banso_signed_in=1");
  EXPECT_EQ(hint.find("HttpOnly"), std::string::npos);
  auto max_age = [](const std::string& c) {
    size_t at = c.find("Max-Age=");
    return at == std::string::npos ? std::string() : c.substr(at, c.find(';', at) - at);
  };
  EXPECT_NE(max_age(hint), "");
  EXPECT_EQ(max_age(hint), max_age(set_cookie));

  httplib::Headers with_cookie{{"Cookie", cookie}};
  auto me = c.Get("/api/v1/auth/me", with_cookie);
  ASSERT_EQ(me->status, 200);
  EXPECT_EQ(nlohmann::json::parse(me->body)["user"]["role"], "csm");
  // What the role may do, so the console offers only those actions: a CSM edits customers but
  // not contracts.
  auto permissions = nlohmann::json::parse(me->body)["permissions"];
  auto has = [&](const char* p) {
    return std::find(permissions.begin(), permissions.end(), p) != permissions.end();
  };
  EXPECT_TRUE(has("write_customers")) << permissions;
  EXPECT_TRUE(has("write_activity"));
  EXPECT_FALSE(has("write_revenue"));
  EXPECT_FALSE(has("manage_users"));

  auto no_csrf = c.Post("/api/v1/accounts", with_cookie, R"({"name":"x"})", "application/json");
  EXPECT_EQ(no_csrf->status, 403);
  httplib::Headers with_csrf{{"Cookie", cookie}, {"X-CSRF-Token", csrf}};
  auto ok = c.Post("/api/v1/accounts", with_csrf, R"({"name":"csrf ok"})", "application/json");
  EXPECT_EQ(ok->status, 201) << ok->body;

  auto logout = c.Post("/api/v1/auth/logout", with_csrf, "", "application/json");
  EXPECT_EQ(logout->status, 204);
  EXPECT_EQ(logout->get_header_value("Set-Cookie", 1).rfind("banso_signed_in=;", 0), 0u);
  EXPECT_NE(logout->get_header_value("Set-Cookie", 1).find("Max-Age=0"), std::string::npos);
  EXPECT_EQ(c.Get("/api/v1/auth/me", with_cookie)->status, 401);
}

// Sign-out reads the session cookie by its exact name: a cookie whose name only ends in it
// (legacy_banso_session=, set by another app on the domain) does not end that session.
TEST_P(AuthApiTest, SignOutEndsOnlyTheSessionOfTheExactCookie) {
  httplib::Client c("127.0.0.1", server().port());
  auto sign_in = [&](const std::string& email) {
    auto r = c.Post("/api/v1/auth/login",
                    nlohmann::json{{"email", email}, {"password", TestServer::kPassword}}.dump(),
                    "application/json");
    std::string set_cookie = r->get_header_value("Set-Cookie");
    return std::pair{set_cookie.substr(0, set_cookie.find(';')),
                     nlohmann::json::parse(r->body)["csrf_token"].get<std::string>()};
  };
  auto [victim, victim_csrf] = sign_in("manager@test.io");
  auto [mine, my_csrf] = sign_in("csm@test.io");
  std::string victim_token = victim.substr(victim.find('=') + 1);
  httplib::Headers tricked{{"Cookie", "legacy_banso_session=" + victim_token + "; " + mine},
                           {"X-CSRF-Token", my_csrf}};
  EXPECT_EQ(c.Post("/api/v1/auth/logout", tricked, "", "application/json")->status, 204);
  EXPECT_EQ(c.Get("/api/v1/auth/me", httplib::Headers{{"Cookie", victim}})->status, 200)
      << "the other session ended";
  EXPECT_EQ(c.Get("/api/v1/auth/me", httplib::Headers{{"Cookie", mine}})->status, 401);
}

TEST_P(AuthApiTest, WrongPasswordIsUnauthorizedAndRepeatedFailuresAreLimited) {
  httplib::Client c("127.0.0.1", server().port());
  int last = 0;
  for (int i = 0; i < 7; ++i) {
    auto r =
        c.Post("/api/v1/auth/login", R"({"email":"viewer@test.io","password":"wrong-password!"})",
               "application/json");
    last = r->status;
    if (i < 5) {
      EXPECT_EQ(r->status, 401);
    }
  }
  EXPECT_EQ(last, 429);
  // The account stays locked even with the right password until the window passes.
  auto r = c.Post("/api/v1/auth/login",
                  R"({"email":"viewer@test.io","password":"correct-horse-battery"})",
                  "application/json");
  EXPECT_EQ(r->status, 429);
  EXPECT_FALSE(r->get_header_value("Retry-After").empty());
}

TEST_P(AuthApiTest, RevokedTokenIsRejected) {
  auto created = as("marketer").Post("/api/v1/tokens", {{"name", "crm sync"}});
  ASSERT_EQ(created.status, 201);
  ApiClient token_client(server().port(), created.body["token"]);
  EXPECT_EQ(token_client.Get("/api/v1/accounts").status, 200);
  EXPECT_EQ(as("marketer")
                .Delete("/api/v1/tokens/" + std::to_string(created.body["id"].get<long long>()))
                .status,
            204);
  EXPECT_EQ(token_client.Get("/api/v1/accounts").status, 401);
  ApiClient nobody(server().port(), "bns_not-a-token");
  EXPECT_EQ(nobody.Get("/api/v1/accounts").status, 401);
}

TEST_P(AuthApiTest, EveryRouteRefusesRolesWithoutItsPermission) {
  int checked = 0;
  for (const auto& route : server().server().routes()) {
    if (!route.permission) continue;
    std::string path = route.path;
    for (auto pos = path.find('{'); pos != std::string::npos; pos = path.find('{'))
      path.replace(pos, path.find('}', pos) - pos + 1,
                   route.path.find("imports") != std::string::npos ? "accounts" : "1");
    for (const char* role : {"admin", "manager", "csm", "marketer", "viewer"}) {
      auto r = *auth::ParseRole(role);
      if (auth::Allows(r, *route.permission)) continue;
      std::string verb(http::MethodName(route.method));
      for (char& ch : verb) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      auto res = as(role).Send(verb, path, "{}", "application/json");
      EXPECT_EQ(res.status, 403) << role << " " << http::MethodName(route.method) << " " << path;
      ++checked;
    }
  }
  EXPECT_GT(checked, 10);
}

TEST_P(AuthApiTest, AuditLogRecordsChangesForAdminsOnly) {
  auto a = as("csm").Post("/api/v1/accounts", {{"name", "Audited KK"}});
  long long id = a.body["id"];
  as("csm").Patch("/api/v1/accounts/" + std::to_string(id),
                  {{"version", 1}, {"industry", "Retail"}});
  EXPECT_EQ(as("manager").Get("/api/v1/audit").status, 403);
  auto log = as("admin").Get("/api/v1/audit?entity=account&entity_id=" + std::to_string(id));
  ASSERT_EQ(log.status, 200);
  ASSERT_EQ(log.body["data"].size(), 2u);
  const auto& update = log.body["data"][0];
  EXPECT_EQ(update["action"], "update");
  EXPECT_EQ(update["actor"], "token:csm@test.io");
  EXPECT_TRUE(update["before"]["industry"].is_null());
  EXPECT_EQ(update["after"]["industry"], "Retail");
}

BANSO_INSTANTIATE_BACKENDS(AuthApiTest);

}  // namespace
}  // namespace banso::testing
