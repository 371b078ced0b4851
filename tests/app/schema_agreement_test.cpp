// The two backends' schemas agree: after every migration, SQLite and PostgreSQL have the same
// tables, the same columns (by name and nullability) and the same indexes (by table, columns
// and uniqueness), but for what docs/architecture.md says exists on one backend alone.
#include <gtest/gtest.h>

#include <map>
#include <set>
#include <tuple>

#include "app/app.h"
#include "store/database.h"
#include "store/migration.h"
#include "support/test_database.h"

namespace banso::app {
namespace {

using testing::TestDatabase;

// Tables on one backend alone, and why.
const std::set<std::string> kPostgresOnly = {
    "event_log",  // PostgreSQL mode's event log; SQLite mode's is files (FileEventLog)
};

struct Column {
  std::string name;
  bool not_null;
  auto operator<=>(const Column&) const = default;
};
struct Index {
  std::string table;
  std::string columns;  // comma-separated, in index order
  bool unique;
  auto operator<=>(const Index&) const = default;
};
struct Schema {
  std::map<std::string, std::set<Column>> tables;
  std::set<Index> indexes;  // primary keys left out: each backend makes them its own way
};

Schema ReadSqlite(store::Database& db) {
  Schema s;
  store::Session sql(db.pool());
  std::vector<std::string> tables(500);
  sql << "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      soci::into(tables);
  for (const std::string& t : tables) {
    std::vector<std::string> names(500);
    std::vector<int> not_null(500), pk(500);
    sql << "SELECT name, \"notnull\", pk FROM pragma_table_info('" + t + "')", soci::into(names), soci::into(not_null),
        soci::into(pk);
    // A primary key column is NOT NULL on PostgreSQL whatever SQLite says of it.
    for (size_t i = 0; i < names.size(); ++i) s.tables[t].insert({names[i], not_null[i] != 0 || pk[i] != 0});
    std::vector<std::string> index_names(500), origins(500);
    std::vector<int> unique(500);
    sql << "SELECT name, \"unique\", origin FROM pragma_index_list('" + t + "')", soci::into(index_names),
        soci::into(unique), soci::into(origins);
    for (size_t i = 0; i < index_names.size(); ++i) {
      if (origins[i] == "pk") continue;
      std::vector<std::string> columns(100);
      sql << "SELECT COALESCE(name, '(expression)') FROM pragma_index_info('" + index_names[i] + "') ORDER BY seqno",
          soci::into(columns);
      std::string joined;
      for (const std::string& c : columns) joined += (joined.empty() ? "" : ",") + c;
      s.indexes.insert({t, joined, unique[i] != 0});
    }
  }
  return s;
}

Schema ReadPostgres(store::Database& db) {
  Schema s;
  store::Session sql(db.pool());
  std::vector<std::string> tables(5000), columns(5000), nullable(5000);
  sql << "SELECT table_name::text, column_name::text, is_nullable::text FROM information_schema.columns "
         "WHERE table_schema = current_schema() ORDER BY table_name, ordinal_position",
      soci::into(tables), soci::into(columns), soci::into(nullable);
  for (size_t i = 0; i < tables.size(); ++i) s.tables[tables[i]].insert({columns[i], nullable[i] == "NO"});
  std::vector<std::string> index_tables(1000), index_columns(1000);
  std::vector<int> unique(1000);
  sql << "SELECT t.relname::text, i.indisunique::int, "
         "  string_agg(COALESCE(a.attname::text, '(expression)'), ',' ORDER BY k.ordinality) "
         "FROM pg_index i JOIN pg_class t ON t.oid = i.indrelid "
         "JOIN pg_namespace n ON n.oid = t.relnamespace AND n.nspname = current_schema() "
         "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ordinality) "
         "LEFT JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum = k.attnum AND k.attnum > 0 "
         "WHERE NOT i.indisprimary GROUP BY i.indexrelid, t.relname, i.indisunique",
      soci::into(index_tables), soci::into(unique), soci::into(index_columns);
  for (size_t i = 0; i < index_tables.size(); ++i) s.indexes.insert({index_tables[i], index_columns[i], unique[i] != 0});
  return s;
}

std::string Describe(const std::set<Column>& columns) {
  std::string out;
  for (const Column& c : columns) out += " " + c.name + (c.not_null ? " NOT NULL" : "");
  return out;
}

TEST(SchemaAgreement, BothBackendsHaveTheSameTablesColumnsAndIndexes) {
  TestDatabase lite("sqlite"), pg("postgresql");
  BANSO_REQUIRE_DATABASE(pg);
  auto lite_db = store::Database::Open(lite.url(), 1);
  auto pg_db = store::Database::Open(pg.url(), 1);
  store::ApplyMigrations(*lite_db, AllMigrations());
  store::ApplyMigrations(*pg_db, AllMigrations());
  Schema a = ReadSqlite(*lite_db), b = ReadPostgres(*pg_db);
  ASSERT_GT(a.tables.size(), 20u) << "the schema was not read";
  ASSERT_GT(a.indexes.size(), 20u) << "the indexes were not read";
  ASSERT_GT(b.indexes.size(), 20u) << "the indexes were not read";

  for (const auto& [table, columns] : b.tables) {
    if (kPostgresOnly.count(table)) continue;
    auto it = a.tables.find(table);
    if (it == a.tables.end()) {
      ADD_FAILURE() << "table " << table << " is on PostgreSQL only";
      continue;
    }
    EXPECT_EQ(Describe(it->second), Describe(columns)) << "columns of " << table << " (SQLite, then PostgreSQL)";
  }
  for (const auto& [table, columns] : a.tables)
    EXPECT_TRUE(b.tables.count(table)) << "table " << table << " is on SQLite only";

  for (const Index& i : a.indexes)
    EXPECT_TRUE(b.indexes.count(i)) << "index on " << i.table << " (" << i.columns << ")" << (i.unique ? " unique" : "")
                                    << " is on SQLite only";
  for (const Index& i : b.indexes)
    if (!kPostgresOnly.count(i.table))
      EXPECT_TRUE(a.indexes.count(i)) << "index on " << i.table << " (" << i.columns << ")"
                                      << (i.unique ? " unique" : "") << " is on PostgreSQL only";
}

}  // namespace
}  // namespace banso::app
