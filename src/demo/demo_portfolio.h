#pragma once
// The deterministic demo portfolio of a B2B SaaS vendor: the same seed gives the same data.
// Each feature module adds its part through that module's public interface.
#include <functional>
#include <string>

#include "app/app.h"

namespace banso::demo {

struct DemoOptions {
  int accounts = 2000;
  unsigned long long seed = 42;
  Date today = Date::Today();  // the portfolio's "now"; history runs three years back
};

struct DemoSummary {
  long long accounts = 0, contacts = 0, contracts = 0, touchpoints = 0, surveys = 0, users = 0;
};

// Loads the portfolio into an empty database. progress(done, total) may be null.
DemoSummary LoadDemoPortfolio(app::App& app, const DemoOptions& options,
                              const std::function<void(long long, long long)>& progress);

}  // namespace banso::demo
