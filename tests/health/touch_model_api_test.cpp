// The touch model through the API on both backends: tiers from ARR by the default rules, an
// override that wins, rules edited (accounts move, and the moves are counted), the pyramid,
// the account list's tier filter, and rules refused naming the field.
#include "support/backend_test.h"

namespace banso::testing {
namespace {

class TouchModelApiTest : public BackendTest {
 protected:
  // An account with a monthly contract of `monthly` yen that started a month ago.
  long long AccountPaying(long long monthly, const char* band = "50-249") {
    auto a = as("manager").Post(
        "/api/v1/accounts",
        {{"name", "Tier Co " + std::to_string(++n_) + GetParam()}, {"employee_band", band}});
    EXPECT_EQ(a.status, 201) << a.raw;
    long long id = a.body["id"];
    auto c = as("manager").Post("/api/v1/contracts", {{"account_id", id},
                                                      {"product", "Pro"},
                                                      {"start_date", DaysAgo(30).substr(0, 10)},
                                                      {"amount_minor", monthly},
                                                      {"currency", "JPY"},
                                                      {"billing_period", "monthly"}});
    EXPECT_EQ(c.status, 201) << c.raw;
    return id;
  }
  std::string TierOf(long long account) {
    return as("viewer").Get("/api/v1/accounts/" + std::to_string(account)).body["tier"];
  }
  static inline int n_ = 0;
};

TEST_P(TouchModelApiTest, TiersFollowArrRulesAndOverrides) {
  long long high = AccountPaying(250'000);  // ARR ¥3,000,000
  long long low = AccountPaying(60'000);    // ¥720,000
  long long tech = AccountPaying(10'000);   // ¥120,000
  EXPECT_EQ(TierOf(high), "high_touch");
  EXPECT_EQ(TierOf(low), "low_touch");
  EXPECT_EQ(TierOf(tech), "tech_touch");

  auto account = as("viewer").Get("/api/v1/accounts/" + std::to_string(tech)).body;
  auto set = as("manager").Patch("/api/v1/accounts/" + std::to_string(tech),
                                 {{"version", account["version"]},
                                  {"tier_override", "high_touch"},
                                  {"tier_override_reason", "戦略顧客"}});
  ASSERT_EQ(set.status, 200) << set.raw;
  EXPECT_EQ(set.body["tier"], "high_touch") << "an override wins over the rules";

  auto list = as("viewer").Get("/api/v1/accounts?tier=low_touch&limit=200");
  ASSERT_EQ(list.status, 200) << list.raw;
  bool found = false;
  for (const auto& a : list.body["data"]) {
    EXPECT_EQ(a["tier"], "low_touch");
    found = found || a["id"] == low;
  }
  EXPECT_TRUE(found);
}

TEST_P(TouchModelApiTest, EditedRulesMoveAccountsAndThePyramidCountsThem) {
  long long mid = AccountPaying(100'000, "1000-4999");  // ¥1,200,000: low touch by default
  EXPECT_EQ(TierOf(mid), "low_touch");
  auto model = as("viewer").Get("/api/v1/touch-model");
  ASSERT_EQ(model.status, 200) << model.raw;
  EXPECT_EQ(model.body["rules"][0]["min_arr_minor"], 3'000'000);

  nlohmann::json rules = {{{"tier", "high_touch"},
                           {"min_arr_minor", 1'000'000},
                           {"employee_bands", {"1000-4999", "5000+"}}},
                          {{"tier", "low_touch"}, {"min_arr_minor", 600'000}}};
  EXPECT_EQ(as("csm")
                .Put("/api/v1/touch-model", {{"version", model.body["version"]}, {"rules", rules}})
                .status,
            403);
  auto bad = as("manager").Put("/api/v1/touch-model", {{"version", model.body["version"]},
                                                       {"rules", {{{"tier", "tech_touch"}}}}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.body["error"]["field"], "rules[0].tier");
  bad = as("manager").Put("/api/v1/touch-model",
                          {{"version", model.body["version"]},
                           {"rules", {{{"tier", "low_touch"}, {"min_arr_minor", -1}}}}});
  EXPECT_EQ(bad.body["error"]["field"], "rules[0].min_arr_minor");
  bad = as("manager").Put("/api/v1/touch-model",
                          {{"version", model.body["version"]},
                           {"capacity", nlohmann::json::object({{"high_touch", 0}})}});
  EXPECT_EQ(bad.body["error"]["field"], "capacity.high_touch");

  auto put = as("manager").Put("/api/v1/touch-model",
                               {{"version", model.body["version"]},
                                {"rules", rules},
                                {"capacity", nlohmann::json::object({{"high_touch", 20}})}});
  ASSERT_EQ(put.status, 200) << put.raw;
  EXPECT_EQ(put.body["capacity"]["high_touch"], 20);
  EXPECT_EQ(put.body["capacity"]["low_touch"], model.body["capacity"]["low_touch"]);
  EXPECT_EQ(TierOf(mid), "high_touch") << "a large company at ¥1.2M is now high touch";
  EXPECT_EQ(as("manager")
                .Put("/api/v1/touch-model", {{"version", model.body["version"]}, {"rules", rules}})
                .status,
            409);

  auto pyramid = as("viewer").Get("/api/v1/touch-model/pyramid");
  ASSERT_EQ(pyramid.status, 200) << pyramid.raw;
  ASSERT_EQ(pyramid.body["tiers"].size(), 3u);
  EXPECT_EQ(pyramid.body["tiers"][0]["tier"], "high_touch");
  EXPECT_EQ(pyramid.body["tiers"][0]["capacity_per_csm"], 20);
  double share = 0;
  for (const auto& t : pyramid.body["tiers"]) share += t["arr_share"].get<double>();
  EXPECT_NEAR(share, 1.0, 1e-9);
  bool moved = false;
  for (const auto& m : pyramid.body["moves"])
    moved = moved || (m["from"] == "low_touch" && m["to"] == "high_touch" && m["accounts"] >= 1);
  EXPECT_TRUE(moved) << pyramid.raw;

  // Back to the defaults for the other tests.
  auto back = as("manager").Put("/api/v1/touch-model", {{"version", put.body["version"]},
                                                        {"rules", model.body["rules"]},
                                                        {"capacity", model.body["capacity"]}});
  ASSERT_EQ(back.status, 200) << back.raw;
  EXPECT_EQ(TierOf(mid), "low_touch");
}

BANSO_INSTANTIATE_BACKENDS(TouchModelApiTest);

}  // namespace
}  // namespace banso::testing
