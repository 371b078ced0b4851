#pragma once
#include <string>

#include "store/database.h"

namespace banso::store {

// Copies a live SQLite database to `destination` with SQLite's online backup API: writers may
// keep writing meanwhile, and the copy is a consistent snapshot. Throws Invalid for PostgreSQL
// (use pg_dump there).
void BackupSqlite(Database& db, const std::string& destination);

}  // namespace banso::store
