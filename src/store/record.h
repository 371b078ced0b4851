#pragma once
// Writes of versioned records (tables with id, version, created_at, updated_at), shared by
// every module's store so that optimistic concurrency and not-found handling are the same
// everywhere.
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "store/database.h"
#include "store/statement.h"

namespace banso::store {

// Column values for an INSERT or UPDATE; every value is bound, never spliced.
class Columns {
 public:
  template <class T>
  Columns& Set(std::string_view column, const T& value) {
    names_.emplace_back(column);
    binders_.push_back([value](Query& q) { q.Bind(value); });
    return *this;
  }

 private:
  friend long long InsertRecord(Tx&, std::string_view, const Columns&, long long);
  friend long long UpdateRows(Tx&, std::string_view, long long, std::optional<long long>,
                              const Columns&, long long);
  std::vector<std::string> names_;
  std::vector<std::function<void(Query&)>> binders_;
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

// Maps a constraint violation reported by either backend to Conflict; other errors pass.
[[noreturn]] void RethrowConstraintError(const std::exception& e);

}  // namespace banso::store
