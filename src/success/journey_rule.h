#pragma once
// Journey rules: "move an account from these stages to that one when its data meets every
// condition" (first contract → onboarding; three active weeks → adopting; renewal within 90
// days → renewing). Managers edit them; a rule naming a field Banso does not know, or an
// unknown stage, is refused. JourneyRuleRunner applies them.
#include <nlohmann/json.hpp>

#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "auth/actor.h"
#include "core/enum_names.h"
#include "customers/journey_stage.h"
#include "store/database.h"

namespace banso::success {

enum class RuleOp { kEq, kNe, kGt, kGte, kLt, kLte };

struct RuleCondition {
  std::string field;  // one of kJourneyFields
  RuleOp op = RuleOp::kGte;
  double value = 0;
};

struct JourneyField {
  std::string_view key;
  std::string_view description;
};
// The account data a rule can test. A value an account lacks (no renewal date, no NPS answer)
// fails every condition on it.
inline constexpr JourneyField kJourneyFields[] = {
    {"contracts.active", "contracts in force today"},
    {"contracts.total", "contracts ever signed"},
    {"contracts.days_since_first_start", "days since the first contract started"},
    {"usage.active_weeks", "consecutive weeks, up to today, with someone active (at most 12)"},
    {"renewal.days_until", "days until the renewal date (negative when past)"},
    {"account.days_in_stage", "days since the account entered its stage"},
    {"account.arr_minor", "annual recurring revenue in the reporting currency (minor units)"},
    {"nps.last", "the latest NPS score of any contact"},
};

struct JourneyRule {
  JourneyRuleId id;
  long long version = 0;
  std::string key;
  std::string name;
  std::vector<std::string> from_stages;  // empty: any stage but to_stage
  std::string to_stage;
  std::vector<RuleCondition> conditions;  // all must hold; at least one
  bool enabled = true;
  int position = -1;  // the order rules are tried in; -1 at creation: after the last
  Timestamp created_at;
  Timestamp updated_at;
};

// Sets the fields present in an API body; the key is set once, at creation.
void ApplyJson(const nlohmann::json& body, JourneyRule& r);
nlohmann::json ToJson(const JourneyRule& r);

bool Holds(RuleOp op, double left, double right);
// Whether the rule moves an account in `stage` (ignoring its conditions).
bool AppliesFrom(const JourneyRule& rule, const std::string& stage);

class JourneyRuleStore {
 public:
  explicit JourneyRuleStore(store::Database& db) : db_(db) {}

  std::vector<JourneyRule> List();  // by position
  JourneyRule Add(const auth::Actor& actor, JourneyRule r);
  JourneyRule Update(const auth::Actor& actor, JourneyRuleId id, long long expected_version,
                     const std::function<void(JourneyRule&)>& change);
  void Delete(const auth::Actor& actor, JourneyRuleId id);
  // A stage may go only when no account is in it and no rule names it.
  void DeleteStage(const auth::Actor& actor, JourneyStageId stage_id);

  static std::vector<JourneyRule> ListIn(store::Tx& tx);

 private:
  store::Database& db_;
};

nlohmann::json JourneyFieldsJson();

}  // namespace banso::success

namespace banso {
template <>
inline constexpr auto kEnumNames<success::RuleOp> = std::to_array<EnumName<success::RuleOp>>({
    {success::RuleOp::kEq, "eq"},
    {success::RuleOp::kNe, "ne"},
    {success::RuleOp::kGt, "gt"},
    {success::RuleOp::kGte, "gte"},
    {success::RuleOp::kLt, "lt"},
    {success::RuleOp::kLte, "lte"},
});
}  // namespace banso
