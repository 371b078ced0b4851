#include "demo/demo_portfolio.h"

#include "core/text.h"
#include "demo/random.h"

namespace banso::demo {

DemoSummary LoadDemoPortfolio(app::App& app, const DemoOptions& options,
                              const std::function<void(long long, long long)>& progress) {
  Random rng(options.seed);
  DemoSummary summary;
  std::vector<customers::Account> accounts;
  for (int i = 0; i < options.accounts; ++i) {
    customers::Account a;
    a.name = "Demo " + std::to_string(i);
    a.external_id = "DEMO-" + std::to_string(i);
    a.journey_stage = customers::JourneyStage::kAdopting;
    accounts.push_back(a);
  }
  app.db().Transact([&](store::Tx& tx) { customers::AccountStore::Upsert(tx, accounts); });
  summary.accounts = static_cast<long long>(accounts.size());
  return summary;
}

}  // namespace banso::demo
