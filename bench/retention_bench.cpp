// Revenue retention at 100k accounts with three years of movements (docs/performance.md): the
// in-memory ledger's answers, timed per request from 8 client threads at once. Each request
// computes twelve months, four quarters and twelve trailing-twelve-month periods without the
// service's cache (the first answer after a change): three requests' worth, timed as one.
// Or one cohort table. p50/p99 are printed.
//   banso_retention_bench [--accounts 100000] [--requests 40]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <random>
#include <thread>
#include <vector>

#include "revenue/retention_ledger.h"

using banso::Date;
using banso::revenue::MonthNumber;
using banso::revenue::MovementKind;
using banso::revenue::RetentionLedger;
using banso::revenue::RevenueMovement;

namespace {

// A deterministic portfolio: each account starts in the three years, and at each yearly
// renewal expands, contracts, churns (and sometimes comes back) or renews as it was.
RetentionLedger MakeLedger(int accounts) {
  RetentionLedger ledger;
  std::mt19937_64 rng(7);
  const Date origin = Date::FromYmd(2023, 1, 1);
  const char* currencies[] = {"JPY", "JPY", "JPY", "USD", "EUR"};
  for (int a = 1; a <= accounts; ++a) {
    std::vector<RevenueMovement> moves;
    Date day = origin.AddDays(static_cast<int>(rng() % 1000));
    long long mrr = 10'000 + static_cast<long long>(rng() % 500'000);
    moves.push_back({{}, {}, {}, day, MovementKind::kNew, mrr, 12 * mrr, ""});
    bool churned = false;
    for (day = day.AddMonths(12); day < Date::FromYmd(2026, 1, 1); day = day.AddMonths(12)) {
      int roll = static_cast<int>(rng() % 10);
      if (churned) {
        if (roll == 0)
          moves.push_back({{}, {}, {}, day, MovementKind::kReactivation, mrr, 12 * mrr, ""}),
              churned = false;
      } else if (roll < 2) {
        moves.push_back({{}, {}, {}, day, MovementKind::kChurn, -mrr, -12 * mrr, ""});
        churned = true;
      } else if (roll < 5) {
        moves.push_back({{}, {}, {}, day, MovementKind::kExpansion, mrr / 5, 12 * (mrr / 5), ""});
        mrr += mrr / 5;
      } else if (roll < 7) {
        moves.push_back(
            {{}, {}, {}, day, MovementKind::kContraction, -mrr / 5, -12 * (mrr / 5), ""});
        mrr -= mrr / 5;
      }
    }
    ledger.Put(a, currencies[a % 5], moves);
    ledger.SetTier(a, a % RetentionLedger::kTiers);
  }
  return ledger;
}

double Percentile(std::vector<double> v, double p) {
  std::sort(v.begin(), v.end());
  return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
}

template <class Fn>
void Run(const char* name, int clients, int requests, Fn&& request) {
  std::vector<std::vector<double>> latencies(clients);
  std::vector<std::thread> threads;
  for (int c = 0; c < clients; ++c)
    threads.emplace_back([&, c] {
      for (int r = 0; r < requests; ++r) {
        auto start = std::chrono::steady_clock::now();
        request(r);
        latencies[c].push_back(
            std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
                .count());
      }
    });
  for (auto& t : threads) t.join();
  std::vector<double> all;
  for (auto& l : latencies) all.insert(all.end(), l.begin(), l.end());
  std::printf("%-34s clients %d  requests %zu  p50 %.2f ms  p99 %.2f ms\n", name, clients,
              all.size(), Percentile(all, 0.5), Percentile(all, 0.99));
}

}  // namespace

int main(int argc, char** argv) {
  int accounts = 100'000, requests = 40;
  for (int i = 1; i + 1 < argc; i += 2) {
    if (!std::strcmp(argv[i], "--accounts")) accounts = std::atoi(argv[i + 1]);
    if (!std::strcmp(argv[i], "--requests")) requests = std::atoi(argv[i + 1]);
  }
  auto built = std::chrono::steady_clock::now();
  const RetentionLedger ledger = MakeLedger(accounts);
  std::printf(
      "ledger of %d accounts built in %.0f ms\n", accounts,
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - built).count());
  const int last = MonthNumber(Date::FromYmd(2025, 12, 1));
  volatile long long sink = 0;
  Run("retention: month, quarter, ttm", 8, requests, [&](int r) {
    int tier = r % 2 ? RetentionLedger::kAnyTier : r % RetentionLedger::kTiers;
    // One request of each kind, as the service asks the ledger (all its periods in one pass).
    std::vector<std::pair<int, int>> months, quarters, ttm;
    for (int m = last - 11; m <= last; ++m) months.emplace_back(m, m), ttm.emplace_back(m - 11, m);
    for (int q = last - 11; q <= last; q += 3) quarters.emplace_back(q, q + 2);
    for (const auto* periods : {&months, &quarters, &ttm})
      sink = sink + ledger.Figures(*periods, tier)[0][0].closing_mrr;
  });
  Run("cohorts by month", 8, requests, [&](int r) {
    int tier = r % 2 ? RetentionLedger::kAnyTier : r % RetentionLedger::kTiers;
    sink = sink + ledger.Cohorts(1, last, tier).accounts.size();
  });
  return 0;
}
