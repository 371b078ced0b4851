#include "support/api_client.h"

#include <spdlog/spdlog.h>

namespace banso::testing {

ApiResponse ApiClient::Send(const std::string& method, const std::string& path,
                            const std::string& body, const std::string& type) {
  httplib::Headers headers{{"Authorization", "Bearer " + token_}};
  httplib::Result r = method == "GET"     ? client_.Get(path, headers)
                      : method == "POST"  ? client_.Post(path, headers, body, type)
                      : method == "PATCH" ? client_.Patch(path, headers, body, type)
                      : method == "PUT"   ? client_.Put(path, headers, body, type)
                      : body.empty()      ? client_.Delete(path, headers)
                                          : client_.Delete(path, headers, body, type);
  ApiResponse out;
  if (!r) {
    out.status = -1;
    return out;
  }
  out.status = r->status;
  out.raw = r->body;
  out.headers = r->headers;
  out.body = nlohmann::json::parse(r->body, nullptr, false);
  if (out.body.is_discarded()) out.body = nullptr;
  return out;
}

ApiResponse ApiClient::Get(const std::string& path) { return Send("GET", path, "", ""); }
ApiResponse ApiClient::Post(const std::string& path, const nlohmann::json& body) {
  return Send("POST", path, body.dump(), "application/json");
}
ApiResponse ApiClient::PostRaw(const std::string& path, const std::string& body,
                               const std::string& type) {
  return Send("POST", path, body, type);
}
ApiResponse ApiClient::Patch(const std::string& path, const nlohmann::json& body) {
  return Send("PATCH", path, body.dump(), "application/json");
}
ApiResponse ApiClient::Put(const std::string& path, const nlohmann::json& body) {
  return Send("PUT", path, body.dump(), "application/json");
}
ApiResponse ApiClient::Delete(const std::string& path) { return Send("DELETE", path, "", ""); }

TestServer::TestServer(const std::string& db_url,
                       const std::function<void(app::AppOptions&)>& configure,
                       const std::function<void(http::ServerOptions&)>& configure_server) {
  spdlog::set_level(spdlog::level::warn);  // request logs would drown the test output
  app::AppOptions options;
  options.db_url = db_url;
  options.pool_size = 8;
  if (configure) configure(options);
  app_ = std::make_unique<app::App>(options);
  app_->events().Start();
  app_->health().Start(/*watch=*/true);
  http::ServerOptions server_options;
  server_options.port = 0;
  if (configure_server) configure_server(server_options);
  server_ = std::make_unique<http::Server>(*app_, server_options);
  port_ = server_->Bind();
  thread_ = std::thread([this] { server_->Listen(); });
  for (auto role : {auth::Role::kAdmin, auth::Role::kManager, auth::Role::kCsm,
                    auth::Role::kMarketer, auth::Role::kViewer}) {
    std::string name(auth::RoleName(role));
    auth::User u = app_->auth().CreateUser(
        auth::Actor::System("test"), {name + "@test.io", name + " user", role, "ja", kPassword});
    user_ids_[name] = u.id;
    auto [token, rec] = app_->auth().CreateApiToken(auth::Actor::System("test"), u.id, "test");
    clients_[name] = std::make_unique<ApiClient>(port_, token);
  }
}

TestServer::~TestServer() {
  server_->Stop();
  thread_.join();
  app_->events().Stop();
}

}  // namespace banso::testing
