#pragma once
// What rescoring costs, as the engine measures it: the thread CPU time and wall time of each
// rescoring of a few accounts after a change (reload of their history, scoring, storing), and of
// the last rescoring of everyone. Benchmarks read it through GET /api/v1/health/status, since the
// CPU a change costs cannot be seen from outside the process.
//
// Thread safety: all methods may be called from any thread.
#include <mutex>
#include <nlohmann/json.hpp>
#include <vector>

namespace banso::health {

struct RescoringCost {
  long long accounts = 0;
  double cpu_ms = 0, wall_ms = 0;
};

class RescoringStats {
 public:
  // The CPU time the calling thread (and the workers it started) has used so far, in ms.
  static double ThreadCpuMs();

  void RecordChange(const RescoringCost& c);
  void RecordFull(const RescoringCost& c);
  // {"changes": {count, accounts, cpu_ms: {p50, p99, max}, wall_ms: {…}}, "full": {…} or null},
  // over the last kKept rescorings after changes.
  nlohmann::json ToJson() const;

  static constexpr size_t kKept = 4096;

 private:
  mutable std::mutex mu_;
  std::vector<RescoringCost> changes_;  // a ring of the last kKept
  size_t next_ = 0;
  long long count_ = 0;
  RescoringCost full_;
  bool has_full_ = false;
};

}  // namespace banso::health
