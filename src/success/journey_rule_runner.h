#pragma once
// Applies the journey rules: for each account, the first enabled rule (by position) that can
// move it from its stage and whose conditions its data meets moves it, recorded as a
// transition by that rule; then the rules are tried again from the new stage (a new customer
// with weeks of usage goes prospect → onboarding → adopting in one run), up to a few steps.
//
// Thread safety: runs are serialised by a mutex; shareable by all threads.
#include <nlohmann/json.hpp>

#include <mutex>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/ids.h"
#include "events/usage_queries.h"
#include "store/database.h"

namespace banso::success {

struct JourneyMove {
  AccountId account;
  std::string account_name;
  std::string from, to, rule;
};

struct RuleRunReport {
  long long evaluated = 0;
  std::vector<JourneyMove> moves;  // in the order applied
};

class JourneyRuleRunner {
 public:
  JourneyRuleRunner(store::Database& db, events::UsageQueries& usage) : db_(db), usage_(usage) {}

  // Every account, or only one. A dry run reports the moves without making them. The moves are
  // attributed to `started_by` (a person, or the system for the scheduled runs) and each rule.
  RuleRunReport Run(const auth::Actor& started_by, std::optional<AccountId> only, bool dry_run);
  // The account's facts, and each enabled rule that could move it from its stage with every
  // condition's actual value: why it moved, or what it still lacks.
  nlohmann::json Explain(AccountId account);

 private:
  store::Database& db_;
  events::UsageQueries& usage_;
  std::mutex run_mu_;
};

nlohmann::json ToJson(const RuleRunReport& report, size_t max_moves);

}  // namespace banso::success
