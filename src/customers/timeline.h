#pragma once
// The account timeline: everything that happened with an account, newest first, merged from
// several sources. Customers provides touchpoints and survey responses; other modules add
// their own sources (revenue movements, later journey changes, emails, community posts) at
// start-up, so this module does not depend on them.
#include <nlohmann/json.hpp>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "store/database.h"
#include "store/statement.h"

namespace banso::customers {

struct TimelineEntry {
  std::string type;  // "touchpoint", "survey", "revenue_movement", ...
  Timestamp occurred_at;
  long long id = 0;     // the item's id within its type
  nlohmann::json item;  // the item as the API shows it
};

// Position in the merged timeline: entries strictly older than (occurred_at, type, id).
struct TimelinePosition {
  Timestamp occurred_at;
  std::string type;
  long long id = 0;
};

class TimelineSource {
 public:
  virtual ~TimelineSource() = default;
  // Up to limit entries of this source for the account that come after `after` in
  // newest-first order, newest first.
  virtual std::vector<TimelineEntry> Entries(soci::session& sql, AccountId account,
                                             const std::optional<TimelinePosition>& after,
                                             int limit) = 0;
};

// For sources' SQL: appends " AND ..." keeping rows of `type` (time in time_column, as epoch
// ms; id in id_column) that come after `after` in newest-first order, then ORDER BY and LIMIT.
void AppendTimelineKeyset(store::Query& q, std::string_view time_column, std::string_view id_column,
                          std::string_view type, const std::optional<TimelinePosition>& after,
                          int limit);

struct TimelinePage {
  std::vector<TimelineEntry> entries;
  std::optional<std::string> next_cursor;
};

class Timeline {
 public:
  explicit Timeline(store::Database& db);
  void AddSource(std::unique_ptr<TimelineSource> source);
  // Throws NotFound for an unknown account, Invalid("cursor") for a bad cursor.
  TimelinePage ForAccount(AccountId account, int limit, const std::optional<std::string>& cursor);

  // Newest-first order of entries, shared by the sources' SQL and the merge.
  static bool Before(const TimelineEntry& a, const TimelineEntry& b);

 private:
  store::Database& db_;
  std::vector<std::unique_ptr<TimelineSource>> sources_;
};

}  // namespace banso::customers
