#include "events/usage_queries.h"

#include <algorithm>

#include "core/error.h"
#include "customers/account_store.h"
#include "customers/contact_store.h"
#include "events/usage_applier.h"
#include "revenue/contract_store.h"

namespace banso::events {
namespace {

constexpr size_t kTopEvents = 20;
constexpr size_t kListedUsers = 200;

void CheckRange(Date from, Date to, int max_days, const char* too_long) {
  if (to < from) throw Invalid("to", "must not be before from");
  if (to - from > max_days) throw Invalid("from", too_long);
}

// Weekly actives at `to` against the week four weeks earlier; nullopt without that week.
std::optional<UsageTrend> TrendOf(const UsageState& s, long long account, int to, uint32_t wau) {
  uint64_t previous = s.rollups.DistinctActive(account, to - 34, to - 28);
  if (previous == 0) return std::nullopt;
  return UsageTrend{
      wau, previous,
      (static_cast<double>(wau) - static_cast<double>(previous)) / static_cast<double>(previous)};
}

// The range's events by name (the most counted first), and grouped by the feature each maps to.
void AddEventsAndFeatures(const UsageState& s, long long account, int from, int to,
                          const std::map<std::string, std::string>& feature_of, AccountUsage& out) {
  std::vector<std::pair<uint64_t, uint16_t>> by_count;
  for (auto [name, count] : s.rollups.Counts(account, from, to)) by_count.emplace_back(count, name);
  std::sort(by_count.rbegin(), by_count.rend());
  std::map<std::string, std::pair<uint64_t, Roaring>> per_feature;
  for (auto [count, name_id] : by_count) {
    const CatalogEntry* e = s.catalog.Get(name_id);
    if (!e) continue;
    if (out.top_events.size() < kTopEvents) out.top_events.push_back({e->name, e->type, count});
    auto f = e->type == EventType::kTrack ? feature_of.find(e->name) : feature_of.end();
    if (f == feature_of.end()) continue;
    auto& [events, people] = per_feature[f->second];
    events += count;
    if (const Roaring* adopters = s.rollups.Adopters(account, name_id)) people |= *adopters;
  }
  for (auto& [feature, use] : per_feature)
    out.top_features.push_back({feature, use.first, use.second.cardinality()});
  std::stable_sort(out.top_features.begin(), out.top_features.end(),
                   [](const FeatureUse& a, const FeatureUse& b) { return a.events > b.events; });
}

// The account's people, the most recently seen first (contacts are added later).
std::vector<AccountUser> UsersOf(const UsageState& s, long long account, int from, int to) {
  std::vector<AccountUser> users;
  for (uint32_t pid : s.people.OfAccount(account)) {
    const Person* p = s.people.Find(pid);
    if (!p || p->merged_into) continue;
    AccountUser u;
    u.user_id = p->user_id;
    if (p->contact_id) u.contact = ContactId(p->contact_id);
    u.last_seen_ms = p->last_seen;
    u.active_days = s.rollups.ActiveDays(account, pid, from, to);
    users.push_back(std::move(u));
  }
  std::sort(users.begin(), users.end(), [](const AccountUser& a, const AccountUser& b) {
    return a.last_seen_ms > b.last_seen_ms;
  });
  if (users.size() > kListedUsers) users.resize(kListedUsers);
  return users;
}

}  // namespace

double Stickiness(double dau_average, uint32_t mau) { return mau ? dau_average / mau : 0.0; }

std::optional<double> SeatUtilisation(uint32_t mau, long long licensed_seats) {
  if (licensed_seats <= 0) return std::nullopt;
  return static_cast<double>(mau) / static_cast<double>(licensed_seats);
}

UsageApplier& UsageQueries::Applier() {
  if (!applier_)
    throw Unavailable("usage figures are not loaded (the event service is not started)");
  return *applier_;
}

std::vector<CatalogItem> UsageQueries::Catalog() {
  auto feature_of = features_.All();
  auto items = Applier().Read([&](const UsageState& s) {
    std::vector<CatalogItem> out;
    for (const CatalogEntry& e : s.catalog.entries()) {
      if (e.id == 0) continue;
      auto f = e.type == EventType::kTrack ? feature_of.find(e.name) : feature_of.end();
      out.push_back({e.name, e.type, e.count, e.first_seen, e.last_seen,
                     f == feature_of.end() ? std::nullopt : std::optional(f->second)});
    }
    return out;
  });
  std::stable_sort(items.begin(), items.end(),
                   [](const CatalogItem& a, const CatalogItem& b) { return a.count > b.count; });
  return items;
}

VolumeSeries UsageQueries::Volume(Date from, Date to, const std::optional<std::string>& name) {
  CheckRange(from, to, 3660, "the range may span at most ten years");
  VolumeSeries out{from, to, name, std::vector<uint64_t>(static_cast<size_t>(to - from + 1), 0)};
  Applier().Read([&](const UsageState& s) {
    for (const CatalogEntry& e : s.catalog.entries()) {
      if (e.id == 0 || (name && (e.type != EventType::kTrack || e.name != *name))) continue;
      for (const auto& [day, count] : e.daily)
        if (day >= from.days() && day <= to.days()) out.counts[day - from.days()] += count;
    }
    return 0;
  });
  return out;
}

AccountUsage UsageQueries::FromRollups(const UsageState& s, AccountId account, Date from, Date to,
                                       const std::map<std::string, std::string>& feature_of) {
  AccountUsage out;
  out.account = account;
  out.from = from;
  out.to = to;
  const long long id = account.value;
  const int f = from.days(), t = to.days();
  ActiveSeries series = s.rollups.Series(id, f, t, true);
  double dau_sum = 0;
  for (size_t i = 0; i < series.dau.size(); ++i) {
    out.days.push_back({series.dau[i], series.wau[i], series.mau[i], series.events[i]});
    dau_sum += series.dau[i];
  }
  out.wau = series.wau.empty() ? 0 : series.wau.back();
  out.mau = series.mau.empty() ? 0 : series.mau.back();
  out.dau_average = series.dau.empty() ? 0 : dau_sum / static_cast<double>(series.dau.size());
  out.trend_4w = TrendOf(s, id, t, out.wau);
  AddEventsAndFeatures(s, id, f, t, feature_of, out);
  out.users = UsersOf(s, id, f, t);
  return out;
}

void UsageQueries::AddContacts(store::Tx& reader, std::vector<AccountUser>& users) {
  std::vector<ContactId> ids;
  for (const AccountUser& u : users)
    if (u.contact) ids.push_back(*u.contact);
  std::unordered_map<long long, customers::Contact> contacts;
  for (auto& c : customers::ContactStore::FindMany(reader, ids))
    contacts.emplace(c.id.value, std::move(c));
  for (AccountUser& u : users) {
    if (!u.contact) continue;
    auto c = contacts.find(u.contact->value);
    if (c == contacts.end()) continue;
    u.name = c->second.name;
    u.email = c->second.email;
  }
}

AccountUsage UsageQueries::OfAccount(AccountId account, Date from, Date to) {
  CheckRange(from, to, 366, "the range may span at most 366 days");
  auto feature_of = features_.All();
  AccountUsage out = Applier().Read(
      [&](const UsageState& s) { return FromRollups(s, account, from, to, feature_of); });
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  AddContacts(reader, out.users);
  // Seats licensed at the range's end.
  if (long long seats = revenue::ContractStore::LicensedSeats(reader, account, to); seats > 0)
    out.licensed_seats = seats;
  return out;
}

ActiveUsers UsageQueries::Active(Date from, Date to) {
  CheckRange(from, to, 366, "the range may span at most 366 days");
  std::unordered_map<long long, std::string> external;  // account id -> external id
  {
    store::Session sql(db_.pool());
    store::Tx reader(sql, db_.backend());
    for (auto& [ext, id] : customers::AccountStore::ExternalIds(reader)) external.emplace(id, ext);
  }
  ActiveUsers out{from, to, {}};
  Applier().Read([&](const UsageState& s) {
    for (long long id : s.rollups.Accounts()) {
      ActiveSeries series = s.rollups.Series(id, from.days(), to.days(), false);
      auto ext = external.find(id);
      out.accounts.push_back({AccountId(id),
                              ext == external.end() ? std::nullopt : std::optional(ext->second),
                              std::move(series.dau), series.wau.empty() ? 0 : series.wau.back(),
                              series.mau.empty() ? 0 : series.mau.back()});
    }
    return 0;
  });
  return out;
}

std::optional<HealthUsageDay> UsageQueries::ForHealth(Date day, std::optional<AccountId> only) {
  if (!applier_) return std::nullopt;
  const auto feature_of = features_.All();
  HealthUsageDay out;
  out.day = day;
  std::vector<int> feature_by_id;  // feature index by event name id (-1: not mapped)
  std::vector<long long> accounts;
  applier_->Read([&](const UsageState& s) {
    out.first_day = s.rollups.FirstDay();
    std::map<std::string, int> feature_index;
    for (const auto& [event, feature] : feature_of)
      feature_index.emplace(feature, static_cast<int>(feature_index.size()));
    out.features_mapped = static_cast<uint32_t>(feature_index.size());
    for (const CatalogEntry& e : s.catalog.entries()) {  // track events only
      if (feature_by_id.size() <= e.id) feature_by_id.resize(e.id + 1, -1);
      auto f = e.type == EventType::kTrack ? feature_of.find(e.name) : feature_of.end();
      if (f != feature_of.end()) feature_by_id[e.id] = feature_index.at(f->second);
    }
    accounts = only ? std::vector<long long>{only->value} : s.rollups.Accounts();
  });
  std::vector<char> used(out.features_mapped);
  auto one = [&](const UsageState& s, long long account) {
    std::fill(used.begin(), used.end(), 0);
    HealthUsage u;
    auto w = s.rollups.HealthWindowAt(account, day.days(), [&](uint16_t name) {
      if (name < feature_by_id.size() && feature_by_id[name] >= 0 && !used[feature_by_id[name]])
        used[feature_by_id[name]] = 1, ++u.features_used_90;
    });
    u.active_28 = w.active_28, u.active_30 = w.active_30, u.active_prev_28 = w.active_prev_28;
    out.accounts.emplace(account, u);
  };
  // The lock is taken per batch of accounts, not for the portfolio: a whole pass over 10k
  // accounts held it for about half a second, and the applier waited that long for each chunk.
  // An account is read whole at one position; the portfolio may span a few chunks.
  constexpr size_t kBatch = 256;
  for (size_t at = 0; at < accounts.size(); at += kBatch)
    applier_->Read([&](const UsageState& s) {
      for (size_t i = at; i < std::min(accounts.size(), at + kBatch); ++i) one(s, accounts[i]);
    });
  return out;
}

std::optional<UsageFigures> UsageQueries::On(AccountId account, Date day) {
  if (!applier_) return std::nullopt;
  UsageFigures u;
  applier_->Read([&](const UsageState& s) {
    const int d = day.days();
    ActiveSeries series = s.rollups.Series(account.value, d, d, false);
    u.dau = series.dau.back();
    u.wau = series.wau.back();
    u.mau = series.mau.back();
    for (auto [name_id, count] : s.rollups.Counts(account.value, d - 6, d))
      if (const CatalogEntry* e = s.catalog.Get(name_id); e && e->type == EventType::kTrack)
        u.events_7d[e->name] += count;
    return 0;
  });
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  u.seat_utilisation =
      SeatUtilisation(u.mau, revenue::ContractStore::LicensedSeats(reader, account, day));
  return u;
}

std::optional<std::unordered_map<long long, int>> UsageQueries::ActiveWeeks(Date day,
                                                                            int max_weeks) {
  if (!applier_) return std::nullopt;
  std::unordered_map<long long, int> out;
  if (max_weeks <= 0) return out;
  const int to = day.days(), from = to - 7 * max_weeks + 1;
  applier_->Read([&](const UsageState& s) {
    for (long long id : s.rollups.Accounts()) {
      ActiveSeries series = s.rollups.Series(id, from, to, false);
      int weeks = 0;
      for (int end = static_cast<int>(series.dau.size()); end >= 7; end -= 7, ++weeks)
        if (std::all_of(series.dau.begin() + (end - 7), series.dau.begin() + end,
                        [](uint32_t n) { return n == 0; }))
          break;
      if (weeks > 0) out.emplace(id, weeks);
    }
    return 0;
  });
  return out;
}

std::vector<SourceActivity> UsageQueries::Sources() {
  auto stats = applier_ ? applier_->Read([](const UsageState& s) { return s.sources; })
                        : std::unordered_map<uint32_t, SourceStats>{};
  std::vector<SourceActivity> out;
  for (Source& src : sources_.List()) {
    auto it = stats.find(static_cast<uint32_t>(src.id.value));
    uint64_t events = it == stats.end() ? 0 : it->second.events;
    int64_t last = it == stats.end() ? 0 : it->second.last_event_ms;
    out.push_back({std::move(src), events, last});
  }
  return out;
}

}  // namespace banso::events
