#include "health/rescoring_stats.h"

#include <algorithm>

#include "core/parallel.h"

namespace banso::health {
namespace {

nlohmann::json Percentiles(std::vector<double> v) {
  if (v.empty()) return nullptr;
  std::sort(v.begin(), v.end());
  auto at = [&](double p) {
    return v[std::min(v.size() - 1, static_cast<size_t>(p * static_cast<double>(v.size())))];
  };
  return {{"p50", at(0.5)}, {"p99", at(0.99)}, {"max", v.back()}};
}

}  // namespace

double RescoringStats::ThreadCpuMs() { return ThreadAndWorkersCpuMs(); }

void RescoringStats::RecordChange(const RescoringCost& c) {
  std::lock_guard lock(mu_);
  if (changes_.size() < kKept)
    changes_.push_back(c);
  else
    changes_[next_] = c;
  next_ = (next_ + 1) % kKept;
  ++count_;
}

void RescoringStats::RecordFull(const RescoringCost& c) {
  std::lock_guard lock(mu_);
  full_ = c;
  has_full_ = true;
}

nlohmann::json RescoringStats::ToJson() const {
  std::lock_guard lock(mu_);
  std::vector<double> cpu, wall;
  long long accounts = 0;
  for (const auto& c : changes_) {
    cpu.push_back(c.cpu_ms);
    wall.push_back(c.wall_ms);
    accounts += c.accounts;
  }
  nlohmann::json full = nullptr;
  if (has_full_)
    full = {{"accounts", full_.accounts}, {"cpu_ms", full_.cpu_ms}, {"wall_ms", full_.wall_ms}};
  return {{"changes",
           {{"count", count_},
            {"kept", changes_.size()},
            {"accounts", accounts},
            {"cpu_ms", Percentiles(cpu)},
            {"wall_ms", Percentiles(wall)}}},
          {"full", full}};
}

}  // namespace banso::health
