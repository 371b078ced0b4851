#include "events/event_service.h"

#include <pthread.h>
#include <spdlog/spdlog.h>
#include <sys/resource.h>
#include <unistd.h>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "auth/audit_log.h"
#include "core/error.h"
#include "core/text.h"
#include "customers/contact_store.h"
#include "events/event_ingest.h"
#include "events/file_event_log.h"
#include "events/packed_arena.h"
#include "events/pg_event_log.h"
#include "events/usage_applier.h"
#include "revenue/contract_store.h"
#include "store/record.h"
#include "store/statement.h"

namespace banso::events {
namespace {

constexpr size_t kApplyChunk = 50000;

nlohmann::json OrNull(int64_t ms) {
  return ms ? nlohmann::json(Timestamp{ms}.ToString()) : nlohmann::json(nullptr);
}

std::string RecordJson(const EventRecord& r) {
  nlohmann::json j = {
      {"source_id", r.source_id},
      {"type", EnumToString(r.type)},
      {"event", r.type == EventType::kTrack ? nlohmann::json(r.name) : nlohmann::json(nullptr)},
      {"name", r.type == EventType::kPage || r.type == EventType::kScreen
                   ? nlohmann::json(r.name)
                   : nlohmann::json(nullptr)},
      {"user_id", r.user_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.user_id)},
      {"anonymous_id",
       r.anonymous_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.anonymous_id)},
      {"group_id", r.target_id.empty() || r.type == EventType::kAlias
                       ? nlohmann::json(nullptr)
                       : nlohmann::json(r.target_id)},
      {"previous_id",
       r.type == EventType::kAlias ? nlohmann::json(r.target_id) : nlohmann::json(nullptr)},
      {"timestamp", Timestamp{r.timestamp_ms}.ToString()},
      {"received_at", Timestamp{r.received_ms}.ToString()},
      {"message_id", r.message_id}};
  auto doc = nlohmann::json::parse(r.json, nullptr, false);
  if (doc.is_object()) {
    for (const char* key : {"properties", "traits"})
      if (auto it = doc.find(key); it != doc.end()) j[key] = *it;
  }
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

}  // namespace

EventService::EventService(store::Database& db, EventServiceOptions options)
    : db_(db), options_(std::move(options)), sources_(db) {
  if (options_.log_dir.empty() && db.backend() == store::Backend::kSqlite)
    options_.log_dir = DefaultLogDir(db.url().sqlite_path);
}

EventService::~EventService() { Stop(); }

std::string EventService::DedupSnapshotPath() const { return options_.log_dir + "/dedup.snapshot"; }

void EventService::Start() {
  if (started_) return;
  // A restart opens the log again: the old one, and its lock, go first.
  applier_.reset();
  ingest_.reset();
  log_.reset();
  // Start-up phases are logged with their durations: with a long log they decide how soon a
  // restarted server answers.
  auto phase_start = std::chrono::steady_clock::now();
  auto phase = [&](const char* name) {
    auto now = std::chrono::steady_clock::now();
    spdlog::info(
        nlohmann::json{{"msg", "events start-up"},
                       {"phase", name},
                       {"seconds", std::chrono::duration<double>(now - phase_start).count()}}
            .dump());
    phase_start = now;
  };
  if (db_.backend() == store::Backend::kPostgres) {
    log_ = std::make_unique<PgEventLog>(db_);
    ingest_ = std::make_unique<EventIngest>(*log_, std::nullopt, metrics_);
    analytics_ = TryTakeAnalyticsRole();
  } else {
    auto file_log = std::make_unique<FileEventLog>(
        FileEventLogOptions{options_.log_dir, options_.segment_bytes});
    if (file_log->truncated_bytes())
      spdlog::warn(nlohmann::json{{"msg", "event log: cut a torn tail (never acknowledged)"},
                                  {"bytes", file_log->truncated_bytes()}}
                       .dump());
    // The window saved at the last clean stop, if it covers exactly this log; else (after a
    // crash) it is rebuilt from the log's sidecars. The file is removed once read, so that a
    // later crash cannot leave one that looks current.
    std::string snapshot = DedupSnapshotPath();
    std::optional<DedupSet> dedup =
        DedupSet::Load(snapshot, options_.dedup_window_days, file_log->LastPosition());
    std::filesystem::remove(snapshot);
    // The window as the log's records make it: after a crash, and after a failed append.
    auto window_from_log = [log = file_log.get(), days = options_.dedup_window_days] {
      DedupSet window(days);
      log->ForEachFingerprint(Date::Today().days() - days,
                              [&](const Fingerprint& fp, int day) { window.Insert(fp, day); });
      return window;
    };
    if (dedup) {
      phase("de-duplication window loaded");
    } else {
      dedup = window_from_log();
      phase("de-duplication window rebuilt from the log");
    }
    log_ = std::move(file_log);
    ingest_ = std::make_unique<EventIngest>(*log_, std::move(dedup), metrics_, SystemClock(),
                                            window_from_log);
    analytics_ = true;
  }
  metrics_.committed_position = log_->LastPosition();
  applier_ = std::make_unique<UsageApplier>(db_, *log_, metrics_);
  applier_->Restore();
  phase("usage checkpoint loaded");
  if (analytics_) {
    size_t replayed = 0;
    for (size_t n; (n = applier_->ApplyAvailable(kApplyChunk)) > 0;) replayed += n;
    // Checkpoint what the replay applied now: a server that keeps crashing before its first
    // periodic checkpoint would otherwise replay an ever longer tail at every start.
    if (replayed > 0) applier_->Checkpoint();
    phase("event log tail replayed");
  }
  ingest_->OnCommitted([this] {
    {
      std::lock_guard lock(applier_mu_);
      applier_wake_ = true;
    }
    applier_cv_.notify_one();
  });
  applier_stop_ = false;
  applier_thread_ = std::thread([this] { RunApplier(); });
  started_ = true;
}

void EventService::Stop() {
  if (!started_) return;
  {
    std::lock_guard lock(applier_mu_);
    applier_stop_ = true;
  }
  applier_cv_.notify_one();
  applier_thread_.join();
  // Finishes the queued commits; the de-duplication window is saved for the next start.
  if (std::optional<DedupSet> dedup = ingest_->Finish()) {
    if (!dedup->Save(DedupSnapshotPath(), log_->LastPosition()))
      spdlog::warn(nlohmann::json{
          {"msg", "could not save the de-duplication window; the next start rebuilds it"},
          {"path", DedupSnapshotPath()}}
                       .dump());
  }
  ingest_.reset();
  if (analytics_) {
    try {
      while (applier_->ApplyAvailable(kApplyChunk) > 0) {}
      applier_->Checkpoint();
    } catch (const std::exception& e) {
      spdlog::error(nlohmann::json{
          {"msg", "usage checkpoint at shutdown failed"},
          {"error",
           e.what()}}.dump());
    }
  }
  if (role_session_) {
    *role_session_ << "SELECT pg_advisory_unlock_all()";
    role_session_.reset();
  }
  started_ = false;
}

bool EventService::TryTakeAnalyticsRole() {
  if (!role_session_) role_session_ = std::make_unique<soci::session>(db_.pool());
  int got = 0;
  // Key "bnsoanly": held by the analytics process for as long as it lives.
  *role_session_ << "SELECT CASE WHEN pg_try_advisory_lock(7092453834937396601) THEN 1 ELSE 0 END",
      soci::into(got);
  if (!got) role_session_.reset();
  return got == 1;
}

void EventService::RunApplier() {
  // Acknowledging events comes first: when ingest and the rollups compete for the cores, the
  // applier yields (nice 10) and catches up when ingest lets up. Rollups then lag a burst (the
  // lag is in /metrics); an SDK kept waiting would time out and resend.
  setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), 10);
  pthread_setname_np(pthread_self(), "banso-applier");
  auto last_checkpoint = std::chrono::steady_clock::now();
  // A checkpoint during a bulk load rewrites most cells and can take seconds; the interval
  // stretches to 4x the last one's duration so that checkpoints take at most a fifth of the
  // applier's time (a crash then replays a longer tail, which is what it trades).
  std::chrono::duration<double> interval = std::chrono::seconds(options_.checkpoint_seconds);
  for (;;) {
    {
      std::unique_lock lock(applier_mu_);
      applier_cv_.wait_for(lock, std::chrono::milliseconds(200),
                           [&] { return applier_wake_ || applier_stop_; });
      if (applier_stop_) return;
      applier_wake_ = false;
    }
    try {
      bool due = std::chrono::steady_clock::now() - last_checkpoint >= interval;
      if (!analytics_) {
        // Another process applies the log: take over if it is gone, else refresh from its
        // latest checkpoint.
        if (!due) continue;
        last_checkpoint = std::chrono::steady_clock::now();
        analytics_ = TryTakeAnalyticsRole();
        applier_->Restore();
        continue;
      }
      while (applier_->ApplyAvailable(kApplyChunk) == kApplyChunk) {}
      // While a burst keeps the applier behind the log, a checkpoint would write cells that are
      // about to change again, and its writes would slow the log's fdatasync: it waits until the
      // applier has caught up, for at most a minute (which bounds the replay after a crash).
      bool behind = metrics_.applied_position.load() < log_->LastPosition();
      if (behind && std::chrono::steady_clock::now() - last_checkpoint < std::chrono::seconds(60))
        due = false;
      if (due) {
        auto started = std::chrono::steady_clock::now();
        applier_->Checkpoint();
        last_checkpoint = std::chrono::steady_clock::now();
        interval = std::max<std::chrono::duration<double>>(
            std::chrono::seconds(options_.checkpoint_seconds), 4 * (last_checkpoint - started));
        applier_->PackIdle();
      }
    } catch (const std::exception& e) {
      // A database fault (a full disk, a lost connection) mid-chunk or mid-checkpoint leaves the
      // in-memory state ahead of what is stored. Do what a restart would: reload the last good
      // checkpoint and replay the log from it, once the database answers again.
      spdlog::error(nlohmann::json{
          {"msg", "usage applier failed; reloading its checkpoint"},
          {"error",
           e.what()}}.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
      if (!RecoverApplier()) return;
      last_checkpoint = std::chrono::steady_clock::now();
    }
  }
}

bool EventService::RecoverApplier() {
  for (int wait_ms = 500;; wait_ms = std::min(wait_ms * 2, 10000)) {
    {
      std::unique_lock lock(applier_mu_);
      if (applier_cv_.wait_for(lock, std::chrono::milliseconds(wait_ms),
                               [&] { return applier_stop_; }))
        return false;
    }
    try {
      applier_->Restore();
      spdlog::info(R"({"msg":"usage applier recovered from its checkpoint"})");
      return true;
    } catch (const std::exception& e) {
      spdlog::warn(
          nlohmann::json{{"msg", "usage applier still cannot reload"}, {"error", e.what()}}.dump(
              -1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
  }
}

void EventService::WaitUntilApplied(std::chrono::milliseconds timeout) {
  if (!analytics_) throw Unavailable("another process holds the analytics role");
  auto deadline = std::chrono::steady_clock::now() + timeout;
  while (metrics_.applied_position.load() < log_->LastPosition()) {
    if (std::chrono::steady_clock::now() > deadline)
      throw Unavailable("the usage rollups are behind the event log");
    {
      std::lock_guard lock(applier_mu_);
      applier_wake_ = true;
    }
    applier_cv_.notify_one();
    std::this_thread::sleep_for(std::chrono::milliseconds(5));
  }
}

void EventService::CheckpointNow() { applier_->Checkpoint(); }

void EventService::AddUsageListener(UsageListener* listener) { applier_->AddListener(listener); }

// ---- Ingest ---------------------------------------------------------------------------------

bool EventService::AllowRate(const Source& source, size_t events, int& retry_after) {
  auto now = std::chrono::steady_clock::now();
  double rate = static_cast<double>(source.rate_limit_per_second);
  std::lock_guard lock(rate_mu_);
  Bucket& b = buckets_[source.id.value];
  if (b.at == std::chrono::steady_clock::time_point{}) b = {rate, now};
  // A burst of one second's allowance, refilled continuously.
  b.tokens = std::min(rate, b.tokens + rate * std::chrono::duration<double>(now - b.at).count());
  b.at = now;
  if (b.tokens >= static_cast<double>(events) ||
      (b.tokens >= rate && static_cast<double>(events) > rate)) {
    b.tokens -= static_cast<double>(events);
    return true;
  }
  retry_after = static_cast<int>(std::ceil((static_cast<double>(events) - b.tokens) / rate));
  retry_after = std::max(1, retry_after);
  return false;
}

IngestOutcome EventService::Ingest(std::optional<EventType> type, std::string body,
                                   const std::string& basic_user) {
  if (!started_) throw Unavailable("event ingest is not running");
  SegmentRequest request;
  request.body = std::move(body);
  int64_t received = Timestamp::Now().ms;
  std::optional<Source> source;
  if (!basic_user.empty()) {
    source = sources_.Authenticate(basic_user);
    if (!source) {
      ++metrics_.unauthorized;
      throw Unauthorized("unknown or revoked write key");
    }
  }
  ParseSegmentRequest(type, received, options_.limits, request);
  if (!source) {
    source = sources_.Authenticate(request.write_key);
    if (!source) {
      ++metrics_.unauthorized;
      throw Unauthorized(request.write_key.empty()
                             ? "send the write key as the HTTP Basic user name, or as writeKey"
                             : "unknown or revoked write key");
    }
  }
  size_t total = request.events.size() + request.rejected.size();
  metrics_.received += total;
  int retry_after = 1;
  if (!AllowRate(*source, total, retry_after)) {
    ++metrics_.rate_limited;
    metrics_.rejected += total;
    throw RateLimited("source \"" + source->name + "\" is over its limit of " +
                          std::to_string(source->rate_limit_per_second) + " events per second",
                      retry_after);
  }
  uint32_t source_id = static_cast<uint32_t>(source->id.value);
  for (EventRecord& r : request.events) {
    r.source_id = source_id;
    r.fingerprint = MessageFingerprint(source_id, r.message_id);
  }
  metrics_.rejected += request.rejected.size();
  CommitResult committed = ingest_->Commit(request.events);
  if (live_.HasWatchers(source_id)) {
    for (const EventRecord& r : request.events) live_.Publish(source_id, "event", RecordJson(r));
    for (const ItemRejection& x : request.rejected)
      live_.Publish(
          source_id, "rejected",
          nlohmann::json{{"source_id", source_id},
                         {"index", x.index},
                         {"field", x.field},
                         {"reason", x.reason},
                         {"message_id", x.message_id.empty() ? nlohmann::json(nullptr)
                                                             : nlohmann::json(x.message_id)}}
              .dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  return {committed.stored, committed.duplicates, std::move(request.rejected)};
}

// ---- Queries --------------------------------------------------------------------------------

UsageApplier& EventService::Applier() {
  if (!applier_)
    throw Unavailable("usage figures are not loaded (the event service is not started)");
  return *applier_;
}

nlohmann::json EventService::Catalog() {
  auto features = Features();
  std::map<std::string, std::string> feature_of(features.begin(), features.end());
  return Applier().Read([&](const UsageState& s) {
    nlohmann::json out = nlohmann::json::array();
    for (const CatalogEntry& e : s.catalog.entries()) {
      if (e.id == 0) continue;
      auto f = e.type == EventType::kTrack ? feature_of.find(e.name) : feature_of.end();
      out.push_back({{"name", e.name},
                     {"type", EnumToString(e.type)},
                     {"count", e.count},
                     {"first_seen", OrNull(e.first_seen)},
                     {"last_seen", OrNull(e.last_seen)},
                     {"feature", f == feature_of.end() ? nlohmann::json(nullptr)
                                                       : nlohmann::json(f->second)}});
    }
    std::sort(out.begin(), out.end(),
              [](const auto& a, const auto& b) { return a["count"] > b["count"]; });
    return out;
  });
}

nlohmann::json EventService::Volume(Date from, Date to, const std::optional<std::string>& name) {
  if (to < from) throw Invalid("to", "must not be before from");
  if (to - from > 3660) throw Invalid("from", "the range may span at most ten years");
  return Applier().Read([&](const UsageState& s) {
    std::vector<uint64_t> counts(static_cast<size_t>(to - from + 1), 0);
    for (const CatalogEntry& e : s.catalog.entries()) {
      if (e.id == 0 || (name && (e.type != EventType::kTrack || e.name != *name))) continue;
      for (const auto& [day, count] : e.daily)
        if (day >= from.days() && day <= to.days()) counts[day - from.days()] += count;
    }
    nlohmann::json days = nlohmann::json::array();
    for (size_t i = 0; i < counts.size(); ++i)
      days.push_back({{"date", Date::FromDays(from.days() + static_cast<int>(i)).ToString()},
                      {"count", counts[i]}});
    return nlohmann::json{{"from", from.ToString()},
                          {"to", to.ToString()},
                          {"name", name ? nlohmann::json(*name) : nlohmann::json(nullptr)},
                          {"days", days}};
  });
}

nlohmann::json EventService::AccountUsage(AccountId account, Date from, Date to) {
  if (to < from) throw Invalid("to", "must not be before from");
  if (to - from > 366) throw Invalid("from", "the range may span at most 366 days");
  auto features = Features();
  std::map<std::string, std::string> feature_of(features.begin(), features.end());
  struct UserRow {
    std::string user_id;
    long long contact_id;
    int64_t last_seen;
    int active_days;
  };
  std::vector<UserRow> users;
  nlohmann::json out = Applier().Read([&](const UsageState& s) {
    long long id = account.value;
    int f = from.days(), t = to.days();
    ActiveSeries series = s.rollups.Series(id, f, t, true);
    nlohmann::json days = nlohmann::json::array();
    double dau_sum = 0;
    for (size_t i = 0; i < series.dau.size(); ++i) {
      days.push_back({{"date", Date::FromDays(f + static_cast<int>(i)).ToString()},
                      {"dau", series.dau[i]},
                      {"wau", series.wau[i]},
                      {"mau", series.mau[i]},
                      {"events", series.events[i]}});
      dau_sum += series.dau[i];
    }
    uint32_t wau = series.wau.empty() ? 0 : series.wau.back();
    uint32_t mau = series.mau.empty() ? 0 : series.mau.back();
    double dau_average = series.dau.empty() ? 0 : dau_sum / static_cast<double>(series.dau.size());
    // 4-week trend: weekly actives now against four weeks earlier.
    uint64_t previous = s.rollups.DistinctActive(id, t - 34, t - 28);
    nlohmann::json trend = nullptr;
    if (previous > 0)
      trend = {{"current_weekly_active", wau},
               {"previous_weekly_active", previous},
               {"change", (static_cast<double>(wau) - static_cast<double>(previous)) /
                              static_cast<double>(previous)}};
    // Event names and features in the range.
    auto counts = s.rollups.Counts(id, f, t);
    std::vector<std::pair<uint64_t, uint16_t>> by_count;
    for (auto [name, count] : counts) by_count.emplace_back(count, name);
    std::sort(by_count.rbegin(), by_count.rend());
    nlohmann::json top_events = nlohmann::json::array();
    std::map<std::string, std::pair<uint64_t, Roaring>> per_feature;
    for (auto [count, name_id] : by_count) {
      const CatalogEntry* e = s.catalog.Get(name_id);
      if (!e) continue;
      if (top_events.size() < 20)
        top_events.push_back(
            {{"name", e->name}, {"type", EnumToString(e->type)}, {"count", count}});
      auto fit = e->type == EventType::kTrack ? feature_of.find(e->name) : feature_of.end();
      if (fit == feature_of.end()) continue;
      auto& [events, people] = per_feature[fit->second];
      events += count;
      if (const Roaring* a = s.rollups.Adopters(id, name_id)) people |= *a;
    }
    nlohmann::json top_features = nlohmann::json::array();
    for (auto& [feature, v] : per_feature)
      top_features.push_back(
          {{"feature", feature}, {"events", v.first}, {"users", v.second.cardinality()}});
    std::sort(top_features.begin(), top_features.end(),
              [](const auto& a, const auto& b) { return a["events"] > b["events"]; });
    // The account's people with their last activity.
    for (uint32_t pid : s.people.OfAccount(id)) {
      const Person* p = s.people.Find(pid);
      if (!p || p->merged_into) continue;
      users.push_back({p->user_id.empty() ? "" : p->user_id, p->contact_id, p->last_seen,
                       s.rollups.ActiveDays(id, pid, f, t)});
    }
    return nlohmann::json{{"account_id", id},
                          {"from", from.ToString()},
                          {"to", to.ToString()},
                          {"licensed_seats", nullptr},
                          {"days", days},
                          {"dau_average", std::round(dau_average * 100) / 100},
                          {"wau", wau},
                          {"mau", mau},
                          {"stickiness", mau ? std::round(dau_average / mau * 1000) / 1000 : 0.0},
                          {"seat_utilisation", nullptr},
                          {"trend_4w", trend},
                          {"top_features", top_features},
                          {"top_events", top_events}};
  });
  std::sort(users.begin(), users.end(),
            [](const UserRow& a, const UserRow& b) { return a.last_seen > b.last_seen; });
  if (users.size() > 200) users.resize(200);
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  std::vector<ContactId> contact_ids;
  for (const UserRow& u : users)
    if (u.contact_id) contact_ids.emplace_back(u.contact_id);
  std::unordered_map<long long, customers::Contact> contacts;
  for (auto& c : customers::ContactStore::FindMany(reader, contact_ids))
    contacts.emplace(c.id.value, std::move(c));
  nlohmann::json rows = nlohmann::json::array();
  for (const UserRow& u : users) {
    auto c = contacts.find(u.contact_id);
    bool known = c != contacts.end();
    rows.push_back(
        {{"user_id", u.user_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(u.user_id)},
         {"contact_id", u.contact_id ? nlohmann::json(u.contact_id) : nlohmann::json(nullptr)},
         {"name", known ? nlohmann::json(c->second.name) : nlohmann::json(nullptr)},
         {"email",
          known && c->second.email ? nlohmann::json(*c->second.email) : nlohmann::json(nullptr)},
         {"last_seen", OrNull(u.last_seen)},
         {"active_days", u.active_days}});
  }
  out["users"] = std::move(rows);
  // Seat utilisation: monthly active users against the seats licensed at the range's end.
  long long seats = revenue::ContractStore::LicensedSeats(reader, account, to);
  if (seats > 0) {
    out["licensed_seats"] = seats;
    out["seat_utilisation"] =
        std::round(out["mau"].get<double>() / static_cast<double>(seats) * 1000) / 1000;
  }
  return out;
}

std::optional<EventService::UsageFigures> EventService::UsageOn(AccountId account, Date day) {
  if (!applier_) return std::nullopt;
  UsageFigures u;
  {
    Applier().Read([&](const UsageState& s) {
      int d = day.days();
      ActiveSeries series = s.rollups.Series(account.value, d, d, false);
      u.dau = series.dau.back();
      u.wau = series.wau.back();
      u.mau = series.mau.back();
      for (auto [name_id, count] : s.rollups.Counts(account.value, d - 6, d))
        if (const CatalogEntry* e = s.catalog.Get(name_id); e && e->type == EventType::kTrack)
          u.events_7d[e->name] += count;
      return 0;
    });
  }
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  long long seats = revenue::ContractStore::LicensedSeats(reader, account, day);
  if (seats > 0) u.seat_utilisation = static_cast<double>(u.mau) / static_cast<double>(seats);
  return u;
}

std::unordered_map<long long, int> EventService::ActiveWeeks(Date day, int max_weeks) {
  std::unordered_map<long long, int> out;
  if (!applier_ || max_weeks <= 0) return out;
  const int to = day.days(), from = to - 7 * max_weeks + 1;
  Applier().Read([&](const UsageState& s) {
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

nlohmann::json EventService::ActiveUsers(Date from, Date to) {
  if (to < from) throw Invalid("to", "must not be before from");
  if (to - from > 366) throw Invalid("from", "the range may span at most 366 days");
  std::unordered_map<long long, std::string> external;  // account id -> external id
  {
    store::Session sql(db_.pool());
    store::Tx reader(sql, db_.backend());
    for (auto& [ext, id] : store::LoadExternalIds(reader, "accounts")) external.emplace(id, ext);
  }
  return Applier().Read([&](const UsageState& s) {
    nlohmann::json accounts = nlohmann::json::array();
    for (long long id : s.rollups.Accounts()) {
      ActiveSeries series = s.rollups.Series(id, from.days(), to.days(), false);
      auto ext = external.find(id);
      accounts.push_back({{"account_id", id},
                          {"external_id", ext == external.end() ? nlohmann::json(nullptr)
                                                                : nlohmann::json(ext->second)},
                          {"dau", series.dau},
                          {"wau", series.wau.empty() ? 0 : series.wau.back()},
                          {"mau", series.mau.empty() ? 0 : series.mau.back()}});
    }
    return nlohmann::json{{"from", from.ToString()}, {"to", to.ToString()}, {"accounts", accounts}};
  });
}

nlohmann::json EventService::Status() {
  return {{"committed_position", log_ ? log_->LastPosition() : 0},
          {"applied_position", metrics_.applied_position.load()},
          {"events_committed", metrics_.committed.load()},
          {"events_applied", metrics_.applied_events.load()},
          {"dedup_window_days", options_.dedup_window_days},
          {"dedup_entries", ingest_ ? ingest_->dedup_entries() : 0},
          {"analytics_role", analytics_.load()},
          {"memory", Memory()}};
}

// What the largest in-memory structures take, in bytes (estimates from their sizes): for
// operators sizing a machine, and for the benchmark's memory figure.
nlohmann::json EventService::Memory() {
  nlohmann::json j = {{"dedup_bytes", ingest_ ? ingest_->dedup_memory_bytes() : 0}};
  if (!applier_) return j;
  auto use = Applier().Read([](const UsageState& s) {
    return std::pair{s.rollups.MemoryUse(), s.people.size()};
  });
  j["cells"] = use.first.cells;
  j["open_cells"] = use.first.open_cells;
  j["cell_bytes"] = use.first.cell_bytes;
  j["adopter_bytes"] = use.first.adopter_bytes;
  j["packed_cell_mapped_bytes"] = PackedArena::Shared().mapped_bytes();
  j["people"] = use.second;
  return j;
}

nlohmann::json EventService::SourcesJson() {
  auto stats = applier_ ? Applier().Read([](const UsageState& s) { return s.sources; })
                        : std::unordered_map<uint32_t, SourceStats>{};
  nlohmann::json items = nlohmann::json::array();
  for (const Source& src : sources_.List()) {
    nlohmann::json j = ToJson(src);
    auto it = stats.find(static_cast<uint32_t>(src.id.value));
    j["events_received"] = it == stats.end() ? 0 : it->second.events;
    j["last_event_at"] =
        it == stats.end() ? nlohmann::json(nullptr) : OrNull(it->second.last_event_ms);
    items.push_back(std::move(j));
  }
  return {{"data", items}};
}

// ---- Features -------------------------------------------------------------------------------

std::vector<std::pair<std::string, std::string>> EventService::Features() {
  std::lock_guard lock(features_mu_);
  if (!features_) {
    features_.emplace();
    store::Session sql(db_.pool());
    std::string name, feature;
    soci::statement st = (sql.prepare << "SELECT event_name, feature FROM event_features",
                          soci::into(name), soci::into(feature));
    if (st.execute(true)) do {
        (*features_)[name] = feature;
      } while (st.fetch());
  }
  return {features_->begin(), features_->end()};
}

std::vector<std::pair<std::string, std::string>> EventService::SetFeatures(
    const auth::Actor& actor, const std::vector<std::pair<std::string, std::string>>& items) {
  std::map<std::string, std::string> fresh;
  for (size_t i = 0; i < items.size(); ++i) {
    const auto& [name, feature] = items[i];
    std::string at = "items[" + std::to_string(i) + "]";
    if (!IsValidUtf8(name) || TrimAscii(name).empty() || CodePointCount(name) > 200)
      throw Invalid(at + ".event_name", "must be 1 to 200 characters");
    if (!IsValidUtf8(feature) || TrimAscii(feature).empty() || CodePointCount(feature) > 100)
      throw Invalid(at + ".feature", "must be 1 to 100 characters");
    if (!fresh.emplace(name, std::string(TrimAscii(feature))).second)
      throw Invalid(at + ".event_name", "is mapped twice");
  }
  auto before = Features();
  db_.Transact([&](store::Tx& tx) {
    tx.sql() << "DELETE FROM event_features";
    for (const auto& [name, feature] : fresh)
      tx.sql() << "INSERT INTO event_features (event_name, feature) VALUES (:n, :f)",
          soci::use(name), soci::use(feature);
    nlohmann::json b = nlohmann::json::object(), a = nlohmann::json::object();
    for (const auto& [n, f] : before) b[n] = f;
    for (const auto& [n, f] : fresh) a[n] = f;
    auth::AuditLog::Record(tx, actor, "update", "event_features", 0, b, a);
  });
  std::lock_guard lock(features_mu_);
  features_ = fresh;
  return {fresh.begin(), fresh.end()};
}

}  // namespace banso::events
