#include "success/journey_rule.h"

#include <algorithm>

#include "auth/audit_log.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "customers/field_rules.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::success {
namespace {

constexpr const char* kTable = "journey_rules";

std::string FieldChoices() {
  std::string out;
  for (const auto& f : kJourneyFields) out += (out.empty() ? "" : ", ") + std::string(f.key);
  return out;
}

bool KnownField(std::string_view key) {
  return std::any_of(std::begin(kJourneyFields), std::end(kJourneyFields), [&](const auto& f) { return f.key == key; });
}

RuleCondition ParseCondition(const nlohmann::json& v, const std::string& at) {
  if (!v.is_object()) throw Invalid(at, "must be an object with field, op and value");
  RuleCondition c;
  bool has_field = false, has_value = false;
  for (const auto& [name, value] : v.items()) {
    if (name == "field") c.field = JsonString(value, (at + ".field").c_str()), has_field = true;
    else if (name == "op") c.op = JsonEnum<RuleOp>(value, (at + ".op").c_str());
    else if (name == "value") {
      if (!value.is_number()) throw Invalid(at + ".value", "must be a number");
      c.value = value.get<double>();
      has_value = true;
    } else throw Invalid(at + "." + name, "unknown field");
  }
  if (!has_field) throw Invalid(at + ".field", "is required");
  if (!has_value) throw Invalid(at + ".value", "is required");
  if (!KnownField(c.field)) throw Invalid(at + ".field", "unknown field \"" + c.field + "\": one of " + FieldChoices());
  return c;
}

void ApplyJson(const nlohmann::json& body, JourneyRule& r, bool creating) {
  JsonFields f(body);
  f.On("key", [&](auto& v) {
    std::string key = JsonString(v, "key");
    if (!creating && key != r.key) throw Invalid("key", "cannot change: transitions record it");
    r.key = key;
  });
  f.On("name", [&](auto& v) { r.name = JsonString(v, "name"); });
  f.On("from_stages", [&](auto& v) {
    if (!v.is_array()) throw Invalid("from_stages", "must be a list of stage keys");
    r.from_stages.clear();
    for (size_t i = 0; i < v.size(); ++i) r.from_stages.push_back(JsonString(v[i], ("from_stages[" + std::to_string(i) + "]").c_str()));
  });
  f.On("to_stage", [&](auto& v) { r.to_stage = JsonString(v, "to_stage"); });
  f.On("conditions", [&](auto& v) {
    if (!v.is_array()) throw Invalid("conditions", "must be a list of {field, op, value}");
    r.conditions.clear();
    for (size_t i = 0; i < v.size(); ++i) r.conditions.push_back(ParseCondition(v[i], "conditions[" + std::to_string(i) + "]"));
  });
  f.On("enabled", [&](auto& v) { r.enabled = JsonBool(v, "enabled"); });
  f.On("position", [&](auto& v) { r.position = JsonInt32(v, "position"); });
  for (const char* key : {"id", "version"}) f.On(key, [](auto&) {});
  f.RejectUnknown();
}

void Validate(const JourneyRule& r, const customers::JourneyStages& stages) {
  bool key_ok = !r.key.empty() && r.key.size() <= 60;
  for (char c : r.key) key_ok = key_ok && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '_');
  if (!key_ok) throw Invalid("key", "must be 1 to 60 characters of a-z, 0-9 and _");
  customers::CheckLine("name", r.name, 200);
  customers::JourneyStageStore::Require(stages, r.to_stage, "to_stage");
  for (size_t i = 0; i < r.from_stages.size(); ++i) {
    std::string field = "from_stages[" + std::to_string(i) + "]";
    customers::JourneyStageStore::Require(stages, r.from_stages[i], field);
    if (r.from_stages[i] == r.to_stage) throw Invalid(field, "a rule cannot move an account to the stage it is in");
  }
  if (r.conditions.empty()) throw Invalid("conditions", "needs at least one condition");
  if (r.conditions.size() > 20) throw Invalid("conditions", "may have at most 20 conditions");
  if (r.position < 0 || r.position > 100000) throw Invalid("position", "must be from 0 to 100000");
}

nlohmann::json ConditionsJson(const std::vector<RuleCondition>& conditions) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : conditions) out.push_back({{"field", c.field}, {"op", EnumToString(c.op)}, {"value", c.value}});
  return out;
}

store::Columns ColumnsOf(const JourneyRule& r) {
  store::Columns c;
  c.Set("key", r.key)
      .Set("name", r.name)
      .Set("from_stages", nlohmann::json(r.from_stages).dump())
      .Set("to_stage", r.to_stage)
      .Set("conditions", ConditionsJson(r.conditions).dump())
      .Set("enabled", r.enabled)
      .Set("position", static_cast<long long>(r.position));
  return c;
}

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
  return rule.from_stages.empty() ||
         std::find(rule.from_stages.begin(), rule.from_stages.end(), stage) != rule.from_stages.end();
}

std::vector<JourneyRule> JourneyRuleStore::ListIn(store::Tx& tx) {
  store::Query q("SELECT id, version, key, name, from_stages, to_stage, conditions, enabled, position FROM journey_rules");
  soci::statement st = q.Prepare(tx.sql());
  JourneyRule r;
  std::string from, conditions;
  long long enabled = 0, position = 0;
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.version));
  st.exchange(soci::into(r.key));
  st.exchange(soci::into(r.name));
  st.exchange(soci::into(from));
  st.exchange(soci::into(r.to_stage));
  st.exchange(soci::into(conditions));
  st.exchange(soci::into(enabled));
  st.exchange(soci::into(position));
  std::vector<JourneyRule> out;
  store::ForEachRow(st, [&] {
    JourneyRule row = r;
    row.from_stages = nlohmann::json::parse(from).get<std::vector<std::string>>();
    row.conditions.clear();
    auto list = nlohmann::json::parse(conditions);
    for (size_t i = 0; i < list.size(); ++i) row.conditions.push_back(ParseCondition(list[i], "conditions"));
    row.enabled = enabled != 0;
    row.position = static_cast<int>(position);
    out.push_back(std::move(row));
  });
  std::sort(out.begin(), out.end(), [](const auto& a, const auto& b) { return std::tie(a.position, a.id) < std::tie(b.position, b.id); });
  return out;
}

std::vector<JourneyRule> JourneyRuleStore::List() {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  return ListIn(reader);
}

JourneyRule JourneyRuleStore::Add(const auth::Actor& actor, const nlohmann::json& body) {
  JourneyRule r;
  for (const char* required : {"key", "name", "to_stage", "conditions"})
    if (!body.is_object() || !body.contains(required)) throw Invalid(required, "is required");
  ApplyJson(body, r, true);
  return db_.Transact([&](store::Tx& tx) {
    Validate(r, customers::JourneyStageStore::ListIn(tx));
    auto rules = ListIn(tx);
    if (std::any_of(rules.begin(), rules.end(), [&](const auto& o) { return o.key == r.key; }))
      throw Conflict("key", "a rule with key \"" + r.key + "\" exists");
    if (!body.contains("position"))  // tried last
      for (const auto& other : rules) r.position = std::max(r.position, other.position + 10);
    r.id = store::InsertRecord(tx, kTable, ColumnsOf(r), Timestamp::Now().ms);
    r.version = 1;
    auth::AuditLog::Record(tx, actor, "create", "journey rule", r.id, nullptr, ToJson(r));
    return r;
  });
}

JourneyRule JourneyRuleStore::Update(const auth::Actor& actor, long long id, long long expected_version,
                                     const nlohmann::json& body) {
  return db_.Transact([&](store::Tx& tx) {
    auto rules = ListIn(tx);
    auto it = std::find_if(rules.begin(), rules.end(), [&](const auto& r) { return r.id == id; });
    if (it == rules.end()) throw NotFound("no journey rule with id " + std::to_string(id));
    JourneyRule r = *it;
    ApplyJson(body, r, false);
    Validate(r, customers::JourneyStageStore::ListIn(tx));
    store::UpdateRecord(tx, kTable, id, expected_version, ColumnsOf(r), Timestamp::Now().ms);
    r.version = expected_version + 1;
    auth::AuditLog::Record(tx, actor, "update", "journey rule", id, ToJson(*it), ToJson(r));
    return r;
  });
}

void JourneyRuleStore::Delete(const auth::Actor& actor, long long id) {
  db_.Transact([&](store::Tx& tx) {
    store::DeleteRecord(tx, kTable, id);
    auth::AuditLog::Record(tx, actor, "delete", "journey rule", id, nullptr, nullptr);
  });
}

void JourneyRuleStore::DeleteStage(const auth::Actor& actor, long long stage_id) {
  db_.Transact([&](store::Tx& tx) {
    auto stage = customers::JourneyStageStore::DeleteIn(tx, actor, stage_id);
    for (const auto& r : ListIn(tx))
      if (r.to_stage == stage.key || std::count(r.from_stages.begin(), r.from_stages.end(), stage.key))
        throw Conflict("id", "journey rule \"" + r.key + "\" names stage \"" + stage.key + "\": change the rule first");
  });
}

nlohmann::json ToJson(const JourneyRule& r) {
  return {{"id", r.id},
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
  for (const auto& f : kJourneyFields) out.push_back({{"key", f.key}, {"description", f.description}});
  return out;
}

}  // namespace banso::success
