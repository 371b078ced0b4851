// What every answer carries, and paths that are no route of ours (the security review's
// findings: no CSP or frame denial; /app/assets/x.js%00.html served as text/html).
#include <gtest/gtest.h>

#include "support/backend_test.h"

namespace banso::testing {
namespace {

class SecurityHeadersTest : public BackendTest {};

TEST_P(SecurityHeadersTest, EveryAnswerCarriesTheSecurityHeadersAndApiAnswersAreNotCached) {
  httplib::Client c("127.0.0.1", server().port());
  auto anonymous = [&](const std::string& path) {
    auto r = c.Get(path);
    return r ? r->headers : httplib::Headers{};
  };
  auto header = [](const httplib::Headers& h, const std::string& name) {
    auto it = h.find(name);
    return it == h.end() ? std::string() : it->second;
  };
  std::vector<std::pair<std::string, httplib::Headers>> cases = {
      {"an API read", as("viewer").Get("/api/v1/accounts").headers},
      {"an API refusal", anonymous("/api/v1/accounts")},
      {"an unknown route", as("viewer").Get("/api/v1/no-such-thing").headers},
      {"the health check", anonymous("/healthz")}};
  for (const auto& [what, h] : cases) {
    std::string csp = header(h, "Content-Security-Policy");
    size_t at = csp.find("script-src");
    ASSERT_NE(at, std::string::npos) << what << ": no Content-Security-Policy";
    EXPECT_EQ(csp.substr(at, csp.find(';', at) - at), "script-src 'self'")
        << what << ": no inline script";
    EXPECT_NE(csp.find("frame-ancestors 'none'"), std::string::npos) << what;
    EXPECT_NE(csp.find("object-src 'none'"), std::string::npos) << what;
    EXPECT_EQ(header(h, "X-Frame-Options"), "DENY") << what;
    EXPECT_EQ(header(h, "X-Content-Type-Options"), "nosniff") << what;
    EXPECT_EQ(header(h, "Referrer-Policy"), "no-referrer") << what;
  }
  EXPECT_EQ(header(cases[0].second, "Cache-Control"), "no-store");
  EXPECT_EQ(header(cases[1].second, "Cache-Control"), "no-store");
}

TEST_P(SecurityHeadersTest, PathsWithANulOrAnEncodedSeparatorAreNoRoute) {
  httplib::Client c("127.0.0.1", server().port());
  c.set_url_encode(false);  // the path goes out as written
  for (std::string path :
       {"/app/assets/x.js%00.html", "/app/assets/%2e%2e%2fx", "/app/..%5c..%5cetc%5cpasswd",
        "/api/v1/accounts%2F1", "/api/v1/accounts%00"}) {
    auto r = c.Get(path);
    ASSERT_TRUE(r) << path;
    EXPECT_EQ(r->status, 404) << path;
    EXPECT_EQ(r->get_header_value("Content-Type").rfind("application/json", 0), 0u)
        << path << ": never served as a page";
  }
}

BANSO_INSTANTIATE_BACKENDS(SecurityHeadersTest);

}  // namespace
}  // namespace banso::testing
