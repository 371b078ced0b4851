#include "rollup_lag.h"

#include <httplib.h>

#include <algorithm>

#include "events_api.h"

namespace banso::bench {

RollupLagSampler::RollupLagSampler(const std::string& host, int port,
                                   std::chrono::milliseconds interval)
    : thread_([this, host, port, interval](std::stop_token stop) {
        Run(stop, host, port, interval);
      }) {}

RollupLagSampler::~RollupLagSampler() { Stop(); }

void RollupLagSampler::Run(std::stop_token stop, const std::string& host, int port,
                           std::chrono::milliseconds interval) {
  httplib::Client client(host, port);
  client.set_keep_alive(true);
  client.set_read_timeout(30);
  auto start = std::chrono::steady_clock::now();
  for (auto next = start; !stop.stop_requested(); next += interval) {
    std::this_thread::sleep_until(next);
    auto res = client.Get("/metrics");
    if (!res || res->status != 200) continue;  // a missed sample only widens the bound
    double t = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    samples_.push_back({t, MetricValue(res->body, "banso_events_committed_position"),
                        MetricValue(res->body, "banso_rollup_applied_position")});
  }
}

std::vector<double> RollupLagSampler::Stop() {
  if (thread_.joinable()) {
    thread_.request_stop();
    thread_.join();
  }
  std::vector<double> lags;
  lags.reserve(samples_.size());
  for (const Sample& s : samples_) {
    if (s.applied >= s.committed) {
      lags.push_back(0);
      continue;
    }
    // The last sample whose committed position the rollups have now reached (committed
    // positions only grow); none: the wait began before the first sample.
    auto reached = std::partition_point(samples_.begin(), samples_.end(),
                                        [&](const Sample& o) { return o.committed <= s.applied; });
    double since = reached == samples_.begin() ? 0 : std::prev(reached)->t;
    lags.push_back(s.t - since);
  }
  samples_.clear();
  return lags;
}

}  // namespace banso::bench
