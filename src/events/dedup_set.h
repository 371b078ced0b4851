#pragma once
// Exact de-duplication of messages over a window of days, in memory.
//
// A database unique index on random message ids makes SQLite 13-20x slower on the hot path
// (../shared/design/BASELINES.md), so the window lives here, one table per day received,
// dropped whole when the day leaves the window.
//
// A message is known by 64 bits of its keyed hash. Two different messages are taken for one
// only if those 64 bits agree: a chance of n^2 / 2^65 for n messages in the window (7e-7 at 5
// million, 7e-5 at 50 million). The log keeps the full 128-bit fingerprint should that ever
// need to be tighter.
//
// Memory is ~6 bytes a message: a day's keys are kept sorted, grouped by their top 16 bits, and
// only the low 48 bits of each are stored (the group gives the rest). New keys go to a small
// open-addressing table first, merged into the sorted run when it fills. A plain table of
// 64-bit slots at load <= 0.8 would need ~10 bytes a message (512 MiB at 50 million), plus a
// second copy while it doubled.
//
// Save/Load write the window to a file at shutdown and read it back at start-up in one pass,
// instead of re-inserting every fingerprint from the log's sidecars.
//
// Not thread-safe: the ingest committer owns it.
#include <cstdint>
#include <deque>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "events/event_record.h"

namespace banso::events {

class DedupSet {
 public:
  // recent_max: the recent table's largest size in slots (a power of two), merged into the run
  // when 3/4 full. Each merge moves the whole run, so larger means fewer merges but more memory;
  // 2^21 slots is 16 MiB. Tests make it small to exercise merging.
  explicit DedupSet(int window_days, size_t recent_max = size_t{1} << 21)
      : window_days_(window_days), recent_max_(recent_max) {}

  // Records fp as received on day (days since the epoch). False if it is already in the window.
  bool Insert(const Fingerprint& fp, int day);
  bool Contains(const Fingerprint& fp) const;
  // Starts loading the memory that Insert(fp) or Contains(fp) will read. Each lookup misses the
  // cache (the tables are hundreds of MB); a caller with many messages prefetches a few ahead so
  // that the misses overlap.
  void Prefetch(const Fingerprint& fp) const;
  // Forgets the days that left the window ending today.
  void Expire(int today);

  size_t size() const;
  size_t memory_bytes() const;

  // Writes the window to path (via a temporary file and rename), stamped with log_end: the log
  // position it covers. Returns false (and logs nothing) if the file cannot be written.
  bool Save(const std::string& path, uint64_t log_end);
  // The window saved at path, if the file is intact, was saved with the same window and covers
  // exactly log_end; else nullopt (the caller rebuilds from the log).
  static std::optional<DedupSet> Load(const std::string& path, int window_days, uint64_t log_end,
                                      size_t recent_max = size_t{1} << 21);

 private:
  struct FreeDeleter {
    void operator()(unsigned char* p) const;
  };
  struct Day {
    int day = 0;
    // Recent keys, open addressing (0 = empty).
    std::vector<uint64_t> recent;
    size_t recent_count = 0;
    // The older keys, sorted: the low 48 bits (6 bytes each) of the keys whose top 16 bits are
    // g are at [group_end[g - 1], group_end[g]) (from 0 for g = 0).
    std::vector<uint32_t> group_end;
    std::unique_ptr<unsigned char, FreeDeleter> run;  // grown with realloc (mremap: no copy)
    size_t run_count = 0;

    bool Contains(uint64_t key) const;
    void Prefetch(uint64_t key) const;
    // Where the run's search for key starts (run_count > 0).
    size_t Guess(uint64_t key, size_t& lo, size_t& hi) const;
    void Put(uint64_t key, size_t recent_max);
    void Merge();  // moves the recent keys into the run
  };
  Day& DayFor(int day);

  int window_days_;
  size_t recent_max_;
  std::deque<Day> days_;  // ascending day
};

}  // namespace banso::events
