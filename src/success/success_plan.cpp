#include "success/success_plan.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "core/json_fields.h"
#include "customers/field_rules.h"
#include "success/kpi_units.h"

namespace banso::success {
namespace {

constexpr size_t kMaxObjectives = 30, kMaxItems = 30;

nlohmann::json DateOrNull(const std::optional<Date>& d) {
  return d ? nlohmann::json(d->ToString()) : nlohmann::json();
}

std::string At(const std::string& base, const char* list, size_t i, const char* field = nullptr) {
  std::string s = base + list + "[" + std::to_string(i) + "]";
  if (field) s += std::string(".") + field;
  return s;
}

// Optional multi-line text: empty is allowed.
void CheckOptText(const std::string& field, const std::string& value, size_t max_chars) {
  if (!value.empty()) customers::CheckText(field.c_str(), value, max_chars, false);
}

void CheckDateOrder(const std::string& field, const std::optional<Date>& due, Date starts_on) {
  if (due && *due < starts_on)
    throw Invalid(field, "is before the plan starts (" + starts_on.ToString() + ")");
}

UsageBinding UsageFromJson(const nlohmann::json& v, const std::string& field) {
  UsageBinding u;
  JsonFields f(v, field);
  bool has_measure = false;
  f.On("measure", [&](auto& m) {
    u.measure = JsonEnum<UsageMeasure>(m, (field + ".measure").c_str());
    has_measure = true;
  });
  f.On("feature",
       [&](auto& m) { u.feature = JsonOptString(m, (field + ".feature").c_str()).value_or(""); });
  f.RejectUnknown();
  if (!has_measure) throw Invalid(field + ".measure", "is required");
  return u;
}

Kpi KpiFromJson(const nlohmann::json& v, const std::string& field) {
  Kpi k;
  JsonFields f(v, field);
  auto name = [&](const char* key) { return field + "." + key; };
  f.On("id", [&](auto& x) { k.id = JsonOptString(x, name("id").c_str()).value_or(""); });
  f.On("name", [&](auto& x) { k.name = JsonString(x, name("name").c_str()); });
  f.On("unit", [&](auto& x) { k.unit = JsonOptString(x, name("unit").c_str()).value_or(""); });
  auto number = [&](const nlohmann::json& x, const char* key) {
    if (!x.is_number()) throw Invalid(name(key), "must be a number");
    return x.get<double>();
  };
  bool has_baseline = false, has_target = false;
  f.On("baseline", [&](auto& x) {
    k.baseline = number(x, "baseline");
    has_baseline = true;
  });
  f.On("target", [&](auto& x) {
    k.target = number(x, "target");
    has_target = true;
  });
  f.On("current", [&](auto& x) {
    k.current = x.is_null() ? std::nullopt : std::optional<double>(number(x, "current"));
  });
  f.On("due_on", [&](auto& x) { k.due_on = JsonOptDate(x, name("due_on").c_str()); });
  f.On("usage", [&](auto& x) {
    k.usage = x.is_null() ? std::nullopt : std::optional(UsageFromJson(x, name("usage")));
  });
  f.On("progress", [](auto&) {});
  f.RejectUnknown();
  if (!has_baseline) throw Invalid(name("baseline"), "is required");
  if (!has_target) throw Invalid(name("target"), "is required");
  return k;
}

Milestone MilestoneFromJson(const nlohmann::json& v, const std::string& field) {
  Milestone m;
  JsonFields f(v, field);
  auto name = [&](const char* key) { return field + "." + key; };
  f.On("id", [&](auto& x) { m.id = JsonOptString(x, name("id").c_str()).value_or(""); });
  f.On("title", [&](auto& x) { m.title = JsonString(x, name("title").c_str()); });
  f.On("due_on", [&](auto& x) { m.due_on = JsonOptDate(x, name("due_on").c_str()); });
  f.On("achieved_on",
       [&](auto& x) { m.achieved_on = JsonOptDate(x, name("achieved_on").c_str()); });
  f.RejectUnknown();
  return m;
}

Objective ObjectiveFromJson(const nlohmann::json& v, const std::string& field) {
  Objective o;
  JsonFields f(v, field);
  auto name = [&](const char* key) { return field + "." + key; };
  f.On("id", [&](auto& x) { o.id = JsonOptString(x, name("id").c_str()).value_or(""); });
  f.On("title", [&](auto& x) { o.title = JsonString(x, name("title").c_str()); });
  f.On("type", [&](auto& x) { o.type = JsonOptEnum<ObjectiveType>(x, name("type").c_str()); });
  f.On("kind", [&](auto& x) { o.kind = JsonOptEnum<ObjectiveKind>(x, name("kind").c_str()); });
  f.On("status", [&](auto& x) { o.status = JsonEnum<PlanStatus>(x, name("status").c_str()); });
  f.On("due_on", [&](auto& x) { o.due_on = JsonOptDate(x, name("due_on").c_str()); });
  f.On("owner_user_id", [&](auto& x) {
    auto id = JsonOptInt(x, name("owner_user_id").c_str());
    o.owner_user_id = id ? std::optional(UserId(*id)) : std::nullopt;
  });
  f.On("owner_contact_id", [&](auto& x) {
    auto id = JsonOptInt(x, name("owner_contact_id").c_str());
    o.owner_contact_id = id ? std::optional(ContactId(*id)) : std::nullopt;
  });
  f.On("evidence",
       [&](auto& x) { o.evidence = JsonOptString(x, name("evidence").c_str()).value_or(""); });
  f.On("kpis", [&](auto& x) {
    if (!x.is_array()) throw Invalid(name("kpis"), "must be a list");
    for (size_t i = 0; i < x.size(); ++i)
      o.kpis.push_back(KpiFromJson(x[i], At(field, ".kpis", i)));
  });
  f.On("milestones", [&](auto& x) {
    if (!x.is_array()) throw Invalid(name("milestones"), "must be a list");
    for (size_t i = 0; i < x.size(); ++i)
      o.milestones.push_back(MilestoneFromJson(x[i], At(field, ".milestones", i)));
  });
  f.On("progress", [](auto&) {});
  f.RejectUnknown();
  return o;
}

nlohmann::json KpiJson(const Kpi& k) {
  nlohmann::json usage;
  if (k.usage) usage = {{"measure", EnumToString(k.usage->measure)}, {"feature", k.usage->feature}};
  return {{"id", k.id},
          {"name", k.name},
          {"unit", k.unit},
          {"baseline", k.baseline},
          {"target", k.target},
          {"current", k.current ? nlohmann::json(*k.current) : nlohmann::json()},
          {"due_on", DateOrNull(k.due_on)},
          {"usage", usage},
          {"progress", Progress(k)}};
}

}  // namespace

ObjectiveType TypeOf(ObjectiveKind kind) {
  return kind == ObjectiveKind::kFunctional || kind == ObjectiveKind::kEmotional
             ? ObjectiveType::kCx
             : ObjectiveType::kCo;
}

void AssignItemIds(SuccessPlan& plan) {
  auto give = [&](std::string& id, char prefix) {
    if (id.empty()) id = prefix + std::to_string(plan.next_item++);
  };
  for (Objective& o : plan.objectives) {
    give(o.id, 'o');
    for (Kpi& k : o.kpis) give(k.id, 'k');
    for (Milestone& m : o.milestones) give(m.id, 'm');
  }
}

void ValidatePlan(const SuccessPlan& plan) {
  if (!plan.account_id.valid()) throw Invalid("account_id", "is required");
  customers::CheckLine("title", plan.title, 200);
  CheckOptText("definition", plan.definition, 5000);
  if (plan.starts_on.days() == 0) throw Invalid("starts_on", "is required");
  if (plan.ends_on && *plan.ends_on < plan.starts_on)
    throw Invalid("ends_on", "is before starts_on");
  if (plan.template_key) customers::CheckLine("template_key", *plan.template_key, 100);
  if (plan.objectives.size() > kMaxObjectives)
    throw Invalid("objectives",
                  "a plan has at most " + std::to_string(kMaxObjectives) + " objectives");
  for (size_t i = 0; i < plan.objectives.size(); ++i) {
    const Objective& o = plan.objectives[i];
    std::string field = At("", "objectives", i);
    customers::CheckLine((field + ".title").c_str(), o.title, 300);
    if (!o.type) throw Invalid(field + ".type", "is required: cx (experience) or co (outcome)");
    if (o.kind && TypeOf(*o.kind) != *o.type)
      throw Invalid(field + ".kind",
                    *o.type == ObjectiveType::kCx
                        ? "a CX objective is functional or emotional"
                        : "a CO objective is adoption, problem_solved or lasting_results");
    CheckDateOrder(field + ".due_on", o.due_on, plan.starts_on);
    CheckOptText(field + ".evidence", o.evidence, 10000);
    if (o.kpis.size() > kMaxItems || o.milestones.size() > kMaxItems)
      throw Invalid(field, "an objective has at most " + std::to_string(kMaxItems) +
                               " KPIs and milestones each");
    for (size_t k = 0; k < o.kpis.size(); ++k) {
      const Kpi& kpi = o.kpis[k];
      std::string kf = At(field, ".kpis", k);
      customers::CheckLine((kf + ".name").c_str(), kpi.name, 200);
      if (!kpi.unit.empty()) customers::CheckLine((kf + ".unit").c_str(), kpi.unit, 20);
      for (double v : {kpi.baseline, kpi.target, kpi.current.value_or(0)})
        if (!std::isfinite(v)) throw Invalid(kf, "values must be finite numbers");
      CheckKpiValues(kf, kpi);
      if (kpi.target == kpi.baseline)
        throw Invalid(kf + ".target", "equals the baseline: there is nothing to measure");
      CheckDateOrder(kf + ".due_on", kpi.due_on, plan.starts_on);
      if (kpi.usage) {
        bool needs_name = kpi.usage->measure == UsageMeasure::kFeatureWeeklyUsers ||
                          kpi.usage->measure == UsageMeasure::kEventsPerWeek;
        if (needs_name && kpi.usage->feature.empty())
          throw Invalid(kf + ".usage.feature", "names the feature or event this measure counts");
        if (!kpi.usage->feature.empty())
          customers::CheckLine((kf + ".usage.feature").c_str(), kpi.usage->feature, 200);
      }
    }
    for (size_t m = 0; m < o.milestones.size(); ++m) {
      const Milestone& ms = o.milestones[m];
      std::string mf = At(field, ".milestones", m);
      customers::CheckLine((mf + ".title").c_str(), ms.title, 300);
      CheckDateOrder(mf + ".due_on", ms.due_on, plan.starts_on);
      if (ms.achieved_on && *ms.achieved_on > Date::Today().AddDays(1))
        throw Invalid(mf + ".achieved_on", "is in the future");
    }
  }
}

double Progress(const Kpi& k) {
  if (!k.current || k.target == k.baseline) return 0;
  return std::clamp((*k.current - k.baseline) / (k.target - k.baseline), 0.0, 1.0);
}

double Progress(const Objective& o) {
  if (o.status == PlanStatus::kAchieved) return 1;
  double sum = 0;
  size_t n = 0;
  for (const Kpi& k : o.kpis) sum += Progress(k), ++n;
  for (const Milestone& m : o.milestones) sum += m.achieved_on ? 1 : 0, ++n;
  return n ? sum / static_cast<double>(n) : 0;
}

double Progress(const SuccessPlan& plan) {
  double sum = 0;
  size_t n = 0;
  for (const Objective& o : plan.objectives) {
    if (o.status == PlanStatus::kAbandoned) continue;
    sum += Progress(o);
    ++n;
  }
  return n ? sum / static_cast<double>(n) : 0;
}

nlohmann::json ObjectivesJson(const std::vector<Objective>& objectives) {
  nlohmann::json out = nlohmann::json::array();
  for (const Objective& o : objectives) {
    nlohmann::json kpis = nlohmann::json::array(), milestones = nlohmann::json::array();
    for (const Kpi& k : o.kpis) kpis.push_back(KpiJson(k));
    for (const Milestone& m : o.milestones)
      milestones.push_back({{"id", m.id},
                            {"title", m.title},
                            {"due_on", DateOrNull(m.due_on)},
                            {"achieved_on", DateOrNull(m.achieved_on)}});
    out.push_back(
        {{"id", o.id},
         {"title", o.title},
         {"type", o.type ? nlohmann::json(EnumToString(*o.type)) : nlohmann::json()},
         {"kind", o.kind ? nlohmann::json(EnumToString(*o.kind)) : nlohmann::json()},
         {"status", EnumToString(o.status)},
         {"due_on", DateOrNull(o.due_on)},
         {"owner_user_id",
          o.owner_user_id ? nlohmann::json(o.owner_user_id->value) : nlohmann::json()},
         {"owner_contact_id",
          o.owner_contact_id ? nlohmann::json(o.owner_contact_id->value) : nlohmann::json()},
         {"evidence", o.evidence},
         {"kpis", kpis},
         {"milestones", milestones},
         {"progress", Progress(o)}});
  }
  return out;
}

std::vector<Objective> ObjectivesFromJson(const nlohmann::json& j) {
  if (!j.is_array()) throw Invalid("objectives", "must be a list");
  std::vector<Objective> out;
  for (size_t i = 0; i < j.size(); ++i)
    out.push_back(ObjectiveFromJson(j[i], At("", "objectives", i)));
  return out;
}

nlohmann::json ToJson(const SuccessPlan& p) {
  return {{"id", p.id.value},
          {"version", p.version},
          {"account_id", p.account_id.value},
          {"title", p.title},
          {"definition", p.definition},
          {"status", EnumToString(p.status)},
          {"starts_on", p.starts_on.ToString()},
          {"ends_on", DateOrNull(p.ends_on)},
          {"template_key", p.template_key ? nlohmann::json(*p.template_key) : nlohmann::json()},
          {"csm_user_id", p.csm_user_id ? nlohmann::json(p.csm_user_id->value) : nlohmann::json()},
          {"customer_contact_id",
           p.customer_contact_id ? nlohmann::json(p.customer_contact_id->value) : nlohmann::json()},
          {"objectives", ObjectivesJson(p.objectives)},
          {"progress", Progress(p)},
          {"created_at", p.created_at.ToString()},
          {"updated_at", p.updated_at.ToString()}};
}

void ApplyJson(const nlohmann::json& body, SuccessPlan& p) {
  JsonFields f(body);
  f.On("account_id", [&](auto& v) { p.account_id = AccountId(JsonInt(v, "account_id")); });
  f.On("title", [&](auto& v) { p.title = JsonString(v, "title"); });
  f.On("definition", [&](auto& v) { p.definition = JsonOptString(v, "definition").value_or(""); });
  f.On("status", [&](auto& v) { p.status = JsonEnum<PlanStatus>(v, "status"); });
  f.On("starts_on", [&](auto& v) {
    auto d = JsonOptDate(v, "starts_on");
    if (!d) throw Invalid("starts_on", "is required");
    p.starts_on = *d;
  });
  f.On("ends_on", [&](auto& v) { p.ends_on = JsonOptDate(v, "ends_on"); });
  f.On("template_key", [&](auto& v) { p.template_key = JsonOptString(v, "template_key"); });
  f.On("csm_user_id", [&](auto& v) {
    auto id = JsonOptInt(v, "csm_user_id");
    p.csm_user_id = id ? std::optional(UserId(*id)) : std::nullopt;
  });
  f.On("customer_contact_id", [&](auto& v) {
    auto id = JsonOptInt(v, "customer_contact_id");
    p.customer_contact_id = id ? std::optional(ContactId(*id)) : std::nullopt;
  });
  f.On("objectives", [&](auto& v) { p.objectives = ObjectivesFromJson(v); });
  for (const char* key : {"id", "version", "progress", "created_at", "updated_at"})
    f.On(key, [](auto&) {});
  f.RejectUnknown();
}

}  // namespace banso::success
