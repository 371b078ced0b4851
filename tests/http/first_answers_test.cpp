// A signed-in browser's page carries the answers its first render needs (http/first_answers.h),
// made by the API's own routes with the browser's credentials: the same JSON as the API gives,
// only answers the caller would be given, never stored, and no record's text can end the
// element that holds them.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>

#include "support/api_client.h"
#include "support/test_database.h"

namespace banso::testing {
namespace {

namespace fs = std::filesystem;

constexpr const char* kPage = "<html><head><title>Banso</title></head><body></body></html>";
constexpr const char* kElement = R"(<script type="application/json" id="banso-first-answers">)";

class FirstAnswersTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    root_ = fs::temp_directory_path() /
            ("banso-first-answers-" + GetParam() + "-" +
             std::to_string(::testing::UnitTest::GetInstance()->random_seed()));
    fs::create_directories(root_);
    std::ofstream(root_ / "index.html") << kPage;
    db_ = std::make_unique<TestDatabase>(GetParam());
    BANSO_REQUIRE_DATABASE(*db_);
    server_ = std::make_unique<TestServer>(db_->url(), nullptr,
                                           [&](http::ServerOptions& o) { o.web_root = root_; });
  }
  void TearDown() override {
    server_.reset();
    fs::remove_all(root_);
  }

  // The session cookie of a browser signed in as csm@test.io.
  std::string SignIn() {
    httplib::Client c("127.0.0.1", server_->port());
    auto r =
        c.Post("/api/v1/auth/login",
               nlohmann::json{{"email", "csm@test.io"}, {"password", TestServer::kPassword}}.dump(),
               "application/json");
    std::string set_cookie = r->get_header_value("Set-Cookie");
    return set_cookie.substr(0, set_cookie.find(';'));
  }

  httplib::Result Get(const std::string& path, const std::string& cookie) {
    httplib::Client c("127.0.0.1", server_->port());
    httplib::Headers headers;
    if (!cookie.empty()) headers.emplace("Cookie", cookie);
    return c.Get(path, headers);
  }

  // The answers in the page, or null when it carries none.
  static nlohmann::json AnswersIn(const std::string& page) {
    size_t at = page.find(kElement);
    if (at == std::string::npos) return nullptr;
    at += std::string(kElement).size();
    return nlohmann::json::parse(page.substr(at, page.find("</script>", at) - at));
  }

  fs::path root_;
  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
};

TEST_P(FirstAnswersTest, AnAccountsPageCarriesTheAnswersTheApiGives) {
  auto account = server_->as("admin").Post(
      "/api/v1/accounts", {{"name", "</script><script>alert(1)</script><!-- 株式会社"}});
  ASSERT_EQ(account.status, 201) << account.raw;
  std::string id = std::to_string(account.body["id"].get<long long>());
  std::string cookie = SignIn();

  auto page = Get("/app/accounts/" + id, cookie);
  ASSERT_EQ(page->status, 200);
  EXPECT_EQ(page->get_header_value("Cache-Control"), "no-store") << "the page is this user's";
  EXPECT_LT(page->body.find(kElement), page->body.find("</head>"));
  EXPECT_EQ(page->body.find("</script><script>alert"), std::string::npos);
  EXPECT_EQ(page->body.find("<!-- "), std::string::npos);

  nlohmann::json answers = AnswersIn(page->body);
  ASSERT_TRUE(answers.is_object()) << page->body;
  std::vector<std::string> paths;
  for (const auto& [path, answer] : answers.items()) {
    paths.push_back(path);
    auto api = Get(path, cookie);
    ASSERT_EQ(api->status, 200) << path;
    nlohmann::json expected = nlohmann::json::parse(api->body);
    if (path == "/api/v1/auth/me") {
      // The session answer carries the session's CSRF token; one session, one token.
      EXPECT_EQ(answer["csrf_token"], expected["csrf_token"]);
      EXPECT_EQ(answer["user"]["email"], "csm@test.io");
    }
    EXPECT_EQ(answer, expected) << path;
  }
  std::sort(paths.begin(), paths.end());
  EXPECT_EQ(paths,
            (std::vector<std::string>{"/api/v1/accounts/" + id, "/api/v1/auth/me",
                                      "/api/v1/journey/stages", "/api/v1/settings/revenue"}));
  EXPECT_EQ(answers["/api/v1/accounts/" + id]["name"],
            "</script><script>alert(1)</script><!-- 株式会社");
}

TEST_P(FirstAnswersTest, OtherPagesCarryTheSessionStagesAndSettingsOnly) {
  std::string cookie = SignIn();
  for (const char* path : {"/app/", "/app/accounts", "/app/renewals", "/app/accounts/12/extra"}) {
    nlohmann::json answers = AnswersIn(Get(path, cookie)->body);
    ASSERT_TRUE(answers.is_object()) << path;
    EXPECT_EQ(answers.size(), 3u) << path << ": " << answers;
    EXPECT_TRUE(answers.contains("/api/v1/auth/me")) << path;
  }
}

TEST_P(FirstAnswersTest, NothingTheCallerWouldNotBeGiven) {
  // No session: the page as built, revalidated as before.
  auto anonymous = Get("/app/accounts/1", "");
  EXPECT_EQ(anonymous->body, kPage);
  EXPECT_EQ(anonymous->get_header_value("Cache-Control"), "no-cache");
  // A session that has ended, or was never one: no answers either.
  EXPECT_EQ(Get("/app/accounts/1", "banso_session=not-a-session")->body, kPage);
  std::string cookie = SignIn();
  // A missing account is left for the console to ask for, and to show its error.
  nlohmann::json answers = AnswersIn(Get("/app/accounts/999999999", cookie)->body);
  ASSERT_TRUE(answers.is_object());
  EXPECT_FALSE(answers.contains("/api/v1/accounts/999999999"));
  EXPECT_TRUE(answers.contains("/api/v1/auth/me"));
  // The built files themselves are never personal.
  EXPECT_EQ(Get("/app/index.html", cookie)->body.find(kElement), std::string::npos);
}

INSTANTIATE_TEST_SUITE_P(Backends, FirstAnswersTest,
                         ::testing::ValuesIn(::banso::testing::Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace banso::testing
