// Health freshness (issue 14, docs/performance.md): how long after an event's acknowledgement
// the account's new score can be read through the API. Each of --events events is a Segment
// `track` call from a person new to the account (context.groupId: the account's external id),
// POSTed alone to /v1/batch, so that the account's active people, and so its seat utilisation,
// change; its 200 is the acknowledgement (the event is durable). The tool then polls GET
// /api/v1/accounts/{id}/health until the seat utilisation in the ledger is no longer the one
// before. One event at a time, cycling over accounts whose score weighs seat utilisation. At
// the end it reads the server's own CPU per rescoring from GET /api/v1/health/status.
//   banso_health_freshness --port P --token T --write-key K [--events 1000]
// Prints one JSON line: p50/p99/max of the latency in ms, timeouts, and the server's rescoring.
#include <httplib.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;

struct Candidate {
  long long id;
  std::string external_id;
};

// The seat utilisation the account's stored ledger shows, if it weighs one.
std::optional<double> SeatUtilisation(httplib::Client& api, long long id) {
  auto res = api.Get("/api/v1/accounts/" + std::to_string(id) + "/health");
  if (!res || res->status != 200) return std::nullopt;
  auto j = nlohmann::json::parse(res->body);
  for (const auto& c : j["contributions"])
    if (c.value("measure", "") == "seat_utilisation" && c["raw"].is_number())
      return c["raw"].get<double>();
  return std::nullopt;
}

// Accounts on the list's first pages whose score weighs seat utilisation.
std::vector<Candidate> FindCandidates(httplib::Client& api, size_t wanted) {
  std::vector<Candidate> out;
  std::string cursor;
  for (int page = 0; page < 50 && out.size() < wanted; ++page) {
    auto res = api.Get("/api/v1/accounts?limit=200" + (cursor.empty() ? "" : "&cursor=" + cursor));
    if (!res || res->status != 200) throw std::runtime_error("cannot list accounts");
    auto j = nlohmann::json::parse(res->body);
    for (const auto& a : j["data"])
      if (a["external_id"].is_string() && SeatUtilisation(api, a["id"].get<long long>()))
        out.push_back({a["id"].get<long long>(), a["external_id"].get<std::string>()});
    if (!j["next_cursor"].is_string()) break;
    cursor = j["next_cursor"].get<std::string>();
  }
  if (out.empty()) throw std::runtime_error("no account's score weighs seat utilisation");
  return out;
}

std::string UtcNow() {
  auto now = std::chrono::system_clock::now();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  std::time_t secs = static_cast<std::time_t>(ms / 1000);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%S", std::gmtime(&secs));
  return std::string(buf) + "." + std::to_string(1000 + ms % 1000).substr(1) + "Z";
}

double Percentile(std::vector<double> v, double p) {
  if (v.empty()) return 0;
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Latency from an event's acknowledgement to its account's new score in the API");
  int port = 0, events = 1000;
  double timeout_s = 10;
  std::string token, write_key, run_id = std::to_string(std::time(nullptr));
  app.add_option("--port", port)->required();
  app.add_option("--token", token, "API token (Bearer)")->required();
  app.add_option("--write-key", write_key, "a Segment source's write key")->required();
  app.add_option("--events", events)->capture_default_str();
  app.add_option("--timeout", timeout_s, "seconds to wait for one score")->capture_default_str();
  CLI11_PARSE(app, argc, argv);
  try {
    httplib::Client api("127.0.0.1", port), ingest("127.0.0.1", port);
    api.set_default_headers({{"Authorization", "Bearer " + token}});
    api.set_tcp_nodelay(true);
    ingest.set_basic_auth(write_key, "");
    ingest.set_tcp_nodelay(true);
    const auto candidates = FindCandidates(api, 200);
    std::vector<double> latencies;
    int timeouts = 0;
    for (int i = 0; i < events; ++i) {
      const Candidate& c = candidates[i % candidates.size()];
      const auto before = SeatUtilisation(api, c.id);
      const std::string user = "freshness-" + run_id + "-" + std::to_string(i);
      nlohmann::json body = {{"batch",
                              {{{"type", "track"},
                                {"userId", user},
                                {"event", "Report Viewed"},
                                {"messageId", user},
                                {"timestamp", UtcNow()},
                                {"context", {{"groupId", c.external_id}}}}}}};
      auto res = ingest.Post("/v1/batch", body.dump(), "application/json");
      if (!res || res->status != 200)
        throw std::runtime_error("ingest answered " +
                                 (res ? std::to_string(res->status) : "nothing"));
      const auto acked = Clock::now();
      double waited = 0;
      for (;;) {
        waited = std::chrono::duration<double, std::milli>(Clock::now() - acked).count();
        if (SeatUtilisation(api, c.id) != before) break;
        if (waited > timeout_s * 1000) {
          ++timeouts;
          break;
        }
        std::this_thread::sleep_for(std::chrono::milliseconds(2));
      }
      latencies.push_back(waited);
    }
    auto status = api.Get("/api/v1/health/status");
    nlohmann::json rescoring = status && status->status == 200
                                   ? nlohmann::json::parse(status->body)["rescoring"]
                                   : nullptr;
    std::cout << nlohmann::json{{"events", events},
                                {"accounts", candidates.size()},
                                {"p50_ms", Percentile(latencies, 0.5)},
                                {"p99_ms", Percentile(latencies, 0.99)},
                                {"max_ms", Percentile(latencies, 1.0)},
                                {"timeouts", timeouts},
                                {"rescoring", rescoring}}
                     .dump()
              << std::endl;
  } catch (const std::exception& e) {
    std::cerr << "banso_health_freshness: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
