#include "store/record.h"

#include "core/error.h"

namespace banso::store {

long long InsertRecord(Tx& tx, std::string_view table, const Columns& columns, long long now_ms) {
  Query q;
  q << "INSERT INTO " << table << " (";
  for (const auto& name : columns.names_) q << name << ", ";
  q << "version, created_at, updated_at) VALUES (";
  for (const auto& bind : columns.binders_) bind(q), q << ", ";
  q << "1, ";
  q.Bind(now_ms) << ", ";
  q.Bind(now_ms) << ") RETURNING id";
  long long id = 0;
  try {
    soci::statement st = q.Prepare(tx.sql());
    st.exchange(soci::into(id));
    st.define_and_bind();
    st.execute(true);
  } catch (const soci::soci_error& e) {
    RethrowConstraintError(e);
  }
  return id;
}

// UPDATE ... SET columns, version + 1 WHERE id [AND version]; returns the rows changed.
long long UpdateRows(Tx& tx, std::string_view table, long long id,
                     std::optional<long long> expected_version, const Columns& columns,
                     long long now_ms) {
  Query q;
  q << "UPDATE " << table << " SET ";
  for (size_t i = 0; i < columns.names_.size(); ++i) {
    q << columns.names_[i] << " = ";
    columns.binders_[i](q);
    q << ", ";
  }
  q << "version = version + 1, updated_at = ";
  q.Bind(now_ms) << " WHERE id = ";
  q.Bind(id);
  if (expected_version) q << " AND version = ", q.Bind(*expected_version);
  try {
    return q.Execute(tx.sql());
  } catch (const soci::soci_error& e) {
    RethrowConstraintError(e);
  }
}

void OverwriteRecord(Tx& tx, std::string_view table, long long id, const Columns& columns,
                     long long now_ms) {
  if (UpdateRows(tx, table, id, std::nullopt, columns, now_ms) == 0) throw NotFound("no such record");
}

void UpdateRecord(Tx& tx, std::string_view table, long long id, long long expected_version,
                  const Columns& columns, long long now_ms) {
  long long affected = UpdateRows(tx, table, id, expected_version, columns, now_ms);
  if (affected == 1) return;
  long long current = 0;
  Query probe;
  probe << "SELECT version FROM " << table << " WHERE id = ";
  probe.Bind(id);
  soci::statement st = probe.Prepare(tx.sql());
  st.exchange(soci::into(current));
  st.define_and_bind();
  if (!st.execute(true)) throw NotFound("no such record");
  throw Conflict("version", "the record was changed by someone else (now version " +
                                std::to_string(current) + "); reload and try again");
}

void DeleteRecord(Tx& tx, std::string_view table, long long id) {
  Query q;
  q << "DELETE FROM " << table << " WHERE id = ";
  q.Bind(id);
  long long affected = 0;
  try {
    affected = q.Execute(tx.sql());
  } catch (const soci::soci_error& e) {
    RethrowConstraintError(e);
  }
  if (affected == 0) throw NotFound("no such record");
}

void RethrowConstraintError(const std::exception& e) {
  std::string msg = e.what();
  if (msg.find("UNIQUE constraint failed") != std::string::npos ||
      msg.find("duplicate key value") != std::string::npos) {
    std::string field;
    // SQLite: "UNIQUE constraint failed: accounts.external_id"; PostgreSQL: "Key (external_id)=".
    if (auto p = msg.find("UNIQUE constraint failed: "); p != std::string::npos) {
      auto dot = msg.find('.', p);
      auto end = msg.find_first_of(" ,\n", dot);
      if (dot != std::string::npos) field = msg.substr(dot + 1, end - dot - 1);
    } else if (auto k = msg.find("Key ("); k != std::string::npos) {
      field = msg.substr(k + 5, msg.find(')', k) - k - 5);
    }
    throw Conflict(field, field.empty() ? "a unique value is already in use"
                                        : field + " is already used by another record");
  }
  if (msg.find("FOREIGN KEY constraint failed") != std::string::npos ||
      msg.find("violates foreign key constraint") != std::string::npos)
    throw Conflict("", "the record is referenced by other records, or references one that does not exist");
  throw;
}

}  // namespace banso::store
