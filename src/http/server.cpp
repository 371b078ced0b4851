#include "http/server.h"

#include <httplib.h>
#include <netinet/in.h>
#include <spdlog/spdlog.h>
#include <sys/socket.h>

#include <cctype>
#include <chrono>
#include <filesystem>
#include <regex>

#include "core/error.h"
#include "http/api_routes.h"
#include "http/error_response.h"
#include "http/first_answers.h"
#include "http/static_files.h"

namespace banso::http {
namespace {

// /api/v1/accounts/{id} -> ^/api/v1/accounts/([^/]+)$
std::string PathRegex(const std::string& path) {
  static const std::regex param(R"(\{[a-z_]+\})");
  return std::regex_replace(path, param, "([^/]+)");
}

size_t ContentLength(const httplib::Request& req) {
  return std::strtoull(req.get_header_value("Content-Length").c_str(), nullptr, 10);
}

bool HasBody(const httplib::Request& req) {
  return ContentLength(req) > 0 || req.has_header("Transfer-Encoding");
}

// The request's body stays in the socket: the answer closes the connection.
void LeaveBodyUnread(httplib::Response& res) {
  res.set_header("Connection", "close");
  if (Connection* c = ConnectionServer::Current()) c->CloseAfterResponse();
}

// Reads the body through httplib's reader, which inflates gzip, deflate and br: the limit is
// on the inflated bytes, so a small compressed bomb stops at it.
std::string ReadBody(const httplib::Request& req, const httplib::ContentReader& reader,
                     size_t limit) {
  size_t declared = req.has_header("Content-Length") ? ContentLength(req) : limit;
  if (Connection* c = ConnectionServer::Current()) c->ExpectBody(std::min(declared, limit));
  std::string body;
  bool too_large = false;
  bool complete = reader([&](const char* data, size_t n) {
    if (body.size() + n > limit) return !(too_large = true);
    body.append(data, n);
    return true;
  });
  if (too_large)
    throw Error(ErrorCode::kTooLarge, "the request body is larger than " + std::to_string(limit) +
                                          " bytes, the most this route takes");
  if (!complete)
    throw Invalid("", "the request body could not be read: damaged, cut short or too slow");
  return body;
}

// Before routing: a path with a NUL or an encoded separator is no route of ours (404), and a
// body on a method that takes none is refused without reading it.
httplib::Server::HandlerResponse RefuseMalformedRequest(const httplib::Request& req,
                                                        httplib::Response& res) {
  std::string target = req.target.substr(0, req.target.find('?'));  // the path, as sent
  for (char& c : target) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  bool bad_path =
      req.path.find('\0') != std::string::npos || req.path.find('\\') != std::string::npos ||
      target.find("%00") != std::string::npos || target.find("%2f") != std::string::npos ||
      target.find("%5c") != std::string::npos;
  if (bad_path) {
    WriteError(res, std::make_exception_ptr(NotFound("no such path")));
    return httplib::Server::HandlerResponse::Handled;
  }
  bool takes_body = req.method == "POST" || req.method == "PUT" || req.method == "PATCH" ||
                    req.method == "DELETE";
  bool has_body = HasBody(req);
  if (!takes_body && has_body) {
    LeaveBodyUnread(res);
    WriteError(res,
               std::make_exception_ptr(Invalid("", "a " + req.method + " request takes no body")));
    return httplib::Server::HandlerResponse::Handled;
  }
  return httplib::Server::HandlerResponse::Unhandled;
}

bool ConstantTimeEquals(const std::string& a, const std::string& b) {
  if (a.size() != b.size()) return false;
  unsigned char diff = 0;
  for (size_t i = 0; i < a.size(); ++i) diff |= static_cast<unsigned char>(a[i] ^ b[i]);
  return diff == 0;
}

void LogRequest(const httplib::Request& req, const httplib::Response& res) {
  // Accepted Segment calls arrive thousands a second: /metrics counts them; log only refusals.
  if (res.status < 400 && req.path.rfind("/v1/", 0) == 0) return;
  nlohmann::json line = {{"msg", "request"},
                         {"method", req.method},
                         {"path", req.path},
                         {"status", res.status},
                         {"remote", req.remote_addr}};
  spdlog::info(line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
}

// cpp-httplib listens with a backlog of 5 (compiled into Debian's library), so when many
// clients connect at once the kernel drops SYNs and they wait a second or more to connect.
// listen() again on the bound socket raises it; httplib keeps the socket private, so it is
// found by its port among our open descriptors.
void RaiseListenBacklog(int port) {
  for (const auto& entry : std::filesystem::directory_iterator("/proc/self/fd")) {
    int fd = std::atoi(entry.path().filename().c_str());
    int listening = 0;
    socklen_t len = sizeof listening;
    sockaddr_storage addr{};
    socklen_t addr_len = sizeof addr;
    if (getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &listening, &len) != 0 || !listening) continue;
    if (getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &addr_len) != 0) continue;
    int bound = addr.ss_family == AF_INET ? ntohs(reinterpret_cast<sockaddr_in*>(&addr)->sin_port)
                : addr.ss_family == AF_INET6
                    ? ntohs(reinterpret_cast<sockaddr_in6*>(&addr)->sin6_port)
                    : -1;
    if (bound == port) ::listen(fd, SOMAXCONN);
  }
}

}  // namespace

std::string_view MethodName(Method m) {
  switch (m) {
    case Method::kGet: return "get";
    case Method::kPost: return "post";
    case Method::kPatch: return "patch";
    case Method::kPut: return "put";
    case Method::kDelete: return "delete";
  }
  return "get";
}

Server::Server(app::App& app, ServerOptions options)
    : app_(app),
      options_(std::move(options)),
      server_(std::make_unique<ConnectionServer>(options_.connections)),
      static_files_(std::make_unique<StaticFiles>(options_.web_root)) {
  AddSystemRoutes(routes_, app_);
  AddAuthRoutes(routes_, app_, options_);
  AddUserRoutes(routes_, app_);
  AddAccountRoutes(routes_, app_);
  AddContactRoutes(routes_, app_);
  AddTouchpointRoutes(routes_, app_);
  AddTicketRoutes(routes_, app_);
  AddSurveyRoutes(routes_, app_);
  AddTimelineRoutes(routes_, app_);
  AddContractRoutes(routes_, app_);
  AddFxRateRoutes(routes_, app_);
  AddRevenueMovementRoutes(routes_, app_);
  AddRetentionRoutes(routes_, app_);
  AddImportRoutes(routes_, app_);
  AddExportRoutes(routes_, app_);
  AddEventRoutes(routes_, app_);
  AddSuccessPlanRoutes(routes_, app_);
  AddRelationshipRoutes(routes_, app_);
  AddSelfSufficiencyRoutes(routes_, app_);
  AddJourneyRoutes(routes_, app_);
  AddHandoffRoutes(routes_, app_);
  AddHealthRoutes(routes_, app_);
  AddTouchModelRoutes(routes_, app_);
  AddSegmentRoutes(routes_, app_);
  AddDashboardRoutes(routes_, app_);

  ConnectionServer& s = *server_;
  // Responses leave in several writes; without TCP_NODELAY, Nagle's algorithm holds the last
  // one until the client's delayed ACK: a 40 ms stall on every keep-alive request.
  s.set_tcp_nodelay(true);
  s.set_keep_alive_max_count(10000);
  s.set_payload_max_length(64 * 1024 * 1024);  // a declared Content-Length past this is 413 at once
  s.set_logger(LogRequest);
  s.set_default_headers({
      {"X-Content-Type-Options", "nosniff"},
      {"X-Frame-Options", "DENY"},
      {"Referrer-Policy", "no-referrer"},
      // The console loads its scripts from /app/assets and runs no inline script.
      {"Content-Security-Policy",
       "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' "
       "data: blob:; "
       "font-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; "
       "frame-ancestors 'none'; form-action 'self'"},
  });
  s.set_pre_routing_handler(RefuseMalformedRequest);

  for (const Route& route : routes_) {
    std::string pattern = PathRegex(route.path);
    auto handler = [this, &route](const httplib::Request& req, httplib::Response& res) {
      Dispatch(route, req, res, nullptr);
    };
    auto with_body = [this, &route](const httplib::Request& req, httplib::Response& res,
                                    const httplib::ContentReader& reader) {
      Dispatch(route, req, res, &reader);
    };
    switch (route.method) {
      case Method::kGet: s.Get(pattern, handler); break;
      case Method::kPost: s.Post(pattern, with_body); break;
      case Method::kPatch: s.Patch(pattern, with_body); break;
      case Method::kPut: s.Put(pattern, with_body); break;
      case Method::kDelete: s.Delete(pattern, with_body); break;
    }
  }
  // Any other route with a body: 404 without reading the body.
  auto no_route = [](const httplib::Request& req, httplib::Response& res,
                     const httplib::ContentReader&) {
    LeaveBodyUnread(res);
    WriteError(res,
               std::make_exception_ptr(NotFound("no such route: " + req.method + " " + req.path)));
  };
  s.Post(".*", no_route);
  s.Put(".*", no_route);
  s.Patch(".*", no_route);
  s.Delete(".*", no_route);

  // The console: its built files, and index.html for the app's own routes (deep links).
  s.Get("/", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/app/"); });
  s.Get("/app", [](const httplib::Request&, httplib::Response& res) { res.set_redirect("/app/"); });
  s.Get(R"(/app/.*)", [this](const httplib::Request& req, httplib::Response& res) {
    static_files_->Serve(req, res, [&] { return FirstAnswers(req); });
  });

  // Bodies for errors httplib produces itself (unknown route, 413 over the size limit, ...).
  s.set_error_handler(httplib::Server::HandlerWithResponse([](const httplib::Request& req,
                                                              httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    ErrorCode code = res.status == 404   ? ErrorCode::kNotFound
                     : res.status == 413 ? ErrorCode::kTooLarge
                                         : ErrorCode::kInvalid;
    std::string message = res.status == 404   ? "no such route: " + req.method + " " + req.path
                          : res.status == 413 ? "the request body is larger than the server accepts"
                                              : "bad request";
    int status = res.status;
    WriteError(res, std::make_exception_ptr(Error(code, message)));
    res.status = status;
    return httplib::Server::HandlerResponse::Handled;
  }));
}

Server::~Server() = default;

void Server::Authenticate(RequestContext& ctx, const Route& route) {
  std::string authz = ctx.req.get_header_value("Authorization");
  bool bearer = authz.rfind("Bearer ", 0) == 0;
  std::string credential = bearer ? authz.substr(7) : ctx.Cookie(kSessionCookie);
  if (credential.empty())
    throw Unauthorized("sign in first, or send an API token (Authorization: Bearer)");
  // By value, so that a long-lived answer can call it again after this request's objects are gone.
  auto identify = [this, bearer, credential, permission = *route.permission] {
    auth::Principal p = bearer ? app_.auth().AuthenticateApiToken(credential)
                               : app_.auth().AuthenticateSession(credential);
    if (!auth::Allows(p.user.role, permission))
      throw Forbidden("the " + std::string(auth::RoleName(p.user.role)) + " role may not do this");
    return p;
  };
  ctx.principal = identify();
  // Cookie sessions must prove the request comes from our own page.
  if (!bearer && route.method != Method::kGet &&
      !ConstantTimeEquals(ctx.req.get_header_value("X-CSRF-Token"), ctx.principal->csrf_token))
    throw Forbidden("missing or wrong X-CSRF-Token header");
  ctx.reauthenticate = [identify] { identify(); };
}

void Server::Dispatch(const Route& route, const httplib::Request& req, httplib::Response& res,
                      const httplib::ContentReader* reader) {
  std::vector<std::string> params(req.matches.size() > 1 ? req.matches.size() - 1 : 0);
  for (size_t i = 1; i < req.matches.size(); ++i) params[i - 1] = req.matches[i].str();
  Run(route, req, res, std::move(params), reader);
}

void Server::Run(const Route& route, const httplib::Request& req, httplib::Response& res,
                 std::vector<std::string> params, const httplib::ContentReader* reader) {
  RequestContext ctx(req, res, std::move(params));
  bool body_read = reader == nullptr;
  try {
    if (route.permission) Authenticate(ctx, route);
    if (reader) {
      if (route.max_body == kNoBody && HasBody(req))
        throw Invalid("", "this request takes no body");
      ctx.body = ReadBody(req, *reader, route.max_body);
      body_read = true;
    }
    route.handler(ctx);
  } catch (...) {
    WriteError(res, std::current_exception());
  }
  if (!body_read) LeaveBodyUnread(res);
  if (!res.has_header("Cache-Control")) res.set_header("Cache-Control", "no-store");
}

std::string Server::FirstAnswers(const httplib::Request& req) {
  if (CookieValue(req, kSessionCookie).empty()) return "";
  nlohmann::json answers = nlohmann::json::object();
  for (const FirstAnswer& first :
       FirstAnswersFor(req.path.substr(std::min<size_t>(5, req.path.size())))) {
    auto route = std::find_if(routes_.begin(), routes_.end(), [&](const Route& r) {
      return r.method == Method::kGet && r.path == first.route;
    });
    if (route == routes_.end()) continue;
    httplib::Request ask;
    ask.method = "GET";
    ask.path = first.path;
    ask.headers = req.headers;
    ask.remote_addr = req.remote_addr;
    httplib::Response answer;
    Run(*route, ask, answer, first.params, nullptr);
    // Only what the browser would be given; it asks the API for the rest, and shows its errors.
    if (answer.status == 200)
      answers[first.path] = nlohmann::json::parse(answer.body, nullptr, false);
  }
  return answers.empty() ? "" : FirstAnswersElement(answers);
}

int Server::Bind() {
  int port = options_.port == 0
                 ? server_->bind_to_any_port(options_.host)
                 : (server_->bind_to_port(options_.host, options_.port) ? options_.port : -1);
  if (port < 0)
    throw Unavailable("cannot listen on " + options_.host + ":" + std::to_string(options_.port));
  RaiseListenBacklog(port);
  return port;
}

void Server::Listen() { server_->listen_after_bind(); }

void Server::Stop() { server_->stop(); }

}  // namespace banso::http
