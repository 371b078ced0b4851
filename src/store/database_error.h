#pragma once
// Database failures as Banso's typed errors, in one place for both backends:
//   a unique or foreign-key clash            -> Conflict (409)
//   NOT NULL or CHECK refused a value        -> Invalid (400): validation let bad input through
//   a full disk, a lock held too long, a lost or refused connection, a read-only or damaged
//   file, a cancelled statement              -> Unavailable (503), with the database's reason
//   anything else (a mistake in our SQL)     -> std::runtime_error (500; logged, not shown)
// Database::Transact applies it to whatever its function throws, and the HTTP layer to failed
// reads, so callers need not catch SOCI's exceptions themselves.
#include <exception>

namespace banso::store {

[[noreturn]] void ThrowDatabaseError(const std::exception& e);

// The same for an error reported by SQLite's native API (rc from sqlite3_step and friends).
[[noreturn]] void ThrowSqliteError(int rc, const char* message);

}  // namespace banso::store
