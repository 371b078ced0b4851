#pragma once
// The events module's front: Segment ingest (write key, rate limit, parse, group commit), the
// rollup applier's thread, and the usage queries the API and other modules ask.
//
// Construction is cheap (CLI commands that only manage sources use it); Start() opens the log,
// rebuilds the de-duplication window, loads the checkpoint and replays the tail before
// returning, so that a server that starts listening afterwards answers with complete figures.
//
// Thread safety: everything may be called from any thread after Start().
#include <nlohmann/json.hpp>

#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <unordered_map>
#include <vector>

#include "auth/actor.h"
#include "core/date.h"
#include "core/ids.h"
#include "events/event_metrics.h"
#include "events/live_stream.h"
#include "events/segment_parser.h"
#include "events/source_store.h"
#include "events/usage_listener.h"
#include "store/database.h"

namespace banso::events {

class EventLog;
class EventIngest;
class UsageApplier;

struct EventServiceOptions {
  std::string log_dir;  // SQLite mode: the segment files (default: next to the database file)
  int dedup_window_days = 7;
  int checkpoint_seconds = 10;
  uint64_t segment_bytes = 64ull << 20;
  SegmentLimits limits;
};

struct IngestOutcome {
  size_t accepted = 0;    // stored now
  size_t duplicates = 0;  // already stored earlier (a retry): accepted, not stored twice
  std::vector<ItemRejection> rejected;
};

class EventService {
 public:
  EventService(store::Database& db, EventServiceOptions options);
  ~EventService();

  void Start();
  void Stop();  // stops the applier after a last checkpoint
  bool started() const { return started_; }

  // One Segment request. basic_user: the write key from HTTP Basic auth ("" if none).
  // Throws Unauthorized (unknown/revoked key), RateLimited, Invalid (400: the request itself).
  IngestOutcome Ingest(std::optional<EventType> type, std::string body,
                       const std::string& basic_user);

  // Blocks until everything committed so far is applied to the rollups (tests, demo, bench).
  void WaitUntilApplied(std::chrono::milliseconds timeout = std::chrono::seconds(60));
  void CheckpointNow();

  SourceStore& sources() { return sources_; }
  EventMetrics& metrics() { return metrics_; }
  LiveStream& live() { return live_; }
  void AddUsageListener(UsageListener* listener);

  // ---- Queries (JSON as the API answers) ----
  nlohmann::json Catalog();
  nlohmann::json Volume(Date from, Date to, const std::optional<std::string>& name);
  nlohmann::json AccountUsage(AccountId account, Date from, Date to);
  nlohmann::json ActiveUsers(Date from, Date to);  // every account: DAU series, WAU, MAU
  nlohmann::json Status();
  nlohmann::json SourcesJson();

  // An account's usage figures on a day, for other modules (success-plan KPIs bound to usage).
  struct UsageFigures {
    uint32_t dau = 0, wau = 0, mau = 0;
    std::optional<double> seat_utilisation;     // MAU / licensed seats, when seats are known
    std::map<std::string, uint64_t> events_7d;  // track events by name in the 7 days to the day
  };
  // nullopt when the service is not started (no rollups to read).
  std::optional<UsageFigures> UsageOn(AccountId account, Date day);
  // For every account with usage: how many consecutive 7-day windows, the newest ending on
  // `day`, had at least one active person (at most max_weeks). Empty when not started.
  std::unordered_map<long long, int> ActiveWeeks(Date day, int max_weeks);

  // The feature mapping: event name -> product feature.
  std::vector<std::pair<std::string, std::string>> Features();
  std::vector<std::pair<std::string, std::string>> SetFeatures(
      const auth::Actor& actor, const std::vector<std::pair<std::string, std::string>>& items);

 private:
  std::string DedupSnapshotPath() const;
  nlohmann::json Memory();
  void RunApplier();
  // After a failure: waits, then reloads the last checkpoint (retrying with back-off until the
  // database answers); false when the service stops meanwhile.
  bool RecoverApplier();
  UsageApplier& Applier();
  bool TryTakeAnalyticsRole();
  bool AllowRate(const Source& source, size_t events, int& retry_after);

  store::Database& db_;
  EventServiceOptions options_;
  EventMetrics metrics_;
  SourceStore sources_;
  LiveStream live_;
  std::unique_ptr<EventLog> log_;
  std::unique_ptr<EventIngest> ingest_;
  std::unique_ptr<UsageApplier> applier_;
  std::atomic<bool> started_{false};
  // PostgreSQL mode: one process applies the log (the analytics role, an advisory lock held by
  // this session); the others ingest and answer from the checkpoint, refreshed as it is written.
  std::atomic<bool> analytics_{false};
  std::unique_ptr<soci::session> role_session_;

  std::mutex applier_mu_;
  std::condition_variable applier_cv_;
  bool applier_wake_ = false, applier_stop_ = false;
  std::thread applier_thread_;

  struct Bucket {
    double tokens = 0;
    std::chrono::steady_clock::time_point at;
  };
  std::mutex rate_mu_;
  std::map<long long, Bucket> buckets_;

  std::mutex features_mu_;
  std::optional<std::map<std::string, std::string>> features_;  // cached
};

}  // namespace banso::events
