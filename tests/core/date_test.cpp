#include "core/date.h"

#include <gtest/gtest.h>

namespace banso {

TEST(DateTest, ParsesAndFormatsIsoDates) {
  auto d = Date::Parse("2024-02-29");
  ASSERT_TRUE(d);
  EXPECT_EQ(d->ToString(), "2024-02-29");
  EXPECT_EQ(d->AddDays(1).ToString(), "2024-03-01");
}

TEST(DateTest, RejectsImpossibleOrMalformedDates) {
  for (const char* bad : {"2023-02-29", "2024-13-01", "2024-1-01", "24-01-01", "2024/01/01", "",
                          "2024-01-01x", "abcd-ef-gh"})
    EXPECT_FALSE(Date::Parse(bad)) << bad;
}

TEST(DateTest, AddMonthsClampsToMonthEnd) {
  EXPECT_EQ(Date::Parse("2024-01-31")->AddMonths(1).ToString(), "2024-02-29");
  EXPECT_EQ(Date::Parse("2024-03-15")->AddMonths(12).ToString(), "2025-03-15");
}

TEST(TimestampTest, ParsesZonesToUtc) {
  EXPECT_EQ(Timestamp::Parse("2026-11-23T09:00:00+09:00")->ToString(), "2026-11-23T00:00:00Z");
  EXPECT_EQ(Timestamp::Parse("2026-11-23T00:00:00.250Z")->ToString(), "2026-11-23T00:00:00.250Z");
  EXPECT_EQ(Timestamp::Parse("2026-11-23")->ToString(), "2026-11-23T00:00:00Z");
  EXPECT_FALSE(Timestamp::Parse("2026-11-23T00:00:00"));  // no zone
  EXPECT_FALSE(Timestamp::Parse("2026-11-23T25:00:00Z"));
}

}  // namespace banso
