#pragma once
// Keyset (cursor) pagination: pages are cut at the last row's (sort value, id), so paging is
// O(page) at any depth and stable under concurrent inserts. Cursors are opaque to clients.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/error.h"
#include "store/batches.h"
#include "store/database.h"
#include "store/statement.h"

namespace banso::store {

struct Cursor {
  std::string key;  // the sort column's value in the last row (as text)
  long long id = 0;
  // The key of a numeric sort column; throws Invalid("cursor") if it is not a number.
  long long NumericKey() const;
};

std::string EncodeCursor(const Cursor& c);
// Throws Invalid("cursor", ...) on a cursor this server did not make.
Cursor DecodeCursor(std::string_view text);

struct SortSpec {
  std::string column;    // a trusted column name (from a fixed list, never from input)
  bool numeric = false;  // bind the cursor key as an integer
  bool descending = false;
};

// Appends " AND (col, id) > (:k, :id)" for the cursor, then ORDER BY and LIMIT limit + 1
// (one extra row tells whether there is a next page).
void AppendKeyset(Query& q, const SortSpec& sort, const std::optional<Cursor>& after, int limit);

template <class T>
struct Page {
  std::vector<T> items;
  long long total = 0;
  std::optional<std::string> next_cursor;
};

// Trims the extra row fetched by AppendKeyset and sets next_cursor from the last kept row.
template <class T, class KeyFn>
void FinishPage(Page<T>& page, int limit, KeyFn&& key_of) {
  if (static_cast<int>(page.items.size()) > limit) {
    page.items.resize(limit);
    page.next_cursor = EncodeCursor(key_of(page.items.back()));
  }
}

// One page of a filtered, sorted list: COUNT(*) over the filters for `total`, then the rows after
// the cursor. add_filters(q) appends " FROM ... WHERE ..." with its values bound; fetch(q) runs the
// SELECT of `columns` and returns its rows; key_of(row) gives the row's cursor.
template <class T, class AddFilters, class Fetch, class KeyOf>
Page<T> ListPage(Database& db, soci::session& sql, const std::string& columns,
                 AddFilters&& add_filters, const SortSpec& sort,
                 const std::optional<std::string>& cursor, int limit, Fetch&& fetch,
                 KeyOf&& key_of) {
  if (limit < 1 || limit > 500) throw Invalid("limit", "must be 1 to 500");
  std::optional<Cursor> after;
  if (cursor) after = DecodeCursor(*cursor);
  Page<T> page;
  Query count("SELECT COUNT(*)");
  add_filters(count);
  auto count_now = [&] { return Count(sql, count); };
  // Every page of a list shows the same total: counted once while the data is unchanged.
  auto mark = db.ChangeMark(sql);
  page.total = mark ? db.counts().Get(*mark, count.Key(), count_now) : count_now();
  Query list("SELECT " + columns);
  add_filters(list);
  AppendKeyset(list, sort, after, limit);
  page.items = fetch(list);
  FinishPage(page, limit, key_of);
  return page;
}

}  // namespace banso::store
