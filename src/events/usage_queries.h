#pragma once
// The usage figures the API and other modules ask of the rollups: the event catalogue, daily
// volume, one account's usage, every account's active users, an account's figures on a day,
// and each source's event counts. Every figure is computed here, once (stickiness and seat
// utilisation below); usage_json.h words them as the API answers.
//
// Thread safety: every method may be called from any thread. A query throws Unavailable while
// the event service is not started, except On, ActiveWeeks and Sources, which answer without
// figures.
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "core/date.h"
#include "core/ids.h"
#include "events/event_record.h"
#include "events/feature_map.h"
#include "events/source_store.h"
#include "store/database.h"

namespace banso::events {

class UsageApplier;
struct UsageState;

// How much of the month's active people come on an average day: DAU / MAU (0 without MAU).
double Stickiness(double dau_average, uint32_t mau);
// Monthly active people against the licensed seats; nullopt when no seats are known.
std::optional<double> SeatUtilisation(uint32_t mau, long long licensed_seats);

struct CatalogItem {
  std::string name;
  EventType type = EventType::kTrack;
  uint64_t count = 0;
  int64_t first_seen_ms = 0, last_seen_ms = 0;  // 0: never
  std::optional<std::string> feature;           // track events mapped to a feature
};

struct VolumeSeries {
  Date from, to;
  std::optional<std::string> name;  // one track event, or every event
  std::vector<uint64_t> counts;     // one per day of [from, to]
};

struct UsageDay {
  uint32_t dau = 0, wau = 0, mau = 0, events = 0;
};

// Weekly active people now against four weeks earlier.
struct UsageTrend {
  uint32_t current_weekly_active = 0;
  uint64_t previous_weekly_active = 0;
  double change = 0;  // (current - previous) / previous
};

struct EventCount {
  std::string name;
  EventType type = EventType::kTrack;
  uint64_t count = 0;
};

struct FeatureUse {
  std::string feature;
  uint64_t events = 0;
  uint64_t users = 0;  // everyone at the account who ever used one of its events
};

struct AccountUser {
  std::string user_id;  // "" for an anonymous person
  std::optional<ContactId> contact;
  std::optional<std::string> name, email;  // the contact's
  int64_t last_seen_ms = 0;
  int active_days = 0;  // in the range
};

struct AccountUsage {
  AccountId account;
  Date from, to;
  std::vector<UsageDay> days;  // one per day of [from, to]
  double dau_average = 0;
  uint32_t wau = 0, mau = 0;  // at `to`
  std::optional<long long> licensed_seats;
  std::optional<UsageTrend> trend_4w;
  std::vector<FeatureUse> top_features;  // by events, descending
  std::vector<EventCount> top_events;    // the 20 most counted
  std::vector<AccountUser> users;        // the 200 seen most recently

  double stickiness() const { return Stickiness(dau_average, mau); }
  std::optional<double> seat_utilisation() const {
    return licensed_seats ? SeatUtilisation(mau, *licensed_seats) : std::nullopt;
  }
};

struct AccountActivity {
  AccountId account;
  std::optional<std::string> external_id;
  std::vector<uint32_t> dau;  // one per day of the range
  uint32_t wau = 0, mau = 0;  // at the range's end
};

struct ActiveUsers {
  Date from, to;
  std::vector<AccountActivity> accounts;
};

// An account's usage figures on a day, for other modules (success-plan KPIs bound to usage).
struct UsageFigures {
  uint32_t dau = 0, wau = 0, mau = 0;
  std::optional<double> seat_utilisation;
  std::map<std::string, uint64_t> events_7d;  // track events by name in the 7 days to the day
};

// An account's usage as health scoring reads it on a day (UsageRollups::HealthWindow), plus
// how many of the mapped features it used in the 90 days to the day.
struct HealthUsage {
  uint32_t active_28 = 0, active_30 = 0, active_prev_28 = 0;
  uint32_t features_used_90 = 0;
};

struct HealthUsageDay {
  Date day;
  int first_day = 0;  // the first day the rollups reach (days since the epoch; INT_MAX: none)
  uint32_t features_mapped = 0;
  std::unordered_map<long long, HealthUsage> accounts;  // the accounts with any usage
};

struct SourceActivity {
  Source source;
  uint64_t events_received = 0;
  int64_t last_event_ms = 0;  // 0: none yet
};

class UsageQueries {
 public:
  // applier: the event service's, null while it is not started.
  UsageQueries(store::Database& db, const std::unique_ptr<UsageApplier>& applier,
               FeatureMap& features, SourceStore& sources)
      : db_(db), applier_(applier), features_(features), sources_(sources) {}

  std::vector<CatalogItem> Catalog();  // most counted first
  // Throws Invalid ("to" before "from", a range over ten years).
  VolumeSeries Volume(Date from, Date to, const std::optional<std::string>& name);
  // Throws Invalid ("to" before "from", a range over 366 days).
  AccountUsage OfAccount(AccountId account, Date from, Date to);
  // Every account with usage. Throws Invalid as OfAccount.
  ActiveUsers Active(Date from, Date to);
  // nullopt while the service is not started.
  std::optional<UsageFigures> On(AccountId account, Date day);
  // For every account with usage: how many consecutive 7-day windows, the newest ending on
  // `day`, had at least one active person (at most max_weeks). nullopt while not started.
  std::optional<std::unordered_map<long long, int>> ActiveWeeks(Date day, int max_weeks);
  // Usage for health scoring on `day`, of every account or only one; nullopt while the
  // service is not started.
  std::optional<HealthUsageDay> ForHealth(Date day, std::optional<AccountId> only);
  // Every source with its event counts (zero while the service is not started).
  std::vector<SourceActivity> Sources();

 private:
  UsageApplier& Applier();
  // The rollup part of OfAccount; the contacts and seats are read after, without the lock.
  AccountUsage FromRollups(const UsageState& s, AccountId account, Date from, Date to,
                           const std::map<std::string, std::string>& feature_of);
  void AddContacts(store::Tx& reader, std::vector<AccountUser>& users);

  store::Database& db_;
  const std::unique_ptr<UsageApplier>& applier_;
  FeatureMap& features_;
  SourceStore& sources_;
};

}  // namespace banso::events
