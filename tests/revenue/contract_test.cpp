#include "revenue/contract.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace banso::revenue {
namespace {

Contract Make(long long amount, BillingPeriod period) {
  Contract c;
  c.account_id = AccountId(1);
  c.product = "Pro";
  c.start_date = Date::FromYmd(2025, 4, 1);
  c.amount_minor = amount;
  c.currency = "JPY";
  c.billing_period = period;
  return c;
}

TEST(ContractTest, MrrRoundsHalfAwayFromZero) {
  EXPECT_EQ(MrrMinor(Make(10'000, BillingPeriod::kMonthly)), 10'000);
  EXPECT_EQ(MrrMinor(Make(10'000, BillingPeriod::kQuarterly)), 3'333);   // 3333.33
  EXPECT_EQ(MrrMinor(Make(20'000, BillingPeriod::kQuarterly)), 6'667);   // 6666.67
  EXPECT_EQ(MrrMinor(Make(1'000'000, BillingPeriod::kAnnual)), 83'333);  // 83333.33
  EXPECT_EQ(MrrMinor(Make(18, BillingPeriod::kAnnual)), 2);              // 1.5
  EXPECT_EQ(MrrMinor(Make(5, BillingPeriod::kAnnual)), 0);               // 0.42
  EXPECT_EQ(MrrMinor(Make(0, BillingPeriod::kAnnual)), 0);
}

TEST(ContractTest, StatusFollowsTheDates) {
  Contract c = Make(100, BillingPeriod::kMonthly);
  c.end_date = Date::FromYmd(2026, 3, 31);
  EXPECT_EQ(StatusOn(c, Date::FromYmd(2025, 3, 31)), ContractStatus::kUpcoming);
  EXPECT_EQ(StatusOn(c, Date::FromYmd(2025, 4, 1)), ContractStatus::kActive);
  EXPECT_EQ(StatusOn(c, Date::FromYmd(2026, 3, 31)), ContractStatus::kActive);
  EXPECT_EQ(StatusOn(c, Date::FromYmd(2026, 4, 1)), ContractStatus::kEnded);
  c.end_date.reset();  // evergreen
  EXPECT_EQ(StatusOn(c, Date::FromYmd(2099, 1, 1)), ContractStatus::kActive);
}

TEST(ContractTest, ValidationNamesTheField) {
  auto field_of = [](Contract c) -> std::string {
    try {
      ValidateContract(c);
    } catch (const Invalid& e) {
      return e.field();
    }
    return "";
  };
  Contract ok = Make(100, BillingPeriod::kMonthly);
  EXPECT_EQ(field_of(ok), "");
  Contract c = ok;
  c.end_date = Date::FromYmd(2025, 3, 31);
  EXPECT_EQ(field_of(c), "end_date");
  c = ok, c.amount_minor = -1;
  EXPECT_EQ(field_of(c), "amount_minor");
  c = ok, c.product = "";
  EXPECT_EQ(field_of(c), "product");
  c = ok, c.currency = "XXX";
  EXPECT_EQ(field_of(c), "currency");
}

TEST(ContractTest, JsonRoundTripIsStrict) {
  Contract c = Make(30'000, BillingPeriod::kQuarterly);
  c.id = ContractId(7);
  nlohmann::json j = ToJson(c, Date::FromYmd(2025, 5, 1));
  EXPECT_EQ(j["mrr_minor"], 10'000);
  EXPECT_EQ(j["status"], "active");
  EXPECT_EQ(j["end_date"], nullptr);
  Contract back;
  ApplyJson(j, back);  // read-only fields are tolerated
  EXPECT_EQ(back.start_date, c.start_date);
  EXPECT_EQ(back.billing_period, BillingPeriod::kQuarterly);
  EXPECT_THROW(ApplyJson({{"colour", "red"}}, back), Invalid);
  EXPECT_THROW(ApplyJson({{"billing_period", "weekly"}}, back), Invalid);
  EXPECT_THROW(ApplyJson({{"start_date", nullptr}}, back), Invalid);
}

}  // namespace
}  // namespace banso::revenue
