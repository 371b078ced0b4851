#include "events_api.h"

#include <httplib.h>
#include <sys/resource.h>

#include <chrono>
#include <nlohmann/json.hpp>
#include <stdexcept>
#include <thread>

#include "event_generator.h"

namespace banso::bench {

uint64_t MetricValue(const std::string& metrics, const std::string& name) {
  size_t at = metrics.find("\n" + name + " ");
  if (at == std::string::npos) throw std::runtime_error("GET /metrics: no " + name);
  return std::stoull(metrics.substr(at + name.size() + 2));
}

EventsStatus WaitUntilApplied(const std::string& host, int port, const std::string& token,
                              double timeout_s) {
  httplib::Client client(host, port);
  client.set_keep_alive(true);
  client.set_read_timeout(30);
  httplib::Headers headers = {{"Authorization", "Bearer " + token}};
  auto deadline = std::chrono::steady_clock::now() +
                  std::chrono::duration_cast<std::chrono::steady_clock::duration>(
                      std::chrono::duration<double>(timeout_s));
  auto get = [&](const char* path, const httplib::Headers& h) {
    auto res = client.Get(path, h);
    if (!res || res->status != 200)
      throw std::runtime_error(std::string("GET ") + path + ": " +
                               (res ? std::to_string(res->status) + " " + res->body.substr(0, 200)
                                    : httplib::to_string(res.error())));
    return res->body;
  };
  // Polled on /metrics, which reads a few counters: the status answer also sizes every usage
  // cell under the state's lock, and asking for it every 50 ms slowed the very applier waited on.
  while (true) {
    std::string body = get("/metrics", {});
    uint64_t committed = MetricValue(body, "banso_events_committed_position");
    uint64_t applied = MetricValue(body, "banso_rollup_applied_position");
    if (applied >= committed) break;
    if (std::chrono::steady_clock::now() > deadline)
      throw std::runtime_error("the rollups did not catch up within " + std::to_string(timeout_s) +
                               " s: applied " + std::to_string(applied) + " of " +
                               std::to_string(committed));
    std::this_thread::sleep_for(std::chrono::milliseconds(50));
  }
  auto j = nlohmann::json::parse(get("/api/v1/events/status", headers));
  EventsStatus s;
  s.committed_position = j.at("committed_position").get<uint64_t>();
  s.applied_position = j.at("applied_position").get<uint64_t>();
  s.events_committed = j.value("events_committed", uint64_t{0});
  s.events_applied = j.value("events_applied", uint64_t{0});
  return s;
}

double OwnCpuSeconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  auto seconds = [](const timeval& t) {
    return static_cast<double>(t.tv_sec) + static_cast<double>(t.tv_usec) / 1e6;
  };
  return seconds(u.ru_utime) + seconds(u.ru_stime);
}

std::string NowIso() {
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(
      std::chrono::system_clock::now().time_since_epoch());
  std::string s;
  AppendIsoTimestamp(ms.count(), s);
  return s;
}

}  // namespace banso::bench
