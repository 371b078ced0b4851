#pragma once
// Group commit: request threads hand their parsed messages to one committer thread, which
// takes everything queued, drops retries (messageId seen in the window), appends the rest to
// the event log with one write and one fdatasync, and wakes the requests. Under load, one
// sync covers hundreds of messages from dozens of requests, so durability costs little.
//
// Thread safety: Commit may be called from any number of threads.
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <functional>
#include <mutex>
#include <optional>
#include <thread>
#include <vector>

#include "core/clock.h"
#include "events/dedup_set.h"
#include "events/event_log.h"
#include "events/event_metrics.h"

namespace banso::events {

struct CommitResult {
  size_t stored = 0;
  size_t duplicates = 0;
};

class EventIngest {
 public:
  // dedup: the window, rebuilt by the caller; unused when the log de-duplicates itself. The
  // window's days are receive days, expired by clock's today. rebuild_window makes the window
  // again from what the log holds, for after a failed append.
  EventIngest(EventLog& log, std::optional<DedupSet> dedup, EventMetrics& metrics,
              const Clock& clock = SystemClock(), std::function<DedupSet()> rebuild_window = {});
  ~EventIngest();

  // Blocks until the records are durable. Throws Unavailable if the log cannot be written (a
  // full disk, say); nothing of the call is then stored, and later calls are taken again once
  // the log can be written: a database log rolled the append back, and with our own window the
  // failed records' fingerprints are dropped by rebuilding it from the log. If that fails too,
  // every call is refused until restart.
  CommitResult Commit(const std::vector<EventRecord>& records);

  // Called by the committer after each durable group (e.g. to wake the rollup applier).
  void OnCommitted(std::function<void()> fn) { on_committed_ = std::move(fn); }

  // Flow control: while the oldest committed group not yet applied to the usage rollups
  // (metrics' applied_position) is older than max_lag, the committer waits before taking the
  // next group (unless the applier has not moved for a second). Ingest then runs at the rate
  // the rollups keep up with, so that usage, and health after it, stays fresh under a
  // sustained load.
  // For the process that applies the log only; it may begin to at any time (a takeover).
  void PaceToApplier(std::chrono::milliseconds max_lag) { max_lag_ms_ = max_lag.count(); }

  size_t dedup_entries() const;
  size_t dedup_memory_bytes() const;

  // Finishes the queued commits, stops the committer and hands back the de-duplication window
  // (to be saved for the next start). Commit fails after this.
  std::optional<DedupSet> Finish();

 private:
  struct Waiter {
    const std::vector<EventRecord>* records = nullptr;
    CommitResult result;
    bool done = false;
    std::exception_ptr error;
  };
  void Run();
  void CommitGroup(std::vector<Waiter*>& group);
  void WaitForApplier();

  EventLog& log_;
  std::optional<DedupSet> dedup_;
  std::function<DedupSet()> rebuild_window_;
  EventMetrics& metrics_;
  const Clock& clock_;
  std::function<void()> on_committed_;
  std::atomic<int64_t> max_lag_ms_{0};  // 0: no pacing
  // The committer's: each group committed and not yet seen applied (end position, when).
  std::deque<std::pair<uint64_t, std::chrono::steady_clock::time_point>> unapplied_;
  uint64_t applied_seen_ = 0;
  std::chrono::steady_clock::time_point applier_moved_;

  mutable std::mutex mu_;
  std::condition_variable work_cv_, done_cv_;
  std::vector<Waiter*> queue_;
  bool stopping_ = false;
  std::exception_ptr broken_;
  std::thread thread_;
};

}  // namespace banso::events
