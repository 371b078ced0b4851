#pragma once
// Usage per account and day (DayCell), kept in memory and updated as events are applied, plus,
// per account and event name, the bitmap of everyone who ever used it (feature adoption).
// Queries answer from these cells, so their cost grows with accounts x days, not with the
// number of events.
//
// Not thread-safe: the EventService guards it with a shared mutex.
#include <roaring/roaring.hh>

#include <cstdint>
#include <functional>
#include <limits>
#include <span>
#include <string>
#include <unordered_map>
#include <vector>

#include "events/day_cell.h"

namespace banso::events {

// Distinct active people of one account over a day range.
struct ActiveSeries {
  std::vector<uint32_t> dau;  // one per day of [from, to]
  std::vector<uint32_t> wau;  // distinct in the 7 days ending each day
  std::vector<uint32_t> mau;  // distinct in the 30 days ending each day
  std::vector<uint32_t> events;
};

class UsageRollups {
 public:
  void Add(long long account, int day, uint32_t person, uint16_t name_id, uint32_t count = 1);

  std::vector<long long> Accounts() const;

  // with_window: also WAU and MAU for every day (costs 37 unions a day); else only at `to`.
  ActiveSeries Series(long long account, int from, int to, bool with_window) const;
  // Distinct people active in [from, to].
  uint64_t DistinctActive(long long account, int from, int to) const;
  Roaring ActivePeople(long long account, int from, int to) const;
  // Days in [from, to] on which the person was active.
  int ActiveDays(long long account, uint32_t person, int from, int to) const;
  // Event counts by name id over [from, to].
  std::unordered_map<uint16_t, uint64_t> Counts(long long account, int from, int to) const;
  // Everyone who ever used the event name at the account.
  const Roaring* Adopters(long long account, uint16_t name_id) const;
  // The first day any account has a cell for (INT_MAX with none): usage before it is unknown.
  int FirstDay() const { return first_day_; }

  // What health scoring reads at `day`, and nothing after it: distinct people active in the
  // 28 and the 30 days to it and in the 28 before those; and each event name id counted in the
  // 90 days to it, passed to used_name (once per cell it appears in).
  struct HealthWindow {
    uint32_t active_28 = 0, active_30 = 0, active_prev_28 = 0;
  };
  template <class UsedName>
  HealthWindow HealthWindowAt(long long account, int day, UsedName&& used_name) const;

  // Checkpointing without stopping the applier for the seconds that serialising a bulk load's
  // cells takes. BeginSnapshot marks what changed since the last snapshot and returns where it
  // is. The checkpoint's thread then serialises the marked cells and adopters a slice at a
  // time (Snapshot*), under the state's shared lock; Add, under the exclusive lock, first
  // serialises a marked one it is about to change (copy on write), kept for TakeEarly. The
  // snapshot is the state when it began, however the two interleave. One at a time.
  struct Dirty {
    std::vector<std::pair<long long, int>> cells;
    std::vector<std::pair<long long, uint16_t>> adopters;
  };
  struct CellBytes {
    long long account;
    int day;
    long long active;
    std::string data;  // DayCell::Serialize
  };
  struct AdopterBytes {
    long long account;
    int name;
    std::string data;  // portable Roaring
  };
  Dirty BeginSnapshot();
  // Appends the cell or adopters as they were at BeginSnapshot, unless Add already took them.
  void SnapshotCell(long long account, int day, std::vector<CellBytes>& out) const;
  void SnapshotAdopters(long long account, uint16_t name, std::vector<AdopterBytes>& out) const;
  // Those Add took; call after every marked one was passed to Snapshot*.
  void TakeEarly(std::vector<CellBytes>& cells, std::vector<AdopterBytes>& adopters) const;
  const DayCell* Cell(long long account, int day) const;
  void RestoreCell(long long account, DayCell cell);

  // Packs the cells of `accounts` that have not changed since the last call (DayCell).
  // Returns how many.
  size_t PackIdle(std::span<const long long> accounts);
  struct Memory {
    size_t cells = 0, open_cells = 0, cell_bytes = 0, adopter_bytes = 0;
  };
  Memory MemoryUse() const;
  void RestoreAdopters(long long account, uint16_t name_id, Roaring people);

 private:
  struct AccountCells {
    std::vector<DayCell> days;  // ascending day
    // By event name id: a few dozen names per account, where a sorted vector beats a hash map.
    std::vector<std::pair<uint16_t, Roaring>> adopters;
    bool dirty = false;
    std::vector<uint16_t> dirty_adopters;
    // Adopters marked for the snapshot in progress, sorted (the checkpoint's thread erases
    // them under the shared lock: only the applier, under the exclusive one, reads them too).
    mutable std::vector<uint16_t> snapshot_adopters;
  };
  void CopyBeforeWrite(long long account, AccountCells& a, DayCell& cell, uint16_t name_id);
  DayCell& CellFor(AccountCells& a, int day);
  static Roaring& AdoptersFor(AccountCells& a, uint16_t name_id);
  // The people active in any of the cells [b, e).
  static Roaring Union(const DayCell* b, const DayCell* e);
  // Cells of [from, to], in order.
  std::pair<const DayCell*, const DayCell*> Range(const AccountCells& a, int from, int to) const;

  std::unordered_map<long long, AccountCells> accounts_;
  // What Add serialised for the snapshot in progress (see BeginSnapshot).
  mutable std::vector<CellBytes> early_cells_;
  mutable std::vector<AdopterBytes> early_adopters_;
  int first_day_ = std::numeric_limits<int>::max();  // cells are never removed: kept as made
};

template <class UsedName>
UsageRollups::HealthWindow UsageRollups::HealthWindowAt(long long account, int day,
                                                        UsedName&& used_name) const {
  HealthWindow w;
  auto it = accounts_.find(account);
  if (it == accounts_.end()) return w;
  auto [b, e] = Range(it->second, day - 89, day);
  for (const DayCell* c = b; c != e; ++c)
    c->ForEachCount([&](uint16_t name, uint32_t) { used_name(name); });
  Roaring last_28 = Union(Range(it->second, day - 27, day).first, e);
  w.active_28 = static_cast<uint32_t>(last_28.cardinality());
  auto [b30, e30] = Range(it->second, day - 29, day - 28);
  if (b30 != e30) last_28 |= Union(b30, e30);
  w.active_30 = static_cast<uint32_t>(last_28.cardinality());
  auto [bp, ep] = Range(it->second, day - 55, day - 28);
  w.active_prev_28 = static_cast<uint32_t>(Union(bp, ep).cardinality());
  return w;
}

}  // namespace banso::events
