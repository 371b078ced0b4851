#pragma once
// Numbered schema migrations, one list per module and one SQL text per backend. The SQL lives
// in src/<module>/migrations/{sqlite,postgresql}/NNN_name.sql and is compiled into the binary
// (cmake/EmbedFiles.cmake). Applied migrations are recorded in schema_migrations.
#include <string>
#include <vector>

namespace banso::store {

class Database;

struct Migration {
  std::string module;
  int number;
  std::string name;
  std::string sqlite_sql;
  std::string postgres_sql;
};

// Applies, in order, every migration of every module not yet recorded, each in its own
// transaction. In PostgreSQL an advisory lock serialises concurrent starters.
// Returns how many were applied.
int ApplyMigrations(Database& db, const std::vector<std::vector<Migration>>& modules);

}  // namespace banso::store
