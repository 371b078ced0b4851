#include "customers/timeline.h"

#include <algorithm>

#include "core/error.h"
#include "customers/account_store.h"
#include "store/paging.h"

namespace banso::customers {

Timeline::Timeline(store::Database& db) : db_(db) {}

void Timeline::AddSource(std::unique_ptr<TimelineSource> source) {
  sources_.push_back(std::move(source));
}

bool Timeline::Before(const TimelineEntry& a, const TimelineEntry& b) {
  if (a.occurred_at.ms != b.occurred_at.ms) return a.occurred_at.ms > b.occurred_at.ms;
  if (a.type != b.type) return a.type > b.type;
  return a.id > b.id;
}

void AppendTimelineKeyset(store::Query& q, std::string_view time_column, std::string_view id_column,
                          std::string_view type, const std::optional<TimelinePosition>& after,
                          int limit) {
  if (after) {
    // Rows (t, type, id) that sort after (after.t, after.type, after.id), newest first.
    q << " AND (" << time_column << " < ";
    q.Bind(after->occurred_at.ms);
    if (type < after->type) {
      q << " OR " << time_column << " = ";
      q.Bind(after->occurred_at.ms);
    } else if (type == after->type) {
      q << " OR (" << time_column << " = ";
      q.Bind(after->occurred_at.ms) << " AND " << id_column << " < ";
      q.Bind(after->id) << ")";
    }
    q << ")";
  }
  q << " ORDER BY " << time_column << " DESC, " << id_column << " DESC LIMIT ";
  q.Bind(static_cast<long long>(limit));
}

TimelinePage Timeline::ForAccount(AccountId account, int limit,
                                  const std::optional<std::string>& cursor) {
  if (limit < 1 || limit > 200) throw Invalid("limit", "must be 1 to 200");
  std::optional<TimelinePosition> after;
  if (cursor) {
    // The generic cursor carries "type:epoch_ms" as its key and the id.
    store::Cursor c = store::DecodeCursor(*cursor);
    auto colon = c.key.rfind(':');
    if (colon == std::string::npos)
      throw Invalid("cursor", "is not a cursor returned by this list");
    try {
      after = TimelinePosition{Timestamp{std::stoll(c.key.substr(colon + 1))},
                               c.key.substr(0, colon), c.id};
    } catch (const std::exception&) {
      throw Invalid("cursor", "is not a cursor returned by this list");
    }
  }
  store::Session sql(db_.pool());
  long long exists = 0;
  sql << "SELECT COUNT(*) FROM accounts WHERE id = :id", soci::use(account.value),
      soci::into(exists);
  if (!exists) throw NotFound("no account with id " + std::to_string(account.value));

  // Each source returns its newest `limit + 1` after the position; the merge keeps the newest.
  std::vector<TimelineEntry> merged;
  for (auto& source : sources_) {
    auto entries = source->Entries(sql, account, after, limit + 1);
    merged.insert(merged.end(), std::make_move_iterator(entries.begin()),
                  std::make_move_iterator(entries.end()));
  }
  std::sort(merged.begin(), merged.end(), Before);
  TimelinePage page;
  if (static_cast<int>(merged.size()) > limit) {
    merged.resize(limit);
    const auto& last = merged.back();
    page.next_cursor =
        store::EncodeCursor({last.type + ":" + std::to_string(last.occurred_at.ms), last.id});
  }
  page.entries = std::move(merged);
  return page;
}

}  // namespace banso::customers
