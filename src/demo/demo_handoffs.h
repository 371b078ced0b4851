#pragma once
// The demo's sales hand-offs (issue 5): notes for most customers won in the last eighteen
// months and some older ones, dated a few days before their first contract, with stakeholders
// from their contacts; the fit is scored against the ICP as it stands.
#include <optional>
#include <vector>

#include "app/app.h"
#include "demo/random.h"

namespace banso::demo {

struct HandoffSeed {
  AccountId account;
  Date first_start;
  bool japanese = true;
  // The people sales worked with: contact, name and role ("champion", "decision_maker", ...).
  std::vector<std::pair<ContactId, std::string>> contacts;
  std::vector<std::string> roles;
  std::optional<UserId> recorded_by;  // the CSM who took the account over
};

long long AddDemoHandoffs(app::App& app, const std::vector<HandoffSeed>& seeds, Date today,
                          Random& rng);

}  // namespace banso::demo
