#include "success/success_plan_store.h"

#include <map>

#include "auth/audited_record.h"
#include "auth/auth_service.h"
#include "core/error.h"
#include "customers/account_store.h"
#include "customers/contact_store.h"
#include "store/column_table.h"
#include "store/record.h"
#include "store/statement.h"
#include "success/usage_kpis.h"

namespace banso::success {
namespace {

void CheckUser(store::Tx& tx, const std::string& field, std::optional<UserId> id) {
  if (id && !auth::AuthService::UserExists(tx, *id))
    throw Invalid(field, "no active user has this id");
}

void CheckReferences(store::Tx& tx, const SuccessPlan& p) {
  if (!customers::AccountStore::Find(tx, p.account_id))
    throw Invalid("account_id", "no account has this id");
  CheckUser(tx, "csm_user_id", p.csm_user_id);
  customers::ContactStore::CheckBelongs(tx, "customer_contact_id", p.customer_contact_id,
                                        p.account_id);
  for (size_t i = 0; i < p.objectives.size(); ++i) {
    std::string field = "objectives[" + std::to_string(i) + "]";
    CheckUser(tx, field + ".owner_user_id", p.objectives[i].owner_user_id);
    customers::ContactStore::CheckBelongs(tx, field + ".owner_contact_id",
                                          p.objectives[i].owner_contact_id, p.account_id);
  }
}

// How success plans are read, checked and written (auth/audited_record.h).
struct PlanRecord {
  using Model = SuccessPlan;
  using Id = SuccessPlanId;
  static constexpr const char* kEntity = "success plan";
  static inline const store::ColumnTable<SuccessPlan> kColumns{
      "success_plans",
      {
          store::Field<&SuccessPlan::account_id>("account_id"),
          store::Field<&SuccessPlan::title>("title"),
          store::Field<&SuccessPlan::definition>("definition"),
          store::Field<&SuccessPlan::status>("status"),
          store::Field<&SuccessPlan::starts_on>("starts_on"),
          store::Field<&SuccessPlan::ends_on>("ends_on"),
          store::Field<&SuccessPlan::template_key>("template_key"),
          store::Field<&SuccessPlan::csm_user_id>("csm_user_id"),
          store::Field<&SuccessPlan::customer_contact_id>("customer_contact_id"),
          store::JsonField<&SuccessPlan::objectives, ObjectivesJson, ObjectivesFromJson>(
              "objectives"),
          store::Field<&SuccessPlan::next_item>("next_item"),
      }};
  static void Check(store::Tx& tx, SuccessPlan& p) {
    DropComputedKpiValues(p);
    AssignItemIds(p);
    ValidatePlan(p);
    CheckReferences(tx, p);
  }
  static nlohmann::json Json(const SuccessPlan& p) { return ToJson(p); }
};

const auto& kColumns = PlanRecord::kColumns;

// Flattens a plan's JSON into path -> value; list items with an id are addressed by it, so
// that reordering is not reported as every item changing.
void Flatten(const nlohmann::json& j, const std::string& path,
             std::map<std::string, nlohmann::json>& out) {
  if (j.is_object()) {
    for (auto it = j.begin(); it != j.end(); ++it) {
      if (it.key() == "progress" || it.key() == "id") continue;
      Flatten(it.value(), path.empty() ? it.key() : path + "." + it.key(), out);
    }
  } else if (j.is_array()) {
    for (size_t i = 0; i < j.size(); ++i) {
      const nlohmann::json& item = j[i];
      std::string key = item.is_object() && item.contains("id") ? item["id"].get<std::string>()
                                                                : std::to_string(i);
      Flatten(item, path + "[" + key + "]", out);
    }
  } else {
    out[path] = j;
  }
}

void RecordChange(store::Tx& tx, const auth::Actor& actor, const SuccessPlan& plan,
                  const nlohmann::json& changes) {
  store::Query q(
      "INSERT INTO success_plan_changes (plan_id, version, changed_at, actor, user_id, changes) "
      "VALUES (");
  q.Bind(plan.id.value) << ", ";
  q.Bind(plan.version) << ", ";
  q.Bind(plan.updated_at.ms) << ", ";
  q.Bind(actor.label) << ", ";
  q.Bind(actor.user.valid() ? std::optional(actor.user.value) : std::nullopt) << ", ";
  q.Bind(changes.dump()) << ")";
  q.Execute(tx.sql());
}

}  // namespace

nlohmann::json PlanDiff(const SuccessPlan& before, const SuccessPlan& after) {
  std::map<std::string, nlohmann::json> a, b;
  nlohmann::json ja = ToJson(before), jb = ToJson(after);
  for (auto* j : {&ja, &jb})
    for (const char* key : {"version", "created_at", "updated_at"}) j->erase(key);
  Flatten(ja, "", a);
  Flatten(jb, "", b);
  nlohmann::json out = nlohmann::json::array();
  // A field of an added or removed item that is null on its one side is no change.
  for (const auto& [path, value] : a) {
    auto it = b.find(path);
    if (it == b.end()) {
      if (!value.is_null()) out.push_back({{"path", path}, {"from", value}, {"to", nullptr}});
    } else if (it->second != value) {
      out.push_back({{"path", path}, {"from", value}, {"to", it->second}});
    }
  }
  for (const auto& [path, value] : b)
    if (!a.count(path) && !value.is_null())
      out.push_back({{"path", path}, {"from", nullptr}, {"to", value}});
  return out;
}

std::optional<SuccessPlan> SuccessPlanStore::Find(store::Tx& tx, SuccessPlanId id) {
  return kColumns.Find(tx.sql(), id.value);
}

SuccessPlan SuccessPlanStore::CreateIn(store::Tx& tx, const auth::Actor& actor, SuccessPlan plan) {
  SuccessPlan created = auth::CreateRecordIn<PlanRecord>(tx, actor, std::move(plan));
  RecordChange(tx, actor, created, PlanDiff(SuccessPlan{}, created));
  return created;
}

SuccessPlan SuccessPlanStore::Create(const auth::Actor& actor, SuccessPlan plan) {
  return db_.Transact([&](store::Tx& tx) { return CreateIn(tx, actor, std::move(plan)); });
}

SuccessPlan SuccessPlanStore::Get(SuccessPlanId id) { return auth::GetRecord<PlanRecord>(db_, id); }

SuccessPlan SuccessPlanStore::Update(const auth::Actor& actor, SuccessPlanId id,
                                     long long expected_version,
                                     const std::function<void(SuccessPlan&)>& change) {
  return db_.Transact([&](store::Tx& tx) {
    SuccessPlan before;  // as stored, handed to change by the update (no second read)
    SuccessPlan after =
        auth::UpdateRecordIn<PlanRecord>(tx, actor, id, expected_version, [&](SuccessPlan& p) {
          before = p;
          change(p);
        });
    RecordChange(tx, actor, after, PlanDiff(before, after));
    return after;
  });
}

void SuccessPlanStore::Delete(const auth::Actor& actor, SuccessPlanId id) {
  auth::DeleteRecord<PlanRecord>(db_, actor, id);
}

std::vector<SuccessPlan> SuccessPlanStore::ForAccount(AccountId account) {
  store::Session sql(db_.pool());
  store::Query q("SELECT " + kColumns.select_list() + " FROM success_plans WHERE account_id = ");
  q.Bind(account.value) << " ORDER BY id DESC";
  return kColumns.Fetch(sql, q);
}

std::vector<PlanChange> SuccessPlanStore::History(SuccessPlanId id) {
  store::Session sql(db_.pool());
  store::Query q(
      "SELECT version, changed_at, actor, user_id, changes FROM success_plan_changes WHERE plan_id "
      "= ");
  q.Bind(id.value) << " ORDER BY id";
  soci::statement st = q.Prepare(sql);
  PlanChange c;
  long long user = 0;
  soci::indicator user_i;
  std::string changes;
  st.exchange(soci::into(c.version));
  st.exchange(soci::into(c.changed_at.ms));
  st.exchange(soci::into(c.actor));
  st.exchange(soci::into(user, user_i));
  st.exchange(soci::into(changes));
  std::vector<PlanChange> out;
  store::ForEachRow(st, [&] {
    PlanChange row = c;
    row.user_id = user_i == soci::i_ok ? std::optional(UserId(user)) : std::nullopt;
    row.changes = nlohmann::json::parse(changes);
    out.push_back(std::move(row));
  });
  return out;
}

}  // namespace banso::success
