#pragma once
// The touch model (seed 001's pyramid): who gets a person and who gets automation. An account's
// tier is its tier_override when a person set one, else the first rule it meets, else tech
// touch. A rule holds when every condition it has holds: ARR in the reporting currency at least
// a threshold, the employee band or industry one of a list, a custom attribute equal to a value.
// accounts.tier keeps the result; Apply recomputes it when ARR, a profile or the rules change.
//
// Thread safety: stateless apart from the Database; shareable by all threads.
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <span>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/ids.h"
#include "customers/account.h"
#include "store/database.h"

namespace banso::customers {

struct TouchRule {
  Tier tier = Tier::kHighTouch;
  std::optional<long long> min_arr_minor;   // in the reporting currency's minor units
  std::vector<std::string> employee_bands;  // any of them (empty: any band)
  std::vector<std::string> industries;      // any of them (empty: any industry)
  std::optional<std::pair<std::string, std::string>> attribute;  // key equals value
};

struct TouchModel {
  long long version = 0;
  std::vector<TouchRule> rules;        // in order; the first that holds decides
  std::map<Tier, long long> capacity;  // accounts one CSM can serve, per tier
  Timestamp updated_at;
};

// The tier the rules give (ignoring tier_override), and the one in force.
Tier RuleTier(const TouchModel& m, const Account& a);
Tier EffectiveTier(const TouchModel& m, const Account& a);

// Reads and validates a model from an API body; Invalid names the field ("rules[1].tier").
TouchModel TouchModelFromJson(const nlohmann::json& body);
nlohmann::json ToJson(const TouchModel& m);

// One tier's share of the portfolio: its accounts, their ARR in the reporting currency (those
// with a rate) and the CSMs who own them.
struct TierSummary {
  Tier tier = Tier::kTechTouch;
  long long accounts = 0, arr_reporting_minor = 0, owners = 0, unowned = 0;
};

struct TierMove {
  Tier from = Tier::kTechTouch, to = Tier::kTechTouch;
  long long accounts = 0;
};

class TouchModelStore {
 public:
  explicit TouchModelStore(store::Database& db) : db_(db) {}

  TouchModel Get();
  // Replaces the rules and capacities (Conflict on a stale version) and moves every account to
  // the tier they now give, in one transaction.
  TouchModel Update(const auth::Actor& actor, long long expected_version, TouchModel model);
  std::vector<TierSummary> Summaries();  // one per tier, in the enum's order
  // Moves between tiers since `since`, counted by (from, to).
  std::vector<TierMove> MovesSince(Timestamp since);

  static TouchModel In(store::Tx& tx);
  // Recomputes accounts.tier for these accounts (all when nullopt), recording each move with
  // its cause ("rules", "arr", "profile").
  static void Apply(store::Tx& tx, std::optional<std::span<const AccountId>> accounts,
                    const char* cause);
  static void RecordMove(store::Tx& tx, AccountId account, Tier from, Tier to, const char* cause);

 private:
  store::Database& db_;
};

}  // namespace banso::customers
