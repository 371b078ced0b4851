#pragma once
// The CSV exports' download: every page of a list, and the file in the encoding asked for.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "http/request_context.h"

namespace banso::http {

// Every item of a paged list: list(query) answers a store::Page; query.cursor walks it.
template <class Query, class List>
auto AllPages(Query query, List list) {
  std::vector<typename decltype(list(query).items)::value_type> items;
  for (;;) {
    auto page = list(query);
    for (auto& item : page.items) items.push_back(std::move(item));
    if (!page.next_cursor) return items;
    query.cursor = page.next_cursor;
  }
}

enum class CsvEncoding { kUtf8, kShiftJis };

// The query's encoding: utf-8 (the default) or shift_jis; else throws Invalid("encoding").
// Read before the file is made, so that a bad request costs nothing.
CsvEncoding ParseCsvEncoding(const RequestContext& ctx);

// Answers csv as the attachment <name>-<today>.csv: UTF-8 with a BOM (Excel reads it as UTF-8),
// or Shift_JIS (CP932).
void SendCsv(RequestContext& ctx, std::string_view name, const std::string& csv,
             CsvEncoding encoding);

}  // namespace banso::http
