// banso demo: loads the deterministic demo portfolio.
#include <iostream>

#include "app/app.h"
#include "cli/commands.h"
#include "cli/progress_bar.h"
#include "core/error.h"
#include "demo/demo_portfolio.h"

namespace banso::cli {

void AddDemoCommand(CLI::App& app, GlobalOptions& global) {
  static demo::DemoOptions options;
  static std::string today;
  CLI::App* cmd = app.add_subcommand("demo", "Load the demo portfolio of a B2B SaaS vendor");
  cmd->add_option("--accounts", options.accounts, "number of accounts")->capture_default_str();
  cmd->add_option("--seed", options.seed, "random seed; the same seed gives the same data")
      ->capture_default_str();
  cmd->add_option("--usage-accounts", options.usage_accounts,
                  "accounts that get 90 days of product-usage events")
      ->capture_default_str();
  cmd->add_option("--today", today, "the portfolio's today (YYYY-MM-DD), for reproducible dates");
  cmd->callback([&global] {
    global.run = [&global] {
      if (!today.empty()) {
        auto d = Date::Parse(today);
        if (!d) throw Invalid("today", "must be a date (YYYY-MM-DD)");
        options.today = *d;
      }
      app::AppOptions app_options;
      app_options.db_url = global.db;
      app_options.pool_size = 2;
      app::App a(app_options);
      ProgressBar bar("demo");
      auto s = demo::LoadDemoPortfolio(
          a, options, [&](long long done, long long total) { bar.Update(done, total); });
      std::cout << "loaded " << s.accounts << " accounts, " << s.contacts << " contacts, "
                << s.contracts << " contracts, " << s.touchpoints << " touchpoints, " << s.surveys
                << " survey responses, " << s.tickets << " support tickets; " << s.churned
                << " accounts churned (" << s.churns
                << " churns at renewal: " << s.churns_champion_left
                << " after the only champion left, " << s.churns_detractor
                << " after a detractor NPS, " << s.churns_untouched
                << " after 120+ days without a touch); " << s.usage_events << " usage events from "
                << s.usage_users << " users; " << s.success_plans << " success plans, "
                << s.self_sufficiency_assessments << " self-sufficiency assessments, " << s.handoffs
                << " sales hand-offs; " << s.health_snapshots << " health snapshots";
      if (s.health_backtest_auc && s.health_renewal_auc)
        std::cout << "; the default scorecard's backtest AUC " << *s.health_backtest_auc
                  << " (churners against renewers " << *s.health_renewal_auc << ")";
      std::cout << "\n";
      return 0;
    };
  });
}

}  // namespace banso::cli
