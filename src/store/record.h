#pragma once
// Writes of versioned records (tables with id, version, created_at, updated_at), shared by
// every module's store so that optimistic concurrency and not-found handling are the same
// everywhere.
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <variant>
#include <vector>

#include "store/database.h"
#include "store/statement.h"

namespace banso::store {

// Column values for an INSERT or UPDATE; every value is bound, never spliced.
class Columns {
 public:
  using Value = std::variant<std::monostate, long long, std::string>;  // monostate: NULL

  Columns& Set(std::string_view column, long long v) { return Add(column, v); }
  Columns& Set(std::string_view column, int v) { return Add(column, static_cast<long long>(v)); }
  Columns& Set(std::string_view column, bool v) { return Add(column, v ? 1LL : 0LL); }
  Columns& Set(std::string_view column, std::string v) { return Add(column, std::move(v)); }
  Columns& Set(std::string_view column, const char* v) { return Add(column, std::string(v)); }
  template <class T>
  Columns& Set(std::string_view column, const std::optional<T>& v) {
    return v ? Set(column, *v) : Add(column, std::monostate{});
  }

  Columns& SetValue(std::string_view column, Value v) { return Add(column, std::move(v)); }

  size_t size() const { return names_.size(); }
  const std::string& name(size_t i) const { return names_[i]; }
  const Value& value(size_t i) const { return values_[i]; }
  void BindValue(size_t i, Query& q) const;

 private:
  Columns& Add(std::string_view column, Value v) {
    names_.emplace_back(column);
    values_.push_back(std::move(v));
    return *this;
  }
  std::vector<std::string> names_;
  std::vector<Value> values_;
};

// Writes many rows of one table fast, for imports and demo data: on SQLite one prepared
// INSERT and one UPDATE reused for every row; on PostgreSQL new rows get ids reserved from the
// table's identity sequence and travel 500 to an INSERT, saving a round trip per row.
// Every row must set the same columns in the same order. Lives within one transaction.
class BulkWriter {
 public:
  BulkWriter(Tx& tx, std::string table, long long now_ms);
  ~BulkWriter();
  // Returns the new row's id at once; the row itself may wait for Flush() (PostgreSQL).
  long long Insert(const Columns& row);
  // Overwrites the row (no version check) and moves its version on.
  void Overwrite(long long id, const Columns& row);
  // Sends queued rows. Call before reading the rows back and before the transaction ends:
  // constraint errors surface here.
  void Flush();

 private:
  struct Statement;
  void Load(Statement& st, const Columns& row, size_t first_slot);
  long long ReserveId();
  Tx& tx_;
  std::string table_;
  long long now_ms_;
  std::unique_ptr<Statement> insert_, update_, batch_;
  std::vector<long long> reserved_ids_;
  std::vector<std::pair<long long, Columns>> queued_;  // PostgreSQL: (id, row) awaiting Flush
};

// INSERT ... RETURNING id, with version 1 and created_at = updated_at = now_ms.
long long InsertRecord(Tx& tx, std::string_view table, const Columns& columns, long long now_ms);
// UPDATE ... SET version = version + 1 WHERE id AND version match. Throws NotFound if the row
// does not exist and Conflict("version") if its version is not expected_version.
void UpdateRecord(Tx& tx, std::string_view table, long long id, long long expected_version,
                  const Columns& columns, long long now_ms);
// The same without the version check (imports, which are authoritative).
void OverwriteRecord(Tx& tx, std::string_view table, long long id, const Columns& columns,
                     long long now_ms);
// Throws NotFound if no row was deleted.
void DeleteRecord(Tx& tx, std::string_view table, long long id);

// For a bulk write of many rows into one SQLite table: drops the table's secondary indexes
// and recreates them (a sorted build, several times faster than maintaining them row by row)
// when Rebuild() is called, all inside the caller's transaction, so a rollback restores them.
// Does nothing on PostgreSQL or when the batch is small next to the table.
class DeferredIndexes {
 public:
  DeferredIndexes(Tx& tx, std::string_view table, size_t rows_to_write);
  // Recreates the indexes; call after the last write, before the transaction commits.
  void Rebuild();

 private:
  Tx& tx_;
  std::vector<std::string> create_statements_;
};

// What an import's bulk upsert did.
struct UpsertCounts {
  long long inserted = 0;
  long long updated = 0;
};

// external_id -> id for every row of table that has an external id: upserts look ids up here
// instead of querying once per row.
std::unordered_map<std::string, long long> LoadExternalIds(Tx& tx, std::string_view table);

// Throws Conflict("external_id") when a row of table other than `id` has this external id;
// `entity` names the record in the message ("another ticket already has this external_id").
void CheckExternalIdFree(Tx& tx, std::string_view table, std::string_view entity,
                         const std::optional<std::string>& external_id, long long id);

}  // namespace banso::store
