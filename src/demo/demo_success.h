#pragma once
// The demo's success data (issue 5): plans made from the templates, in every state a real book
// of accounts shows (not started, on track, at risk, achieved), and self-sufficiency
// assessments, for a sample of the customers that are still active.
#include <optional>
#include <vector>

#include "app/app.h"
#include "demo/random.h"

namespace banso::demo {

struct SuccessSeed {
  AccountId account;
  std::optional<UserId> csm;
  std::optional<ContactId> contact;  // the customer's owner of the plan (the champion, if any)
  bool high_touch = false;
};

struct SuccessSummary {
  long long plans = 0, assessments = 0;
};

SuccessSummary AddDemoSuccess(app::App& app, const std::vector<SuccessSeed>& seeds, Date today,
                              Random& rng);

}  // namespace banso::demo
