#pragma once
// The events module's front: Segment ingest (write key, rate limit, parse, group commit), the
// rollup applier's thread, and the usage queries (usage_queries.h) and feature map it owns.
//
// Construction is cheap (CLI commands that only manage sources use it); Start() opens the log,
// rebuilds the de-duplication window, loads the checkpoint and replays the tail before
// returning, so that a server that starts listening afterwards answers with complete figures.
//
// Thread safety: everything may be called from any thread after Start().
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
#include "events/feature_map.h"
#include "events/live_stream.h"
#include "events/segment_parser.h"
#include "events/source_store.h"
#include "events/usage_listener.h"
#include "events/usage_queries.h"
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

// Where ingest and the rollups stand, for operators (GET /api/v1/events/status).
struct EventStatus {
  uint64_t committed_position = 0, applied_position = 0;
  uint64_t events_committed = 0, events_applied = 0;
  int dedup_window_days = 0;
  size_t dedup_entries = 0;
  bool analytics_role = false;
  // What the largest in-memory structures take, in bytes (estimates from their sizes): for
  // operators sizing a machine, and for the benchmark's memory figure.
  struct Memory {
    size_t dedup_bytes = 0;
    bool rollups_loaded = false;  // the rest is known while the service is started
    size_t cells = 0, open_cells = 0, cell_bytes = 0, adopter_bytes = 0;
    size_t packed_cell_mapped_bytes = 0;
    size_t people = 0;
  } memory;
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
  // Any time (the applier made at each start takes every listener added so far); not
  // thread-safe with Start.
  void AddUsageListener(UsageListener* listener);

  UsageQueries& usage() { return usage_; }
  // Whether this process applies the log (always with SQLite; one process with PostgreSQL):
  // derived state written from it (health scores) is written by that process alone.
  bool analytics() const { return analytics_.load(); }
  FeatureMap& features() { return features_; }
  EventStatus Status();

 private:
  std::string DedupSnapshotPath() const;
  void RunApplier();
  // After a failure: waits, then reloads the last checkpoint (retrying with back-off until the
  // database answers); false when the service stops meanwhile.
  bool RecoverApplier();
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
  std::vector<UsageListener*> listeners_;  // given to each applier made
  FeatureMap features_;
  UsageQueries usage_;  // reads applier_
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
};

}  // namespace banso::events
