#pragma once
// Ninety days of product usage for the demo portfolio, sent as Segment batches through the
// same ingest path as real traffic: identify and group for each user, then page views and
// track events with a weekly rhythm, seats by company size, feature mixes that deepen with
// adoption, growing or fading accounts, and usage dying away before the accounts that churn.
#include <string>
#include <vector>

#include "app/app.h"
#include "core/date.h"
#include "demo/random.h"

namespace banso::demo {

struct UsageSeed {
  std::string group_id;  // the account's external id
  std::string employee_band;
  std::vector<std::pair<std::string, std::string>>
      contacts;                    // (external id, email) of current contacts
  std::vector<std::string> names;  // their names, same order
  std::optional<Date> churned_on;  // the last contract's end, when the account churned
};

struct UsageSummary {
  long long events = 0, users = 0;
};

// Creates a demo source and the demo feature mapping, sends the events, and waits until the
// rollups have applied them.
UsageSummary SendDemoUsage(app::App& app, const std::vector<UsageSeed>& seeds, Date today,
                           Random& rng);

}  // namespace banso::demo
