#include "success/journey_rule.h"

#include <algorithm>

#include "auth/audited_record.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "customers/field_rules.h"
#include "store/column_table.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::success {
namespace {

std::string FieldChoices() {
  std::string out;
  for (const auto& f : kJourneyFields) out += (out.empty() ? "" : ", ") + std::string(f.key);
  return out;
}

bool KnownField(std::string_view key) {
  return std::any_of(std::begin(kJourneyFields), std::end(kJourneyFields),
                     [&](const auto& f) { return f.key == key; });
}

RuleCondition ParseCondition(const nlohmann::json& v, const std::string& at) {
  if (!v.is_object()) throw Invalid(at, "must be an object with field, op and value");
  RuleCondition c;
  bool has_field = false, has_value = false;
  for (const auto& [name, value] : v.items()) {
    if (name == "field")
      c.field = JsonString(value, (at + ".field").c_str()), has_field = true;
    else if (name == "op")
      c.op = JsonEnum<RuleOp>(value, (at + ".op").c_str());
    else if (name == "value") {
      if (!value.is_number()) throw Invalid(at + ".value", "must be a number");
      c.value = value.get<double>();
      has_value = true;
    } else
      throw Invalid(at + "." + name, "unknown field");
  }
  if (!has_field) throw Invalid(at + ".field", "is required");
  if (!has_value) throw Invalid(at + ".value", "is required");
  if (!KnownField(c.field))
    throw Invalid(at + ".field", "unknown field \"" + c.field + "\": one of " + FieldChoices());
  return c;
}

void Validate(const JourneyRule& r, const customers::JourneyStages& stages) {
  bool key_ok = !r.key.empty() && r.key.size() <= 60;
  for (char c : r.key)
    key_ok = key_ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (!key_ok) throw Invalid("key", "must be 1 to 60 characters of a-z, 0-9 and _");
  customers::CheckLine("name", r.name, 200);
  customers::JourneyStageStore::Require(stages, r.to_stage, "to_stage");
  for (size_t i = 0; i < r.from_stages.size(); ++i) {
    std::string field = "from_stages[" + std::to_string(i) + "]";
    customers::JourneyStageStore::Require(stages, r.from_stages[i], field);
    if (r.from_stages[i] == r.to_stage)
      throw Invalid(field, "a rule cannot move an account to the stage it is in");
  }
  if (r.conditions.empty()) throw Invalid("conditions", "needs at least one condition");
  if (r.conditions.size() > 20) throw Invalid("conditions", "may have at most 20 conditions");
  if (r.position < 0 || r.position > 100000) throw Invalid("position", "must be from 0 to 100000");
}

nlohmann::json ConditionsJson(const std::vector<RuleCondition>& conditions) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : conditions)
    out.push_back({{"field", c.field}, {"op", EnumToString(c.op)}, {"value", c.value}});
  return out;
}

std::vector<RuleCondition> ConditionsFromJson(const nlohmann::json& list) {
  std::vector<RuleCondition> out;
  for (const auto& c : list) out.push_back(ParseCondition(c, "conditions"));
  return out;
}
nlohmann::json StagesJson(const std::vector<std::string>& stages) { return stages; }
std::vector<std::string> StagesFromJson(const nlohmann::json& j) {
  return j.get<std::vector<std::string>>();
}

// How journey rules are read, checked and written (auth/audited_record.h).
struct RuleRecord {
  using Model = JourneyRule;
  using Id = JourneyRuleId;
  static constexpr const char* kEntity = "journey rule";
  static inline const store::ColumnTable<JourneyRule> kColumns{
      "journey_rules",
      {
          store::Field<&JourneyRule::key>("key"),
          store::Field<&JourneyRule::name>("name"),
          store::JsonField<&JourneyRule::from_stages, StagesJson, StagesFromJson>("from_stages"),
          store::Field<&JourneyRule::to_stage>("to_stage"),
          store::JsonField<&JourneyRule::conditions, ConditionsJson, ConditionsFromJson>(
              "conditions"),
          store::Field<&JourneyRule::enabled>("enabled"),
          store::Field<&JourneyRule::position>("position"),
      }};
  static void Check(store::Tx& tx, JourneyRule& r) {
    Validate(r, customers::JourneyStageStore::ListIn(tx));
    for (const auto& other : JourneyRuleStore::ListIn(tx))
      if (other.key == r.key && other.id != r.id)
        throw Conflict("key", "a rule with key \"" + r.key + "\" exists");
  }
  static nlohmann::json Json(const JourneyRule& r) { return ToJson(r); }
};

}  // namespace

bool Holds(RuleOp op, double left, double right) {
  switch (op) {
    case RuleOp::kEq: return left == right;
    case RuleOp::kNe: return left != right;
    case RuleOp::kGt: return left > right;
    case RuleOp::kGte: return left >= right;
    case RuleOp::kLt: return left < right;
    case RuleOp::kLte: return left <= right;
  }
  return false;
}

bool AppliesFrom(const JourneyRule& rule, const std::string& stage) {
  if (stage == rule.to_stage) return false;
  return rule.from_stages.empty() || std::find(rule.from_stages.begin(), rule.from_stages.end(),
                                               stage) != rule.from_stages.end();
}

std::vector<JourneyRule> JourneyRuleStore::ListIn(store::Tx& tx) {
  store::Query q("SELECT " + RuleRecord::kColumns.select_list() +
                 " FROM journey_rules ORDER BY position, id");
  return RuleRecord::kColumns.Fetch(tx.sql(), q);
}

std::vector<JourneyRule> JourneyRuleStore::List() {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  return ListIn(reader);
}

JourneyRule JourneyRuleStore::Add(const auth::Actor& actor, JourneyRule r) {
  return db_.Transact([&](store::Tx& tx) {
    auth::PlaceLast(r, ListIn(tx));  // tried last
    return auth::CreateRecordIn<RuleRecord>(tx, actor, std::move(r));
  });
}

JourneyRule JourneyRuleStore::Update(const auth::Actor& actor, JourneyRuleId id,
                                     long long expected_version,
                                     const std::function<void(JourneyRule&)>& change) {
  return auth::UpdateRecord<RuleRecord>(db_, actor, id, expected_version, change);
}

void JourneyRuleStore::Delete(const auth::Actor& actor, JourneyRuleId id) {
  auth::DeleteRecord<RuleRecord>(db_, actor, id);
}

void JourneyRuleStore::DeleteStage(const auth::Actor& actor, JourneyStageId stage_id) {
  db_.Transact([&](store::Tx& tx) {
    auto stage = customers::JourneyStageStore::DeleteIn(tx, actor, stage_id);
    for (const auto& r : ListIn(tx))
      if (r.to_stage == stage.key ||
          std::count(r.from_stages.begin(), r.from_stages.end(), stage.key))
        throw Conflict("id", "journey rule \"" + r.key + "\" names stage \"" + stage.key +
                                 "\": change the rule first");
  });
}

void ApplyJson(const nlohmann::json& body, JourneyRule& r) {
  JsonFields f(body);
  f.On("key", [&](auto& v) {
    std::string key = JsonString(v, "key");
    if (!r.key.empty() && key != r.key)
      throw Invalid("key", "cannot change: transitions record it");
    r.key = key;
  });
  f.On("name", [&](auto& v) { r.name = JsonString(v, "name"); });
  f.On("from_stages", [&](auto& v) {
    if (!v.is_array()) throw Invalid("from_stages", "must be a list of stage keys");
    r.from_stages.clear();
    for (size_t i = 0; i < v.size(); ++i)
      r.from_stages.push_back(JsonString(v[i], ("from_stages[" + std::to_string(i) + "]").c_str()));
  });
  f.On("to_stage", [&](auto& v) { r.to_stage = JsonString(v, "to_stage"); });
  f.On("conditions", [&](auto& v) {
    if (!v.is_array()) throw Invalid("conditions", "must be a list of {field, op, value}");
    r.conditions.clear();
    for (size_t i = 0; i < v.size(); ++i)
      r.conditions.push_back(ParseCondition(v[i], "conditions[" + std::to_string(i) + "]"));
  });
  f.On("enabled", [&](auto& v) { r.enabled = JsonBool(v, "enabled"); });
  f.On("position", [&](auto& v) { r.position = JsonPosition(v); });
  for (const char* key : {"id", "version"}) f.On(key, [](auto&) {});
  f.RejectUnknown();
}

nlohmann::json ToJson(const JourneyRule& r) {
  return {{"id", r.id.value},
          {"version", r.version},
          {"key", r.key},
          {"name", r.name},
          {"from_stages", r.from_stages},
          {"to_stage", r.to_stage},
          {"conditions", ConditionsJson(r.conditions)},
          {"enabled", r.enabled},
          {"position", r.position}};
}

nlohmann::json JourneyFieldsJson() {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& f : kJourneyFields)
    out.push_back({{"key", f.key}, {"description", f.description}});
  return out;
}

}  // namespace banso::success
