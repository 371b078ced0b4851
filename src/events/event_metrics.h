#pragma once
// Counters of the event path, exported at /metrics in Prometheus' text format.
#include <array>
#include <atomic>
#include <cstdint>
#include <string>

namespace banso::events {

class EventMetrics {
 public:
  // Upper bounds of the commit latency histogram, in seconds.
  static constexpr std::array<double, 12> kLatencyBuckets{0.0005, 0.001, 0.002, 0.005, 0.01, 0.02,
                                                          0.05,   0.1,   0.25,  0.5,   1,    2.5};

  std::atomic<uint64_t> received{0};      // messages in requests with a valid write key
  std::atomic<uint64_t> rejected{0};      // messages refused (bad item, limits, rate limit)
  std::atomic<uint64_t> committed{0};     // messages durably stored
  std::atomic<uint64_t> duplicates{0};    // retries recognised by messageId and not stored again
  std::atomic<uint64_t> rate_limited{0};  // requests answered 429
  std::atomic<uint64_t> unauthorized{0};  // requests with a missing, unknown or revoked key

  void ObserveCommit(double seconds);
  // The rollup position and the log's end, for the lag gauge; set by the applier.
  std::atomic<uint64_t> applied_events{0};
  std::atomic<uint64_t> applied_position{0};
  std::atomic<uint64_t> committed_position{0};
  std::atomic<int64_t> last_applied_received_ms{0};

  std::string Render() const;

 private:
  std::array<std::atomic<uint64_t>, kLatencyBuckets.size()> buckets_{};
  std::atomic<uint64_t> commit_count_{0};
  std::atomic<uint64_t> commit_micros_{0};
};

}  // namespace banso::events
