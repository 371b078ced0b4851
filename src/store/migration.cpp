#include "store/migration.h"

#include <set>
#include <utility>

#include "core/date.h"
#include "store/database.h"

namespace banso::store {

int ApplyMigrations(Database& db, const std::vector<std::vector<Migration>>& modules) {
  Session sql(db.pool());
  const bool pg = db.backend() == Backend::kPostgres;
  if (pg) sql << "SELECT pg_advisory_lock(7355608)";
  int applied = 0;
  try {
    sql << "CREATE TABLE IF NOT EXISTS schema_migrations (module TEXT NOT NULL, number INTEGER "
           "NOT NULL, name TEXT NOT NULL, applied_at BIGINT NOT NULL, PRIMARY KEY (module, number))";
    std::set<std::pair<std::string, int>> done;
    {
      std::string module;
      int number;
      soci::statement st = (sql.prepare << "SELECT module, number FROM schema_migrations",
                            soci::into(module), soci::into(number));
      st.execute();
      while (st.fetch()) done.emplace(module, number);
    }
    for (const auto& list : modules) {
      for (const Migration& m : list) {
        if (done.count({m.module, m.number})) continue;
        sql << (pg ? "BEGIN" : "BEGIN IMMEDIATE");
        try {
          db.ExecScript(sql, pg ? m.postgres_sql : m.sqlite_sql);
          long long now = Timestamp::Now().ms;
          sql << "INSERT INTO schema_migrations (module, number, name, applied_at) VALUES "
                 "(:m, :n, :name, :t)",
              soci::use(m.module), soci::use(m.number), soci::use(m.name), soci::use(now);
          sql << "COMMIT";
        } catch (...) {
          sql << "ROLLBACK";
          throw;
        }
        ++applied;
      }
    }
  } catch (...) {
    if (pg) sql << "SELECT pg_advisory_unlock(7355608)";
    throw;
  }
  if (pg) sql << "SELECT pg_advisory_unlock(7355608)";
  return applied;
}

}  // namespace banso::store
