#include "events/event_ingest.h"

#include <pthread.h>

#include <algorithm>
#include <chrono>
#include <thread>
#include <utility>

#include "core/date.h"
#include "core/error.h"

namespace banso::events {

EventIngest::EventIngest(EventLog& log, std::optional<DedupSet> dedup, EventMetrics& metrics,
                         const Clock& clock, std::function<DedupSet()> rebuild_window)
    : log_(log),
      dedup_(std::move(dedup)),
      rebuild_window_(std::move(rebuild_window)),
      metrics_(metrics),
      clock_(clock) {
  if (log_.DeduplicatesItself()) dedup_.reset();
  thread_ = std::thread([this] { Run(); });
}

EventIngest::~EventIngest() { Finish(); }

std::optional<DedupSet> EventIngest::Finish() {
  {
    std::lock_guard lock(mu_);
    stopping_ = true;
  }
  work_cv_.notify_all();
  if (thread_.joinable()) thread_.join();
  return std::exchange(dedup_, std::nullopt);
}

CommitResult EventIngest::Commit(const std::vector<EventRecord>& records) {
  if (records.empty()) return {};
  Waiter w;
  w.records = &records;
  std::unique_lock lock(mu_);
  if (broken_) std::rethrow_exception(broken_);
  if (stopping_) throw Unavailable("the server is shutting down");
  queue_.push_back(&w);
  work_cv_.notify_one();
  done_cv_.wait(lock, [&] { return w.done; });
  if (w.error) std::rethrow_exception(w.error);
  return w.result;
}

size_t EventIngest::dedup_entries() const {
  std::lock_guard lock(mu_);
  return dedup_ ? dedup_->size() : 0;
}

size_t EventIngest::dedup_memory_bytes() const {
  std::lock_guard lock(mu_);
  return dedup_ ? dedup_->memory_bytes() : 0;
}

void EventIngest::Run() {
  pthread_setname_np(pthread_self(), "banso-commit");  // named for top -H, perf and gdb
  std::vector<Waiter*> group;
  for (;;) {
    {
      std::unique_lock lock(mu_);
      work_cv_.wait(lock, [&] { return stopping_ || !queue_.empty(); });
      if (queue_.empty()) return;  // stopping, nothing left
    }
    WaitForApplier();  // requests queue meanwhile: the next group takes them all
    {
      std::lock_guard lock(mu_);
      group.swap(queue_);
    }
    try {
      CommitGroup(group);
    } catch (...) {
      // Whatever failed, the callers are answered (503) and the committer lives on.
      for (Waiter* w : group)
        if (!w->error) w->error = std::current_exception();
    }
    {
      std::lock_guard lock(mu_);
      for (Waiter* w : group) w->done = true;
    }
    done_cv_.notify_all();
    group.clear();
    if (max_lag_ms_ > 0)
      unapplied_.emplace_back(metrics_.committed_position.load(), std::chrono::steady_clock::now());
    if (on_committed_) on_committed_();
  }
}

void EventIngest::WaitForApplier() {
  const std::chrono::milliseconds max_lag(max_lag_ms_.load());
  if (max_lag.count() == 0) return;
  for (;;) {
    const uint64_t applied = metrics_.applied_position.load();
    const auto now = std::chrono::steady_clock::now();
    while (!unapplied_.empty() && unapplied_.front().first <= applied) unapplied_.pop_front();
    if (applied != applied_seen_ || unapplied_.empty()) {
      applied_seen_ = applied;
      applier_moved_ = now;
    }
    // An applier that is not moving (recovering from a database fault, say) does not hold
    // ingest up: acknowledging events matters more than usage being fresh.
    if (unapplied_.empty() || now - unapplied_.front().second < max_lag ||
        now - applier_moved_ > std::chrono::seconds(1))
      return;
    {
      std::lock_guard lock(mu_);
      if (stopping_) return;
    }
    std::this_thread::sleep_for(std::chrono::milliseconds(2));
  }
}

void EventIngest::CommitGroup(std::vector<Waiter*>& group) {
  auto start = std::chrono::steady_clock::now();
  std::exception_ptr error;
  {
    std::lock_guard lock(mu_);
    error = broken_;
  }
  if (error) {
    for (Waiter* w : group) w->error = error;
    return;
  }
  thread_local std::vector<const EventRecord*> batch;
  thread_local std::vector<char> stored;
  batch.clear();
  // The de-duplication check runs here, on one thread, so two concurrent retries of one
  // message cannot both pass it.
  std::vector<size_t> first(group.size());
  // Each lookup in the window misses the cache; prefetching a few messages ahead overlaps the
  // misses.
  constexpr size_t kAhead = 16;
  thread_local std::vector<const Fingerprint*> ahead;
  ahead.clear();
  if (dedup_) {
    dedup_->Expire(clock_.Today().days());
    for (Waiter* w : group)
      for (const EventRecord& r : *w->records) ahead.push_back(&r.fingerprint);
    for (size_t k = 0; k < std::min(kAhead, ahead.size()); ++k) dedup_->Prefetch(*ahead[k]);
  }
  size_t next = kAhead;
  for (size_t g = 0; g < group.size(); ++g) {
    first[g] = batch.size();
    for (const EventRecord& r : *group[g]->records) {
      if (next < ahead.size()) dedup_->Prefetch(*ahead[next++]);
      if (dedup_ && !dedup_->Insert(r.fingerprint, Timestamp{r.received_ms}.date().days())) {
        ++group[g]->result.duplicates;
        continue;
      }
      batch.push_back(&r);
    }
  }
  try {
    log_.Append(batch, stored);
  } catch (...) {
    error = std::current_exception();
    // With our own window, fingerprints were inserted for records that were not stored: the
    // window is made again from the log, or, failing that, every later call is refused. A log
    // that de-duplicates itself (PostgreSQL) rolled the whole append back.
    if (dedup_) {
      std::optional<DedupSet> rebuilt;
      try {
        if (rebuild_window_) rebuilt = rebuild_window_();
      } catch (...) {}
      if (rebuilt) {
        dedup_ = std::move(rebuilt);
      } else {
        std::lock_guard lock(mu_);
        broken_ = error;
      }
    }
  }
  size_t i = 0;
  for (size_t g = 0; g < group.size(); ++g) {
    size_t end = g + 1 < group.size() ? first[g + 1] : batch.size();
    for (; i < end; ++i) {
      if (error) continue;
      if (stored[i])
        ++group[g]->result.stored;
      else
        ++group[g]->result.duplicates;
    }
    if (error) group[g]->error = error;
    metrics_.committed += group[g]->result.stored;
    metrics_.duplicates += group[g]->result.duplicates;
  }
  try {
    metrics_.committed_position = log_.LastPosition();
  } catch (const std::exception&) {
    // Only a metric: a log that cannot answer now (a lock, a lost connection) leaves it as it was.
  }
  metrics_.ObserveCommit(
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count());
}

}  // namespace banso::events
