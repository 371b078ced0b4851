#pragma once
// Every move of an account between journey stages: from, to, when, and by whom — a person, the
// system (import, demo, events) or a journey rule. Written in the same transaction as the
// account change that made it, by AccountStore.
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/date.h"
#include "core/ids.h"
#include "store/database.h"

namespace banso::customers {

struct JourneyTransition {
  long long id = 0;
  AccountId account_id;
  std::optional<std::string> from;  // nullopt: the account was created in `to`
  std::string to;
  Timestamp at;
  std::optional<UserId> by_user;
  std::string by_label;             // the actor's label
  std::optional<std::string> rule;  // the journey rule's key when a rule moved the account
  std::string note;
};

// A journey rule acts with the label RuleActorLabel(key), for the person who started the run (or
// the system, on schedule); the transition records both.
std::string RuleActorLabel(const std::string& rule_key);
JourneyTransition TransitionBy(const auth::Actor& actor, AccountId account,
                               std::optional<std::string> from, std::string to, Timestamp at,
                               std::string note = {});

class JourneyTransitionStore {
 public:
  static void RecordIn(store::Tx& tx, const std::vector<JourneyTransition>& transitions);
  static std::vector<JourneyTransition> ForAccount(store::Tx& tx,
                                                   AccountId account);  // oldest first
  // Every transition, by account then time: what the funnel is built from.
  static void ForEach(store::Tx& tx, const std::function<void(const JourneyTransition&)>& fn);
  // The newest transition's id (0 when none): tells readers that cache the history it changed.
  static long long LastId(store::Tx& tx);
};

nlohmann::json ToJson(const JourneyTransition& t);

}  // namespace banso::customers
