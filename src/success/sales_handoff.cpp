#include "success/sales_handoff.h"

#include <algorithm>

#include "auth/audit_log.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "customers/account_store.h"
#include "customers/contact_store.h"
#include "customers/field_rules.h"
#include "store/record.h"
#include "store/statement.h"
#include "success/ideal_customer_profile.h"
#include "success/plan_template_store.h"
#include "success/success_plan_store.h"

namespace banso::success {
namespace {

constexpr const char* kTable = "sales_handoffs";
constexpr const char* kColumns =
    "id, version, account_id, why_bought, expected_outcomes, stakeholders, sales_owner, handed_off_at, handed_off_by, "
    "fit_score, fit, plan_id";

nlohmann::json StakeholdersJson(const std::vector<Stakeholder>& list) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : list)
    out.push_back({{"contact_id", s.contact_id ? nlohmann::json(s.contact_id->value) : nlohmann::json()},
                   {"name", s.name}, {"role", s.role}, {"note", s.note}});
  return out;
}

std::vector<Stakeholder> ParseStakeholders(const nlohmann::json& v) {
  if (!v.is_array()) throw Invalid("stakeholders", "must be a list of {contact_id, name, role, note}");
  if (v.size() > 30) throw Invalid("stakeholders", "may have at most 30 people");
  std::vector<Stakeholder> out;
  for (size_t i = 0; i < v.size(); ++i) {
    std::string at = "stakeholders[" + std::to_string(i) + "]";
    if (!v[i].is_object()) throw Invalid(at, "must be an object");
    Stakeholder s;
    s.role = "other";
    for (const auto& [key, value] : v[i].items()) {
      if (key == "contact_id") {
        if (auto id = JsonOptInt(value, (at + ".contact_id").c_str())) s.contact_id = ContactId(*id);
      } else if (key == "name") s.name = JsonOptString(value, (at + ".name").c_str()).value_or("");
      else if (key == "role") s.role = JsonString(value, (at + ".role").c_str());
      else if (key == "note") s.note = JsonOptString(value, (at + ".note").c_str()).value_or("");
      else throw Invalid(at + "." + key, "unknown field");
    }
    if (std::find(std::begin(kStakeholderRoles), std::end(kStakeholderRoles), s.role) == std::end(kStakeholderRoles))
      throw Invalid(at + ".role", "must be one of champion, decision_maker, executive_sponsor, user, other");
    out.push_back(std::move(s));
  }
  return out;
}

void ApplyJson(const nlohmann::json& body, SalesHandoff& h) {
  JsonFields f(body);
  f.On("why_bought", [&](auto& v) { h.why_bought = JsonString(v, "why_bought"); });
  f.On("expected_outcomes", [&](auto& v) {
    if (!v.is_array()) throw Invalid("expected_outcomes", "must be a list of strings");
    if (v.size() > 20) throw Invalid("expected_outcomes", "may have at most 20 outcomes");
    h.expected_outcomes.clear();
    for (size_t i = 0; i < v.size(); ++i) {
      std::string field = "expected_outcomes[" + std::to_string(i) + "]";
      h.expected_outcomes.push_back(JsonString(v[i], field.c_str()));
      customers::CheckLine(field.c_str(), h.expected_outcomes.back(), 300);
    }
  });
  f.On("stakeholders", [&](auto& v) { h.stakeholders = ParseStakeholders(v); });
  f.On("sales_owner", [&](auto& v) { h.sales_owner = JsonOptString(v, "sales_owner").value_or(""); });
  for (const char* key : {"id", "version", "account_id", "account_name", "handed_off_at", "handed_off_by", "handed_off_by_name",
                          "fit_score", "fit", "plan_id"})
    f.On(key, [](auto&) {});
  f.RejectUnknown();
}

// Checks the notes and resolves stakeholders: a contact must be the account's, and gives its name.
void Check(store::Tx& tx, SalesHandoff& h) {
  customers::CheckText("why_bought", h.why_bought, 5000, true);
  if (!h.sales_owner.empty()) customers::CheckLine("sales_owner", h.sales_owner, 200);
  for (size_t i = 0; i < h.stakeholders.size(); ++i) {
    Stakeholder& s = h.stakeholders[i];
    std::string at = "stakeholders[" + std::to_string(i) + "]";
    if (s.contact_id) {
      auto contact = customers::ContactStore::Find(tx, *s.contact_id);
      if (!contact || contact->account_id != h.account_id) throw Invalid(at + ".contact_id", "is not a contact of this account");
      if (s.name.empty()) s.name = contact->name;
    }
    if (s.name.empty()) throw Invalid(at + ".name", "is required without a contact_id");
    customers::CheckLine((at + ".name").c_str(), s.name, 200);
    if (!s.note.empty()) customers::CheckText((at + ".note").c_str(), s.note, 1000, false);
  }
}

store::Columns ColumnsOf(const SalesHandoff& h) {
  store::Columns c;
  c.Set("account_id", h.account_id.value)
      .Set("why_bought", h.why_bought)
      .Set("expected_outcomes", nlohmann::json(h.expected_outcomes).dump())
      .Set("stakeholders", StakeholdersJson(h.stakeholders).dump())
      .Set("sales_owner", h.sales_owner)
      .Set("handed_off_at", h.handed_off_at.ms)
      .Set("handed_off_by", h.handed_off_by ? std::optional(h.handed_off_by->value) : std::nullopt)
      .Set("fit_score", h.fit_score ? std::optional<long long>(*h.fit_score) : std::nullopt)
      .Set("fit", h.fit.dump())
      .Set("plan_id", h.plan_id);
  return c;
}

std::vector<SalesHandoff> Fetch(soci::session& sql, store::Query& q) {
  soci::statement st = q.Prepare(sql);
  SalesHandoff h;
  std::string outcomes, stakeholders, fit;
  long long by = 0, score = 0, plan = 0;
  soci::indicator by_i, score_i, plan_i;
  st.exchange(soci::into(h.id));
  st.exchange(soci::into(h.version));
  st.exchange(soci::into(h.account_id.value));
  st.exchange(soci::into(h.why_bought));
  st.exchange(soci::into(outcomes));
  st.exchange(soci::into(stakeholders));
  st.exchange(soci::into(h.sales_owner));
  st.exchange(soci::into(h.handed_off_at.ms));
  st.exchange(soci::into(by, by_i));
  st.exchange(soci::into(score, score_i));
  st.exchange(soci::into(fit));
  st.exchange(soci::into(plan, plan_i));
  std::vector<SalesHandoff> out;
  store::ForEachRow(st, [&] {
    SalesHandoff row = h;
    row.expected_outcomes = nlohmann::json::parse(outcomes).get<std::vector<std::string>>();
    row.stakeholders = ParseStakeholders(nlohmann::json::parse(stakeholders));
    row.handed_off_by = by_i == soci::i_ok ? std::optional(UserId(by)) : std::nullopt;
    row.fit_score = score_i == soci::i_ok ? std::optional(static_cast<int>(score)) : std::nullopt;
    row.fit = nlohmann::json::parse(fit);
    row.plan_id = plan_i == soci::i_ok ? std::optional(plan) : std::nullopt;
    out.push_back(std::move(row));
  });
  return out;
}

std::optional<SalesHandoff> FindBy(store::Tx& tx, const char* column, long long value) {
  store::Query q(std::string("SELECT ") + kColumns + " FROM sales_handoffs WHERE " + column + " = ");
  q.Bind(value);
  auto rows = Fetch(tx.sql(), q);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

std::optional<PlanTemplate> TemplateOf(store::Database& db, const std::optional<PlanSeed>& seed, const std::string& field) {
  if (!seed || !seed->template_key) return std::nullopt;
  try {
    return PlanTemplateStore(db).Get(*seed->template_key);
  } catch (const NotFound&) {
    throw Invalid(field, "no success-plan template has key \"" + *seed->template_key + "\"");
  }
}

// The plan the notes seed: the customer's reasons become their definition of success, each
// expected outcome an outcome (CO) objective to measure. Links it to the hand-off.
SuccessPlan SeedPlanIn(store::Tx& tx, const auth::Actor& actor, SalesHandoff h, const std::optional<PlanTemplate>& from) {
  auto account = customers::AccountStore::Find(tx, h.account_id);
  SuccessPlan plan;
  if (from) {
    plan = Instantiate(*from, h.account_id, Date::Today());
  } else {
    plan.account_id = h.account_id;
    plan.title = account->name;
    plan.starts_on = Date::Today();
  }
  plan.definition = h.why_bought;
  for (const auto& outcome : h.expected_outcomes) {
    Objective o;
    o.title = outcome;
    o.type = ObjectiveType::kCo;
    o.kind = ObjectiveKind::kProblemSolved;
    plan.objectives.push_back(std::move(o));
  }
  plan.csm_user_id = account->owner_id ? account->owner_id : (actor.user.valid() ? std::optional(actor.user) : std::nullopt);
  for (const auto& s : h.stakeholders)
    if (s.contact_id && !plan.customer_contact_id) plan.customer_contact_id = s.contact_id;
  SuccessPlan created = SuccessPlanStore::CreateIn(tx, actor, std::move(plan));
  long long version = h.version;
  h.plan_id = created.id.value;
  store::UpdateRecord(tx, kTable, h.id, version, ColumnsOf(h), Timestamp::Now().ms);
  return created;
}

}  // namespace

SalesHandoff SalesHandoffStore::CreateIn(store::Tx& tx, const auth::Actor& actor, SalesHandoff h) {
  if (!customers::AccountStore::Find(tx, h.account_id))
    throw NotFound("no account with id " + std::to_string(h.account_id.value));
  if (FindBy(tx, "account_id", h.account_id.value)) throw Conflict("account_id", "this account already has a hand-off: edit it");
  Check(tx, h);
  auto criteria = IcpStore::CriteriaIn(tx);
  Fit fit = IcpStore::FitOf(tx, h.account_id, criteria);
  h.fit_score = fit.score;
  h.fit = nlohmann::json::array();
  for (const auto& r : fit.results)
    h.fit.push_back({{"id", r.criterion->id}, {"label", r.criterion->label}, {"weight", r.criterion->weight}, {"met", r.met}});
  if (h.handed_off_at.ms == 0) h.handed_off_at = Timestamp::Now();
  if (actor.user.valid()) h.handed_off_by = actor.user;
  h.id = store::InsertRecord(tx, kTable, ColumnsOf(h), Timestamp::Now().ms);
  h.version = 1;
  auth::AuditLog::Record(tx, actor, "create", "sales hand-off", h.id, nullptr, ToJson(h));
  return h;
}

std::pair<SalesHandoff, std::optional<SuccessPlan>> SalesHandoffStore::Create(const auth::Actor& actor, AccountId account,
                                                                             const nlohmann::json& body,
                                                                             std::optional<PlanSeed> seed) {
  if (!body.is_object() || !body.contains("why_bought")) throw Invalid("why_bought", "is required");
  SalesHandoff h;
  h.account_id = account;
  ApplyJson(body, h);
  auto from = TemplateOf(db_, seed, "seed_plan.template_key");
  return db_.Transact([&](store::Tx& tx) {
    h = CreateIn(tx, actor, h);
    std::optional<SuccessPlan> plan;
    if (seed) {
      plan = SeedPlanIn(tx, actor, h, from);
      h.plan_id = plan->id.value;
      h.version = 2;
    }
    return std::pair(h, plan);
  });
}

SalesHandoff SalesHandoffStore::Update(const auth::Actor& actor, long long id, long long expected_version,
                                       const nlohmann::json& body) {
  return db_.Transact([&](store::Tx& tx) {
    auto before = FindBy(tx, "id", id);
    if (!before) throw NotFound("no sales hand-off with id " + std::to_string(id));
    SalesHandoff h = *before;
    ApplyJson(body, h);
    Check(tx, h);
    store::UpdateRecord(tx, kTable, id, expected_version, ColumnsOf(h), Timestamp::Now().ms);
    h.version = expected_version + 1;
    auth::AuditLog::Record(tx, actor, "update", "sales hand-off", id, ToJson(*before), ToJson(h));
    return h;
  });
}

std::optional<SalesHandoff> SalesHandoffStore::ForAccount(AccountId account) {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  return FindBy(reader, "account_id", account.value);
}

SalesHandoff SalesHandoffStore::Get(long long id) {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  auto h = FindBy(reader, "id", id);
  if (!h) throw NotFound("no sales hand-off with id " + std::to_string(id));
  return *h;
}

store::Page<SalesHandoff> SalesHandoffStore::List(const HandoffQuery& query) {
  auto add_filters = [&](store::Query& where) {
    where << " FROM sales_handoffs WHERE 1=1";
    if (query.fit_below) where << " AND fit_score < ", where.Bind(static_cast<long long>(*query.fit_below));
    if (query.since_days)
      where << " AND handed_off_at >= ", where.Bind(Timestamp::Now().ms - *query.since_days * 86'400'000LL);
  };
  store::SortSpec sort{"handed_off_at", true, true};
  store::Session sql(db_.pool());
  return store::ListPage<SalesHandoff>(sql, kColumns, add_filters, sort, query.cursor, query.limit,
                                       [&](store::Query& q) { return Fetch(sql, q); },
                                       [](const SalesHandoff& h) { return store::Cursor{std::to_string(h.handed_off_at.ms), h.id}; });
}

SuccessPlan SalesHandoffStore::SeedPlan(const auth::Actor& actor, long long id, const PlanSeed& seed) {
  auto from = TemplateOf(db_, seed, "template_key");
  return db_.Transact([&](store::Tx& tx) {
    auto h = FindBy(tx, "id", id);
    if (!h) throw NotFound("no sales hand-off with id " + std::to_string(id));
    if (h->plan_id) throw Conflict("plan_id", "this hand-off already seeded plan " + std::to_string(*h->plan_id));
    return SeedPlanIn(tx, actor, *h, from);
  });
}

nlohmann::json ToJson(const SalesHandoff& h) {
  return {{"id", h.id},
          {"version", h.version},
          {"account_id", h.account_id.value},
          {"why_bought", h.why_bought},
          {"expected_outcomes", h.expected_outcomes},
          {"stakeholders", StakeholdersJson(h.stakeholders)},
          {"sales_owner", h.sales_owner},
          {"handed_off_at", h.handed_off_at.ToString()},
          {"handed_off_by", h.handed_off_by ? nlohmann::json(h.handed_off_by->value) : nlohmann::json()},
          {"fit_score", h.fit_score ? nlohmann::json(*h.fit_score) : nlohmann::json()},
          {"fit", h.fit},
          {"plan_id", h.plan_id ? nlohmann::json(*h.plan_id) : nlohmann::json()}};
}

}  // namespace banso::success
