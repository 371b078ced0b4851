// What the event-ingest benchmark's HTTP tools ask Banso besides ingest: whether the rollups
// have caught up with the committed events (GET /api/v1/events/status).
#pragma once

#include <cstdint>
#include <string>

namespace banso::bench {

struct EventsStatus {
  uint64_t committed_position = 0, applied_position = 0;
  uint64_t events_committed = 0, events_applied = 0;
};

// The value of the line "name value" of a GET /metrics answer (Prometheus' text format).
uint64_t MetricValue(const std::string& metrics, const std::string& name);

// Polls GET /metrics every 50 ms until the applied log position reaches the committed one, then
// returns GET /api/v1/events/status (Bearer token). Throws std::runtime_error on an error answer or
// after timeout_s.
EventsStatus WaitUntilApplied(const std::string& host, int port, const std::string& token,
                              double timeout_s);

// Process CPU time (user + system) in seconds, so that a caller can tell a client's share of a
// machine it shares with the server.
double OwnCpuSeconds();

// "2026-11-23T04:05:06.789Z", now.
std::string NowIso();

}  // namespace banso::bench
