#include "store/backup.h"

#include <soci/sqlite3/soci-sqlite3.h>

#include <stdexcept>

#include "core/error.h"

namespace banso::store {

void RequireSqliteForBackup(const DatabaseUrl& url) {
  if (url.backend != Backend::kSqlite)
    throw Invalid("db", "banso backup copies SQLite databases; for PostgreSQL use pg_dump");
}

void BackupSqlite(Database& db, const std::string& destination) {
  using namespace sqlite_api;
  Session sql(db.pool());
  auto* source = static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
  sqlite3* target = nullptr;
  if (sqlite3_open(destination.c_str(), &target) != SQLITE_OK) {
    std::string msg = sqlite3_errmsg(target);
    sqlite3_close(target);
    throw Invalid("destination", "cannot open " + destination + ": " + msg);
  }
  sqlite3_backup* backup = sqlite3_backup_init(target, "main", source, "main");
  if (!backup) {
    std::string msg = sqlite3_errmsg(target);
    sqlite3_close(target);
    throw std::runtime_error("backup failed: " + msg);
  }
  int rc;
  // Copy in steps, so that writers are only paused between steps.
  while ((rc = sqlite3_backup_step(backup, 1024)) == SQLITE_OK || rc == SQLITE_BUSY ||
         rc == SQLITE_LOCKED)
    sqlite3_sleep(5);
  sqlite3_backup_finish(backup);
  std::string msg = sqlite3_errmsg(target);
  sqlite3_close(target);
  if (rc != SQLITE_DONE) throw std::runtime_error("backup failed: " + msg);
}

}  // namespace banso::store
