// banso_events_compare: the rollup half of the event-ingest benchmark (docs/performance.md).
//
// With --port and --token it asks Banso for its rollups: it first waits until the server has
// applied every committed event (GET /api/v1/events/status until applied == committed), then
// calls GET /api/v1/usage/active-users?from=…&to=… --calls times on one keep-alive connection
// and reports the median (and min, max) time of a call: DAU for every day of the window, WAU
// and MAU at its last day, for every account. The first answer is kept (--save FILE writes it
// in rollup_answers.h's form).
//
// Then it compares every --answers FILE (written by banso_events_peers) with Banso's answer, or
// with the first file when Banso was not asked, account by account (by external id), exactly.
// Mismatches are printed (up to --show); any mismatch makes the exit status 1.
//
// Prints a human summary on stderr and one JSON line on stdout.
#include <httplib.h>

#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <vector>

#include "event_generator.h"
#include "events_api.h"
#include "rollup_answers.h"

namespace banso::bench {
namespace {

// Banso's answer: {"from":…,"to":…,"accounts":[{"account_id":12,"external_id":"acct-000001",
// "dau":[…],"wau":W,"mau":M},…]}.
RollupAnswers FromApi(const std::string& body, int first_day, int last_day) {
  auto j = nlohmann::json::parse(body);
  RollupAnswers r;
  r.first_day = ParseDate(j.at("from").get<std::string>());
  r.last_day = ParseDate(j.at("to").get<std::string>());
  if (r.first_day != first_day || r.last_day != last_day)
    throw std::runtime_error("the answer covers " + j.at("from").get<std::string>() + ".." +
                             j.at("to").get<std::string>() + ", not the window asked for");
  for (const auto& a : j.at("accounts")) {
    std::string id = a.contains("external_id") && a["external_id"].is_string()
                         ? a["external_id"].get<std::string>()
                         : "id:" + a.at("account_id").dump();
    AccountActivity& act = r.Account(id);
    auto dau = a.at("dau").get<std::vector<uint32_t>>();
    if (dau.size() != act.dau.size())
      throw std::runtime_error(id + ": " + std::to_string(dau.size()) + " DAU values for " +
                               std::to_string(act.dau.size()) + " days");
    act.dau = std::move(dau);
    act.wau = a.at("wau").get<uint32_t>();
    act.mau = a.at("mau").get<uint32_t>();
  }
  return r;
}

}  // namespace
}  // namespace banso::bench

int main(int argc, char** argv) {
  using namespace banso::bench;
  std::string host = "127.0.0.1", token, last_day, save, label = "banso";
  int port = 0, days = 90, calls = 5;
  size_t show = 10;
  double apply_timeout_s = 900;
  std::vector<std::string> answer_files;
  CLI::App app("Time Banso's active-users rollups and compare them with the SQL peers' answers");
  app.add_option("--host", host)->capture_default_str();
  app.add_option("--port", port, "Banso's port (omit to compare answer files only)");
  app.add_option("--token", token, "API token (Authorization: Bearer)");
  app.add_option("--days", days, "days in the window")->capture_default_str();
  app.add_option("--last-day", last_day,
                 "YYYY-MM-DD, the window's last day (default: yesterday, UTC)");
  app.add_option("--calls", calls, "timed calls; the median is reported")->capture_default_str();
  app.add_option("--save", save, "write Banso's answer to this file");
  app.add_option("--label", label, "name of Banso's answer in the report")->capture_default_str();
  app.add_option("--answers", answer_files, "answers files to compare (repeatable)");
  app.add_option("--show", show, "mismatches to print")->capture_default_str();
  app.add_option("--apply-timeout", apply_timeout_s, "seconds to wait for the rollups to catch up")
      ->capture_default_str();
  CLI11_PARSE(app, argc, argv);

  try {
    int last = last_day.empty() ? TodayUtc() - 1 : ParseDate(last_day);
    int first = last - days + 1;
    nlohmann::json line = {{"from", DateString(first)}, {"to", DateString(last)}};
    std::optional<RollupAnswers> banso;
    if (port > 0) {
      if (token.empty()) throw std::invalid_argument("--token is required with --port");
      auto t0 = std::chrono::steady_clock::now();
      EventsStatus s = WaitUntilApplied(host, port, token, apply_timeout_s);
      double waited = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
      line["wait_applied_s"] = waited;
      line["events_committed"] = s.events_committed;
      line["events_applied"] = s.events_applied;
      std::fprintf(stderr, "%s: all %llu committed messages applied (waited %.2f s)\n",
                   label.c_str(), static_cast<unsigned long long>(s.events_committed), waited);

      httplib::Client client(host, port);
      client.set_keep_alive(true);
      client.set_tcp_nodelay(true);
      client.set_read_timeout(300);
      httplib::Headers headers = {{"Authorization", "Bearer " + token}};
      std::string path =
          "/api/v1/usage/active-users?from=" + DateString(first) + "&to=" + DateString(last);
      std::vector<double> ms;
      std::string body;
      for (int i = 0; i < std::max(calls, 1); ++i) {
        auto start = std::chrono::steady_clock::now();
        auto res = client.Get(path, headers);
        ms.push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
        if (!res || res->status != 200)
          throw std::runtime_error(
              "GET " + path + ": " +
              (res ? std::to_string(res->status) + " " + res->body.substr(0, 300)
                   : httplib::to_string(res.error())));
        if (i == 0) body = std::move(res->body);
      }
      std::vector<double> sorted = ms;
      std::sort(sorted.begin(), sorted.end());
      double median = sorted.size() % 2
                          ? sorted[sorted.size() / 2]
                          : (sorted[sorted.size() / 2 - 1] + sorted[sorted.size() / 2]) / 2;
      banso = FromApi(body, first, last);
      line["calls"] = ms.size();
      line["median_ms"] = median;
      line["min_ms"] = sorted.front();
      line["max_ms"] = sorted.back();
      line["calls_ms"] = ms;
      line["answer_bytes"] = body.size();
      line["accounts"] = banso->accounts.size();
      line["user_days"] = banso->TotalUserDays();
      std::fprintf(
          stderr,
          "%s: GET %s: median %.1f ms over %zu calls (min %.1f, max %.1f); %zu accounts, %llu "
          "active user-days, %zu bytes\n",
          label.c_str(), path.c_str(), median, ms.size(), sorted.front(), sorted.back(),
          banso->accounts.size(), static_cast<unsigned long long>(banso->TotalUserDays()),
          body.size());
      if (!save.empty()) banso->Write(save);
    }

    std::vector<std::pair<std::string, RollupAnswers>> sources;
    if (banso) sources.emplace_back(label, std::move(*banso));
    for (const auto& f : answer_files) sources.emplace_back(f, RollupAnswers::Read(f));
    nlohmann::json comparisons = nlohmann::json::array();
    size_t total_mismatches = 0;
    for (size_t i = 1; i < sources.size(); ++i) {
      std::vector<std::string> report;
      size_t n = CompareRollups(sources[0].second, sources[0].first, sources[i].second,
                                sources[i].first, show, report);
      total_mismatches += n;
      comparisons.push_back(
          {{"a", sources[0].first}, {"b", sources[i].first}, {"mismatched_accounts", n}});
      std::fprintf(stderr, "%s vs %s: %s\n", sources[0].first.c_str(), sources[i].first.c_str(),
                   n ? (std::to_string(n) + " accounts differ").c_str() : "the same answers");
      for (const auto& m : report) std::fprintf(stderr, "  %s\n", m.c_str());
    }
    line["comparisons"] = comparisons;
    line["mismatched_accounts"] = total_mismatches;
    std::cout << line.dump() << std::endl;
    return total_mismatches == 0 ? 0 : 1;
  } catch (const std::exception& e) {
    std::cerr << "banso_events_compare: " << e.what() << "\n";
    return 1;
  }
}
