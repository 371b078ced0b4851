#pragma once
// A running Banso (App + HTTP server on a free port) and clients signed in as each role,
// for API tests that go through real HTTP.
#include <httplib.h>

#include <nlohmann/json.hpp>

#include <functional>
#include <map>
#include <memory>
#include <string>
#include <thread>

#include "app/app.h"
#include "core/date.h"
#include "http/server.h"

namespace banso::testing {

// A time the given number of days before the server's clock (the wall clock), as the API
// writes times: test data is dated relative to the clock the test runs with.
inline std::string DaysAgo(int days) {
  return Timestamp{Timestamp::Now().ms - days * 86'400'000LL}.ToString();
}

struct ApiResponse {
  int status = 0;
  nlohmann::json body;  // null if the body was not JSON
  std::string raw;
  httplib::Headers headers;
};

// An API client authenticated by a bearer token of one user.
class ApiClient {
 public:
  ApiClient(int port, std::string token) : client_("127.0.0.1", port), token_(std::move(token)) {}
  ApiResponse Get(const std::string& path);
  ApiResponse Post(const std::string& path, const nlohmann::json& body);
  ApiResponse PostRaw(const std::string& path, const std::string& body, const std::string& type);
  ApiResponse Patch(const std::string& path, const nlohmann::json& body);
  ApiResponse Put(const std::string& path, const nlohmann::json& body);
  ApiResponse Delete(const std::string& path);
  ApiResponse Send(const std::string& method, const std::string& path, const std::string& body,
                   const std::string& type);

 private:
  httplib::Client client_;
  std::string token_;
};

class TestServer {
 public:
  // Starts on db_url with one user per role (admin@, manager@, csm@, marketer@, viewer@test.io).
  explicit TestServer(const std::string& db_url,
                      const std::function<void(app::AppOptions&)>& configure = {},
                      const std::function<void(http::ServerOptions&)>& configure_server = {});
  ~TestServer();

  int port() const { return port_; }
  app::App& app() { return *app_; }
  http::Server& server() { return *server_; }
  ApiClient& as(const std::string& role) { return *clients_.at(role); }
  UserId user_id(const std::string& role) const { return user_ids_.at(role); }
  static constexpr const char* kPassword = "correct-horse-battery";

 private:
  std::unique_ptr<app::App> app_;
  std::unique_ptr<http::Server> server_;
  std::thread thread_;
  int port_ = 0;
  std::map<std::string, std::unique_ptr<ApiClient>> clients_;
  std::map<std::string, UserId> user_ids_;
};

}  // namespace banso::testing
