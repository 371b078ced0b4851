#include "revenue/revenue_movement.h"

#include <gtest/gtest.h>

namespace banso::revenue {
namespace {

Date D(int y, unsigned m, unsigned d) { return Date::FromYmd(y, m, d); }

class MovementTest : public ::testing::Test {
 protected:
  // Adds a contract of account 1; end may be null (evergreen).
  Contract& Add(Date start, std::optional<Date> end, long long amount,
                BillingPeriod period = BillingPeriod::kMonthly, std::string currency = "JPY") {
    Contract c;
    c.id = ContractId(static_cast<long long>(contracts_.size()) + 1);
    c.account_id = AccountId(1);
    c.product = "Pro";
    c.start_date = start;
    c.end_date = end;
    c.amount_minor = amount;
    c.currency = currency;
    c.billing_period = period;
    contracts_.push_back(c);
    return contracts_.back();
  }
  // As known on today_: by default long after every date below, so every end is certain.
  std::vector<RevenueMovement> Derive() { return DeriveMovements(contracts_, today_, grace_); }

  std::vector<Contract> contracts_;
  Date today_ = D(2030, 1, 1);
  int grace_ = 30;
};

TEST_F(MovementTest, NoContractsNoMovements) { EXPECT_TRUE(Derive().empty()); }

TEST_F(MovementTest, FirstContractIsNewAndItsEndIsChurn) {
  Add(D(2025, 4, 1), D(2026, 3, 31), 100'000);
  auto m = Derive();
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].kind, MovementKind::kNew);
  EXPECT_EQ(m[0].date, D(2025, 4, 1));
  EXPECT_EQ(m[0].mrr_delta_minor, 100'000);
  EXPECT_EQ(m[0].arr_delta_minor, 1'200'000);
  EXPECT_EQ(m[0].contract_id, ContractId(1));
  EXPECT_EQ(m[0].account_id, AccountId(1));
  EXPECT_EQ(m[0].currency, "JPY");
  EXPECT_EQ(m[1].kind, MovementKind::kChurn);
  EXPECT_EQ(m[1].date, D(2026, 4, 1));  // the first day without revenue
  EXPECT_EQ(m[1].mrr_delta_minor, -100'000);
}

TEST_F(MovementTest, RenewalAtTheSameAmountIsNoMovement) {
  Add(D(2025, 4, 1), D(2026, 3, 31), 50'000);
  Add(D(2026, 4, 1), std::nullopt, 50'000);
  auto m = Derive();
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].kind, MovementKind::kNew);
}

TEST_F(MovementTest, RenewalAtAHigherAmountIsExpansionByTheDifference) {
  Add(D(2025, 4, 1), D(2026, 3, 31), 50'000);
  Add(D(2026, 4, 1), D(2027, 3, 31), 80'000);
  auto m = Derive();
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[1].kind, MovementKind::kExpansion);
  EXPECT_EQ(m[1].date, D(2026, 4, 1));
  EXPECT_EQ(m[1].mrr_delta_minor, 30'000);
  EXPECT_EQ(m[1].contract_id, ContractId(2));  // the renewal contributes most
  EXPECT_EQ(m[2].kind, MovementKind::kChurn);
  EXPECT_EQ(m[2].mrr_delta_minor, -80'000);
}

TEST_F(MovementTest, RenewalAtALowerAmountIsContraction) {
  Add(D(2025, 4, 1), D(2026, 3, 31), 50'000);
  Add(D(2026, 4, 1), std::nullopt, 20'000);
  auto m = Derive();
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].kind, MovementKind::kContraction);
  EXPECT_EQ(m[1].mrr_delta_minor, -30'000);
  EXPECT_EQ(m[1].arr_delta_minor, -360'000);
  EXPECT_EQ(m[1].contract_id, ContractId(1));  // the ending contract contributes most
}

TEST_F(MovementTest, ComingBackAfterAGapIsReactivation) {
  Add(D(2024, 1, 1), D(2024, 12, 31), 10'000);
  Add(D(2025, 6, 1), std::nullopt, 12'000);
  auto m = Derive();
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[0].kind, MovementKind::kNew);
  EXPECT_EQ(m[1].kind, MovementKind::kChurn);
  EXPECT_EQ(m[1].date, D(2025, 1, 1));
  EXPECT_EQ(m[2].kind, MovementKind::kReactivation);
  EXPECT_EQ(m[2].date, D(2025, 6, 1));
  EXPECT_EQ(m[2].mrr_delta_minor, 12'000);
}

TEST_F(MovementTest, OverlappingCrossSellIsExpansionThenContraction) {
  Add(D(2025, 1, 1), std::nullopt, 100'000);
  Add(D(2025, 7, 1), D(2025, 12, 31), 20'000);  // an add-on for half a year
  auto m = Derive();
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[1].kind, MovementKind::kExpansion);
  EXPECT_EQ(m[1].contract_id, ContractId(2));
  EXPECT_EQ(m[1].mrr_delta_minor, 20'000);
  EXPECT_EQ(m[2].kind, MovementKind::kContraction);
  EXPECT_EQ(m[2].date, D(2026, 1, 1));
  EXPECT_EQ(m[2].mrr_delta_minor, -20'000);
  EXPECT_EQ(MrrOn(contracts_, D(2025, 8, 15)), 120'000);
  EXPECT_EQ(MrrOn(contracts_, D(2026, 1, 1)), 100'000);
}

TEST_F(MovementTest, AnEndIsARenewalDueUntilTheGraceDaysHavePassed) {
  Add(D(2025, 4, 1), D(2026, 3, 31), 100'000);
  for (Date today : {D(2026, 3, 15), D(2026, 3, 31), D(2026, 4, 1), D(2026, 4, 30)}) {
    today_ = today;
    auto m = Derive();
    ASSERT_EQ(m.size(), 1u) << today.ToString() << ": no churn while the renewal is due";
    EXPECT_EQ(m[0].kind, MovementKind::kNew);
  }
  today_ = D(2026, 5, 1);  // 30 days after the first day without a contract
  auto m = Derive();
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].kind, MovementKind::kChurn);
  EXPECT_EQ(m[1].date, D(2026, 4, 1)) << "dated when the revenue stopped, not when it was certain";
  grace_ = 0;
  today_ = D(2026, 4, 1);
  EXPECT_EQ(Derive().size(), 2u) << "without grace days, churn on the first day without revenue";
}

TEST_F(MovementTest, ALateRenewalWithinTheGraceDaysIsNoChurn) {
  Add(D(2025, 4, 1), D(2026, 3, 31), 50'000);
  Add(D(2026, 4, 20), std::nullopt, 60'000);  // signed three weeks late
  auto m = Derive();
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].kind, MovementKind::kNew);
  EXPECT_EQ(m[1].kind, MovementKind::kExpansion);
  EXPECT_EQ(m[1].date, D(2026, 4, 20));
  EXPECT_EQ(m[1].mrr_delta_minor, 10'000);
  today_ = D(2026, 4, 5);  // known before the renewal starts: no double revenue either
  m = Derive();
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[1].mrr_delta_minor, 10'000);
}

TEST_F(MovementTest, ARenewalAfterTheGraceDaysIsChurnThenReactivation) {
  Add(D(2025, 4, 1), D(2026, 3, 31), 50'000);
  Add(D(2026, 5, 15), std::nullopt, 50'000);
  auto m = Derive();
  ASSERT_EQ(m.size(), 3u);
  EXPECT_EQ(m[1].kind, MovementKind::kChurn);
  EXPECT_EQ(m[1].date, D(2026, 4, 1));
  EXPECT_EQ(m[2].kind, MovementKind::kReactivation);
}

TEST_F(MovementTest, UpcomingContractIsAScheduledMovement) {
  Date today = D(2025, 5, 10);
  Add(D(2025, 6, 1), std::nullopt, 40'000);
  auto m = Derive();
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].kind, MovementKind::kNew);
  EXPECT_TRUE(ToJson(m[0], today)["scheduled"].get<bool>());
  EXPECT_FALSE(ToJson(m[0], D(2025, 6, 1))["scheduled"].get<bool>());
  EXPECT_EQ(ToJson(m[0], today)["date"], "2025-06-01");
  EXPECT_EQ(ToJson(m[0], today)["kind"], "new");
  EXPECT_EQ(MrrOn(contracts_, today), 0);
}

TEST_F(MovementTest, JpyQuarterlyAndAnnualAmountsRoundToWholeYen) {
  Add(D(2025, 1, 1), D(2025, 12, 31), 100'000, BillingPeriod::kQuarterly);  // ¥33,333.33 a month
  Add(D(2026, 1, 1), std::nullopt, 1'000'000, BillingPeriod::kAnnual);      // ¥83,333.33 a month
  auto m = Derive();
  ASSERT_EQ(m.size(), 2u);
  EXPECT_EQ(m[0].mrr_delta_minor, 33'333);
  EXPECT_EQ(m[0].arr_delta_minor, 399'996);
  EXPECT_EQ(m[1].kind, MovementKind::kExpansion);
  EXPECT_EQ(m[1].mrr_delta_minor, 50'000);
}

TEST_F(MovementTest, ZeroAmountContractsMoveNothing) {
  Add(D(2025, 1, 1), D(2025, 3, 31), 0);  // a free pilot
  Add(D(2025, 4, 1), std::nullopt, 9'000);
  auto m = Derive();
  ASSERT_EQ(m.size(), 1u);
  EXPECT_EQ(m[0].kind, MovementKind::kNew);
  EXPECT_EQ(m[0].date, D(2025, 4, 1));
}

TEST_F(MovementTest, MovementsSumToTheMrrOnEachDay) {
  Add(D(2024, 3, 1), D(2025, 2, 28), 30'000);
  Add(D(2024, 9, 1), D(2025, 8, 31), 15'000, BillingPeriod::kQuarterly);
  Add(D(2025, 3, 1), std::nullopt, 25'000);
  Add(D(2025, 11, 1), D(2026, 10, 31), 120'000, BillingPeriod::kAnnual);
  auto m = Derive();
  for (Date d = D(2024, 1, 1); d < D(2027, 1, 1); d = d.AddDays(1)) {
    long long sum = 0;
    for (const auto& x : m)
      if (x.date <= d) sum += x.mrr_delta_minor;
    ASSERT_EQ(sum, MrrOn(contracts_, d)) << d.ToString();
  }
}

}  // namespace
}  // namespace banso::revenue
