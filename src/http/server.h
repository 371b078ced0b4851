#pragma once
// The HTTP server: the JSON API under /api/v1 (dispatched from the route table, with
// authentication, CSRF and role checks before every handler), /healthz, and the web console's
// static files at /app.
//
// Thread safety: handlers run on the server's thread pool; Stop() may be called from any
// thread (e.g. the SIGTERM handler's thread).
#include <memory>
#include <string>
#include <vector>

#include "app/app.h"
#include "http/connections.h"
#include "http/route.h"

namespace banso::http {

class StaticFiles;

struct ServerOptions {
  std::string host = "127.0.0.1";
  int port = 8080;  // 0: any free port
  std::string web_root = "web/dist";
  ConnectionLimits connections;
  bool secure_cookies = false;  // set behind TLS
};

class Server {
 public:
  Server(app::App& app, ServerOptions options);
  ~Server();

  // Binds the listening socket and returns the port (useful with port 0).
  int Bind();
  // Serves until Stop(); returns after in-flight requests have finished.
  void Listen();
  void Stop();

  const std::vector<Route>& routes() const { return routes_; }

 private:
  // reader: the body's reader, for methods that carry one (read after authentication).
  void Dispatch(const Route& route, const httplib::Request& req, httplib::Response& res,
                const httplib::ContentReader* reader);
  void Run(const Route& route, const httplib::Request& req, httplib::Response& res,
           std::vector<std::string> params, const httplib::ContentReader* reader);
  // The first answers of the console's page the request asks for, made by their routes with
  // the request's credentials, as an element for the page (http/first_answers.h); empty
  // without a session cookie.
  std::string FirstAnswers(const httplib::Request& req);
  void Authenticate(RequestContext& ctx, const Route& route);

  app::App& app_;
  ServerOptions options_;
  std::vector<Route> routes_;
  std::unique_ptr<ConnectionServer> server_;
  std::unique_ptr<StaticFiles> static_files_;
};

// The session cookie's name; the CSRF token travels in the X-CSRF-Token header.
inline constexpr const char* kSessionCookie = "banso_session";
// Set and cleared with it, readable by scripts: not a secret, a hint that this browser has a
// session, so that the console asks for the first page's data at load (web/src/prefetch.ts).
inline constexpr const char* kSignedInCookie = "banso_signed_in";

}  // namespace banso::http
