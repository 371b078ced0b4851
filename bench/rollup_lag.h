// How far the usage rollups trail ingest while a load runs, seen from outside the server.
#pragma once

#include <chrono>
#include <cstdint>
#include <string>
#include <thread>
#include <vector>

namespace banso::bench {

// Samples GET /metrics (no auth; the server reads a few atomics) every `interval` on its own
// keep-alive connection, keeping the committed and the applied log positions. The lag at a
// sample is the time since the committed position was last at or below the applied one: no
// message acknowledged before then is still waiting, so it bounds from above, by at most one
// interval, how long the oldest acknowledged message not yet in the rollups has waited.
//
// Thread safety: Stop from the thread that made the sampler.
class RollupLagSampler {
 public:
  RollupLagSampler(const std::string& host, int port,
                   std::chrono::milliseconds interval = std::chrono::milliseconds(20));
  ~RollupLagSampler();

  // Stops sampling and returns the lag at each sample, in seconds.
  std::vector<double> Stop();

 private:
  struct Sample {
    double t;  // seconds since the sampler started
    uint64_t committed, applied;
  };
  void Run(std::stop_token stop, const std::string& host, int port,
           std::chrono::milliseconds interval);

  std::vector<Sample> samples_;  // written by the thread until Stop joins it
  std::jthread thread_;
};

}  // namespace banso::bench
