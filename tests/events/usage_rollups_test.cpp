#include <gtest/gtest.h>

#include <map>

#include "events/packed_arena.h"
#include "events/usage_rollups.h"

namespace banso::events {
namespace {

TEST(UsageRollups, CountsDistinctPeoplePerDayWeekAndMonth) {
  UsageRollups r;
  // Account 7: person 1 every day of days 0..29, person 2 on day 29 only, person 3 on day 0.
  for (int d = 0; d < 30; ++d) r.Add(7, 1000 + d, 1, 1);
  r.Add(7, 1029, 2, 2);
  r.Add(7, 1029, 2, 2);
  r.Add(7, 1000, 3, 1);
  auto s = r.Series(7, 1000, 1029, true);
  ASSERT_EQ(s.dau.size(), 30u);
  EXPECT_EQ(s.dau[0], 2u);
  EXPECT_EQ(s.dau[29], 2u);
  EXPECT_EQ(s.dau[15], 1u);
  EXPECT_EQ(s.events[29], 3u);
  EXPECT_EQ(s.wau[29], 2u);  // people 1 and 2
  EXPECT_EQ(s.mau[29], 3u);  // and person 3 on the first day of the 30
  EXPECT_EQ(s.wau[6], 2u);   // day 6's week still holds day 0
  EXPECT_EQ(s.wau[7], 1u);
  EXPECT_EQ(r.DistinctActive(7, 1001, 1028), 1u);
  EXPECT_EQ(r.ActiveDays(7, 1, 1000, 1029), 30);
  auto counts = r.Counts(7, 1029, 1029);
  EXPECT_EQ(counts[1], 1u);
  EXPECT_EQ(counts[2], 2u);
  EXPECT_EQ(r.Adopters(7, 2)->cardinality(), 1u);
  auto none = r.Series(8, 1000, 1001, true);
  EXPECT_EQ(none.dau, (std::vector<uint32_t>{0, 0}));
}

TEST(UsageRollups, CellsSurviveSerialisationAndOnlyChangedOnesAreDirty) {
  UsageRollups r;
  r.Add(1, 10, 5, 3, 4);
  r.Add(1, 11, 6, 3);
  auto dirty = r.BeginSnapshot();
  EXPECT_EQ(dirty.cells.size(), 2u);
  EXPECT_EQ(dirty.adopters.size(), 1u);
  r.Add(1, 11, 7, 4);
  dirty = r.BeginSnapshot();
  ASSERT_EQ(dirty.cells.size(), 1u);
  EXPECT_EQ(dirty.cells[0], (std::pair<long long, int>{1, 11}));
  auto counts_of = [](const DayCell& c) {
    std::vector<std::pair<uint16_t, uint32_t>> out;
    c.ForEachCount([&](uint16_t name, uint32_t count) { out.emplace_back(name, count); });
    return out;
  };
  for (long long active : {-1LL, 2LL}) {  // active unknown (older checkpoints) or stored
    DayCell copy(11);
    ASSERT_TRUE(DayCell::Restore(r.Cell(1, 11)->Serialize(), active, copy));
    EXPECT_TRUE(copy.packed());
    EXPECT_EQ(copy.events, 2u);
    EXPECT_EQ(copy.active, 2u);
    EXPECT_TRUE(copy.HasPerson(7));
    EXPECT_EQ(counts_of(copy), (std::vector<std::pair<uint16_t, uint32_t>>{{3, 1}, {4, 1}}));
  }
  DayCell broken;
  EXPECT_FALSE(DayCell::Restore("xyz", -1, broken));
  std::string truncated = r.Cell(1, 11)->Serialize();
  truncated.pop_back();
  EXPECT_FALSE(DayCell::Restore(truncated, -1, broken));
}

TEST(UsageRollups, PackedCellsAnswerAsOpenOnesAndReopenOnWrite) {
  UsageRollups r;
  for (int d = 0; d < 40; ++d)
    for (uint32_t p = 0; p < 30; ++p)
      if ((p + d) % 3 != 0)
        r.Add(5, 2000 + d, p * 70001, static_cast<uint16_t>(p % 4));  // ids across containers
  auto open = r.Series(5, 2000, 2039, true);
  auto open_counts = r.Counts(5, 2000, 2039);
  int open_days = r.ActiveDays(5, 70001, 2000, 2039);
  EXPECT_EQ(r.PackIdle(r.Accounts()), 0u);   // all were just written
  EXPECT_EQ(r.PackIdle(r.Accounts()), 40u);  // and then idle for a pass
  EXPECT_EQ(r.MemoryUse().open_cells, 0u);
  auto packed = r.Series(5, 2000, 2039, true);
  EXPECT_EQ(packed.dau, open.dau);
  EXPECT_EQ(packed.wau, open.wau);
  EXPECT_EQ(packed.mau, open.mau);
  EXPECT_EQ(packed.events, open.events);
  EXPECT_EQ(r.Counts(5, 2000, 2039), open_counts);
  EXPECT_EQ(r.ActiveDays(5, 70001, 2000, 2039), open_days);
  // A late event for a packed day opens it again with everything it had.
  auto day0 = r.Counts(5, 2000, 2000);
  r.Add(5, 2000, 99, 1);
  EXPECT_EQ(r.MemoryUse().open_cells, 1u);
  EXPECT_EQ(r.Series(5, 2000, 2000, false).dau[0], open.dau[0] + 1);
  auto day0_after = r.Counts(5, 2000, 2000);
  EXPECT_EQ(day0_after[1], day0[1] + 1);
  EXPECT_EQ(day0_after[2], day0[2]);
  EXPECT_TRUE(r.Cell(5, 2000)->HasPerson(99));
  EXPECT_TRUE(r.Cell(5, 2000)->HasPerson(70001));
}

TEST(PackedArena, BlocksAreLaidEndToEndAndEmptyChunksAreUnmapped) {
  PackedArena arena;
  std::vector<char*> blocks;
  for (int i = 0; i < 30000; ++i)
    blocks.push_back(arena.Allocate(300));  // ~9 MB: three 4 MiB chunks
  EXPECT_EQ(blocks[1] - blocks[0], 304);    // aligned to 8, no per-block overhead
  EXPECT_EQ(arena.mapped_bytes(), 3u * (4 << 20));
  for (int i = 0; i < 14000; ++i) arena.Release(blocks[i], 300);  // the whole first chunk
  EXPECT_EQ(arena.mapped_bytes(), 2u * (4 << 20));
  char* big = arena.Allocate(5 << 20);  // larger than a chunk: a mapping of its own
  big[(5 << 20) - 1] = 1;
  arena.Release(big, 5 << 20);
  EXPECT_EQ(arena.mapped_bytes(), 2u * (4 << 20));
}

TEST(UsageRollups, ASnapshotIsTheStateWhenItBeganWhateverIsAddedWhileItIsTaken) {
  UsageRollups r;
  for (int d = 0; d < 4; ++d)
    for (uint32_t p = 0; p < 5; ++p) r.Add(1 + p % 2, 100 + d, p, static_cast<uint16_t>(d % 2));
  // The expected bytes: each marked cell and adopter set as it is now.
  std::map<std::pair<long long, int>, std::string> cells_then;
  std::map<std::pair<long long, int>, std::string> adopters_then;
  for (long long a : {1, 2})
    for (int d = 0; d < 4; ++d) cells_then[{a, 100 + d}] = r.Cell(a, 100 + d)->Serialize();
  for (long long a : {1, 2})
    for (uint16_t n : {0, 1}) {
      std::string bytes(r.Adopters(a, n)->getSizeInBytes(true), '\0');
      r.Adopters(a, n)->write(bytes.data(), true);
      adopters_then[{a, n}] = bytes;
    }
  auto marked = r.BeginSnapshot();
  ASSERT_EQ(marked.cells.size(), 8u);
  ASSERT_EQ(marked.adopters.size(), 4u);

  std::vector<UsageRollups::CellBytes> cells;
  std::vector<UsageRollups::AdopterBytes> adopters;
  // Half the cells are serialised, then the applier changes cells on both sides of that line
  // (and a new person adopts name 1 at account 2), then the rest are serialised.
  for (size_t i = 0; i < 4; ++i)
    r.SnapshotCell(marked.cells[i].first, marked.cells[i].second, cells);
  for (const auto& [a, d] : marked.cells) r.Add(a, d, 40, 1);
  r.Add(2, 200, 41, 1);  // a cell the snapshot does not hold
  for (size_t i = 4; i < marked.cells.size(); ++i)
    r.SnapshotCell(marked.cells[i].first, marked.cells[i].second, cells);
  for (const auto& [a, n] : marked.adopters) r.SnapshotAdopters(a, n, adopters);
  r.TakeEarly(cells, adopters);

  ASSERT_EQ(cells.size(), 8u);
  for (const auto& c : cells)
    EXPECT_EQ(c.data, (cells_then[{c.account, c.day}])) << c.account << "/" << c.day;
  ASSERT_EQ(adopters.size(), 4u);
  for (const auto& a : adopters)
    EXPECT_EQ(a.data, (adopters_then[{a.account, a.name}])) << a.account << "/" << a.name;
  // What changed meanwhile is in the next snapshot.
  auto next = r.BeginSnapshot();
  EXPECT_EQ(next.cells.size(), 9u);
  EXPECT_EQ(r.Cell(2, 200)->active, 1u);
}

}  // namespace
}  // namespace banso::events
