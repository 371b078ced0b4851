// The OpenAPI document and the route table must agree: every route documented, every
// documented operation served, and the document served as it is in docs/.
#include <gtest/gtest.h>

#include <set>

#include "http/openapi_document.h"
#include "support/backend_test.h"

namespace banso::testing {
namespace {

class OpenApiTest : public BackendTest {};

using Operation = std::pair<std::string, std::string>;  // method, path

std::set<Operation> Documented(const nlohmann::json& doc) {
  std::set<Operation> ops;
  for (const auto& [path, item] : doc["paths"].items())
    for (const auto& [method, op] : item.items()) ops.emplace(method, path);
  return ops;
}

TEST_P(OpenApiTest, EveryRouteIsDocumentedAndEveryDocumentedRouteIsServed) {
  nlohmann::json doc = nlohmann::json::parse(http::OpenApiDocument());
  std::set<Operation> routes;
  for (const auto& r : server().server().routes())
    routes.emplace(http::MethodName(r.method), r.path);
  std::set<Operation> documented = Documented(doc);
  for (const auto& op : routes)
    EXPECT_TRUE(documented.count(op)) << "undocumented: " << op.first << " " << op.second;
  for (const auto& op : documented)
    EXPECT_TRUE(routes.count(op)) << "not served: " << op.first << " " << op.second;
}

// A route that takes no body refuses one (kNoBody); the document says the same by declaring
// no requestBody.
TEST_P(OpenApiTest, RoutesTakeABodyExactlyWhenTheDocumentDeclaresOne) {
  nlohmann::json doc = nlohmann::json::parse(http::OpenApiDocument());
  for (const auto& r : server().server().routes()) {
    if (r.method == http::Method::kGet) continue;
    bool declared =
        doc["paths"][r.path][std::string(http::MethodName(r.method))].contains("requestBody");
    EXPECT_EQ(r.max_body != http::kNoBody, declared) << http::MethodName(r.method) << " " << r.path;
  }
}

TEST_P(OpenApiTest, OperationsDeclareTheirPathParametersAndResponses) {
  nlohmann::json doc = nlohmann::json::parse(http::OpenApiDocument());
  EXPECT_EQ(doc["openapi"].get<std::string>().substr(0, 2), "3.");
  for (const auto& [path, item] : doc["paths"].items()) {
    for (const auto& [method, op] : item.items()) {
      EXPECT_FALSE(op["responses"].empty()) << method << " " << path;
      for (size_t pos = path.find('{'); pos != std::string::npos; pos = path.find('{', pos + 1)) {
        std::string name = path.substr(pos + 1, path.find('}', pos) - pos - 1);
        bool declared = false;
        for (const auto& p : op.value("parameters", nlohmann::json::array()))
          declared = declared || (p["in"] == "path" && p["name"] == name);
        EXPECT_TRUE(declared) << method << " " << path << " lacks path parameter " << name;
      }
    }
  }
}

TEST_P(OpenApiTest, TheDocumentIsServedUnauthenticated) {
  httplib::Client c("127.0.0.1", server().port());
  auto r = c.Get("/api/v1/openapi.json");
  ASSERT_TRUE(r);
  EXPECT_EQ(r->status, 200);
  EXPECT_EQ(nlohmann::json::parse(r->body), nlohmann::json::parse(http::OpenApiDocument()));
}

BANSO_INSTANTIATE_BACKENDS(OpenApiTest);

}  // namespace
}  // namespace banso::testing
