#include "success/plan_template.h"

#include "core/error.h"
#include "core/json_fields.h"
#include "customers/field_rules.h"

namespace banso::success {
namespace {

// Replaces each "due_in_days" in the template's objectives by a "due_on" date.
nlohmann::json Dated(const nlohmann::json& j, Date starts_on) {
  if (j.is_array()) {
    nlohmann::json out = nlohmann::json::array();
    for (const auto& item : j) out.push_back(Dated(item, starts_on));
    return out;
  }
  if (!j.is_object()) return j;
  nlohmann::json out = nlohmann::json::object();
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.key() == "due_in_days") {
      if (!it->is_number_integer() || it->get<long long>() < 0 || it->get<long long>() > 3650)
        throw Invalid("objectives", "due_in_days must be a whole number of days from 0 to 3650");
      out["due_on"] = starts_on.AddDays(it->get<int>()).ToString();
    } else {
      out[it.key()] = Dated(*it, starts_on);
    }
  }
  return out;
}

bool ValidKey(const std::string& key) {
  if (key.empty() || key.size() > 60) return false;
  for (char c : key)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

}  // namespace

SuccessPlan Instantiate(const PlanTemplate& t, AccountId account, Date starts_on) {
  SuccessPlan p;
  p.account_id = account;
  p.title = t.name;
  p.starts_on = starts_on;
  p.ends_on = starts_on.AddDays(t.duration_days);
  p.template_key = t.key;
  p.objectives = ObjectivesFromJson(Dated(t.objectives, starts_on));
  return p;
}

void ValidateTemplate(const PlanTemplate& t) {
  if (!ValidKey(t.key)) throw Invalid("key", "must be 1-60 characters of a-z, 0-9 and -");
  customers::CheckLine("name", t.name, 200);
  if (!t.segment.empty()) customers::CheckLine("segment", t.segment, 200);
  if (!t.description.empty()) customers::CheckText("description", t.description, 5000, false);
  if (t.duration_days < 1 || t.duration_days > 3650)
    throw Invalid("duration_days", "must be from 1 to 3650");
  if (!t.objectives.is_array() || t.objectives.empty())
    throw Invalid("objectives", "a template has at least one objective");
  SuccessPlan sample = Instantiate(t, AccountId(1), Date::FromYmd(2000, 1, 1));
  AssignItemIds(sample);
  ValidatePlan(sample);
}

nlohmann::json ToJson(const PlanTemplate& t) {
  return {{"key", t.key},
          {"version", t.version},
          {"name", t.name},
          {"segment", t.segment},
          {"description", t.description},
          {"duration_days", t.duration_days},
          {"objectives", t.objectives},
          {"created_at", t.created_at.ToString()},
          {"updated_at", t.updated_at.ToString()}};
}

void ApplyJson(const nlohmann::json& body, PlanTemplate& t) {
  JsonFields f(body);
  f.On("key", [&](auto& v) { t.key = JsonString(v, "key"); });
  f.On("name", [&](auto& v) { t.name = JsonString(v, "name"); });
  f.On("segment", [&](auto& v) { t.segment = JsonOptString(v, "segment").value_or(""); });
  f.On("description",
       [&](auto& v) { t.description = JsonOptString(v, "description").value_or(""); });
  f.On("duration_days", [&](auto& v) { t.duration_days = JsonInt32(v, "duration_days"); });
  f.On("objectives", [&](auto& v) { t.objectives = v; });
  for (const char* key : {"version", "created_at", "updated_at"}) f.On(key, [](auto&) {});
  f.RejectUnknown();
}

}  // namespace banso::success
