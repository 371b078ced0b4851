// The answers of the event-ingest benchmark's rollup query, in one form for every source (Banso's
// API, SQL over SQLite and PostgreSQL, the in-memory reference), so that they can be compared
// exactly: per account (by external id), the distinct active users of each day of a window
// (DAU), of the 7 days ending with its last day (WAU) and of the 30 days ending with it (MAU).
//
// File form (text, one account a line, sorted by external id; accounts with no activity may be
// left out, and count as zeros):
//   # rollup first_day=YYYY-MM-DD last_day=YYYY-MM-DD
//   acct-000001 WAU MAU DAU_first … DAU_last
#pragma once

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace banso::bench {

struct AccountActivity {
  std::vector<uint32_t> dau;  // one per day of the window, oldest first
  uint32_t wau = 0, mau = 0;
  bool Empty() const;
};

struct RollupAnswers {
  int first_day = 0, last_day = 0;  // days since 1970-01-01, inclusive
  std::map<std::string, AccountActivity> accounts;

  int days() const { return last_day - first_day + 1; }
  // The entry of an account, created with a zero DAU row of the window's length.
  AccountActivity& Account(const std::string& external_id);
  void Write(const std::string& path) const;  // throws std::runtime_error
  static RollupAnswers Read(const std::string& path);
  uint64_t TotalUserDays() const;  // sum of all DAU cells
};

// Compares two answers; returns the number of accounts that differ (a window mismatch counts as
// one) and appends up to `max_reported` descriptions to `report`.
size_t CompareRollups(const RollupAnswers& a, const std::string& a_name, const RollupAnswers& b,
                      const std::string& b_name, size_t max_reported,
                      std::vector<std::string>& report);

}  // namespace banso::bench
