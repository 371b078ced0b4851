// The revenue retention routes through HTTP: a hand-computed month, the cohort table, the
// restatement log, and bad parameters answered 400 naming the field. The server's revenue clock
// is a ManualClock at 2025-06-15.
#include <gtest/gtest.h>

#include "core/clock.h"
#include "support/backend_test.h"

namespace banso::testing {
namespace {

class RetentionApiTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = std::make_unique<TestDatabase>(GetParam());
    BANSO_REQUIRE_DATABASE(*db_);
    server_ =
        std::make_unique<TestServer>(db_->url(), [this](app::AppOptions& o) { o.clock = &clock_; });
  }
  ApiClient& as(const std::string& role) { return server_->as(role); }
  void AccountWithContract(const std::string& name, const std::string& start, nlohmann::json end,
                           long long amount) {
    auto a = as("manager").Post("/api/v1/accounts", {{"name", name}});
    ASSERT_EQ(a.status, 201) << a.raw;
    auto c = as("manager").Post("/api/v1/contracts", {{"account_id", a.body["id"]},
                                                      {"product", "Pro"},
                                                      {"start_date", start},
                                                      {"end_date", end},
                                                      {"amount_minor", amount},
                                                      {"billing_period", "monthly"}});
    ASSERT_EQ(c.status, 201) << c.raw;
  }

  ManualClock clock_{Timestamp::FromDate(Date::FromYmd(2025, 6, 15))};
  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
};

TEST_P(RetentionApiTest, RetentionCohortsAndRestatements) {
  AccountWithContract("残る", "2024-12-01", nullptr, 100'000);
  AccountWithContract("去る", "2024-12-01", "2025-02-28", 300'000);

  auto r = as("viewer").Get("/api/v1/revenue/retention?period=month&from=2025-03&to=2025-03");
  ASSERT_EQ(r.status, 200) << r.raw;
  EXPECT_EQ(r.body["reporting_currency"], "JPY");
  EXPECT_EQ(r.body["complete"], true);
  const auto& march = r.body["data"][0];
  EXPECT_EQ(march["opening_mrr"], 400'000);
  EXPECT_EQ(march["churn_mrr"], 300'000);
  EXPECT_EQ(march["logos_churned"], 1);
  EXPECT_DOUBLE_EQ(march["nrr"].get<double>(), 0.25);
  EXPECT_DOUBLE_EQ(march["logo_retention"].get<double>(), 0.5);
  EXPECT_EQ(march["closed"], true);
  EXPECT_TRUE(r.body["definition"]["grr"].is_string());

  auto ttm = as("viewer").Get("/api/v1/revenue/retention?period=ttm&to=2025-06&tier=tech_touch");
  ASSERT_EQ(ttm.status, 200) << ttm.raw;
  EXPECT_EQ(ttm.body["data"].size(), 12u);

  auto cohorts = as("viewer").Get("/api/v1/revenue/cohorts?by=quarter&measure=logos");
  ASSERT_EQ(cohorts.status, 200) << cohorts.raw;
  EXPECT_EQ(cohorts.body["data"][0]["cohort"], "2024-Q4");
  EXPECT_EQ(cohorts.body["data"][0]["retention"], nlohmann::json({1.0, 0.5, 0.5}));

  auto none = as("viewer").Get("/api/v1/revenue/restatements");
  ASSERT_EQ(none.status, 200) << none.raw;
  size_t before = none.body["data"].size();
  AccountWithContract("遡って追加", "2025-01-01", "2025-01-31", 10'000);
  auto restated = as("viewer").Get("/api/v1/revenue/restatements?month=2025-01");
  ASSERT_EQ(restated.status, 200) << restated.raw;
  EXPECT_GT(restated.body["data"].size(), 0u);
  EXPECT_GT(as("viewer").Get("/api/v1/revenue/restatements").body["data"].size(), before);
  for (const auto& entry : restated.body["data"]) {
    EXPECT_EQ(entry["month"], "2025-01");
    EXPECT_EQ(entry["actor"], "token:manager@test.io");  // the write's actor
    EXPECT_EQ(entry["actor_id"], server_->user_id("manager").value);
  }
}

TEST_P(RetentionApiTest, BadParametersAreRefusedNamingTheField) {
  auto field_of = [&](const std::string& path) {
    auto r = as("viewer").Get(path);
    EXPECT_EQ(r.status, 400) << path << " " << r.raw;
    return r.body["error"]["field"].get<std::string>();
  };
  EXPECT_EQ(field_of("/api/v1/revenue/retention?period=year"), "period");
  EXPECT_EQ(field_of("/api/v1/revenue/retention?from=2025-13"), "from");
  EXPECT_EQ(field_of("/api/v1/revenue/retention?to=2025-7"), "to");
  EXPECT_EQ(field_of("/api/v1/revenue/retention?to=2030-01"), "to");
  EXPECT_EQ(field_of("/api/v1/revenue/retention?from=2025-05&to=2025-01"), "to");
  EXPECT_EQ(field_of("/api/v1/revenue/retention?tier=gold"), "tier");
  EXPECT_EQ(field_of("/api/v1/revenue/retention?foo=1"), "foo");
  EXPECT_EQ(field_of("/api/v1/revenue/cohorts?by=week"), "by");
  EXPECT_EQ(field_of("/api/v1/revenue/cohorts?measure=arr"), "measure");
  EXPECT_EQ(field_of("/api/v1/revenue/restatements?limit=0"), "limit");
  auto r = as("viewer").Get("/api/v1/revenue/retention?period=year");
  EXPECT_EQ(r.body["error"]["reason"], "not_one_of");
}

INSTANTIATE_TEST_SUITE_P(Backends, RetentionApiTest, ::testing::ValuesIn(Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace banso::testing
