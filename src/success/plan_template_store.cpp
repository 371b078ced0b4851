#include "success/plan_template_store.h"

#include "auth/audit_log.h"
#include "core/error.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::success {
namespace {

constexpr const char* kTable = "success_plan_templates";

struct Row {
  long long id = 0;
  PlanTemplate t;
  std::string objectives;
};

std::vector<Row> Fetch(soci::session& sql, store::Query& q) {
  soci::statement st = q.Prepare(sql);
  Row row;
  long long duration = 0;
  st.exchange(soci::into(row.id));
  st.exchange(soci::into(row.t.key));
  st.exchange(soci::into(row.t.version));
  st.exchange(soci::into(row.t.name));
  st.exchange(soci::into(row.t.segment));
  st.exchange(soci::into(row.t.description));
  st.exchange(soci::into(duration));
  st.exchange(soci::into(row.objectives));
  st.exchange(soci::into(row.t.created_at.ms));
  st.exchange(soci::into(row.t.updated_at.ms));
  std::vector<Row> out;
  store::ForEachRow(st, [&] {
    Row r = row;
    r.t.duration_days = static_cast<int>(duration);
    r.t.objectives = nlohmann::json::parse(row.objectives);
    out.push_back(std::move(r));
  });
  return out;
}

store::Query Select() {
  return store::Query(
      "SELECT id, key, version, name, segment, description, duration_days, objectives, created_at, updated_at "
      "FROM success_plan_templates");
}

std::optional<Row> Find(store::Tx& tx, const std::string& key) {
  store::Query q = Select();
  q << " WHERE key = ";
  q.Bind(key);
  auto rows = Fetch(tx.sql(), q);
  if (rows.empty()) return std::nullopt;
  return rows.front();
}

store::Columns ColumnsOf(const PlanTemplate& t) {
  store::Columns c;
  c.Set("key", t.key)
      .Set("name", t.name)
      .Set("segment", t.segment)
      .Set("description", t.description)
      .Set("duration_days", static_cast<long long>(t.duration_days))
      .Set("objectives", t.objectives.dump());
  return c;
}

std::string NoSuch(const std::string& key) { return "no success-plan template with key " + key; }

}  // namespace

std::vector<PlanTemplate> PlanTemplateStore::List() {
  store::Session sql(db_.pool());
  store::Query q = Select();
  q << " ORDER BY name, key";
  std::vector<PlanTemplate> out;
  for (Row& r : Fetch(sql, q)) out.push_back(std::move(r.t));
  return out;
}

PlanTemplate PlanTemplateStore::Get(const std::string& key) {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  auto row = Find(reader, key);
  if (!row) throw NotFound(NoSuch(key));
  return row->t;
}

PlanTemplate PlanTemplateStore::Create(const auth::Actor& actor, PlanTemplate t) {
  ValidateTemplate(t);
  return db_.Transact([&](store::Tx& tx) {
    if (Find(tx, t.key)) throw Conflict("key", "a template with this key exists");
    long long id = store::InsertRecord(tx, kTable, ColumnsOf(t), Timestamp::Now().ms);
    PlanTemplate created = Find(tx, t.key)->t;
    auth::AuditLog::Record(tx, actor, "create", "success plan template", id, nullptr, ToJson(created));
    return created;
  });
}

PlanTemplate PlanTemplateStore::Update(const auth::Actor& actor, const std::string& key, long long expected_version,
                                       const std::function<void(PlanTemplate&)>& change) {
  return db_.Transact([&](store::Tx& tx) {
    auto before = Find(tx, key);
    if (!before) throw NotFound(NoSuch(key));
    PlanTemplate t = before->t;
    change(t);
    if (t.key != key) throw Invalid("key", "cannot be changed");
    ValidateTemplate(t);
    store::UpdateRecord(tx, kTable, before->id, expected_version, ColumnsOf(t), Timestamp::Now().ms);
    PlanTemplate after = Find(tx, key)->t;
    auth::AuditLog::Record(tx, actor, "update", "success plan template", before->id, ToJson(before->t), ToJson(after));
    return after;
  });
}

void PlanTemplateStore::Delete(const auth::Actor& actor, const std::string& key) {
  db_.Transact([&](store::Tx& tx) {
    auto before = Find(tx, key);
    if (!before) throw NotFound(NoSuch(key));
    store::DeleteRecord(tx, kTable, before->id);
    auth::AuditLog::Record(tx, actor, "delete", "success plan template", before->id, ToJson(before->t), nullptr);
  });
}

}  // namespace banso::success
