// banso_make_events: prints the event-ingest benchmark's events (bench/event_generator.h) as
// Segment track items, one JSON object a line, and a summary of the sample on stderr: sizes,
// the account-size and event-name mix, active users. For looking at the data, and for feeding
// the events to other tools (curl, analytics clients).
//
//   banso_make_events --events 1000 --seed 1 [--accounts 10000 --users 200000 --days 90 --last-day
//   D] banso_make_events --groups       # the group calls that attribute every user to its account
#include <CLI/CLI.hpp>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <iostream>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "event_generator.h"

using namespace banso::bench;

int main(int argc, char** argv) {
  EventSpace space;
  uint64_t events = 1000, first = 0;
  std::string last_day;
  bool groups = false, quiet = false;
  CLI::App app("Print the event-ingest benchmark's events as JSON lines");
  app.add_option("--events", events, "how many events")->capture_default_str();
  app.add_option("--first", first, "index of the first event")->capture_default_str();
  app.add_option("--seed", space.seed)->capture_default_str();
  app.add_option("--accounts", space.accounts)->capture_default_str();
  app.add_option("--users", space.users)->capture_default_str();
  app.add_option("--days", space.days)->capture_default_str();
  app.add_option("--last-day", last_day, "YYYY-MM-DD, the newest day (default: yesterday, UTC)");
  app.add_flag("--groups", groups, "print the group calls (one per user) instead of events");
  app.add_flag("--quiet", quiet, "print only the summary (for timing the generator)");
  CLI11_PARSE(app, argc, argv);
  try {
    space.last_day = last_day.empty() ? TodayUtc() - 1 : ParseDate(last_day);
    EventGenerator gen(space);
    std::string line;
    if (groups) {
      for (uint32_t u = 0; u < space.users; ++u) {
        line.clear();
        gen.AppendGroupJson(u, line);
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), stdout);
      }
      return 0;
    }
    auto t0 = std::chrono::steady_clock::now();
    uint64_t bytes = 0, max_bytes = 0, min_bytes = ~0ULL;
    std::vector<uint64_t> per_name(EventNames().size());
    std::vector<uint64_t> per_weekday(7);
    std::set<std::pair<int, uint32_t>> user_days;
    std::vector<uint32_t> users_per_account(space.accounts);
    for (uint32_t u = 0; u < space.users; ++u) ++users_per_account[gen.AccountOfUser(u)];
    for (uint64_t i = first; i < first + events; ++i) {
      Event e = gen.Make(i);
      line.clear();
      gen.AppendTrackJson(e, line);
      bytes += line.size();
      max_bytes = std::max<uint64_t>(max_bytes, line.size());
      min_bytes = std::min<uint64_t>(min_bytes, line.size());
      ++per_name[e.name];
      ++per_weekday[((e.day % 7) + 7 + 4) % 7];
      if (events <= 5000000) user_days.insert({e.day, e.user});
      if (!quiet) {
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), stdout);
      }
    }
    double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::sort(users_per_account.begin(), users_per_account.end());
    std::fprintf(stderr,
                 "%llu events in %.2f s (%.0f events/s); JSON bytes per event: mean %.0f, min "
                 "%llu, max %llu\n",
                 static_cast<unsigned long long>(events), secs, events / secs,
                 events ? double(bytes) / events : 0.0, static_cast<unsigned long long>(min_bytes),
                 static_cast<unsigned long long>(max_bytes));
    std::fprintf(stderr, "users per account: min %u, median %u, p99 %u, max %u\n",
                 users_per_account.front(), users_per_account[users_per_account.size() / 2],
                 users_per_account[users_per_account.size() * 99 / 100], users_per_account.back());
    std::fprintf(stderr, "events by weekday (Sun..Sat):");
    for (auto n : per_weekday) std::fprintf(stderr, " %llu", static_cast<unsigned long long>(n));
    std::fprintf(stderr, "\ntop event names:");
    for (int k = 0; k < 5; ++k)
      std::fprintf(stderr, " %s=%llu", EventNames()[k].c_str(),
                   static_cast<unsigned long long>(per_name[k]));
    if (!user_days.empty())
      std::fprintf(stderr, "\nactive user-days: %zu (mean DAU %.0f over %d days)", user_days.size(),
                   double(user_days.size()) / space.days, space.days);
    std::fprintf(stderr, "\n");
  } catch (const std::exception& e) {
    std::cerr << "banso_make_events: " << e.what() << "\n";
    return 1;
  }
  return 0;
}
