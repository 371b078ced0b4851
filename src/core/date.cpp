#include "core/date.h"

#include "core/clock.h"

#include <fmt/format.h>

#include <charconv>
#include <climits>

namespace banso {
namespace {

using namespace std::chrono;

bool ParseFixedInt(std::string_view s, size_t pos, size_t len, int& out) {
  if (pos + len > s.size()) return false;
  for (size_t i = pos; i < pos + len; ++i)
    if (s[i] < '0' || s[i] > '9') return false;
  std::from_chars(s.data() + pos, s.data() + pos + len, out);
  return true;
}

}  // namespace

Date Date::FromYmd(int y, unsigned m, unsigned d) {
  return Date(sys_days(year_month_day{year{y}, month{m}, day{d}}).time_since_epoch().count());
}

std::optional<Date> Date::Parse(std::string_view s) {
  int y, m, d;
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return std::nullopt;
  if (!ParseFixedInt(s, 0, 4, y) || !ParseFixedInt(s, 5, 2, m) || !ParseFixedInt(s, 8, 2, d))
    return std::nullopt;
  year_month_day ymd{year{y}, month{static_cast<unsigned>(m)}, day{static_cast<unsigned>(d)}};
  if (!ymd.ok() || y < 1900 || y > 2999) return std::nullopt;
  return Date(sys_days(ymd).time_since_epoch().count());
}

Date Date::Today() { return Timestamp::Now().date(); }

year_month_day Date::ymd() const { return year_month_day{sys_days{std::chrono::days{days_}}}; }

std::string Date::ToString() const {
  auto v = ymd();
  return fmt::format("{:04d}-{:02d}-{:02d}", static_cast<int>(v.year()),
                     static_cast<unsigned>(v.month()), static_cast<unsigned>(v.day()));
}

Date Date::AddMonths(int n) const {
  auto v = ymd();
  year_month_day moved = v + months{n};
  if (!moved.ok()) moved = year_month_day_last{moved.year(), month_day_last{moved.month()}};
  return Date(sys_days(moved).time_since_epoch().count());
}

Timestamp Timestamp::Now() {
  return {duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count()};
}

std::optional<Timestamp> Timestamp::Parse(std::string_view s) {
  auto date = Date::Parse(s.substr(0, 10));
  if (!date) return std::nullopt;
  if (s.size() == 10) return FromDate(*date);
  if (s.size() < 16 || (s[10] != 'T' && s[10] != ' ') || s[13] != ':') return std::nullopt;
  int hh, mm, ss = 0, ms = 0;
  if (!ParseFixedInt(s, 11, 2, hh) || !ParseFixedInt(s, 14, 2, mm)) return std::nullopt;
  size_t pos = 16;
  if (pos < s.size() && s[pos] == ':') {
    if (!ParseFixedInt(s, pos + 1, 2, ss)) return std::nullopt;
    pos += 3;
    if (pos < s.size() && s[pos] == '.') {
      size_t start = ++pos;
      while (pos < s.size() && s[pos] >= '0' && s[pos] <= '9') ++pos;
      if (pos == start) return std::nullopt;
      std::string frac(s.substr(start, std::min<size_t>(pos - start, 3)));
      frac.resize(3, '0');
      ms = std::stoi(frac);
    }
  }
  if (hh > 23 || mm > 59 || ss > 60) return std::nullopt;
  long long offset_minutes = 0;
  if (pos == s.size()) return std::nullopt;  // an instant needs its zone
  if (s[pos] == 'Z' && pos + 1 == s.size()) {
  } else if ((s[pos] == '+' || s[pos] == '-') && s.size() == pos + 6 && s[pos + 3] == ':') {
    int oh, om;
    if (!ParseFixedInt(s, pos + 1, 2, oh) || !ParseFixedInt(s, pos + 4, 2, om) || oh > 14 ||
        om > 59)
      return std::nullopt;
    offset_minutes = (s[pos] == '+' ? 1 : -1) * (oh * 60 + om);
  } else {
    return std::nullopt;
  }
  long long total = FromDate(*date).ms + ((hh * 60LL + mm - offset_minutes) * 60 + ss) * 1000 + ms;
  return Timestamp{total};
}

std::string Timestamp::ToString() const {
  long long day = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
  long long rem = ms - day * 86400000;
  Date d = Date::FromDays(static_cast<int>(day));
  int h = static_cast<int>(rem / 3600000), m = static_cast<int>(rem / 60000 % 60),
      sec = static_cast<int>(rem / 1000 % 60), milli = static_cast<int>(rem % 1000);
  if (milli) return fmt::format("{}T{:02d}:{:02d}:{:02d}.{:03d}Z", d.ToString(), h, m, sec, milli);
  return fmt::format("{}T{:02d}:{:02d}:{:02d}Z", d.ToString(), h, m, sec);
}

Date Timestamp::date() const {
  long long day = ms >= 0 ? ms / 86400000 : -((-ms + 86399999) / 86400000);
  return Date::FromDays(static_cast<int>(day));
}

namespace {
class WallClock final : public Clock {
 public:
  Timestamp Now() const override { return Timestamp::Now(); }
};
}  // namespace

const Clock& SystemClock() {
  static const WallClock clock;
  return clock;
}

}  // namespace banso
