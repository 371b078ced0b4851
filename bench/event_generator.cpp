#include "event_generator.h"

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cmath>
#include <numeric>
#include <stdexcept>

namespace banso::bench {
namespace {

constexpr uint64_t kGolden = 0x9e3779b97f4a7c15ULL;

// splitmix64's finalizer: a bijection on 64-bit values.
uint64_t Mix(uint64_t z) {
  z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
  z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
  return z ^ (z >> 31);
}

// A small counter-based stream: each event seeds its own, so events can be made in any order.
struct Rng {
  uint64_t state;
  uint64_t Next() { return Mix(state += kGolden); }
  double Uniform() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }  // [0, 1)
  uint64_t Below(uint64_t n) {
    return static_cast<uint64_t>((static_cast<unsigned __int128>(Next()) * n) >> 64);
  }
};

size_t PickCumulative(const std::vector<double>& cumulative, double u) {
  double x = u * cumulative.back();
  size_t i = static_cast<size_t>(std::upper_bound(cumulative.begin(), cumulative.end(), x) -
                                 cumulative.begin());
  return std::min(i, cumulative.size() - 1);
}

std::vector<double> Cumulative(const std::vector<double>& weights) {
  std::vector<double> c(weights.size());
  std::partial_sum(weights.begin(), weights.end(), c.begin());
  return c;
}

const std::vector<double>& NameCumulative() {
  static const std::vector<double> c = [] {
    std::vector<double> w(EventNames().size());
    for (size_t k = 0; k < w.size(); ++k)
      w[k] = 1.0 / std::pow(static_cast<double>(k + 1), 1.1);  // Zipf
    return Cumulative(w);
  }();
  return c;
}

// UTC hours of a mostly Japanese customer base (JST = UTC+9: the working day is 00–09 UTC).
const std::vector<double>& HourCumulative() {
  static const std::vector<double> c = Cumulative(
      {6, 8, 9, 9, 7, 8, 8, 7, 5, 3, 2, 1.5, 1, 1, 1, 1, 1, 1.5, 2, 2, 2.5, 3, 3.5, 4.5});
  return c;
}

void AppendUint(uint64_t v, std::string& out) {
  char buf[24];
  auto r = std::to_chars(buf, buf + sizeof buf, v);
  out.append(buf, r.ptr);
}

void AppendZeroPadded(uint64_t v, int width, std::string& out) {
  char buf[24];
  for (int i = width - 1; i >= 0; --i) {
    buf[i] = static_cast<char>('0' + v % 10);
    v /= 10;
  }
  out.append(buf, static_cast<size_t>(width));
}

void AppendString(std::string_view s,
                  std::string& out) {  // the generator's strings need no escaping
  out += '"';
  out += s;
  out += '"';
}

template <size_t N>
std::string_view Choice(const std::string_view (&options)[N], Rng& r) {
  return options[r.Below(N)];
}

// The pool of property keys; each event name uses 5 of them (mixed types).
constexpr int kPropertyKeys = 16;
constexpr std::string_view kPropertyKey[kPropertyKeys] = {
    "plan",    "duration_ms", "page",        "count",     "amount", "success",
    "feature", "source",      "report_name", "items",     "score",  "is_admin",
    "locale",  "tags",        "referrer",    "session_id"};

void AppendPropertyValue(int key, Rng& r, std::string& out) {
  static constexpr std::string_view kPlans[] = {"free", "starter", "pro", "pro", "enterprise"};
  static constexpr std::string_view kFeatures[] = {"dashboards",   "reports", "automation",
                                                   "integrations", "search",  "exports",
                                                   "billing",      "mobile"};
  static constexpr std::string_view kSources[] = {"web",     "web", "web",  "ios",
                                                  "android", "api", "email"};
  static constexpr std::string_view kReports[] = {"月次売上レポート", "解約リスク一覧",
                                                  "Weekly pipeline",  "オンボーディング進捗",
                                                  "NPS summary",      "利用状況ダッシュボード"};
  static constexpr std::string_view kLocales[] = {"ja-JP", "ja-JP", "ja-JP", "en-US", "en-GB"};
  static constexpr std::string_view kTags[] = {"q4", "trial", "vip", "beta", "apac", "renewal"};
  static constexpr std::string_view kReferrers[] = {
      "https://www.google.com/", "https://mail.example.co.jp/", "https://app.slack.com/client"};
  static constexpr std::string_view kPages[] = {"/app/reports/", "/app/dashboards/",
                                                "/app/accounts/", "/app/settings/", "/app/tasks/"};
  switch (key) {
    case 0: AppendString(Choice(kPlans, r), out); break;
    case 1: AppendUint(static_cast<uint64_t>(10 + 60000 * std::pow(r.Uniform(), 3)), out); break;
    case 2:
      out += '"';
      out += Choice(kPages, r);
      AppendUint(r.Below(100000), out);
      out += '"';
      break;
    case 3: AppendUint(r.Below(500), out); break;
    case 4: {  // a price with two decimals
      uint64_t cents = r.Below(2000000);
      AppendUint(cents / 100, out);
      out += '.';
      AppendZeroPadded(cents % 100, 2, out);
      break;
    }
    case 5: out += r.Below(10) < 9 ? "true" : "false"; break;
    case 6: AppendString(Choice(kFeatures, r), out); break;
    case 7: AppendString(Choice(kSources, r), out); break;
    case 8: AppendString(Choice(kReports, r), out); break;
    case 9: AppendUint(1 + r.Below(100), out); break;
    case 10: {  // 0.0–10.0
      uint64_t tenths = r.Below(101);
      AppendUint(tenths / 10, out);
      out += '.';
      AppendUint(tenths % 10, out);
      break;
    }
    case 11: out += r.Below(5) == 0 ? "true" : "false"; break;
    case 12: AppendString(Choice(kLocales, r), out); break;
    case 13: {
      out += '[';
      uint64_t n = r.Below(4);
      for (uint64_t i = 0; i < n; ++i) {
        if (i) out += ',';
        AppendString(Choice(kTags, r), out);
      }
      out += ']';
      break;
    }
    case 14:
      if (r.Below(5) < 2)
        out += "null";
      else
        AppendString(Choice(kReferrers, r), out);
      break;
    default: {
      static constexpr char kHex[] = "0123456789abcdef";
      uint64_t v = r.Next();
      out += "\"s_";
      for (int i = 0; i < 16; ++i) out += kHex[(v >> (4 * i)) & 0xF];
      out += '"';
      break;
    }
  }
}

}  // namespace

const std::vector<std::string>& EventNames() {
  static const std::vector<std::string> names = {"Page Viewed",
                                                 "Dashboard Viewed",
                                                 "Report Viewed",
                                                 "Search Performed",
                                                 "Record Updated",
                                                 "Record Created",
                                                 "Comment Added",
                                                 "File Uploaded",
                                                 "Report Exported",
                                                 "Filter Applied",
                                                 "Notification Opened",
                                                 "Task Completed",
                                                 "Task Created",
                                                 "Login Succeeded",
                                                 "Integration Synced",
                                                 "Message Sent",
                                                 "Invite Sent",
                                                 "Settings Updated",
                                                 "Chart Created",
                                                 "Template Used",
                                                 "Workflow Run",
                                                 "Document Shared",
                                                 "Meeting Scheduled",
                                                 "Note Created",
                                                 "Tag Added",
                                                 "API Key Created",
                                                 "User Invited",
                                                 "Plan Viewed",
                                                 "Billing Page Viewed",
                                                 "Help Article Viewed",
                                                 "Feedback Submitted",
                                                 "Onboarding Step Completed",
                                                 "Feature Flag Toggled",
                                                 "Import Started",
                                                 "Import Completed",
                                                 "Export Started",
                                                 "Automation Created",
                                                 "Automation Triggered",
                                                 "Survey Answered",
                                                 "Mobile App Opened",
                                                 "Calendar Connected",
                                                 "Slack Connected",
                                                 "Report Scheduled",
                                                 "Dashboard Shared",
                                                 "Goal Created",
                                                 "Goal Achieved",
                                                 "Webhook Created",
                                                 "Subscription Upgraded",
                                                 "Subscription Downgraded",
                                                 "Account Deleted"};
  return names;
}

EventGenerator::EventGenerator(const EventSpace& space) : space_(space) {
  if (space_.accounts < 1 || space_.users < space_.accounts || space_.days < 1)
    throw std::invalid_argument("event space: need accounts >= 1, users >= accounts, days >= 1");
  Rng r{Mix(space_.seed ^ 0x5eedULL)};

  // Account sizes: Pareto-like weights (a few accounts with thousands of users, most with a
  // handful). Every account gets one user first, the rest are drawn by weight.
  std::vector<double> weights(space_.accounts);
  for (auto& w : weights) w = std::pow(1.0 - r.Uniform(), -0.7);
  std::vector<double> account_cumulative = Cumulative(weights);
  user_account_.resize(space_.users);
  for (uint32_t u = 0; u < space_.users; ++u)
    user_account_[u] = u < space_.accounts
                           ? u
                           : static_cast<uint32_t>(PickCumulative(account_cumulative, r.Uniform()));
  // Shuffle so that the guaranteed first users are not users 1..accounts.
  for (uint32_t u = space_.users - 1; u > 0; --u)
    std::swap(user_account_[u], user_account_[r.Below(u + 1)]);

  // Users are drawn by rank (rank 0 the heaviest); a rank's user is a fixed permutation of ranks.
  // Heavier users are active on more days: from ~90% of weekdays down to 5%.
  user_threshold_.resize(space_.users);
  for (uint32_t k = 0; k < space_.users; ++k) {
    double x = 1.0 - static_cast<double>(k) / space_.users;
    user_threshold_[k] = static_cast<uint32_t>((0.05 + 0.85 * x * x) * 4294967295.0);
  }
  user_perm_a_ = (Mix(space_.seed + 17) % space_.users) | 1;
  while (std::gcd(user_perm_a_, static_cast<uint64_t>(space_.users)) != 1) user_perm_a_ += 2;
  user_perm_b_ = Mix(space_.seed + 18) % space_.users;

  // Days: weekends are quieter (fewer events, fewer active users), and usage grows by ~15%
  // over the window.
  std::vector<double> day_weights(space_.days);
  weekend_factor_.resize(space_.days);
  for (int d = 0; d < space_.days; ++d) {
    int weekday =
        ((space_.first_day() + d) % 7 + 7 + 4) % 7;  // 1970-01-01 was a Thursday; 0 = Sunday
    bool weekend = weekday == 0 || weekday == 6;
    weekend_factor_[d] = weekend ? 0.4 : 1.0;
    double growth = space_.days > 1 ? 0.85 + 0.15 * d / (space_.days - 1) : 1.0;
    day_weights[d] = growth * (weekend ? 0.35 : 1.0);
  }
  day_cumulative_ = Cumulative(day_weights);
}

uint32_t EventGenerator::UserOfRank(uint32_t rank) const {
  return static_cast<uint32_t>((rank * user_perm_a_ + user_perm_b_) % space_.users);
}

bool EventGenerator::Active(uint32_t rank, int day_offset) const {
  uint64_t h = Mix((space_.seed << 40) ^ (static_cast<uint64_t>(rank) << 12) ^
                   static_cast<uint64_t>(day_offset)) >>
               32;
  return static_cast<double>(h) < user_threshold_[rank] * weekend_factor_[day_offset];
}

Event EventGenerator::Make(uint64_t index) const {
  Event e;
  e.index = index;
  Rng r{Mix(index * kGolden + Mix(space_.seed))};
  int day_offset = static_cast<int>(PickCumulative(day_cumulative_, r.Uniform()));
  // A user active on that day, drawn with a skew towards heavy users (density ~ 1/sqrt(rank)).
  uint32_t rank = 0;
  for (int attempt = 0; attempt < 64; ++attempt) {
    double x = r.Uniform();
    rank = std::min(static_cast<uint32_t>(x * x * space_.users), space_.users - 1);
    if (Active(rank, day_offset)) break;
  }
  e.user = UserOfRank(rank);
  e.account = user_account_[e.user];
  e.day = space_.first_day() + day_offset;
  e.name = static_cast<uint16_t>(PickCumulative(NameCumulative(), r.Uniform()));
  // Never within a minute of midnight, so that a server's clock-skew correction (Segment's
  // sentAt rule) cannot move an event to another UTC day.
  int64_t hour = static_cast<int64_t>(PickCumulative(HourCumulative(), r.Uniform()));
  int64_t ms_of_day = hour * 3600000 + static_cast<int64_t>(r.Below(3600000));
  ms_of_day = std::clamp<int64_t>(ms_of_day, 60000, 86400000 - 60001);
  e.ts_ms = static_cast<int64_t>(e.day) * 86400000 + ms_of_day;
  // Message id: 122 free bits of a UUIDv4 layout carry a bijection of the index (unique per seed).
  uint64_t u = Mix(index ^ Mix(space_.seed + 99));
  uint64_t rest = r.Next();
  e.id_hi = (u & ~0xF000ULL) | 0x4000ULL;
  e.id_lo =
      (((rest & ~0xFULL) | ((u >> 12) & 0xF)) & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL;
  return e;
}

void EventGenerator::AppendTrackJson(const Event& e, std::string& out) const {
  out += R"({"type":"track","messageId":")";
  AppendMessageId(e.id_hi, e.id_lo, out);
  out += R"(","userId":")";
  out += "user-";
  AppendZeroPadded(e.user + 1, 7, out);
  out += R"(","event":")";
  out += EventNames()[e.name];
  out += R"(","properties":{)";
  // The property values come from the event's own stream, after the fields above.
  Rng r{Mix(e.index * kGolden + Mix(space_.seed + 7))};
  for (int j = 0; j < 5; ++j) {
    int key = (e.name * 3 + j * 5) % kPropertyKeys;  // 5 distinct keys per event name
    if (j) out += ',';
    AppendString(kPropertyKey[key], out);
    out += ':';
    AppendPropertyValue(key, r, out);
  }
  // The client's address, as server-side libraries send it (documentation ranges, RFC 5737).
  out += R"(},"context":{"ip":"203.0.113.)";
  AppendUint(r.Below(256), out);
  out += R"("},"timestamp":")";
  AppendIsoTimestamp(e.ts_ms, out);
  out += "\"}";
}

void EventGenerator::AppendGroupJson(uint32_t user, std::string& out) const {
  out += R"({"type":"group","userId":"user-)";
  AppendZeroPadded(user + 1, 7, out);
  out += R"(","groupId":"acct-)";
  AppendZeroPadded(user_account_[user] + 1, 6, out);
  out += R"(","messageId":")";
  // Group calls get ids of their own stream (top bit of the index set), distinct from events'.
  uint64_t u = Mix((static_cast<uint64_t>(user) | (1ULL << 63)) ^ Mix(space_.seed + 99));
  AppendMessageId((u & ~0xF000ULL) | 0x4000ULL,
                  (Mix(u) & 0x3FFFFFFFFFFFFFFFULL) | 0x8000000000000000ULL, out);
  out += "\"}";
}

std::string AccountExternalId(uint32_t account) {
  std::string s = "acct-";
  AppendZeroPadded(account + 1, 6, s);
  return s;
}

std::string UserExternalId(uint32_t user) {
  std::string s = "user-";
  AppendZeroPadded(user + 1, 7, s);
  return s;
}

void AppendMessageId(uint64_t hi, uint64_t lo, std::string& out) {
  static constexpr char kHex[] = "0123456789abcdef";
  char buf[36];
  int p = 0;
  for (int i = 0; i < 32; ++i) {
    if (i == 8 || i == 12 || i == 16 || i == 20) buf[p++] = '-';
    uint64_t word = i < 16 ? hi : lo;
    buf[p++] = kHex[(word >> (60 - 4 * (i % 16))) & 0xF];
  }
  out.append(buf, 36);
}

int DaysFromCivil(int y, unsigned m, unsigned d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(y - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + static_cast<int>(doe) - 719468;
}

namespace {
void CivilFromDays(int z, int& y, unsigned& m, unsigned& d) {
  z += 719468;
  const int era = (z >= 0 ? z : z - 146096) / 146097;
  const unsigned doe = static_cast<unsigned>(z - era * 146097);
  const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  y = static_cast<int>(yoe) + era * 400;
  const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const unsigned mp = (5 * doy + 2) / 153;
  d = doy - (153 * mp + 2) / 5 + 1;
  m = mp < 10 ? mp + 3 : mp - 9;
  y += m <= 2;
}
}  // namespace

void AppendIsoTimestamp(int64_t ts_ms, std::string& out) {
  int64_t day = ts_ms >= 0 ? ts_ms / 86400000 : (ts_ms - 86399999) / 86400000;
  int64_t ms = ts_ms - day * 86400000;
  int y;
  unsigned m, d;
  CivilFromDays(static_cast<int>(day), y, m, d);
  AppendZeroPadded(static_cast<uint64_t>(y), 4, out);
  out += '-';
  AppendZeroPadded(m, 2, out);
  out += '-';
  AppendZeroPadded(d, 2, out);
  out += 'T';
  AppendZeroPadded(static_cast<uint64_t>(ms / 3600000), 2, out);
  out += ':';
  AppendZeroPadded(static_cast<uint64_t>(ms / 60000 % 60), 2, out);
  out += ':';
  AppendZeroPadded(static_cast<uint64_t>(ms / 1000 % 60), 2, out);
  out += '.';
  AppendZeroPadded(static_cast<uint64_t>(ms % 1000), 3, out);
  out += 'Z';
}

std::string DateString(int day) {
  std::string s;
  AppendIsoTimestamp(static_cast<int64_t>(day) * 86400000, s);
  return s.substr(0, 10);
}

int ParseDate(std::string_view s) {
  int y = 0;
  unsigned m = 0, d = 0;
  auto num = [&](size_t pos, size_t len, auto& v) {
    auto r = std::from_chars(s.data() + pos, s.data() + pos + len, v);
    return r.ec == std::errc() && r.ptr == s.data() + pos + len;
  };
  if (s.size() != 10 || s[4] != '-' || s[7] != '-' || !num(0, 4, y) || !num(5, 2, m) ||
      !num(8, 2, d) || m < 1 || m > 12 || d < 1 || d > 31)
    throw std::invalid_argument("not a YYYY-MM-DD date: " + std::string(s));
  return DaysFromCivil(y, m, d);
}

int TodayUtc() {
  auto now = std::chrono::system_clock::now().time_since_epoch();
  return static_cast<int>(std::chrono::duration_cast<std::chrono::seconds>(now).count() / 86400);
}

}  // namespace banso::bench
