// banso_durability_client: the counting client of tests/integration/durability_test.sh.
//
//   load    N threads, each on one keep-alive connection, post batches of new `track` messages
//           to /v1/batch (every messageId unique) until the stop file appears. A request that
//           fails (the server was killed: connection refused or reset, no answer) is sent again,
//           byte for byte, until it gets HTTP 200, as an SDK retries. On top, some requests are
//           deliberately duplicated: an acknowledged request is sent again; another batch's
//           messages (acknowledged or still in flight on another connection) ride along with a
//           new batch; a message appears twice in one request. What was sent and acknowledged
//           is written to the state file.
//   verify  after the server's final restart: the rollups must have caught up with the log,
//           and the event catalogue must count every batch's event name exactly as many times
//           as the batch has distinct messages (each batch has its own name, so a lost message
//           and a duplicated one cannot hide each other unless they share a batch of 20); the
//           source's events_received must equal the number of distinct messages; with
//           --events-dir (SQLite mode), every messageId must occur exactly once in the log files.
//
// Exit status: 0 when everything holds, 1 otherwise (the reasons on stdout).
//
// Threads: each load thread owns its httplib::Client; the batches are shared through a
// mutex-guarded vector of shared pointers whose contents never change after creation.
#include <httplib.h>

#include <CLI/CLI.hpp>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

namespace {

using Clock = std::chrono::steady_clock;
using nlohmann::json;

struct Batch {
  std::string name;
  std::vector<std::string> ids;
  std::vector<std::string> messages;  // JSON objects, the same bytes on every send
  std::atomic<bool> acked{false};
};

struct Shared {
  std::mutex mu;
  std::vector<std::shared_ptr<Batch>> batches;
  std::atomic<bool> fatal{false};
  std::string fatal_reason;
  // Counters.
  std::atomic<long long> requests{0}, acked_requests{0}, transport_failures{0}, server_errors{0},
      rate_limited{0}, resent_after_ack{0}, rode_along{0}, rode_along_unacked{0},
      twice_in_request{0}, repeats_at_cap{0};

  void Fail(const std::string& why) {
    std::lock_guard lock(mu);
    if (!fatal.exchange(true)) fatal_reason = why;
  }
};

std::string BasicAuth(const std::string& key) {
  return httplib::make_basic_authentication_header(key, "").second;
}

std::string NowIso() {
  auto now = std::chrono::system_clock::now();
  auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count();
  std::time_t secs = static_cast<std::time_t>(ms / 1000);
  std::tm tm{};
  gmtime_r(&secs, &tm);
  char buf[96];
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", tm.tm_year + 1900,
                tm.tm_mon + 1, tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec,
                static_cast<int>(ms % 1000));
  return buf;
}

struct LoadOptions {
  int port = 0;
  std::string write_key, state, stop_file, run = "run";
  int clients = 4, batch = 20, pace_ms = 0, max_batches = 60000;  // the catalogue holds 65535 names
  unsigned seed = 1;
  double give_up_s = 90;  // one request failing for this long: the server is not coming back
};

// Posts body until HTTP 200 with {"success":true} and no rejected item. False on a fatal error.
bool SendUntilAcked(httplib::Client& cli, const LoadOptions& o, Shared& sh,
                    const std::string& body) {
  httplib::Headers headers = {{"Authorization", BasicAuth(o.write_key)}};
  auto first_failure = Clock::now();
  bool failing = false;
  for (;;) {
    if (sh.fatal) return false;
    ++sh.requests;
    auto res = cli.Post("/v1/batch", headers, body, "application/json");
    if (res && res->status == 200) {
      auto j = json::parse(res->body, nullptr, false);
      if (j.is_discarded() || j.value("success", false) != true || j.contains("rejected")) {
        sh.Fail("HTTP 200 with an unexpected body: " + res->body);
        return false;
      }
      ++sh.acked_requests;
      return true;
    }
    if (!failing) {
      failing = true;
      first_failure = Clock::now();
    }
    if (std::chrono::duration<double>(Clock::now() - first_failure).count() > o.give_up_s) {
      sh.Fail("a request was not acknowledged for " + std::to_string(o.give_up_s) + " s");
      return false;
    }
    if (!res) {
      ++sh.transport_failures;  // the server is down or was killed mid-request
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    } else if (res->status == 429) {
      ++sh.rate_limited;
      std::this_thread::sleep_for(std::chrono::milliseconds(200));
    } else if (res->status >= 500) {
      ++sh.server_errors;  // e.g. 503 while starting or stopping: retried, as SDKs do
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    } else {
      sh.Fail("HTTP " + std::to_string(res->status) + ": " + res->body);
      return false;
    }
  }
}

void LoadThread(int t, const LoadOptions& o, Shared& sh) {
  httplib::Client cli("127.0.0.1", o.port);
  cli.set_keep_alive(true);
  cli.set_tcp_nodelay(true);
  cli.set_connection_timeout(2, 0);
  cli.set_read_timeout(30, 0);
  cli.set_write_timeout(10, 0);
  std::mt19937 rng(o.seed * 7919u + static_cast<unsigned>(t));
  auto chance = [&](int one_in) {
    return std::uniform_int_distribution<int>(0, one_in - 1)(rng) == 0;
  };
  std::string user = "dur-user-" + o.run + "-" + std::to_string(t);
  for (int n = 0;; ++n) {
    if (sh.fatal || std::filesystem::exists(o.stop_file)) return;
    auto b = std::make_shared<Batch>();
    b->name = "durability " + o.run + " c" + std::to_string(t) + " b" + std::to_string(n);
    std::string ts = NowIso();
    for (int i = 0; i < o.batch; ++i) {
      std::string id = "dur-" + o.run + "-" + std::to_string(t) + "-" + std::to_string(n) + "-" +
                       std::to_string(i);
      json m = {{"type", "track"},
                {"messageId", id},
                {"userId", user},
                {"event", b->name},
                {"properties", {{"client", t}, {"batch", n}, {"item", i}}},
                {"timestamp", ts}};
      b->ids.push_back(id);
      b->messages.push_back(m.dump());
    }
    std::shared_ptr<Batch> other;
    {
      std::lock_guard lock(sh.mu);
      // Each batch has its own event name and the catalogue holds 65535 names: past
      // --max-batches (long runs), requests only repeat earlier batches, and the kills go on.
      bool full = static_cast<int>(sh.batches.size()) >= o.max_batches;
      // Another batch's messages ride along: acknowledged already, or (from another
      // connection) perhaps still in flight, i.e. a concurrent retry of the same ids.
      if (!sh.batches.empty() && (full || chance(6))) {
        // Half the time one of the newest batches, likely still in flight on another connection.
        size_t n_all = sh.batches.size(), from = chance(2) && n_all > 8 ? n_all - 8 : 0;
        other = sh.batches[std::uniform_int_distribution<size_t>(from, n_all - 1)(rng)];
      }
      if (full)
        b.reset();
      else
        sh.batches.push_back(b);
    }
    std::vector<const std::string*> parts;
    if (b) {
      for (auto& m : b->messages) parts.push_back(&m);
      if (chance(10)) {  // one message twice in the same request
        parts.push_back(
            &b->messages[std::uniform_int_distribution<size_t>(0, b->messages.size() - 1)(rng)]);
        ++sh.twice_in_request;
      }
    } else {
      ++sh.repeats_at_cap;
    }
    if (other) {
      for (auto& m : other->messages) parts.push_back(&m);
      ++sh.rode_along;
      if (!other->acked) ++sh.rode_along_unacked;
    }
    std::shuffle(parts.begin(), parts.end(), rng);
    std::string body = "{\"batch\":[";
    for (size_t i = 0; i < parts.size(); ++i) body += (i ? "," : "") + *parts[i];
    body += "],\"sentAt\":\"" + NowIso() + "\"}";
    if (!SendUntilAcked(cli, o, sh, body)) return;
    if (b) b->acked = true;
    if (other) other->acked = true;
    if (chance(8)) {  // the same request again after its 200 (a retry after a lost answer)
      ++sh.resent_after_ack;
      if (!SendUntilAcked(cli, o, sh, body)) return;
    }
    if (o.pace_ms)
      std::this_thread::sleep_for(
          std::chrono::milliseconds(std::uniform_int_distribution<int>(0, 2 * o.pace_ms)(rng)));
  }
}

int Load(const LoadOptions& o) {
  Shared sh;
  auto start = Clock::now();
  std::vector<std::thread> threads;
  for (int t = 0; t < o.clients; ++t)
    threads.emplace_back(LoadThread, t, std::cref(o), std::ref(sh));
  for (auto& th : threads) th.join();
  double seconds = std::chrono::duration<double>(Clock::now() - start).count();

  json batches = json::array();
  long long distinct = 0, acked = 0;
  std::set<std::string> ids;
  for (auto& b : sh.batches) {
    batches.push_back({{"name", b->name}, {"ids", b->ids}, {"acked", b->acked.load()}});
    for (auto& id : b->ids) ids.insert(id);
    if (b->acked) acked += static_cast<long long>(b->ids.size());
  }
  distinct = static_cast<long long>(ids.size());
  json summary = {{"seconds", std::round(seconds * 10) / 10},
                  {"batches", sh.batches.size()},
                  {"distinct_messages", distinct},
                  {"acknowledged_messages", acked},
                  {"requests", sh.requests.load()},
                  {"acknowledged_requests", sh.acked_requests.load()},
                  {"transport_failures", sh.transport_failures.load()},
                  {"server_errors", sh.server_errors.load()},
                  {"rate_limited", sh.rate_limited.load()},
                  {"resent_after_ack", sh.resent_after_ack.load()},
                  {"other_batch_rode_along", sh.rode_along.load()},
                  {"of_which_not_yet_acknowledged", sh.rode_along_unacked.load()},
                  {"message_twice_in_one_request", sh.twice_in_request.load()},
                  {"repeats_only_past_max_batches", sh.repeats_at_cap.load()}};
  std::ofstream(o.state) << json{{"run", o.run}, {"summary", summary}, {"batches", batches}}.dump();
  std::cout << "load: " << summary.dump() << std::endl;
  if (sh.fatal) {
    std::cout << "FAIL load: " << sh.fatal_reason << std::endl;
    return 1;
  }
  if (acked != distinct) {
    std::cout << "FAIL load: " << distinct - acked << " message(s) never acknowledged" << std::endl;
    return 1;
  }
  return 0;
}

struct VerifyOptions {
  int port = 0;
  std::string token, state, events_dir;
  double wait_s = 10;
};

int Verify(const VerifyOptions& o) {
  std::ifstream in(o.state);
  json state = json::parse(in);
  std::string run = state["run"];
  httplib::Client cli("127.0.0.1", o.port);
  cli.set_read_timeout(60, 0);
  httplib::Headers auth = {{"Authorization", "Bearer " + o.token}};
  auto get = [&](const std::string& path) {
    auto res = cli.Get(path, auth);
    if (!res || res->status != 200)
      throw std::runtime_error("GET " + path + ": " +
                               (res ? std::to_string(res->status) + " " + res->body : "no answer"));
    return json::parse(res->body);
  };
  int failures = 0;
  auto check = [&](const std::string& what, bool ok, const std::string& detail = "") {
    std::cout << (ok ? "ok   " : "FAIL ") << what
              << (ok || detail.empty() ? "" : "\n     " + detail) << std::endl;
    if (!ok) ++failures;
  };

  // The rollups must have applied everything the log holds.
  auto deadline = Clock::now() + std::chrono::milliseconds(static_cast<int>(o.wait_s * 1000));
  json status;
  for (;;) {
    status = get("/api/v1/events/status");
    if (status["applied_position"] == status["committed_position"] || Clock::now() > deadline)
      break;
    std::this_thread::sleep_for(std::chrono::milliseconds(100));
  }
  check("the rollups caught up with the log (applied_position == committed_position)",
        status["applied_position"] == status["committed_position"], status.dump());

  std::map<std::string, long long> expected;  // event name -> distinct messages
  std::unordered_map<std::string, int> sent_ids;
  long long distinct = 0;
  for (auto& b : state["batches"]) {
    std::set<std::string> unique(b["ids"].begin(), b["ids"].end());
    expected[b["name"]] = static_cast<long long>(unique.size());
    for (auto& id : unique) sent_ids[id] = 0;
    distinct += static_cast<long long>(unique.size());
  }

  // The catalogue: one name per batch, counted once per distinct message.
  json catalog = get("/api/v1/events/catalog");
  std::string prefix = "durability " + run + " ";
  std::map<std::string, long long> counted;
  for (auto& e : catalog)
    if (e["type"] == "track" && e["name"].get<std::string>().rfind(prefix, 0) == 0)
      counted[e["name"]] += e["count"].get<long long>();
  long long lost = 0, doubled = 0, total = 0, unexpected = 0;
  std::vector<std::string> examples;
  for (auto& [name, want] : expected) {
    long long got = counted.count(name) ? counted[name] : 0;
    total += got;
    if (got < want) lost += want - got;
    if (got > want) doubled += got - want;
    if (got != want && examples.size() < 10)
      examples.push_back(name + ": " + std::to_string(got) + " of " + std::to_string(want));
  }
  for (auto& [name, got] : counted)
    if (!expected.count(name)) unexpected += got;
  std::string detail = "lost " + std::to_string(lost) + ", counted twice or more " +
                       std::to_string(doubled) + ", under unknown names " +
                       std::to_string(unexpected);
  for (auto& e : examples) detail += "\n     " + e;
  check("catalogue: every batch's event counted exactly once per distinct messageId (" +
            std::to_string(expected.size()) + " batches, " + std::to_string(distinct) +
            " messages)",
        lost == 0 && doubled == 0 && unexpected == 0, detail);
  check("catalogue: the total equals the distinct messages sent (" + std::to_string(distinct) + ")",
        total == distinct, "catalogue total " + std::to_string(total));

  // The source's figure (from the same rollups, kept by source).
  json sources = get("/api/v1/sources");
  long long received = -1;
  for (auto& s : sources["data"])
    if (s["name"] == "durability " + run) received = s["events_received"];
  check("the source's events_received equals the distinct messages (" + std::to_string(distinct) +
            ")",
        received == distinct, "events_received " + std::to_string(received));

  // The log itself (SQLite mode): each messageId once in the segment files.
  if (!o.events_dir.empty()) {
    long long occurrences = 0, unknown = 0;
    std::string needle = "\"messageId\":\"dur-" + run + "-";
    for (auto& f : std::filesystem::directory_iterator(o.events_dir)) {
      if (!f.is_regular_file() || f.path().extension() != ".log")
        continue;  // segments, not sidecars
      std::ifstream file(f.path(), std::ios::binary);
      std::string data((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
      for (size_t pos = data.find(needle); pos != std::string::npos;
           pos = data.find(needle, pos + 1)) {
        size_t start = pos + 13, end = data.find('"', start);
        std::string id = data.substr(start, end - start);
        auto it = sent_ids.find(id);
        if (it == sent_ids.end())
          ++unknown;
        else
          ++it->second;
        ++occurrences;
      }
    }
    long long missing = 0, twice = 0;
    std::vector<std::string> ex;
    for (auto& [id, n] : sent_ids) {
      if (n == 0) ++missing;
      if (n > 1) ++twice;
      if (n != 1 && ex.size() < 10) ex.push_back(id + " x" + std::to_string(n));
    }
    std::string d = "missing " + std::to_string(missing) + ", stored more than once " +
                    std::to_string(twice) + ", unknown " + std::to_string(unknown);
    for (auto& e : ex) d += "\n     " + e;
    check("event log files: every messageId stored exactly once (" + std::to_string(occurrences) +
              " records)",
          missing == 0 && twice == 0 && unknown == 0, d);
  }
  std::cout << "verify: distinct_messages=" << distinct << " catalogue_total=" << total
            << std::endl;
  return failures ? 1 : 0;
}

}  // namespace

int main(int argc, char** argv) {
  CLI::App app("Counting client of the kill -9 durability test");
  app.require_subcommand(1);
  LoadOptions lo;
  CLI::App* load = app.add_subcommand("load", "post batches until the stop file appears");
  load->add_option("--port", lo.port)->required();
  load->add_option("--write-key", lo.write_key)->required();
  load->add_option("--state", lo.state)->required();
  load->add_option("--stop-file", lo.stop_file)->required();
  load->add_option("--run", lo.run, "a tag that makes the ids and names unique");
  load->add_option("--clients", lo.clients);
  load->add_option("--batch", lo.batch, "new messages per batch");
  load->add_option("--pace-ms", lo.pace_ms, "mean pause between a thread's batches");
  load->add_option("--max-batches", lo.max_batches);
  load->add_option("--seed", lo.seed);
  VerifyOptions vo;
  CLI::App* verify =
      app.add_subcommand("verify", "check what the server stored against the state file");
  verify->add_option("--port", vo.port)->required();
  verify->add_option("--token", vo.token)->required();
  verify->add_option("--state", vo.state)->required();
  verify->add_option("--events-dir", vo.events_dir,
                     "SQLite mode: also count messageIds in the log files");
  verify->add_option("--wait", vo.wait_s, "seconds to wait for the rollups");
  CLI11_PARSE(app, argc, argv);
  try {
    if (*load) return Load(lo);
    return Verify(vo);
  } catch (const std::exception& e) {
    std::cout << "FAIL " << e.what() << std::endl;
    return 1;
  }
}
