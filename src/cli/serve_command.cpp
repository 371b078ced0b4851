// banso serve: the web console and the API.
#include <signal.h>
#include <spdlog/spdlog.h>
#include <sys/stat.h>

#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <mutex>
#include <thread>
#include <vector>

#include "app/app.h"
#include "auth/password_policy.h"
#include "cli/commands.h"
#include "demo/demo_portfolio.h"
#include "http/server.h"

namespace banso::cli {
namespace {

struct ServeOptions {
  http::ServerOptions server;
  size_t db_connections = 20;
  std::string admin_email;
  std::string admin_password;
  bool demo_if_empty = false;
  std::string events_dir;
  int dedup_window_days = 7;
  int journey_rules_minutes = 15;
};

// The first admin (demo data brings staff, but never an admin): from the flags, or generated
// and printed once. A generated password is also
// kept in <data dir>/initial-admin.txt (mode 0600) so that `make run` can show it again.
void EnsureFirstAdmin(app::App& app, const ServeOptions& o, const std::string& db_url) {
  if (app.auth().HasAdmin()) return;
  std::string email = o.admin_email.empty() ? "admin@banso.local" : o.admin_email;
  std::string password = o.admin_password.empty() ? auth::RandomPassword(email) : o.admin_password;
  app.auth().CreateUser(auth::Actor::System("serve"),
                        {email, "Administrator", auth::Role::kAdmin, "ja", password});
  if (!o.admin_password.empty()) return;
  std::cout << "Created the first admin: " << email << " / one-time password: " << password
            << std::endl;
  if (app.db().backend() == store::Backend::kSqlite) {
    auto dir = std::filesystem::path(app.db().url().sqlite_path).parent_path();
    auto file = (dir.empty() ? std::filesystem::path(".") : dir) / "initial-admin.txt";
    std::ofstream(file) << "email: " << email << "\npassword: " << password << "\n";
    ::chmod(file.c_str(), 0600);
  }
}

int Serve(const GlobalOptions& global, const ServeOptions& o) {
  // Block SIGTERM/SIGINT in every thread; one thread waits for them and stops the server, so
  // in-flight requests finish and nothing acknowledged is lost.
  sigset_t signals;
  sigemptyset(&signals);
  sigaddset(&signals, SIGTERM);
  sigaddset(&signals, SIGINT);
  pthread_sigmask(SIG_BLOCK, &signals, nullptr);

  app::AppOptions app_options;
  app_options.db_url = global.db;
  app_options.pool_size = o.db_connections;
  app_options.events.log_dir = o.events_dir;
  app_options.events.dedup_window_days = o.dedup_window_days;
  app::App app(app_options);
  // Revenue moves with the calendar: contracts start, and ends become certain (churn).
  app.contracts().RefreshRenewals();
  app.revenue_movements().RefreshAllArr();
  EnsureFirstAdmin(app, o, global.db);
  customers::AccountQuery any;
  any.limit = 1;
  if (o.demo_if_empty && app.accounts().List(any).total == 0) {
    std::cout << "Loading the demo portfolio (first start)..." << std::endl;
    demo::DemoOptions demo_options;
    demo::LoadDemoPortfolio(app, demo_options, nullptr);
  }

  // Loads the usage rollups and replays the event log's tail before listening, so that the
  // first answers already have complete figures.
  app.events().Start();
  // Scores every account, then follows every write and usage change (within a second).
  app.health().Start(/*watch=*/true);
  http::Server server(app, o.server);
  int port = server.Bind();
  std::string url = "http://" + o.server.host + ":" + std::to_string(port);
  spdlog::info(nlohmann::json({{"msg", "listening"}, {"url", url}}).dump());
  std::cout << "Banso is running at " << url << "/app/" << std::endl;

  std::thread stopper([&] {
    int sig = 0;
    sigwait(&signals, &sig);
    spdlog::info(nlohmann::json({{"msg", "shutting down"}, {"signal", sig}}).dump());
    server.Stop();
  });
  std::mutex mu;
  std::condition_variable stopping;
  bool stopped = false;
  // Runs fn every interval until the server stops; a failure is logged and tried next time.
  auto every = [&](std::chrono::minutes interval, const char* what, std::function<void()> fn) {
    return std::thread([&, interval, what, fn] {
      std::unique_lock lock(mu);
      while (!stopping.wait_for(lock, interval, [&] { return stopped; })) {
        lock.unlock();
        try {
          fn();
        } catch (const std::exception& e) {
          spdlog::error(
              nlohmann::json({{"msg", std::string(what) + " failed"}, {"error", e.what()}}).dump());
        }
        lock.lock();
      }
    });
  };
  std::vector<std::thread> housekeeping;
  // ARR moves as contract terms start and end with the calendar, not only when contracts are
  // edited, and so do this month's exchange rates: refresh it every hour (100k accounts take
  // well under a second). Ends that became certain are churn from the day they are.
  housekeeping.push_back(every(std::chrono::hours(1), "revenue refresh", [&] {
    app.contracts().RefreshRenewals();
    app.revenue_movements().RefreshAllArr();
  }));
  // Journey rules move accounts as their data changes (contracts, usage, renewal dates).
  if (o.journey_rules_minutes > 0)
    housekeeping.push_back(
        every(std::chrono::minutes(o.journey_rules_minutes), "journey rules", [&] {
          auto report =
              app.journey_runner().Run(auth::Actor::System("journey rules"), std::nullopt, false);
          spdlog::info(nlohmann::json({{"msg", "journey rules ran"},
                                       {"evaluated", report.evaluated},
                                       {"moved", report.moves.size()}})
                           .dump());
        }));
  server.Listen();
  pthread_kill(stopper.native_handle(), SIGTERM);  // wake the waiter if Listen ended by itself
  stopper.join();
  {
    std::lock_guard lock(mu);
    stopped = true;
  }
  stopping.notify_all();
  for (auto& t : housekeeping) t.join();
  app.events().Stop();  // a last checkpoint: the next start replays nothing
  spdlog::info(nlohmann::json({{"msg", "stopped"}}).dump());
  return 0;
}

}  // namespace

void AddServeCommand(CLI::App& app, GlobalOptions& global, const ConfigFile& config) {
  static ServeOptions o;
  o.server.host = config.Get("server.host").value_or(o.server.host);
  o.server.port = std::stoi(config.Get("server.port").value_or(std::to_string(o.server.port)));
  o.server.web_root = config.Get("server.web_root").value_or(o.server.web_root);
  CLI::App* cmd = app.add_subcommand("serve", "Serve the web console and the API");
  cmd->add_option("--host", o.server.host, "address to listen on")->envname("BANSO_HOST");
  cmd->add_option("--port", o.server.port, "port to listen on")->envname("BANSO_PORT");
  cmd->add_option("--web-root", o.server.web_root, "the built web console (web/dist)")
      ->envname("BANSO_WEB_ROOT");
  cmd->add_option("--db-connections", o.db_connections,
                  "database connections (requests beyond wait for one)")
      ->envname("BANSO_DB_CONNECTIONS");
  cmd->add_option("--max-connections", o.server.connections.max_connections,
                  "open HTTP connections at most")
      ->envname("BANSO_MAX_CONNECTIONS");
  cmd->add_option("--max-connections-per-client", o.server.connections.max_per_client,
                  "open HTTP connections from one address at most")
      ->envname("BANSO_MAX_CONNECTIONS_PER_CLIENT");
  cmd->add_flag("--secure-cookies", o.server.secure_cookies, "mark cookies Secure (behind TLS)");
  cmd->add_option("--admin-email", o.admin_email, "first admin's email (when there are no users)")
      ->envname("BANSO_ADMIN_EMAIL");
  cmd->add_option("--admin-password", o.admin_password, "first admin's password")
      ->envname("BANSO_ADMIN_PASSWORD");
  cmd->add_flag("--demo-if-empty", o.demo_if_empty,
                "load the demo portfolio if there are no accounts");
  cmd->add_option("--events-dir", o.events_dir,
                  "SQLite mode: the event log's directory (default: DB path + -events)")
      ->envname("BANSO_EVENTS_DIR");
  cmd->add_option("--journey-rules-minutes", o.journey_rules_minutes,
                  "how often journey rules run (0: never)")
      ->envname("BANSO_JOURNEY_RULES_MINUTES")
      ->check(CLI::Range(0, 1440));
  cmd->add_option("--dedup-window-days", o.dedup_window_days,
                  "days a messageId is remembered for de-duplication")
      ->envname("BANSO_DEDUP_WINDOW_DAYS")
      ->check(CLI::Range(1, 90));
  cmd->callback([&global] { global.run = [&global] { return Serve(global, o); }; });
}

}  // namespace banso::cli
