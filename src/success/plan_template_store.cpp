#include "success/plan_template_store.h"

#include "auth/audited_record.h"
#include "core/error.h"
#include "store/column_table.h"
#include "store/statement.h"

namespace banso::success {
namespace {

std::optional<PlanTemplate> FindByKey(store::Tx& tx, const std::string& key);

// How success-plan templates are read, checked and written (auth/audited_record.h).
struct TemplateRecord {
  using Model = PlanTemplate;
  using Id = PlanTemplateId;
  static constexpr const char* kEntity = "success plan template";
  static inline const store::ColumnTable<PlanTemplate> kColumns{
      "success_plan_templates",
      {
          store::Field<&PlanTemplate::key>("key"),
          store::Field<&PlanTemplate::name>("name"),
          store::Field<&PlanTemplate::segment>("segment"),
          store::Field<&PlanTemplate::description>("description"),
          store::Field<&PlanTemplate::duration_days>("duration_days"),
          store::Field<&PlanTemplate::objectives>("objectives"),
      }};
  static void Check(store::Tx& tx, PlanTemplate& t) {
    ValidateTemplate(t);
    auto other = FindByKey(tx, t.key);
    if (other && other->id != t.id) throw Conflict("key", "a template with this key exists");
  }
  static nlohmann::json Json(const PlanTemplate& t) { return ToJson(t); }
};
const auto& kColumns = TemplateRecord::kColumns;

std::optional<PlanTemplate> FindByKey(store::Tx& tx, const std::string& key) {
  return kColumns.FindBy(tx.sql(), "key", key);
}

PlanTemplate RequireByKey(store::Tx& tx, const std::string& key) {
  auto found = FindByKey(tx, key);
  if (!found) throw NotFound("no success-plan template with key " + key);
  return *found;
}

}  // namespace

std::vector<PlanTemplate> PlanTemplateStore::List() {
  store::Session sql(db_.pool());
  store::Query q("SELECT " + kColumns.select_list() +
                 " FROM success_plan_templates ORDER BY name, key");
  return kColumns.Fetch(sql, q);
}

PlanTemplate PlanTemplateStore::Get(const std::string& key) {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  return RequireByKey(reader, key);
}

PlanTemplate PlanTemplateStore::Create(const auth::Actor& actor, PlanTemplate t) {
  return auth::CreateRecord<TemplateRecord>(db_, actor, std::move(t));
}

PlanTemplate PlanTemplateStore::Update(const auth::Actor& actor, const std::string& key,
                                       long long expected_version,
                                       const std::function<void(PlanTemplate&)>& change) {
  return db_.Transact([&](store::Tx& tx) {
    PlanTemplateId id = RequireByKey(tx, key).id;
    return auth::UpdateRecordIn<TemplateRecord>(tx, actor, id, expected_version,
                                                [&](PlanTemplate& t) {
                                                  change(t);
                                                  if (t.key != key)
                                                    throw Invalid("key", "cannot be changed");
                                                });
  });
}

void PlanTemplateStore::Delete(const auth::Actor& actor, const std::string& key) {
  db_.Transact([&](store::Tx& tx) {
    auth::DeleteRecordIn<TemplateRecord>(tx, actor, RequireByKey(tx, key).id);
  });
}

}  // namespace banso::success
