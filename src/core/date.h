#pragma once
// Calendar dates and UTC instants. Dates are stored as ISO text (YYYY-MM-DD), instants as
// milliseconds since the Unix epoch; both sort correctly as stored.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace banso {

class Date {
 public:
  Date() = default;
  static Date FromDays(int days_since_epoch) { return Date(days_since_epoch); }
  static Date FromYmd(int y, unsigned m, unsigned d);
  // Strict YYYY-MM-DD with a real calendar day; nullopt otherwise.
  static std::optional<Date> Parse(std::string_view text);
  static Date Today();

  int days() const { return days_; }
  std::chrono::year_month_day ymd() const;
  std::string ToString() const;
  Date AddDays(int n) const { return Date(days_ + n); }
  Date AddMonths(int n) const;
  int operator-(const Date& other) const { return days_ - other.days_; }  // days between
  auto operator<=>(const Date&) const = default;

 private:
  explicit Date(int days) : days_(days) {}
  int days_ = 0;
};

// Milliseconds since 1970-01-01T00:00:00Z.
struct Timestamp {
  long long ms = 0;
  static Timestamp Now();
  static Timestamp FromDate(Date d) { return {static_cast<long long>(d.days()) * 86400000LL}; }
  // ISO 8601: YYYY-MM-DDTHH:MM[:SS[.fff]](Z|±HH:MM), or a bare date (midnight UTC).
  static std::optional<Timestamp> Parse(std::string_view text);
  std::string ToString() const;  // 2026-11-23T01:02:03Z (with .fff when not whole seconds)
  Date date() const;
  auto operator<=>(const Timestamp&) const = default;
};

}  // namespace banso
