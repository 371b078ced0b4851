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

  // Checkpointing: what changed since the last TakeDirty, and restoring from stored cells.
  struct Dirty {
    std::vector<std::pair<long long, int>> cells;
    std::vector<std::pair<long long, uint16_t>> adopters;
  };
  Dirty TakeDirty();
  const DayCell* Cell(long long account, int day) const;
  void RestoreCell(long long account, DayCell cell);

  // Packs the cells that have not changed since the last call (DayCell). Returns how many.
  size_t PackIdle();
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
  };
  DayCell& CellFor(AccountCells& a, int day);
  static Roaring& AdoptersFor(AccountCells& a, uint16_t name_id);
  // The people active in any of the cells [b, e).
  static Roaring Union(const DayCell* b, const DayCell* e);
  // Cells of [from, to], in order.
  std::pair<const DayCell*, const DayCell*> Range(const AccountCells& a, int from, int to) const;

  std::unordered_map<long long, AccountCells> accounts_;
};

}  // namespace banso::events
