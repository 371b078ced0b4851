#include "store/database_error.h"

#include <soci/postgresql/soci-postgresql.h>
#include <soci/sqlite3/soci-sqlite3.h>

#include <string>

#include "core/error.h"

namespace banso::store {
namespace {

// The column named in "UNIQUE constraint failed: accounts.external_id" (SQLite) or
// "Key (external_id)=(...)" (PostgreSQL); "" when neither form is there.
std::string ConstrainedColumn(const std::string& msg) {
  // "UNIQUE constraint failed: t.c", "NOT NULL constraint failed: t.c" (SQLite).
  if (auto p = msg.find("constraint failed: "); p != std::string::npos) {
    auto dot = msg.find('.', p);
    if (dot == std::string::npos) return {};
    auto end = msg.find_first_of(" ,\n", dot);
    return msg.substr(dot + 1, end == std::string::npos ? std::string::npos : end - dot - 1);
  }
  if (auto k = msg.find("Key ("); k != std::string::npos)
    return msg.substr(k + 5, msg.find(')', k) - k - 5);
  if (auto c = msg.find("column \""); c != std::string::npos)
    return msg.substr(c + 8, msg.find('"', c + 8) - c - 8);
  return {};
}

[[noreturn]] void ThrowUnique(const std::string& msg) {
  std::string field = ConstrainedColumn(msg);
  throw Conflict(field, field.empty() ? "a unique value is already in use"
                                      : field + " is already used by another record");
}

[[noreturn]] void ThrowForeignKey() {
  throw Conflict(
      "", "the record is referenced by other records, or references one that does not exist");
}

[[noreturn]] void ThrowRefused(const std::string& msg) {
  std::string field = ConstrainedColumn(msg);
  throw Invalid(field, field.empty() ? "a value was refused by the database"
                                     : field + " has a value the database refuses");
}

[[noreturn]] void ThrowUnavailable(const std::string& msg) {
  throw Unavailable("the database cannot take this now: " + msg);
}

[[noreturn]] void ThrowSqlite(int rc, const std::string& msg) {
  switch (rc & 0xff) {  // the primary code; extended codes keep it in the low byte
    case SQLITE_CONSTRAINT:
      if (rc == SQLITE_CONSTRAINT_UNIQUE || rc == SQLITE_CONSTRAINT_PRIMARYKEY) ThrowUnique(msg);
      if (rc == SQLITE_CONSTRAINT_FOREIGNKEY) ThrowForeignKey();
      if (msg.find("UNIQUE constraint failed") != std::string::npos) ThrowUnique(msg);
      if (msg.find("FOREIGN KEY constraint failed") != std::string::npos) ThrowForeignKey();
      ThrowRefused(msg);
    case SQLITE_FULL:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_IOERR:
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
    case SQLITE_NOMEM:
    case SQLITE_INTERRUPT:
    case SQLITE_PROTOCOL: ThrowUnavailable(msg);
    default: throw std::runtime_error(msg);
  }
}

[[noreturn]] void ThrowPostgres(const std::string& state, const std::string& msg) {
  if (state == "23505") ThrowUnique(msg);
  if (state == "23503") ThrowForeignKey();
  if (state.starts_with("23") || state.starts_with("22")) ThrowRefused(msg);  // integrity, data
  // 08 connection, 40 rollback (serialization, deadlock), 53 resources (disk full), 55 object
  // in use (lock not available), 57 operator (terminated, cancelled), 58 system (I/O).
  for (const char* cls : {"08", "40", "53", "55", "57", "58"})
    if (state.starts_with(cls)) ThrowUnavailable(msg);
  throw std::runtime_error(msg);
}

}  // namespace

void ThrowDatabaseError(const std::exception& e) {
  std::string msg = e.what();
  if (const auto* lite = dynamic_cast<const soci::sqlite3_soci_error*>(&e))
    ThrowSqlite(lite->result(), msg);
  if (const auto* pg = dynamic_cast<const soci::postgresql_soci_error*>(&e)) {
    std::string state = pg->sqlstate();
    // No SQLSTATE: libpq lost the server (connection closed, or it could not send the query).
    if (state.empty() || state.find_first_not_of('\0') == std::string::npos) ThrowUnavailable(msg);
    ThrowPostgres(state, msg);
  }
  if (const auto* soci_error = dynamic_cast<const soci::soci_error*>(&e)) {
    if (soci_error->get_error_category() == soci::soci_error::connection_error)
      ThrowUnavailable(msg);
    if (soci_error->get_error_category() == soci::soci_error::constraint_violation) {
      if (msg.find("UNIQUE") != std::string::npos || msg.find("duplicate key") != std::string::npos)
        ThrowUnique(msg);
      if (msg.find("FOREIGN KEY") != std::string::npos ||
          msg.find("foreign key") != std::string::npos)
        ThrowForeignKey();
      ThrowRefused(msg);
    }
    // SOCI's own message for a session used after the server went away.
    if (msg.find("connection") != std::string::npos) ThrowUnavailable(msg);
  }
  throw std::runtime_error(msg);
}

void ThrowSqliteError(int rc, const char* message) {
  ThrowSqlite(rc, message ? message : "unknown error");
}

}  // namespace banso::store
