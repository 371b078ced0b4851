#pragma once
#include <string>

#include "store/database.h"

namespace banso::store {

// Throws Invalid("db") with a hint to use pg_dump unless url is SQLite (checked before
// connecting, so that the hint is what the operator sees).
void RequireSqliteForBackup(const DatabaseUrl& url);

// Copies a live SQLite database to `destination` with SQLite's online backup API: writers may
// keep writing meanwhile, and the copy is a consistent snapshot.
void BackupSqlite(Database& db, const std::string& destination);

}  // namespace banso::store
