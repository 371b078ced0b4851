#include <gtest/gtest.h>

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
  auto dirty = r.TakeDirty();
  EXPECT_EQ(dirty.cells.size(), 2u);
  EXPECT_EQ(dirty.adopters.size(), 1u);
  r.Add(1, 11, 7, 4);
  dirty = r.TakeDirty();
  ASSERT_EQ(dirty.cells.size(), 1u);
  EXPECT_EQ(dirty.cells[0], (std::pair<long long, int>{1, 11}));
  DayCell copy;
  ASSERT_TRUE(DayCell::Deserialize(r.Cell(1, 11)->Serialize(), copy));
  EXPECT_EQ(copy.events, 2u);
  EXPECT_EQ(copy.people.cardinality(), 2u);
  EXPECT_EQ(copy.counts, (std::vector<std::pair<uint16_t, uint32_t>>{{3, 1}, {4, 1}}));
  DayCell broken;
  EXPECT_FALSE(DayCell::Deserialize("xyz", broken));
}

}  // namespace
}  // namespace banso::events
