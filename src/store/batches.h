#pragma once
// The one way to cut bulk statements into batches, so that one statement serves many rows (few
// prepares and round trips) while staying under the backends' limits on bound parameters
// (SQLite 32766, PostgreSQL 65535). BulkWriter (store/record.h) batches its own inserts.
#include <algorithm>
#include <span>
#include <string>
#include <tuple>
#include <vector>

#include "store/database.h"
#include "store/statement.h"

namespace banso::store {

inline constexpr size_t kRowsPerStatement = 200;

// Calls fn(span) for consecutive slices of at most per_batch items.
template <class T, class Fn>
void ForEachBatch(std::span<const T> all, Fn&& fn, size_t per_batch = kRowsPerStatement) {
  for (size_t i = 0; i < all.size(); i += per_batch)
    fn(all.subspan(i, std::min(per_batch, all.size() - i)));
}
template <class T, class Fn>
void ForEachBatch(const std::vector<T>& items, Fn&& fn, size_t per_batch = kRowsPerStatement) {
  ForEachBatch(std::span<const T>(items), std::forward<Fn>(fn), per_batch);
}

// Runs `statement` once per batch of rows, binding one vector per column (the members named, in
// the order of the statement's placeholders): SOCI's bulk binding, without parallel vectors
// kept by hand. Member types must be ones SOCI binds (long long, int, std::string, ...).
template <class Row, class... T>
void WriteColumns(soci::session& sql, const std::string& statement, const std::vector<Row>& rows,
                  size_t per_batch, T Row::*... columns) {
  ForEachBatch(
      rows,
      [&](std::span<const Row> batch) {
        std::tuple<std::vector<T>...> values;
        std::apply([&](auto&... v) { (v.reserve(batch.size()), ...); }, values);
        for (const Row& row : batch)
          std::apply([&](auto&... v) { (v.push_back(row.*columns), ...); }, values);
        std::apply([&](auto&... v) { ((sql << statement), ..., soci::use(v)); }, values);
      },
      per_batch);
}

// Appends "(:p1, :p2, ...)" binding value(item) of each item, for an IN list.
template <class T, class ValueFn>
void AppendInList(Query& q, std::span<const T> items, ValueFn&& value) {
  q << "(";
  for (size_t i = 0; i < items.size(); ++i) {
    if (i) q << ", ";
    q.Bind(value(items[i]));
  }
  q << ")";
}

// Runs a SELECT COUNT(*) query.
inline long long Count(soci::session& sql, Query& q) {
  long long n = 0;
  soci::statement st = q.Prepare(sql);
  st.exchange(soci::into(n));
  st.define_and_bind();
  st.execute(true);
  return n;
}

// After a bulk write in the current transaction PostgreSQL still plans with the table's old
// statistics, and picks whole-table scans (and JIT compilation) for each batch's query that
// follows: 60 ms instead of 1 ms each at 300k contracts. ANALYZE sees the transaction's own
// rows. SQLite uses the indexes regardless.
inline void AnalyzeAfterBulkWrite(Tx& tx, const char* table, size_t rows_written) {
  if (tx.backend() == Backend::kPostgres && rows_written >= 10'000) tx.sql() << "ANALYZE " << table;
}

}  // namespace banso::store
