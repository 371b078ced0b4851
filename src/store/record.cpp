#include "store/record.h"

#include <algorithm>
#include <deque>

#include <soci/sqlite3/soci-sqlite3.h>

#include "core/error.h"
#include "store/database_error.h"

namespace banso::store {

void Columns::BindValue(size_t i, Query& q) const {
  std::visit(
      [&q](const auto& v) {
        if constexpr (std::is_same_v<std::decay_t<decltype(v)>, std::monostate>)
          q.BindNull();
        else
          q.Bind(v);
      },
      values_[i]);
}

long long InsertRecord(Tx& tx, std::string_view table, const Columns& columns, long long now_ms) {
  Query q;
  q << "INSERT INTO " << table << " (";
  for (size_t i = 0; i < columns.size(); ++i) q << columns.name(i) << ", ";
  q << "version, created_at, updated_at) VALUES (";
  for (size_t i = 0; i < columns.size(); ++i) columns.BindValue(i, q), q << ", ";
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
    ThrowDatabaseError(e);
  }
  return id;
}

// UPDATE ... SET columns, version + 1 WHERE id [AND version]; returns the rows changed.
long long UpdateRows(Tx& tx, std::string_view table, long long id,
                     std::optional<long long> expected_version, const Columns& columns,
                     long long now_ms) {
  Query q;
  q << "UPDATE " << table << " SET ";
  for (size_t i = 0; i < columns.size(); ++i) {
    q << columns.name(i) << " = ";
    columns.BindValue(i, q);
    q << ", ";
  }
  q << "version = version + 1, updated_at = ";
  q.Bind(now_ms) << " WHERE id = ";
  q.Bind(id);
  if (expected_version) q << " AND version = ", q.Bind(*expected_version);
  try {
    return q.Execute(tx.sql());
  } catch (const soci::soci_error& e) {
    ThrowDatabaseError(e);
  }
}

void OverwriteRecord(Tx& tx, std::string_view table, long long id, const Columns& columns,
                     long long now_ms) {
  if (UpdateRows(tx, table, id, std::nullopt, columns, now_ms) == 0)
    throw NotFound("no such record");
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
    ThrowDatabaseError(e);
  }
  if (affected == 0) throw NotFound("no such record");
}

// SQLite: the native API, binding each value as its type and reading the new row's id with
// sqlite3_last_insert_rowid; per row this costs a third of SOCI with INSERT ... RETURNING.
// PostgreSQL: SOCI, with a text slot per parameter (PostgreSQL infers each one's type).
struct BulkWriter::Statement {
  sqlite_api::sqlite3_stmt* native = nullptr;
  std::unique_ptr<soci::statement> st;
  std::deque<std::string> values;
  std::deque<soci::indicator> nulls;
  long long id = 0;

  ~Statement() {
    if (native) sqlite_api::sqlite3_finalize(native);
  }
};

namespace {

void PrepareNative(soci::session& sql, const std::string& text, sqlite_api::sqlite3_stmt** out) {
  auto* db = static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
  if (sqlite_api::sqlite3_prepare_v2(db, text.c_str(), -1, out, nullptr) != SQLITE_OK)
    throw std::runtime_error(std::string("cannot prepare bulk write: ") +
                             sqlite_api::sqlite3_errmsg(db));
}

// Binds row's values to parameters 1..n and runs the statement once.
void StepNative(soci::session& sql, sqlite_api::sqlite3_stmt* st, const Columns& row,
                std::optional<long long> trailing_id) {
  using namespace sqlite_api;
  for (size_t i = 0; i < row.size(); ++i) {
    int index = static_cast<int>(i) + 1;
    const auto& v = row.value(i);
    if (auto* n = std::get_if<long long>(&v))
      sqlite3_bind_int64(st, index, *n);
    else if (auto* s = std::get_if<std::string>(&v))
      sqlite3_bind_text(st, index, s->data(), static_cast<int>(s->size()), SQLITE_STATIC);
    else
      sqlite3_bind_null(st, index);
  }
  if (trailing_id) sqlite3_bind_int64(st, static_cast<int>(row.size()) + 1, *trailing_id);
  int rc = sqlite3_step(st);
  if (rc != SQLITE_DONE) {
    auto* db = static_cast<soci::sqlite3_session_backend*>(sql.get_backend())->conn_;
    std::string message = sqlite3_errmsg(db);
    sqlite3_reset(st);
    ThrowSqliteError(rc, message.c_str());
  }
  sqlite3_reset(st);
}

}  // namespace

constexpr size_t kPostgresBatch = 500;

BulkWriter::BulkWriter(Tx& tx, std::string table, long long now_ms)
    : tx_(tx), table_(std::move(table)), now_ms_(now_ms) {}

BulkWriter::~BulkWriter() = default;

void BulkWriter::Load(Statement& st, const Columns& row, size_t first_slot) {
  for (size_t i = 0; i < row.size(); ++i) {
    const auto& v = row.value(i);
    st.nulls[first_slot + i] =
        std::holds_alternative<std::monostate>(v) ? soci::i_null : soci::i_ok;
    if (auto* n = std::get_if<long long>(&v))
      st.values[first_slot + i] = std::to_string(*n);
    else if (auto* s = std::get_if<std::string>(&v))
      st.values[first_slot + i] = *s;
  }
}

long long BulkWriter::ReserveId() {
  if (reserved_ids_.empty()) {
    reserved_ids_.resize(kPostgresBatch);
    std::string sql = "SELECT nextval(pg_get_serial_sequence('" + table_ +
                      "', 'id')) FROM generate_series(1, " + std::to_string(kPostgresBatch) + ")";
    tx_.sql() << sql, soci::into(reserved_ids_);
    std::reverse(reserved_ids_.begin(), reserved_ids_.end());  // hand them out in ascending order
  }
  long long id = reserved_ids_.back();
  reserved_ids_.pop_back();
  return id;
}

long long BulkWriter::Insert(const Columns& row) {
  if (tx_.backend() == Backend::kPostgres) {
    long long id = ReserveId();
    queued_.emplace_back(id, row);
    if (queued_.size() == kPostgresBatch) Flush();
    return id;
  }
  if (!insert_) {
    insert_ = std::make_unique<Statement>();
    std::string sql = "INSERT INTO " + table_ + " (";
    for (size_t i = 0; i < row.size(); ++i) sql += row.name(i) + ", ";
    sql += "version, created_at, updated_at) VALUES (";
    for (size_t i = 0; i < row.size(); ++i) sql += "?, ";
    sql += "1, " + std::to_string(now_ms_) + ", " + std::to_string(now_ms_) + ")";
    PrepareNative(tx_.sql(), sql, &insert_->native);
  }
  StepNative(tx_.sql(), insert_->native, row, std::nullopt);
  auto* db = static_cast<soci::sqlite3_session_backend*>(tx_.sql().get_backend())->conn_;
  return sqlite_api::sqlite3_last_insert_rowid(db);
}

void BulkWriter::Flush() {
  if (queued_.empty()) return;
  const Columns& first = queued_.front().second;
  const size_t width = first.size() + 1;  // the reserved id, then the row's columns
  // A full batch reuses its prepared statement; the last, shorter one gets its own.
  std::unique_ptr<Statement> one_off;
  Statement* st = queued_.size() == kPostgresBatch && batch_ ? batch_.get() : nullptr;
  if (!st) {
    auto prepared = std::make_unique<Statement>();
    std::string sql = "INSERT INTO " + table_ + " (id, ";
    for (size_t i = 0; i < first.size(); ++i) sql += first.name(i) + ", ";
    sql += "version, created_at, updated_at) VALUES ";
    std::string tail = "1, " + std::to_string(now_ms_) + ", " + std::to_string(now_ms_) + ")";
    size_t slots = queued_.size() * width;
    prepared->values.resize(slots);
    prepared->nulls.resize(slots);
    for (size_t r = 0; r < queued_.size(); ++r) {
      sql += r ? ", (" : "(";
      for (size_t c = 0; c < width; ++c) sql += ":v" + std::to_string(r * width + c) + ", ";
      sql += tail;
    }
    prepared->st = std::make_unique<soci::statement>(tx_.sql());
    for (size_t i = 0; i < slots; ++i)
      prepared->st->exchange(soci::use(prepared->values[i], prepared->nulls[i]));
    prepared->st->alloc();
    prepared->st->prepare(sql);
    prepared->st->define_and_bind();
    st = prepared.get();
    if (queued_.size() == kPostgresBatch)
      batch_ = std::move(prepared);
    else
      one_off = std::move(prepared);
  }
  for (size_t r = 0; r < queued_.size(); ++r) {
    st->values[r * width] = std::to_string(queued_[r].first);
    st->nulls[r * width] = soci::i_ok;
    Load(*st, queued_[r].second, r * width + 1);
  }
  queued_.clear();
  try {
    st->st->execute(true);
  } catch (const soci::soci_error& e) {
    ThrowDatabaseError(e);
  }
}

void BulkWriter::Overwrite(long long id, const Columns& row) {
  const bool native = tx_.backend() == Backend::kSqlite;
  if (!update_) {
    update_ = std::make_unique<Statement>();
    std::string sql = "UPDATE " + table_ + " SET ";
    for (size_t i = 0; i < row.size(); ++i)
      sql += row.name(i) + " = " + (native ? std::string("?") : ":v" + std::to_string(i)) + ", ";
    sql += "version = version + 1, updated_at = " + std::to_string(now_ms_) +
           " WHERE id = " + (native ? "?" : ":id");
    if (native) {
      PrepareNative(tx_.sql(), sql, &update_->native);
    } else {
      update_->values.resize(row.size());
      update_->nulls.resize(row.size());
      update_->st = std::make_unique<soci::statement>(tx_.sql());
      for (size_t i = 0; i < row.size(); ++i)
        update_->st->exchange(soci::use(update_->values[i], update_->nulls[i]));
      update_->st->exchange(soci::use(update_->id));
      update_->st->alloc();
      update_->st->prepare(sql);
      update_->st->define_and_bind();
    }
  }
  if (native) {
    StepNative(tx_.sql(), update_->native, row, id);
    return;
  }
  Flush();  // an update may touch a row still queued
  Load(*update_, row, 0);
  update_->id = id;
  try {
    update_->st->execute(true);
  } catch (const soci::soci_error& e) {
    ThrowDatabaseError(e);
  }
}

DeferredIndexes::DeferredIndexes(Tx& tx, std::string_view table, size_t rows_to_write) : tx_(tx) {
  if (tx.backend() != Backend::kSqlite || rows_to_write < 10000) return;
  long long existing = 0;
  tx.sql() << "SELECT COUNT(*) FROM " + std::string(table), soci::into(existing);
  if (static_cast<long long>(rows_to_write) < existing) return;  // rebuilding would cost more
  // Named indexes only: the automatic ones behind UNIQUE constraints must stay.
  std::string name, sql;
  std::vector<std::string> names;
  soci::statement st =
      (tx.sql().prepare << "SELECT name, sql FROM sqlite_master WHERE type = 'index' "
                           "AND tbl_name = :t AND sql IS NOT NULL",
       soci::use(std::string(table)), soci::into(name), soci::into(sql));
  st.execute();
  while (st.fetch()) {
    names.push_back(name);
    create_statements_.push_back(sql);
  }
  for (const auto& index : names) tx.sql() << "DROP INDEX " + index;
}

void DeferredIndexes::Rebuild() {
  for (const auto& create : create_statements_) tx_.sql() << create;
  create_statements_.clear();
}

std::unordered_map<std::string, long long> LoadExternalIds(Tx& tx, std::string_view table) {
  std::unordered_map<std::string, long long> ids;
  std::string ext;
  long long id = 0;
  soci::statement st = (tx.sql().prepare << "SELECT external_id, id FROM " + std::string(table) +
                                                " WHERE external_id IS NOT NULL",
                        soci::into(ext), soci::into(id));
  st.execute();
  while (st.fetch()) ids.emplace(ext, id);
  return ids;
}

void CheckExternalIdFree(Tx& tx, std::string_view table, std::string_view entity,
                         const std::optional<std::string>& external_id, long long id) {
  if (!external_id) return;
  long long other = 0;
  tx.sql() << "SELECT id FROM " + std::string(table) + " WHERE external_id = :e",
      soci::use(*external_id), soci::into(other);
  if (tx.sql().got_data() && other != id)
    throw Conflict("external_id",
                   "another " + std::string(entity) + " already has this external_id");
}

}  // namespace banso::store
