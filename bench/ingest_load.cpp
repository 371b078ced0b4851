// banso_ingest_load: the keep-alive HTTP load of the event-ingest benchmark (docs/performance.md).
//
// Sends the events of bench/event_generator.h to Banso's Segment endpoint, POST /v1/batch, with
// HTTP Basic auth (the write key as the user name, an empty password), --batch items per request:
//   {"batch":[{"type":"track","messageId":…,"userId":…,"event":…,"properties":{…},"timestamp":…},…],
//    "sentAt":"<now>"}
// Phases, in order:
//   1. groups (--groups): a group call for every user
//   ({"type":"group","userId":…,"groupId":"acct-…"}),
//      so that the server attributes users to accounts.
//   2. levels (e.g. --levels 8,16,32,64 --level-events S): for each concurrency level, that many
//      client threads, each with one keep-alive connection, send the next slice of S events as
//      fast as the server answers (closed loop). The bodies of a level are generated, and every
//      client's connection opened (GET /healthz; the slowest is reported as connect_max_ms),
//      before its clock starts: the clients spend their timed CPU on keep-alive HTTP only.
//   3. rest (--total-events N): the remaining events up to N, at the best level's concurrency
//      (or --rest-clients), generated on the fly. It fills the server for the rollup, memory and
//      restart measurements; its rate is reported for information.
// With --token, after each phase the tool waits until the server has applied everything committed
// (GET /api/v1/events/status), so that no phase pays for the previous one's rollup work, and
// reports that time (applied_s) and the rate until applied (events_per_s_until_applied).
// From a phase's start until then it samples the rollups' lag (rollup_lag.h: how long the oldest
// acknowledged message not yet applied has waited, every 20 ms) and reports its p50, p99 and max
// (lag_p50_s, lag_p99_s, lag_max_s).
// Answers: 200 means every accepted item is durable; a "rejected":[…] list names refused items
// (counted); 400 refuses the whole batch (counted); 429 is honoured (Retry-After, then the same
// batch again) and counted; other answers and transport failures are retried up to 5 times,
// then the batch counts as failed. The body's sentAt is set just before each send.
//
// Prints one JSON line per phase on stdout and a human summary on stderr:
//   {"phase":"level","clients":32,"events":…,"seconds":…,"events_per_s":…,"p50_ms":…,"p99_ms":…,
//    "max_ms":…,"requests":…,"rejected":…,"throttled":…,"errors":…,"failed":…,"lag_p99_s":…,
//    "client_cpu_s":…}
// Exits 1 if any item was rejected or failed.
//
// Threads: each worker owns its client and its result; a phase's bodies are shared, but each
// is taken (by an atomic counter) and written (its sentAt) by one worker only.
#include <httplib.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <atomic>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <functional>
#include <iostream>
#include <latch>
#include <memory>
#include <nlohmann/json.hpp>
#include <string>
#include <thread>
#include <vector>

#include "event_generator.h"
#include "events_api.h"
#include "rollup_lag.h"

namespace banso::bench {
namespace {

using Clock = std::chrono::steady_clock;

struct LoadOptions {
  std::string host = "127.0.0.1";
  int port = 8080;
  std::string write_key;
  std::string token;
  EventSpace space;
  std::string last_day;
  int batch = 100;
  bool groups = false;
  int group_clients = 8;
  std::vector<int> levels;  // none: only the groups and/or the rest
  uint64_t level_events = 100000;
  uint64_t first = 0;
  uint64_t total_events = 0;  // 0: only the levels
  int rest_clients = 0;       // 0: the best level's
  double apply_timeout_s = 600;
};

struct PhaseResult {
  std::string phase;
  int clients = 0;
  double seconds = 0;
  uint64_t items = 0, accepted = 0, rejected = 0, failed = 0;
  uint64_t requests = 0, throttled = 0, errors = 0;
  double throttled_wait_s = 0;
  double connect_ms = 0;  // the slowest client's connection set-up (before the clock)
  double applied_s = -1;  // after the phase, until the rollups had applied it (-1: not asked)
  std::vector<double> latencies_ms;               // 200 answers only
  std::unique_ptr<RollupLagSampler> lag_sampler;  // from the phase's start until it is applied
  std::vector<double> lags_s;                     // sorted
  std::string first_error;

  void Merge(PhaseResult&& w) {
    items += w.items;
    accepted += w.accepted;
    rejected += w.rejected;
    failed += w.failed;
    requests += w.requests;
    throttled += w.throttled;
    errors += w.errors;
    throttled_wait_s += w.throttled_wait_s;
    connect_ms = std::max(connect_ms, w.connect_ms);
    latencies_ms.insert(latencies_ms.end(), w.latencies_ms.begin(), w.latencies_ms.end());
    if (first_error.empty()) first_error = std::move(w.first_error);
  }
};

// Builds request body number b of a phase into out and returns its item count.
using BodyMaker = std::function<uint32_t(uint64_t b, std::string& out)>;

constexpr size_t kSentAtChars = 24;  // "2026-11-23T04:05:06.789Z"

// {"batch":[ … ],"sentAt":"…"}: the items are appended by `add`, the sentAt is a placeholder
// overwritten before each send.
void FinishBody(std::string& out) { out += R"(],"sentAt":"2000-01-01T00:00:00.000Z"})"; }
void StampSentAt(std::string& body) {
  std::string now = NowIso();
  std::memcpy(body.data() + body.size() - 2 - kSentAtChars, now.data(), kSentAtChars);
}

// Count of "rejected" items in a 200 answer, without parsing the JSON.
uint64_t CountRejected(const std::string& body) {
  size_t pos = body.find("\"rejected\"");
  if (pos == std::string::npos) return 0;
  uint64_t n = 0;
  while ((pos = body.find("\"index\"", pos)) != std::string::npos) {
    ++n;
    pos += 7;
  }
  return n;
}

void NoteError(PhaseResult& r, const std::string& what) {
  if (r.first_error.empty()) r.first_error = what.substr(0, 300);
}

void SendBatch(httplib::Client& client, std::string& body, uint32_t items, PhaseResult& r) {
  r.items += items;
  for (int attempt = 0;;) {
    StampSentAt(body);
    auto start = Clock::now();
    auto res = client.Post("/v1/batch", body, "application/json");
    auto end = Clock::now();
    ++r.requests;
    if (res && res->status == 200) {
      r.latencies_ms.push_back(std::chrono::duration<double, std::milli>(end - start).count());
      uint64_t rejected = std::min<uint64_t>(CountRejected(res->body), items);
      if (rejected) NoteError(r, "200 with rejected items: " + res->body);
      r.rejected += rejected;
      r.accepted += items - rejected;
      return;
    }
    if (res && res->status == 429) {  // over a rate limit: wait as told, then the same batch again
      ++r.throttled;
      double wait = 1;
      if (res->has_header("Retry-After")) {
        try {
          wait = std::stod(res->get_header_value("Retry-After"));
        } catch (...) {}
      }
      r.throttled_wait_s += wait;
      std::this_thread::sleep_for(std::chrono::duration<double>(wait));
      continue;
    }
    if (res && res->status == 400) {
      NoteError(r, "400: " + res->body);
      r.rejected += items;
      return;
    }
    ++r.errors;
    NoteError(r, res ? std::to_string(res->status) + ": " + res->body
                     : "transport: " + httplib::to_string(res.error()));
    if (++attempt >= 5) {
      r.failed += items;
      return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(200));
  }
}

// Sends `batches` bodies with `clients` keep-alive clients. With pregenerate, the bodies are
// made before the clock starts; otherwise each client makes its next body itself.
PhaseResult RunPhase(const LoadOptions& o, const std::string& phase, int clients, uint64_t batches,
                     const BodyMaker& make, bool pregenerate) {
  std::vector<std::string> bodies;
  std::vector<uint32_t> counts;
  if (pregenerate) {
    bodies.resize(batches);
    counts.resize(batches);
    // Two threads: the machine is otherwise idle between phases.
    auto fill = [&](uint64_t from, uint64_t to) {
      for (uint64_t b = from; b < to; ++b) counts[b] = make(b, bodies[b]);
    };
    std::thread half(fill, 0, batches / 2);
    fill(batches / 2, batches);
    half.join();
  }
  std::atomic<uint64_t> next{0};
  std::vector<PhaseResult> results(static_cast<size_t>(clients));
  // Every client opens its keep-alive connection (GET /healthz) before the clock starts: the
  // phase measures keep-alive traffic, not connection set-up, whose slowest case is reported
  // apart (connect_ms).
  std::latch connected(clients), go(1);
  auto worker = [&](PhaseResult& r) {
    httplib::Client client(o.host, o.port);
    client.set_keep_alive(true);
    client.set_tcp_nodelay(true);
    client.set_connection_timeout(5);
    client.set_read_timeout(60);
    client.set_write_timeout(60);
    client.set_basic_auth(o.write_key.c_str(), "");
    auto t0 = Clock::now();
    auto res = client.Get("/healthz");
    r.connect_ms = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (!res) NoteError(r, "connect: " + httplib::to_string(res.error()));
    connected.count_down();
    go.wait();
    std::string local;
    for (uint64_t b; (b = next.fetch_add(1)) < batches;) {
      if (pregenerate) {
        SendBatch(client, bodies[b], counts[b], r);
      } else {
        local.clear();
        uint32_t n = make(b, local);
        SendBatch(client, local, n, r);
      }
    }
  };
  std::vector<std::thread> threads;
  for (auto& r : results) threads.emplace_back(worker, std::ref(r));
  connected.wait();
  PhaseResult total;
  total.lag_sampler = std::make_unique<RollupLagSampler>(o.host, o.port);
  auto start = Clock::now();
  go.count_down();
  for (auto& t : threads) t.join();
  total.phase = phase;
  total.clients = clients;
  total.seconds = std::chrono::duration<double>(Clock::now() - start).count();
  for (auto& r : results) total.Merge(std::move(r));
  std::sort(total.latencies_ms.begin(), total.latencies_ms.end());
  return total;
}

// With a token: waits until the server has applied everything committed (so that the next
// phase does not pay for this one's rollup work) and records how long that took.
void WaitApplied(const LoadOptions& o, PhaseResult& r) {
  if (!o.token.empty()) {
    auto t0 = Clock::now();
    WaitUntilApplied(o.host, o.port, o.token, o.apply_timeout_s);
    r.applied_s = std::chrono::duration<double>(Clock::now() - t0).count();
  }
  r.lags_s = r.lag_sampler->Stop();
  std::sort(r.lags_s.begin(), r.lags_s.end());
}

double Percentile(const std::vector<double>& sorted, double p) {
  if (sorted.empty()) return 0;
  size_t i = static_cast<size_t>(p * static_cast<double>(sorted.size() - 1) + 0.5);
  return sorted[std::min(i, sorted.size() - 1)];
}

double Report(const PhaseResult& r, const std::string& unit) {
  double rate = r.seconds > 0 ? r.accepted / r.seconds : 0;
  nlohmann::json line = {
      {"phase", r.phase},
      {"clients", r.clients},
      {unit, r.accepted},
      {"seconds", r.seconds},
      {unit + "_per_s", rate},
      {"p50_ms", Percentile(r.latencies_ms, 0.50)},
      {"p90_ms", Percentile(r.latencies_ms, 0.90)},
      {"p99_ms", Percentile(r.latencies_ms, 0.99)},
      {"max_ms", r.latencies_ms.empty() ? 0.0 : r.latencies_ms.back()},
      {"requests", r.requests},
      {"rejected", r.rejected},
      {"throttled", r.throttled},
      {"throttled_wait_s", r.throttled_wait_s},
      {"errors", r.errors},
      {"failed", r.failed},
      {"connect_max_ms", r.connect_ms},
      {"lag_p50_s", Percentile(r.lags_s, 0.50)},
      {"lag_p99_s", Percentile(r.lags_s, 0.99)},
      {"lag_max_s", r.lags_s.empty() ? 0.0 : r.lags_s.back()},
      {"applied_s", r.applied_s},
      {unit + "_per_s_until_applied",
       r.applied_s >= 0 ? r.accepted / (r.seconds + r.applied_s) : 0.0},
      {"client_cpu_s", OwnCpuSeconds()},
  };
  std::fprintf(
      stderr,
      "%s, %d clients: %llu %s in %.2f s (%.0f/s); batch p50 %.1f ms, p99 %.1f ms, max %.1f ms; "
      "%llu rejected, %llu failed, %llu throttled (429), %llu errors; slowest connect %.0f ms\n",
      r.phase.c_str(), r.clients, static_cast<unsigned long long>(r.accepted), unit.c_str(),
      r.seconds, rate, line["p50_ms"].get<double>(), line["p99_ms"].get<double>(),
      line["max_ms"].get<double>(), static_cast<unsigned long long>(r.rejected),
      static_cast<unsigned long long>(r.failed), static_cast<unsigned long long>(r.throttled),
      static_cast<unsigned long long>(r.errors), r.connect_ms);
  if (r.applied_s >= 0)
    std::fprintf(stderr, "  the rollups had applied it %.2f s later: %.0f/s until applied\n",
                 r.applied_s, r.accepted / (r.seconds + r.applied_s));
  std::fprintf(stderr, "  rollup lag: p50 %.2f s, p99 %.2f s, max %.2f s (%zu samples)\n",
               line["lag_p50_s"].get<double>(), line["lag_p99_s"].get<double>(),
               line["lag_max_s"].get<double>(), r.lags_s.size());
  if (!r.first_error.empty()) std::fprintf(stderr, "  first problem: %s\n", r.first_error.c_str());
  std::cout << line.dump() << std::endl;
  return rate;
}

}  // namespace
}  // namespace banso::bench

int main(int argc, char** argv) {
  using namespace banso::bench;
  LoadOptions o;
  CLI::App app("Keep-alive HTTP load of POST /v1/batch with the benchmark's Segment events");
  app.add_option("--host", o.host)->capture_default_str();
  app.add_option("--port", o.port)->required();
  app.add_option("--write-key", o.write_key, "the source's write key (HTTP Basic user name)")
      ->required();
  app.add_option("--token", o.token,
                 "API token, to wait after each phase until the server has applied it");
  app.add_option("--seed", o.space.seed)->capture_default_str();
  app.add_option("--accounts", o.space.accounts)->capture_default_str();
  app.add_option("--users", o.space.users)->capture_default_str();
  app.add_option("--days", o.space.days)->capture_default_str();
  app.add_option("--last-day", o.last_day, "YYYY-MM-DD, the newest day (default: yesterday, UTC)");
  app.add_option("--batch", o.batch, "items per request")->capture_default_str();
  app.add_flag("--groups", o.groups, "first send a group call for every user");
  app.add_option("--group-clients", o.group_clients)->capture_default_str();
  app.add_option("--levels", o.levels,
                 "concurrency levels, each over its own slice of events (e.g. 8,16,32,64)")
      ->delimiter(',');
  app.add_option("--level-events", o.level_events, "events per level")->capture_default_str();
  app.add_option("--first", o.first, "index of the first event to send")->capture_default_str();
  app.add_option("--total-events", o.total_events,
                 "after the levels, send the rest up to this many events (from --first)")
      ->capture_default_str();
  app.add_option("--rest-clients", o.rest_clients,
                 "clients for the rest (default: the best level's)");
  app.add_option("--apply-timeout", o.apply_timeout_s, "seconds to wait for a phase to be applied")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  try {
    o.space.last_day = o.last_day.empty() ? TodayUtc() - 1 : ParseDate(o.last_day);
    EventGenerator gen(o.space);
    const uint64_t per = static_cast<uint64_t>(std::max(o.batch, 1));
    bool ok = true;
    auto check = [&](const PhaseResult& r) { ok = ok && r.rejected == 0 && r.failed == 0; };

    if (o.groups) {
      uint64_t users = o.space.users;
      BodyMaker make = [&](uint64_t b, std::string& out) {
        out += R"({"batch":[)";
        uint64_t end = std::min(users, (b + 1) * per);
        for (uint64_t u = b * per; u < end; ++u) {
          if (u != b * per) out += ',';
          gen.AppendGroupJson(static_cast<uint32_t>(u), out);
        }
        FinishBody(out);
        return static_cast<uint32_t>(end - b * per);
      };
      PhaseResult r = RunPhase(o, "groups", o.group_clients, (users + per - 1) / per, make, true);
      WaitApplied(o, r);
      Report(r, "calls");
      check(r);
    }

    // Events [from, to) as a phase's bodies.
    auto events_maker = [&](uint64_t from, uint64_t to) -> BodyMaker {
      return [&gen, from, to, per](uint64_t b, std::string& out) {
        out.reserve(per * 330 + 64);
        out += R"({"batch":[)";
        uint64_t begin = from + b * per, end = std::min(to, begin + per);
        for (uint64_t i = begin; i < end; ++i) {
          if (i != begin) out += ',';
          gen.AppendTrackJson(gen.Make(i), out);
        }
        FinishBody(out);
        return static_cast<uint32_t>(end - begin);
      };
    };
    uint64_t next = o.first;
    int best_clients = o.levels.empty() ? 8 : o.levels.front();
    double best_rate = -1;
    for (int clients : o.levels) {
      uint64_t to = next + o.level_events;
      PhaseResult r = RunPhase(o, "level", clients, (o.level_events + per - 1) / per,
                               events_maker(next, to), true);
      WaitApplied(o, r);
      double rate = Report(r, "events");
      check(r);
      if (rate > best_rate) best_rate = rate, best_clients = clients;
      next = to;
    }
    uint64_t end = o.first + o.total_events;
    if (end > next) {
      int clients = o.rest_clients > 0 ? o.rest_clients : best_clients;
      PhaseResult r = RunPhase(o, "rest", clients, (end - next + per - 1) / per,
                               events_maker(next, end), false);
      WaitApplied(o, r);
      Report(r, "events");
      check(r);
    }
    return ok ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "banso_ingest_load: " << e.what() << "\n";
    return 1;
  }
}
