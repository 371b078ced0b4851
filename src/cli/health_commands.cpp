// banso health backtest | rescore: a scorecard's backtest from the command line (which measures
// carry the signal, before a draft is published) and a rescoring of every account.
#include <algorithm>
#include <chrono>
#include <fstream>
#include <iomanip>
#include <iostream>
#include <nlohmann/json.hpp>

#include "app/app.h"
#include "cli/commands.h"
#include "core/error.h"

namespace banso::cli {
namespace {

// One line per account: its id, then each measure's value (empty when missing), with a header.
void WriteMeasures(const std::vector<std::pair<AccountId, health::MeasureValues>>& all,
                   const std::string& path) {
  std::ofstream out(path);
  if (!out) throw Invalid("measures", "cannot write " + path);
  out << "account_id";
  for (const auto& info : health::kMeasures) out << '\t' << EnumToString(info.measure);
  out << '\n' << std::setprecision(17);
  for (const auto& [id, values] : all) {
    out << id.value;
    for (const auto& v : values) {
      out << '\t';
      if (v) out << *v;
    }
    out << '\n';
  }
}

}  // namespace

void AddHealthCommands(CLI::App& app, GlobalOptions& global) {
  CLI::App* health =
      app.add_subcommand("health", "Health scores and scorecards")->require_subcommand(1);
  static long long scorecard = 0;
  static int months = 24;
  static bool json = false;
  CLI::App* backtest = health->add_subcommand(
      "backtest", "Score a scorecard at monthly dates against who churned within 90 days");
  backtest->add_option("--scorecard", scorecard, "the scorecard's id (default: the default one)");
  backtest->add_option("--months", months, "monthly dates to score")
      ->check(CLI::Range(1, 36))
      ->capture_default_str();
  backtest->add_flag("--json", json, "print one JSON object");
  backtest->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      a.events().Start();  // health reads usage from the rollups
      a.health().Start(/*watch=*/false);
      std::optional<health::Scorecard> card;
      for (auto& s : a.scorecards().List())
        if (scorecard ? s.id == scorecard : !s.tier) card = s;
      if (!card) throw NotFound("no scorecard with id " + std::to_string(scorecard));
      const auto* v = card->Version(card->draft ? card->draft : card->published);
      auto r = a.health().Backtest(*card, v->definition, months);
      a.events().Stop();
      if (json) {
        std::cout << health::ToJson(r).dump() << "\n";
        return 0;
      }
      std::cout << "scorecard " << card->id << " version " << v->number << ": " << r.rows
                << " account-months, " << r.churned << " churned within 90 days; AUC "
                << (r.auc ? std::to_string(*r.auc) : "-") << "; " << r.renewals_due
                << " renewals due, AUC " << (r.renewal_auc ? std::to_string(*r.renewal_auc) : "-")
                << "\n";
      for (const auto& b : r.bands)
        std::cout << EnumToString(b.band) << "\t" << b.accounts << " accounts\t" << b.churned
                  << " churned\n";
      for (const auto& m : r.measures)
        std::cout << EnumToString(m.measure) << "\t" << m.rows << " rows\tAUC "
                  << (m.auc ? std::to_string(*m.auc) : "-") << "\n";
      return 0;
    };
  });
  static int runs = 1;
  static std::string measures_out;
  CLI::App* rescore = health->add_subcommand(
      "rescore", "Score every account now, timing the load, a rescoring and the backtest");
  rescore->add_option("--runs", runs, "rescorings from memory to time (the median is printed)")
      ->check(CLI::Range(1, 100))
      ->capture_default_str();
  rescore->add_option("--measures", measures_out,
                      "write every account's measures today to this file (TSV, for the SQL peers)");
  rescore->add_flag("--json", json, "print one JSON object");
  rescore->callback([&global] {
    global.run = [&global] {
      app::App a = OpenApp(global);
      a.events().Start();  // health reads usage from the rollups
      using Clock = std::chrono::steady_clock;
      auto seconds = [](Clock::time_point since) {
        return std::chrono::duration<double>(Clock::now() - since).count();
      };
      auto t = Clock::now();
      a.health().Start(/*watch=*/false);  // loads every history and scores (writing all)
      const double start = seconds(t);
      std::vector<double> rescorings;
      for (int i = 0; i < runs; ++i) {
        t = Clock::now();
        a.health().ScoreAll();  // from memory; nothing changed, so nothing is written
        rescorings.push_back(seconds(t));
      }
      std::vector<double> sorted = rescorings;
      std::sort(sorted.begin(), sorted.end());
      const double median = sorted[sorted.size() / 2];
      double backtest = 0;
      for (const auto& card : a.scorecards().List())
        if (!card.tier && card.published) {
          t = Clock::now();
          a.health().Backtest(card, card.Version(card.published)->definition, 24);
          backtest = seconds(t);
        }
      if (!measures_out.empty()) WriteMeasures(a.health().MeasuresToday(), measures_out);
      a.events().Stop();
      if (json) {
        std::cout << nlohmann::json{{"start_s", start},
                                    {"rescoring_s", rescorings},
                                    {"rescoring_median_s", median},
                                    {"rescoring_cpu_ms", a.health().rescoring().ToJson()["full"]},
                                    {"backtest_s", backtest}}
                         .dump()
                  << "\n";
        return 0;
      }
      std::cout << "start (load and score every account) " << start << " s; rescoring from memory "
                << median << " s (median of " << runs << "); backtest over 24 months " << backtest
                << " s\n";
      return 0;
    };
  });
}

}  // namespace banso::cli
