// banso_http_load: a keep-alive HTTP load generator for the list APIs.
//
// N client threads each hold one keep-alive connection (httplib::Client) and send GET requests
// back to back, cycling through the given paths (each thread starts at a different offset).
// Every --follow-every'th request whose answer has a next_cursor is followed by a request for
// that next page. Latencies of the requests that start after the warm-up are recorded; any
// answer other than 200, or a transport failure, counts as an error.
//
// With --discover-account-paths it only asks the API which owners and journey stages have
// accounts (GET /api/v1/users, then a limit=1 account list for each owner x stage) and prints
// one account-list path per such pair and per --sort, then exits; the paths file it writes is
// what a load run then cycles through.
//
// Prints a human summary on stderr and one JSON line on stdout:
//   {"label":..,"clients":..,"seconds":..,"requests":..,"errors":..,"rps":..,
//    "p50_ms":..,"p90_ms":..,"p99_ms":..,"max_ms":..,"client_cpu_s":..}
// client_cpu_s is this process's own CPU time (user + system), so that a caller can tell the
// load generator's share of a machine it shares with the server.
//
// Threads: each worker owns its client and its latency vector; the main thread reads them
// only after joining the workers.
#include <httplib.h>
#include <sys/resource.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct LoadOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string token;
  int clients = 8;
  double duration_s = 15;
  double warmup_s = 2;
  int follow_every = 4;
  bool once = false;  // each path exactly once, shared among the clients; no warm-up or duration
  bool tcp_nodelay = true;  // as browsers and curl do; without it Nagle + delayed ACK add ~40 ms //
                            // 0: never follow next_cursor
  std::vector<std::string> paths;
  std::string paths_file;
  std::string label = "load";
  // Discovery mode.
  bool discover = false;
  std::vector<std::string> sorts = {"name"};
  std::vector<std::string> stages = {"prospect",   "evaluating", "buying",
                                     "onboarding", "adopting",   "renewing",
                                     "expanding",  "advocating", "churned"};
  int limit = 50;
};

struct WorkerResult {
  std::vector<double> latencies_ms;  // measured requests only
  long long errors = 0;
  long long followed = 0;
  std::string first_error;
};

// The next_cursor of a page answer, found without parsing the whole body (the client shares
// the two cores with the server, so it should spend as little CPU as it can).
std::optional<std::string> NextCursor(const std::string& body) {
  static const std::string kKey = "\"next_cursor\":\"";
  size_t pos = body.rfind(kKey);
  if (pos == std::string::npos) return std::nullopt;
  pos += kKey.size();
  size_t end = body.find('"', pos);
  if (end == std::string::npos) return std::nullopt;
  return body.substr(pos, end - pos);
}

std::string WithCursor(const std::string& path, const std::string& cursor) {
  return path + (path.find('?') == std::string::npos ? "?" : "&") + "cursor=" + cursor;
}

void RunWorker(const LoadOptions& o, int index, Clock::time_point measure_from,
               Clock::time_point stop_at, WorkerResult& out) {
  httplib::Client client(o.host, o.port);
  client.set_keep_alive(true);
  client.set_tcp_nodelay(o.tcp_nodelay);
  client.set_connection_timeout(5);
  client.set_read_timeout(30);
  httplib::Headers headers = {{"Authorization", "Bearer " + o.token}};
  out.latencies_ms.reserve(static_cast<size_t>(o.duration_s * 5000));

  size_t next =
      o.once ? static_cast<size_t>(index) : static_cast<size_t>(index) * 7 % o.paths.size();
  long long sent = 0;
  std::optional<std::string> follow;  // a second page to ask for next
  while (true) {
    auto start = Clock::now();
    if (o.once ? next >= o.paths.size() : start >= stop_at) break;
    std::string path;
    if (o.once) {
      path = o.paths[next];
      next += static_cast<size_t>(o.clients);
    } else if (follow) {
      path = WithCursor(o.paths[(next + o.paths.size() - 1) % o.paths.size()], *follow);
      follow.reset();
      ++out.followed;
    } else {
      path = o.paths[next];
      next = (next + 1) % o.paths.size();
    }
    auto res = client.Get(path, headers);
    auto end = Clock::now();
    ++sent;
    bool ok = res && res->status == 200;
    if (!ok) {
      ++out.errors;
      if (out.first_error.empty())
        out.first_error = path + ": " +
                          (res ? std::to_string(res->status) + " " + res->body.substr(0, 200)
                               : httplib::to_string(res.error()));
    }
    if (start >= measure_from)
      out.latencies_ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    if (ok && o.follow_every > 0 && sent % o.follow_every == 0) follow = NextCursor(res->body);
  }
}

nlohmann::json GetJson(httplib::Client& client, const httplib::Headers& headers,
                       const std::string& path) {
  auto res = client.Get(path, headers);
  if (!res || res->status != 200)
    throw std::runtime_error("GET " + path + " failed: " +
                             (res ? std::to_string(res->status) + " " + res->body.substr(0, 200)
                                  : httplib::to_string(res.error())));
  return nlohmann::json::parse(res->body);
}

// Prints the account-list paths of every owner x stage pair that has accounts.
int DiscoverAccountPaths(const LoadOptions& o) {
  httplib::Client client(o.host, o.port);
  client.set_keep_alive(true);
  httplib::Headers headers = {{"Authorization", "Bearer " + o.token}};
  std::vector<long long> owners;
  nlohmann::json users = GetJson(client, headers, "/api/v1/users?limit=500");
  for (const auto& u : users["data"]) owners.push_back(u["id"].get<long long>());
  std::vector<std::pair<long long, std::string>> pairs;
  long long covered = 0, largest = 0;
  for (const auto& stage : o.stages) {  // stage-major, so that consecutive paths change owner
    for (long long owner : owners) {
      std::string filter = "owner_id=" + std::to_string(owner) + "&journey_stage=" + stage;
      long long total = GetJson(client, headers, "/api/v1/accounts?" + filter + "&limit=1")["total"]
                            .get<long long>();
      if (total == 0) continue;
      pairs.emplace_back(owner, stage);
      covered += total;
      largest = std::max(largest, total);
    }
  }
  std::fprintf(
      stderr,
      "discovered %zu owner x stage pairs with accounts (%zu users, %zu stages): %lld accounts, "
      "%lld in the largest pair\n",
      pairs.size(), owners.size(), o.stages.size(), covered, largest);
  if (pairs.empty()) return 1;
  for (const auto& sort : o.sorts)
    for (const auto& [owner, stage] : pairs)
      std::cout << "/api/v1/accounts?owner_id=" << owner << "&journey_stage=" << stage
                << "&sort=" << sort << "&limit=" << o.limit << "\n";
  return 0;
}

double OwnCpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(u.ru_utime) + seconds(u.ru_stime);
}

double Percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  size_t i = static_cast<size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(i, sorted.size() - 1)];
}

}  // namespace

int main(int argc, char** argv) {
  LoadOptions o;
  CLI::App app("Keep-alive HTTP load generator: N clients, GET requests cycled over paths");
  app.add_option("--host", o.host)->capture_default_str();
  app.add_option("--port", o.port)->required();
  app.add_option("--token", o.token, "API token sent as Authorization: Bearer")->required();
  app.add_option("--clients", o.clients, "concurrent keep-alive clients (threads)")
      ->capture_default_str();
  app.add_option("--duration", o.duration_s, "seconds measured, after the warm-up")
      ->capture_default_str();
  app.add_option("--warmup", o.warmup_s, "seconds of load before measuring")->capture_default_str();
  app.add_option("--follow-every", o.follow_every,
                 "follow next_cursor after every Nth request (0: never)")
      ->capture_default_str();
  app.add_flag("--once", o.once,
               "request each path once, the clients sharing them (no warm-up, no duration)");
  app.add_option("--path", o.paths, "a request path with its query (repeatable)");
  app.add_option("--paths-file", o.paths_file, "a file of request paths, one a line");
  app.add_option("--tcp-nodelay", o.tcp_nodelay, "set TCP_NODELAY on the client sockets")
      ->capture_default_str();
  app.add_option("--label", o.label, "name of this run in the JSON line")->capture_default_str();
  app.add_flag("--discover-account-paths", o.discover,
               "print account-list paths for the owner x stage pairs that have accounts, and exit");
  app.add_option("--sort", o.sorts, "discovery: sort orders of the printed paths")
      ->delimiter(',')
      ->capture_default_str();
  app.add_option("--stages", o.stages, "discovery: journey stages to try")
      ->delimiter(',')
      ->capture_default_str();
  app.add_option("--limit", o.limit, "discovery: page size of the printed paths")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  if (o.discover) {
    try {
      return DiscoverAccountPaths(o);
    } catch (const std::exception& e) {
      std::cerr << e.what() << "\n";
      return 1;
    }
  }

  if (!o.paths_file.empty()) {
    std::ifstream in(o.paths_file);
    if (!in) {
      std::cerr << "cannot read " << o.paths_file << "\n";
      return 2;
    }
    for (std::string line; std::getline(in, line);)
      if (!line.empty() && line[0] != '#') o.paths.push_back(line);
  }
  if (o.paths.empty() || o.clients < 1 || o.duration_s <= 0) {
    std::cerr << "need at least one path, one client and a positive duration\n";
    return 2;
  }

  auto begin = Clock::now();
  if (o.once) o.warmup_s = 0, o.follow_every = 0;
  auto measure_from = begin + std::chrono::duration_cast<Clock::duration>(
                                  std::chrono::duration<double>(o.warmup_s));
  auto stop_at = measure_from + std::chrono::duration_cast<Clock::duration>(
                                    std::chrono::duration<double>(o.duration_s));
  std::vector<WorkerResult> results(o.clients);
  std::vector<std::thread> workers;
  for (int i = 0; i < o.clients; ++i)
    workers.emplace_back(RunWorker, std::cref(o), i, measure_from, stop_at, std::ref(results[i]));
  for (auto& t : workers) t.join();
  double measured_s = std::chrono::duration<double>(Clock::now() - measure_from).count();

  std::vector<double> all;
  long long errors = 0, followed = 0;
  std::string first_error;
  for (auto& r : results) {
    all.insert(all.end(), r.latencies_ms.begin(), r.latencies_ms.end());
    errors += r.errors;
    followed += r.followed;
    if (first_error.empty()) first_error = r.first_error;
  }
  std::sort(all.begin(), all.end());
  nlohmann::json line = {
      {"label", o.label},
      {"clients", o.clients},
      {"seconds", measured_s},
      {"requests", all.size()},
      {"errors", errors},
      {"followed_cursors", followed},
      {"rps", all.empty() ? 0.0 : static_cast<double>(all.size()) / measured_s},
      {"p50_ms", Percentile(all, 0.50)},
      {"p90_ms", Percentile(all, 0.90)},
      {"p99_ms", Percentile(all, 0.99)},
      {"max_ms", all.empty() ? 0.0 : all.back()},
      {"client_cpu_s", OwnCpuSeconds()},
  };
  std::fprintf(stderr,
               "%s: %zu requests in %.1f s (%.0f req/s), %lld errors; p50 %.2f ms, p99 %.2f ms, "
               "max %.2f ms\n",
               o.label.c_str(), all.size(), measured_s, line["rps"].get<double>(), errors,
               line["p50_ms"].get<double>(), line["p99_ms"].get<double>(),
               line["max_ms"].get<double>());
  if (!first_error.empty()) std::fprintf(stderr, "first error: %s\n", first_error.c_str());
  std::cout << line.dump() << std::endl;
  return errors == 0 ? 0 : 1;
}
