#include "auth/audit_log.h"

#include "store/statement.h"

namespace banso::auth {

void AuditLog::Record(store::Tx& tx, const Actor& actor, std::string_view action,
                      std::string_view entity, std::optional<long long> entity_id,
                      const nlohmann::json& before, const nlohmann::json& after) {
  store::Query q(
      "INSERT INTO audit_log (at, actor_user_id, actor, action, entity, entity_id, "
      "before_json, after_json) VALUES (");
  q.Bind(Timestamp::Now().ms) << ", ";
  q.Bind(actor.user.valid() ? std::optional<long long>(actor.user.value) : std::nullopt) << ", ";
  q.Bind(actor.label) << ", ";
  q.Bind(std::string(action)) << ", ";
  q.Bind(std::string(entity)) << ", ";
  q.Bind(entity_id) << ", ";
  q.Bind(before.is_null() ? std::nullopt : std::optional<std::string>(before.dump())) << ", ";
  q.Bind(after.is_null() ? std::nullopt : std::optional<std::string>(after.dump())) << ")";
  q.Execute(tx.sql());
}

std::vector<AuditEntry> AuditLog::List(store::Database& db, const AuditQuery& query) {
  store::Query q(
      "SELECT id, at, actor_user_id, actor, action, entity, entity_id, before_json, "
      "after_json FROM audit_log WHERE 1=1");
  if (query.entity) q << " AND entity = ", q.Bind(*query.entity);
  if (query.entity_id) q << " AND entity_id = ", q.Bind(*query.entity_id);
  if (query.before_id) q << " AND id < ", q.Bind(*query.before_id);
  if (query.after_id) q << " AND id > ", q.Bind(*query.after_id);
  q << (query.after_id ? " ORDER BY id LIMIT " : " ORDER BY id DESC LIMIT ");
  q.Bind(static_cast<long long>(query.limit));

  store::Session sql(db.pool());
  soci::statement st = q.Prepare(sql);
  AuditEntry e;
  long long actor_user = 0, entity_id = 0;
  std::string before, after;
  soci::indicator actor_ind, entity_ind, before_ind, after_ind;
  st.exchange(soci::into(e.id));
  st.exchange(soci::into(e.at.ms));
  st.exchange(soci::into(actor_user, actor_ind));
  st.exchange(soci::into(e.actor));
  st.exchange(soci::into(e.action));
  st.exchange(soci::into(e.entity));
  st.exchange(soci::into(entity_id, entity_ind));
  st.exchange(soci::into(before, before_ind));
  st.exchange(soci::into(after, after_ind));
  std::vector<AuditEntry> out;
  store::ForEachRow(st, [&] {
    AuditEntry row = e;
    row.actor_user = UserId(actor_ind == soci::i_ok ? actor_user : 0);
    row.entity_id = store::Nullable(entity_id, entity_ind);
    row.before = before_ind == soci::i_ok ? nlohmann::json::parse(before) : nlohmann::json();
    row.after = after_ind == soci::i_ok ? nlohmann::json::parse(after) : nlohmann::json();
    out.push_back(std::move(row));
  });
  return out;
}

}  // namespace banso::auth
