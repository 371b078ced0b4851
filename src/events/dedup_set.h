#pragma once
// Exact de-duplication of messages over a window of days, in memory.
//
// A database unique index on random message ids makes SQLite 13-20x slower on the hot path
// (../shared/design/BASELINES.md), so the window lives here: one open-addressing table of
// fingerprints per day received, dropped whole when the day leaves the window.
//
// Each slot stores 64 bits of the message's keyed hash (8 bytes per message, so 50 million
// messages fit in ~512 MB). Two different messages are taken for one only if those 64 bits
// agree: a chance of n^2 / 2^65 for n messages in the window (7e-7 at 5 million, 7e-5 at 50
// million). The log keeps the full 128-bit fingerprint should that ever need to be tighter.
//
// Not thread-safe: the ingest committer owns it.
#include <cstdint>
#include <deque>
#include <vector>

#include "events/event_record.h"

namespace banso::events {

class DedupSet {
 public:
  explicit DedupSet(int window_days) : window_days_(window_days) {}

  // Records fp as received on day (days since the epoch). False if it is already in the window.
  bool Insert(const Fingerprint& fp, int day);
  bool Contains(const Fingerprint& fp) const;
  // Forgets the days that left the window ending today.
  void Expire(int today);

  size_t size() const;

 private:
  struct Table {
    int day = 0;
    size_t count = 0;
    std::vector<uint64_t> slots;  // 0 = empty
    bool Contains(uint64_t key) const;
    void Put(uint64_t key);
    void Grow();
  };
  Table& TableFor(int day);

  int window_days_;
  std::deque<Table> tables_;  // ascending day
};

}  // namespace banso::events
