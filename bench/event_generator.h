// A deterministic generator of Segment track events for the event-ingest benchmark
// (docs/performance.md): accounts acct-000001…, users user-0000001… each belonging to one account
// (uneven account sizes), 50 event names in a skewed mix, 5-key properties objects of mixed types,
// timestamps over the last N days with a weekly rhythm, UUID-like message ids; about 300 bytes of
// JSON per event.
//
// Event i depends only on the space (seed and sizes) and on i, so any thread can generate any
// range of events in any order, and every tool of a run (the HTTP load, the SQL peers, the
// in-memory reference) sees the same events. Message ids are unique within a seed.
//
// Thread-safety: an EventGenerator is immutable after construction; share it freely.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace banso::bench {

// The population and the time window the events are drawn from.
struct EventSpace {
  uint64_t seed = 1;
  uint32_t accounts = 10000;
  uint32_t users = 200000;  // at least `accounts`: every account has a user
  int days = 90;            // events fall on the `days` UTC days ending with last_day
  int last_day = 0;         // days since 1970-01-01 (UTC) of the newest day
  int first_day() const { return last_day - days + 1; }
};

// One generated event, in the form the SQL peers store (indexes are 0-based: account 0 is
// "acct-000001", user 0 is "user-0000001").
struct Event {
  uint64_t index = 0;
  uint32_t account = 0;
  uint32_t user = 0;
  int32_t day = 0;                // days since 1970-01-01 (UTC)
  int64_t ts_ms = 0;              // milliseconds since the epoch (UTC), within `day`
  uint16_t name = 0;              // index into EventNames()
  uint64_t id_hi = 0, id_lo = 0;  // the message id's 128 bits
};

class EventGenerator {
 public:
  explicit EventGenerator(const EventSpace& space);

  const EventSpace& space() const { return space_; }
  Event Make(uint64_t index) const;
  uint32_t AccountOfUser(uint32_t user) const { return user_account_[user]; }

  // Appends {"type":"track","messageId":…,"userId":…,"event":…,"properties":{…},"timestamp":…}.
  void AppendTrackJson(const Event& e, std::string& out) const;
  // Appends {"type":"group","userId":…,"groupId":…,"messageId":…} attributing `user` to its
  // account.
  void AppendGroupJson(uint32_t user, std::string& out) const;

 private:
  bool Active(uint32_t rank, int day_offset) const;
  uint32_t UserOfRank(uint32_t rank) const;

  EventSpace space_;
  std::vector<uint32_t> user_account_;
  std::vector<uint32_t> user_threshold_;  // by rank: active on a weekday if hash < threshold
  std::vector<double> day_cumulative_;    // weekly rhythm and growth over the window
  std::vector<double> weekend_factor_;    // per day offset: 1 on weekdays, lower on weekends
  uint64_t user_perm_a_ = 1, user_perm_b_ = 0;
};

const std::vector<std::string>& EventNames();

// "acct-000001" for account 0, "user-0000001" for user 0.
std::string AccountExternalId(uint32_t account);
std::string UserExternalId(uint32_t user);
// The message id as a UUID (version 4 layout): 36 characters.
void AppendMessageId(uint64_t hi, uint64_t lo, std::string& out);
// "2026-11-22T09:14:33.123Z".
void AppendIsoTimestamp(int64_t ts_ms, std::string& out);

// Civil dates, UTC (Howard Hinnant's algorithms).
int DaysFromCivil(int y, unsigned m, unsigned d);
std::string DateString(int day);             // "YYYY-MM-DD"
int ParseDate(std::string_view yyyy_mm_dd);  // throws std::invalid_argument
int TodayUtc();

}  // namespace banso::bench
