#pragma once
// What time it is, as a dependency: production code that compares data with "now" takes a
// Clock, so that tests can date their data relative to a ManualClock and pass on any day.
//
// Thread safety: both clocks may be read from any thread; ManualClock may be set while read.
#include <atomic>

#include "core/date.h"

namespace banso {

class Clock {
 public:
  virtual ~Clock() = default;
  virtual Timestamp Now() const = 0;
  Date Today() const { return Now().date(); }
};

// The system's wall clock.
const Clock& SystemClock();

// A clock that stands still until told otherwise.
class ManualClock final : public Clock {
 public:
  explicit ManualClock(Timestamp at) : ms_(at.ms) {}
  Timestamp Now() const override { return {ms_.load()}; }
  void Set(Timestamp at) { ms_ = at.ms; }
  void AdvanceDays(int days) { ms_ += days * 86400000LL; }

 private:
  std::atomic<long long> ms_;
};

}  // namespace banso
