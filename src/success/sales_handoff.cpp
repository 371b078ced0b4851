#include "success/sales_handoff.h"

#include <algorithm>

#include "auth/audited_record.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "customers/account_store.h"
#include "customers/contact_store.h"
#include "customers/field_rules.h"
#include "store/column_table.h"
#include "store/record.h"
#include "store/statement.h"
#include "success/ideal_customer_profile.h"
#include "success/plan_template_store.h"
#include "success/success_plan_store.h"

namespace banso::success {
namespace {

nlohmann::json StakeholdersJson(const std::vector<Stakeholder>& list) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& s : list)
    out.push_back(
        {{"contact_id", s.contact_id ? nlohmann::json(s.contact_id->value) : nlohmann::json()},
         {"name", s.name},
         {"role", s.role},
         {"note", s.note}});
  return out;
}

std::vector<Stakeholder> ParseStakeholders(const nlohmann::json& v) {
  if (!v.is_array())
    throw Invalid("stakeholders", "must be a list of {contact_id, name, role, note}");
  if (v.size() > 30) throw Invalid("stakeholders", "may have at most 30 people");
  std::vector<Stakeholder> out;
  for (size_t i = 0; i < v.size(); ++i) {
    std::string at = "stakeholders[" + std::to_string(i) + "]";
    if (!v[i].is_object()) throw Invalid(at, "must be an object");
    Stakeholder s;
    s.role = "other";
    for (const auto& [key, value] : v[i].items()) {
      if (key == "contact_id") {
        if (auto id = JsonOptInt(value, (at + ".contact_id").c_str()))
          s.contact_id = ContactId(*id);
      } else if (key == "name")
        s.name = JsonOptString(value, (at + ".name").c_str()).value_or("");
      else if (key == "role")
        s.role = JsonString(value, (at + ".role").c_str());
      else if (key == "note")
        s.note = JsonOptString(value, (at + ".note").c_str()).value_or("");
      else
        throw Invalid(at + "." + key, "unknown field");
    }
    if (std::find(std::begin(kStakeholderRoles), std::end(kStakeholderRoles), s.role) ==
        std::end(kStakeholderRoles))
      throw Invalid(at + ".role",
                    "must be one of champion, decision_maker, executive_sponsor, user, other");
    out.push_back(std::move(s));
  }
  return out;
}

nlohmann::json OutcomesJson(const std::vector<std::string>& outcomes) { return outcomes; }
std::vector<std::string> OutcomesFromJson(const nlohmann::json& j) {
  return j.get<std::vector<std::string>>();
}

// Checks the notes and resolves stakeholders: a contact must be the account's, and gives its name.
void CheckNotes(store::Tx& tx, SalesHandoff& h) {
  customers::CheckText("why_bought", h.why_bought, 5000, true);
  if (!h.sales_owner.empty()) customers::CheckLine("sales_owner", h.sales_owner, 200);
  for (size_t i = 0; i < h.stakeholders.size(); ++i) {
    Stakeholder& s = h.stakeholders[i];
    std::string at = "stakeholders[" + std::to_string(i) + "]";
    if (s.contact_id) {
      auto contact = customers::ContactStore::Find(tx, *s.contact_id);
      if (!contact || contact->account_id != h.account_id)
        throw Invalid(at + ".contact_id", "is not a contact of this account");
      if (s.name.empty()) s.name = contact->name;
    }
    if (s.name.empty()) throw Invalid(at + ".name", "is required without a contact_id");
    customers::CheckLine((at + ".name").c_str(), s.name, 200);
    if (!s.note.empty()) customers::CheckText((at + ".note").c_str(), s.note, 1000, false);
  }
}

// How hand-offs are read, checked and written (auth/audited_record.h).
struct HandoffRecord {
  using Model = SalesHandoff;
  using Id = SalesHandoffId;
  static constexpr const char* kEntity = "sales hand-off";
  static inline const store::ColumnTable<SalesHandoff> kColumns{
      "sales_handoffs",
      {
          store::Field<&SalesHandoff::account_id>("account_id"),
          store::Field<&SalesHandoff::why_bought>("why_bought"),
          store::JsonField<&SalesHandoff::expected_outcomes, OutcomesJson, OutcomesFromJson>(
              "expected_outcomes"),
          store::JsonField<&SalesHandoff::stakeholders, StakeholdersJson, ParseStakeholders>(
              "stakeholders"),
          store::Field<&SalesHandoff::sales_owner>("sales_owner"),
          store::Field<&SalesHandoff::handed_off_at>("handed_off_at"),
          store::Field<&SalesHandoff::handed_off_by>("handed_off_by"),
          store::Field<&SalesHandoff::fit_score>("fit_score"),
          store::Field<&SalesHandoff::fit>("fit"),
          store::Field<&SalesHandoff::plan_id>("plan_id"),
      }};
  static void Check(store::Tx& tx, SalesHandoff& h) { CheckNotes(tx, h); }
  static nlohmann::json Json(const SalesHandoff& h) { return ToJson(h); }
};
const auto& kColumns = HandoffRecord::kColumns;

std::optional<SalesHandoff> FindForAccount(store::Tx& tx, AccountId account) {
  return kColumns.FindBy(tx.sql(), "account_id", account.value);
}

std::optional<PlanTemplate> TemplateOf(store::Database& db, const std::optional<PlanSeed>& seed,
                                       const std::string& field) {
  if (!seed || !seed->template_key) return std::nullopt;
  try {
    return PlanTemplateStore(db).Get(*seed->template_key);
  } catch (const NotFound&) {
    throw Invalid(field, "no success-plan template has key \"" + *seed->template_key + "\"");
  }
}

// The plan the notes seed: the customer's reasons become their definition of success, each
// expected outcome an outcome (CO) objective to measure. Links it to the hand-off (h becomes
// the hand-off as stored).
SuccessPlan SeedPlanIn(store::Tx& tx, const auth::Actor& actor, SalesHandoff& h,
                       const std::optional<PlanTemplate>& from) {
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
  plan.csm_user_id = account->owner_id
                         ? account->owner_id
                         : (actor.user.valid() ? std::optional(actor.user) : std::nullopt);
  for (const auto& s : h.stakeholders)
    if (s.contact_id && !plan.customer_contact_id) plan.customer_contact_id = s.contact_id;
  SuccessPlan created = SuccessPlanStore::CreateIn(tx, actor, std::move(plan));
  h = auth::UpdateRecordIn<HandoffRecord>(
      tx, actor, h.id, h.version, [&](SalesHandoff& stored) { stored.plan_id = created.id; });
  return created;
}

}  // namespace

SalesHandoff SalesHandoffStore::CreateIn(store::Tx& tx, const auth::Actor& actor, SalesHandoff h) {
  if (!customers::AccountStore::Find(tx, h.account_id))
    throw NotFound("no account with id " + std::to_string(h.account_id.value));
  if (FindForAccount(tx, h.account_id))
    throw Conflict("account_id", "this account already has a hand-off: edit it");
  Fit fit = IcpStore::FitIn(tx, h.account_id);
  h.fit_score = fit.score;
  h.fit = nlohmann::json::array();
  for (const auto& r : fit.results)
    h.fit.push_back({{"id", r.criterion.id.value},
                     {"label", r.criterion.label},
                     {"weight", r.criterion.weight},
                     {"met", r.met}});
  if (h.handed_off_at.ms == 0) h.handed_off_at = Timestamp::Now();
  if (actor.user.valid()) h.handed_off_by = actor.user;
  return auth::CreateRecordIn<HandoffRecord>(tx, actor, std::move(h));
}

std::pair<SalesHandoff, std::optional<SuccessPlan>> SalesHandoffStore::Create(
    const auth::Actor& actor, SalesHandoff h, std::optional<PlanSeed> seed) {
  auto from = TemplateOf(db_, seed, "seed_plan.template_key");
  return db_.Transact([&](store::Tx& tx) {
    h = CreateIn(tx, actor, h);
    std::optional<SuccessPlan> plan;
    if (seed) plan = SeedPlanIn(tx, actor, h, from);
    return std::pair(h, plan);
  });
}

SalesHandoff SalesHandoffStore::Update(const auth::Actor& actor, SalesHandoffId id,
                                       long long expected_version,
                                       const std::function<void(SalesHandoff&)>& change) {
  return auth::UpdateRecord<HandoffRecord>(db_, actor, id, expected_version, change);
}

std::optional<SalesHandoff> SalesHandoffStore::ForAccount(AccountId account) {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  return FindForAccount(reader, account);
}

SalesHandoff SalesHandoffStore::Get(SalesHandoffId id) {
  return auth::GetRecord<HandoffRecord>(db_, id);
}

store::Page<SalesHandoff> SalesHandoffStore::List(const HandoffQuery& query) {
  auto add_filters = [&](store::Query& where) {
    where << " FROM sales_handoffs WHERE 1=1";
    if (query.fit_below)
      where << " AND fit_score < ", where.Bind(static_cast<long long>(*query.fit_below));
    if (query.since_days)
      where << " AND handed_off_at >= ",
          where.Bind(Timestamp::Now().ms - *query.since_days * 86'400'000LL);
  };
  store::SortSpec sort{"handed_off_at", true, true};
  store::Session sql(db_.pool());
  return store::ListPage<SalesHandoff>(
      db_, sql, kColumns.select_list(), add_filters, sort, query.cursor, query.limit,
      [&](store::Query& q) { return kColumns.Fetch(sql, q); },
      [](const SalesHandoff& h) {
        return store::Cursor{std::to_string(h.handed_off_at.ms), h.id.value};
      });
}

SuccessPlan SalesHandoffStore::SeedPlan(const auth::Actor& actor, SalesHandoffId id,
                                        const PlanSeed& seed) {
  auto from = TemplateOf(db_, seed, "template_key");
  return db_.Transact([&](store::Tx& tx) {
    auto h = auth::FindRecord<HandoffRecord>(tx, id);
    if (!h) throw NotFound(auth::NoSuchRecord<HandoffRecord>(id));
    if (h->plan_id)
      throw Conflict("plan_id",
                     "this hand-off already seeded plan " + std::to_string(h->plan_id->value));
    return SeedPlanIn(tx, actor, *h, from);
  });
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
  f.On("sales_owner",
       [&](auto& v) { h.sales_owner = JsonOptString(v, "sales_owner").value_or(""); });
  for (const char* key : {"id", "version", "account_id", "account_name", "handed_off_at",
                          "handed_off_by", "handed_off_by_name", "fit_score", "fit", "plan_id"})
    f.On(key, [](auto&) {});
  f.RejectUnknown();
}

nlohmann::json ToJson(const SalesHandoff& h) {
  return {{"id", h.id.value},
          {"version", h.version},
          {"account_id", h.account_id.value},
          {"why_bought", h.why_bought},
          {"expected_outcomes", h.expected_outcomes},
          {"stakeholders", StakeholdersJson(h.stakeholders)},
          {"sales_owner", h.sales_owner},
          {"handed_off_at", h.handed_off_at.ToString()},
          {"handed_off_by",
           h.handed_off_by ? nlohmann::json(h.handed_off_by->value) : nlohmann::json()},
          {"fit_score", h.fit_score ? nlohmann::json(*h.fit_score) : nlohmann::json()},
          {"fit", h.fit},
          {"plan_id", h.plan_id ? nlohmann::json(h.plan_id->value) : nlohmann::json()}};
}

}  // namespace banso::success
