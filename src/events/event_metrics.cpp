#include "events/event_metrics.h"

#include <fmt/format.h>

#include "core/date.h"

namespace banso::events {

void EventMetrics::ObserveCommit(double seconds) {
  for (size_t i = 0; i < kLatencyBuckets.size(); ++i)
    if (seconds <= kLatencyBuckets[i]) buckets_[i].fetch_add(1, std::memory_order_relaxed);
  commit_count_.fetch_add(1, std::memory_order_relaxed);
  commit_micros_.fetch_add(static_cast<uint64_t>(seconds * 1e6), std::memory_order_relaxed);
}

std::string EventMetrics::Render() const {
  std::string out;
  auto counter = [&](const char* name, const char* help, uint64_t value) {
    out += fmt::format("# HELP {0} {1}\n# TYPE {0} counter\n{0} {2}\n", name, help, value);
  };
  auto gauge = [&](const char* name, const char* help, double value) {
    out += fmt::format("# HELP {0} {1}\n# TYPE {0} gauge\n{0} {2}\n", name, help, value);
  };
  counter("banso_events_received_total", "Messages received with a valid write key.",
          received.load());
  counter("banso_events_rejected_total", "Messages refused, with a reason given to the sender.",
          rejected.load());
  counter("banso_events_committed_total", "Messages durably stored in the event log.",
          committed.load());
  counter("banso_events_dedup_hits_total", "Retries recognised by messageId and not stored again.",
          duplicates.load());
  counter("banso_events_rate_limited_total", "Requests answered 429 by a source's rate limit.",
          rate_limited.load());
  counter("banso_events_unauthorized_total",
          "Requests with a missing, unknown or revoked write key.", unauthorized.load());
  out +=
      "# HELP banso_events_commit_seconds Time from a group commit's start to its fdatasync.\n"
      "# TYPE banso_events_commit_seconds histogram\n";
  for (size_t i = 0; i < kLatencyBuckets.size(); ++i)
    out += fmt::format("banso_events_commit_seconds_bucket{{le=\"{}\"}} {}\n", kLatencyBuckets[i],
                       buckets_[i].load());
  out +=
      fmt::format("banso_events_commit_seconds_bucket{{le=\"+Inf\"}} {}\n", commit_count_.load());
  out += fmt::format("banso_events_commit_seconds_sum {}\n", commit_micros_.load() / 1e6);
  out += fmt::format("banso_events_commit_seconds_count {}\n", commit_count_.load());
  uint64_t committed_pos = committed_position.load(), applied_pos = applied_position.load();
  // The positions themselves, so that a client sampling both can tell how long the oldest
  // acknowledged event has waited for the rollups (the benchmark's lag figure).
  auto position = [&](const char* name, const char* help, uint64_t value) {
    out += fmt::format("# HELP {0} {1}\n# TYPE {0} gauge\n{0} {2}\n", name, help, value);
  };
  position("banso_events_committed_position", "Log position of the last committed message.",
           committed_pos);
  position("banso_rollup_applied_position",
           "Log position of the last message applied to the usage rollups.", applied_pos);
  gauge("banso_rollup_lag_positions",
        "Log positions committed but not yet applied to the usage rollups.",
        static_cast<double>(committed_pos > applied_pos ? committed_pos - applied_pos : 0));
  int64_t last = last_applied_received_ms.load();
  gauge("banso_rollup_lag_seconds",
        "Age of the newest applied message when the rollups are behind (0 when caught up).",
        committed_pos > applied_pos && last > 0 ? (Timestamp::Now().ms - last) / 1000.0 : 0.0);
  counter("banso_rollup_applied_total", "Messages applied to the usage rollups.",
          applied_events.load());
  return out;
}

}  // namespace banso::events
