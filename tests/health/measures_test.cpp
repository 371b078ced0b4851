// Each measure at a date, from an account history built in memory: its value, what makes it
// missing, and that nothing dated after the date counts.
#include <gtest/gtest.h>

#include "health/measures_at.h"

namespace banso::health {
namespace {

using customers::ContactRole;
using customers::SurveyKind;
using customers::TicketPriority;
using customers::TouchpointKind;

const Date kDay = Date::FromYmd(2026, 6, 15);
constexpr long long kDayMs = 86'400'000;

long long At(int days_before_end_of_day) {
  return Timestamp::FromDate(kDay.AddDays(1)).ms - days_before_end_of_day * kDayMs - 1000;
}

std::optional<double> Get(const MeasureValues& m, Measure which) {
  return m[static_cast<size_t>(which)];
}

revenue::Contract Contract(Date start, std::optional<Date> end, long long monthly,
                           std::optional<long long> seats = std::nullopt) {
  revenue::Contract c;
  c.id = ContractId(start.days());
  c.account_id = AccountId(1);
  c.start_date = start;
  c.end_date = end;
  c.amount_minor = monthly;
  c.currency = "JPY";
  c.seats = seats;
  return c;
}

AccountHistory HistoryOf(long long id) {
  AccountHistory h;
  h.id = AccountId(id);
  return h;
}

class MeasuresTest : public ::testing::Test {
 protected:
  MeasureValues Measures(const events::HealthUsageDay* usage = nullptr) {
    return MeasuresAt(h_, kDay, usage, PortfolioOn({h_}, kDay), 30);
  }
  AccountHistory h_ = HistoryOf(1);
};

TEST_F(MeasuresTest, AnEmptyHistoryHasOnlyTheMeasuresThatCountNothing) {
  auto m = Measures();
  EXPECT_EQ(Get(m, Measure::kOpenTickets), 0);
  EXPECT_EQ(Get(m, Measure::kUrgentTickets), 0);
  EXPECT_EQ(Get(m, Measure::kRelationshipBreadth), 0);
  EXPECT_EQ(Get(m, Measure::kSingleThreaded), 1);
  EXPECT_EQ(Get(m, Measure::kChampionDeparted), 0);
  for (Measure missing :
       {Measure::kSeatUtilisation, Measure::kActiveUserTrend, Measure::kFeatureBreadth,
        Measure::kDaysSinceMeaningfulTouch, Measure::kNpsLatest, Measure::kNpsChange,
        Measure::kCsat, Measure::kTicketMedianAge, Measure::kPlanProgress,
        Measure::kSelfSufficiency, Measure::kStageTimeRatio, Measure::kDaysToRenewal,
        Measure::kContraction12m})
    EXPECT_FALSE(Get(m, missing)) << EnumToString(missing);
}

TEST_F(MeasuresTest, UsageMeasuresComeFromTheRollupsAndTheSeatsOnTheDate) {
  h_.contracts = {Contract(kDay.AddDays(-100), kDay.AddDays(200), 100000, 40)};
  events::HealthUsageDay usage;
  usage.first_day = kDay.days() - 400;
  usage.features_mapped = 8;
  usage.accounts[1] = {
      .active_28 = 18, .active_30 = 20, .active_prev_28 = 24, .features_used_90 = 6};
  auto m = Measures(&usage);
  EXPECT_DOUBLE_EQ(*Get(m, Measure::kSeatUtilisation), 50.0);
  EXPECT_DOUBLE_EQ(*Get(m, Measure::kActiveUserTrend), -25.0);
  EXPECT_DOUBLE_EQ(*Get(m, Measure::kFeatureBreadth), 75.0);

  // No usage at all while the rollups reach: zero, not missing.
  usage.accounts.clear();
  m = Measures(&usage);
  EXPECT_EQ(Get(m, Measure::kSeatUtilisation), 0.0);
  EXPECT_FALSE(Get(m, Measure::kActiveUserTrend)) << "no users four weeks before: no trend";

  // Before the rollups reach, usage is unknown; the trend needs 56 days of them.
  usage.first_day = kDay.days() + 1;
  m = Measures(&usage);
  EXPECT_FALSE(Get(m, Measure::kSeatUtilisation));
  EXPECT_FALSE(Get(m, Measure::kFeatureBreadth));
  usage.first_day = kDay.days() - 40;
  usage.accounts[1] = {.active_28 = 5, .active_30 = 5, .active_prev_28 = 5};
  EXPECT_FALSE(Get(Measures(&usage), Measure::kActiveUserTrend));
  EXPECT_TRUE(Get(Measures(&usage), Measure::kSeatUtilisation));
}

TEST_F(MeasuresTest, DaysSinceTheLastMeetingCallOrVisitIgnoreEmailsAndLaterTouches) {
  h_.touches = {{At(50), TouchpointKind::kOnsite, 0},
                {At(20), TouchpointKind::kCall, 0},
                {At(3), TouchpointKind::kEmail, 0},
                {At(-2), TouchpointKind::kMeeting, 0}};
  EXPECT_EQ(Get(Measures(), Measure::kDaysSinceMeaningfulTouch), 20);
}

TEST_F(MeasuresTest, NpsLatestItsChangeAndCsatOfNinetyDays) {
  h_.surveys = {{At(300), SurveyKind::kNps, 9, 1}, {At(100), SurveyKind::kCsat, 1, 1},
                {At(60), SurveyKind::kNps, 6, 2},  {At(30), SurveyKind::kCsat, 4, 2},
                {At(10), SurveyKind::kCsat, 5, 1}, {At(-1), SurveyKind::kNps, 10, 1}};
  auto m = Measures();
  EXPECT_EQ(Get(m, Measure::kNpsLatest), 6);
  EXPECT_EQ(Get(m, Measure::kNpsChange), -3);
  EXPECT_DOUBLE_EQ(*Get(m, Measure::kCsat), 4.5);
}

TEST_F(MeasuresTest, SupportLoadCountsTicketsOpenOnTheDate) {
  h_.tickets = {{At(40), At(30), TicketPriority::kUrgent},  // solved before: not open
                {At(30), At(-5), TicketPriority::kHigh},    // solved after: open on the day
                {At(10), std::nullopt, TicketPriority::kLow},
                {At(2), std::nullopt, TicketPriority::kUrgent},
                {At(-3), std::nullopt, TicketPriority::kUrgent}};  // opened after
  auto m = Measures();
  EXPECT_EQ(Get(m, Measure::kOpenTickets), 3);
  EXPECT_EQ(Get(m, Measure::kUrgentTickets), 2);
  EXPECT_EQ(Get(m, Measure::kTicketMedianAge), 10);
}

TEST_F(MeasuresTest, RelationshipBreadthAndTheChampionFlags) {
  h_.contacts = {{1, ContactRole::kChampion, At(100)},  // left 100 days before
                 {2, ContactRole::kUser, std::nullopt},
                 {3, ContactRole::kDecisionMaker, At(-10)},  // leaves after the day
                 {4, ContactRole::kUser, std::nullopt}};
  h_.touches = {{At(95), TouchpointKind::kMeeting, 4},  // outside the 90 days
                {At(80), TouchpointKind::kMeeting, 1},  // departed by then
                {At(40), TouchpointKind::kEmail, 2},
                {At(5), TouchpointKind::kCall, 0}};
  h_.surveys = {{At(20), SurveyKind::kNps, 8, 3}};
  auto m = Measures();
  EXPECT_EQ(Get(m, Measure::kRelationshipBreadth), 2);
  EXPECT_EQ(Get(m, Measure::kSingleThreaded), 0);
  EXPECT_EQ(Get(m, Measure::kChampionDeparted), 1);
  h_.contacts[0].departed_ms = At(200);
  EXPECT_EQ(Get(Measures(), Measure::kChampionDeparted), 0) << "remembered for 180 days";
}

TEST_F(MeasuresTest, PlanProgressUsesEachObjectivesStatusOnTheDate) {
  using S = success::PlanStatus;
  h_.objectives = {
      {At(100), std::nullopt, {{At(100), S::kNotStarted}, {At(50), S::kOnTrack}}},
      {At(100), std::nullopt, {{At(100), S::kOnTrack}, {At(-1), S::kAchieved}}},
      {At(100), std::nullopt, {{At(100), S::kAtRisk}}},
      {At(100), std::nullopt, {{At(100), S::kAbandoned}}},  // not counted
      {At(100), At(20), {{At(100), S::kAtRisk}}},           // removed before the day
      {At(-2), std::nullopt, {{At(-2), S::kAtRisk}}},       // added after
  };
  EXPECT_NEAR(*Get(Measures(), Measure::kPlanProgress), 100.0 * 2 / 3, 1e-9);
}

TEST_F(MeasuresTest, SelfSufficiencyAndTimeInStageAgainstItsMedian) {
  h_.assessments = {{At(200), 1}, {At(30), 2}, {At(-1), 3}};
  h_.stages = {{At(300), "onboarding"}, {At(240), "adopting"}, {At(-1), "renewing"}};
  AccountHistory peer = HistoryOf(2);
  peer.stages = {{At(500), "adopting"}, {At(380), "renewing"}};  // 120 days in adopting
  auto m = MeasuresAt(h_, kDay, nullptr, PortfolioOn({h_, peer}, kDay), 30);
  EXPECT_EQ(Get(m, Measure::kSelfSufficiency), 2);
  // In adopting for 240 days; no stay in it had ended by the day but the peer's (120 days).
  EXPECT_DOUBLE_EQ(*Get(m, Measure::kStageTimeRatio), 2.0);
}

TEST_F(MeasuresTest, DaysToRenewalAndContractionInTwelveMonths) {
  h_.contracts = {Contract(kDay.AddDays(-500), kDay.AddDays(-200), 100000),
                  Contract(kDay.AddDays(-199), kDay.AddDays(45), 75000),
                  Contract(kDay.AddDays(46), kDay.AddDays(400), 50000)};
  auto m = Measures();
  EXPECT_EQ(Get(m, Measure::kDaysToRenewal), 45);
  EXPECT_DOUBLE_EQ(*Get(m, Measure::kContraction12m), 25.0) << "the later one is not yet known";
}

TEST_F(MeasuresTest, TheChurnLabelLooksAheadAndTheMeasuresDoNot) {
  h_.contracts = {Contract(kDay.AddDays(-300), kDay.AddDays(60), 100000)};
  EXPECT_TRUE(CustomerOn(h_, kDay));
  const Date later = kDay.AddDays(200);
  EXPECT_TRUE(ChurnsWithin(h_, kDay, 90, later, 30));
  EXPECT_FALSE(ChurnsWithin(h_, kDay, 30, later, 30));
  EXPECT_FALSE(ChurnsWithin(h_, kDay, 90, kDay.AddDays(70), 30)) << "still in the grace period";
}

}  // namespace
}  // namespace banso::health
