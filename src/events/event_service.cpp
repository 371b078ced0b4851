#include "events/event_service.h"

#include <pthread.h>
#include <spdlog/spdlog.h>
#include <unistd.h>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>

#include "core/error.h"
#include "events/event_ingest.h"
#include "events/file_event_log.h"
#include "events/packed_arena.h"
#include "events/pg_event_log.h"
#include "events/usage_applier.h"

namespace banso::events {
namespace {

// Records applied under one lock. The applied position moves once a chunk: a smaller chunk
// keeps the lag that ingest is paced to (kMaxRollupLag) fine-grained.
constexpr size_t kApplyChunk = 20000;
// How far behind ingest the rollups may fall before ingest waits for them (EventIngest).
constexpr std::chrono::milliseconds kMaxRollupLag(300);

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
    : db_(db),
      options_(std::move(options)),
      sources_(db),
      features_(db),
      usage_(db, applier_, features_, sources_) {
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
  for (UsageListener* l : listeners_) applier_->AddListener(l);
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
  if (analytics_) ingest_->PaceToApplier(kMaxRollupLag);
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
  // The applier runs at the request threads' priority: health is only as fresh as the rollups,
  // and ingest is paced to keep them within kMaxRollupLag (EventIngest::PaceToApplier). At a
  // lower priority it ran only when ingest left a core idle, and ingest then waited on it.
  pthread_setname_np(pthread_self(), "banso-applier");
  auto last_checkpoint = std::chrono::steady_clock::now();
  // A checkpoint during a bulk load rewrites most cells and can take seconds; the interval
  // stretches to 4x the last one's duration so that checkpoints take at most a fifth of the
  // time (a crash then replays a longer tail, which is what it trades).
  std::chrono::duration<double> interval = std::chrono::seconds(options_.checkpoint_seconds);
  uint64_t log_seen_end = 0;  // the log's end at the last pass, and when it last moved
  std::chrono::steady_clock::time_point log_grew;
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
        if (analytics_) ingest_->PaceToApplier(kMaxRollupLag);
        continue;
      }
      applier_->CheckCheckpointWrite();
      while (applier_->ApplyAvailable(kApplyChunk) == kApplyChunk) {}
      // While ingest is busy (the log grew within the last second), a checkpoint would write
      // cells that are about to change again, and its writes and CPU would slow ingest, which
      // is paced to the applier: it waits for a pause, for at most a minute (which bounds the
      // replay after a crash). Waiting only while the applier was behind stopped working once
      // pacing kept it close behind: a bulk load then checkpointed every 10-25 s.
      const auto now = std::chrono::steady_clock::now();
      if (uint64_t end = log_->LastPosition(); end != log_seen_end) {
        log_seen_end = end;
        log_grew = now;
      }
      if (now - log_grew < std::chrono::seconds(1) &&
          now - last_checkpoint < std::chrono::seconds(60))
        due = false;
      // The write runs beside the applier, which only takes the changed state: the rollups' lag
      // must stay within a second while a checkpoint of a bulk load writes for many.
      if (due && applier_->StartCheckpoint()) {
        last_checkpoint = std::chrono::steady_clock::now();
        interval = std::max<std::chrono::duration<double>>(
            std::chrono::seconds(options_.checkpoint_seconds),
            std::chrono::duration<double>(4 * applier_->last_checkpoint_seconds()));
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

void EventService::AddUsageListener(UsageListener* listener) {
  listeners_.push_back(listener);
  if (applier_) applier_->AddListener(listener);
}

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

EventStatus EventService::Status() {
  EventStatus s;
  s.committed_position = log_ ? log_->LastPosition() : 0;
  s.applied_position = metrics_.applied_position.load();
  s.events_committed = metrics_.committed.load();
  s.events_applied = metrics_.applied_events.load();
  s.dedup_window_days = options_.dedup_window_days;
  s.dedup_entries = ingest_ ? ingest_->dedup_entries() : 0;
  s.analytics_role = analytics_.load();
  s.memory.dedup_bytes = ingest_ ? ingest_->dedup_memory_bytes() : 0;
  if (applier_) {
    auto [rollups, people] = applier_->Read([](const UsageState& state) {
      return std::pair{state.rollups.MemoryUse(), state.people.size()};
    });
    s.memory.rollups_loaded = true;
    s.memory.cells = rollups.cells;
    s.memory.open_cells = rollups.open_cells;
    s.memory.cell_bytes = rollups.cell_bytes;
    s.memory.adopter_bytes = rollups.adopter_bytes;
    s.memory.packed_cell_mapped_bytes = PackedArena::Shared().mapped_bytes();
    s.memory.people = people;
  }
  return s;
}

}  // namespace banso::events
