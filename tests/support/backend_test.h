#pragma once
// Base for API suites parameterised by backend: one database and server per backend, shared
// by the suite's tests (each test makes its own records, so they do not interfere).
#include <gtest/gtest.h>

#include <map>
#include <memory>

#include "support/api_client.h"
#include "support/test_database.h"

namespace banso::testing {

class BackendTest : public ::testing::TestWithParam<std::string> {
 protected:
  struct Instance {
    std::unique_ptr<TestDatabase> db;
    std::unique_ptr<TestServer> server;
  };

  void SetUp() override {
    Instance& i = instances()[GetParam()];
    if (!i.db) i.db = std::make_unique<TestDatabase>(GetParam());
    BANSO_REQUIRE_DATABASE(*i.db);
    if (!i.server) i.server = std::make_unique<TestServer>(i.db->url());
    server_ = i.server.get();
  }
  static void TearDownTestSuite() { instances().clear(); }

  TestServer& server() { return *server_; }
  ApiClient& as(const std::string& role) { return server_->as(role); }

 private:
  static std::map<std::string, Instance>& instances() {
    static std::map<std::string, Instance> map;
    return map;
  }
  TestServer* server_ = nullptr;
};

#define BANSO_INSTANTIATE_BACKENDS(Suite)                                                      \
  INSTANTIATE_TEST_SUITE_P(Backends, Suite, ::testing::ValuesIn(::banso::testing::Backends()), \
                           [](const auto& info) { return info.param; })

}  // namespace banso::testing
