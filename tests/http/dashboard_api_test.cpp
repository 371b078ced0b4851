// Segments (saved account filters) and the dashboard through HTTP, on both backends: a small
// portfolio computed by hand, the whole of it and narrowed by tier, owner and segment. The
// server's clock stands still at the moment the test starts and every date is relative to it.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "core/clock.h"
#include "support/backend_test.h"

namespace banso::testing {
namespace {

class DashboardApiTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = std::make_unique<TestDatabase>(GetParam());
    BANSO_REQUIRE_DATABASE(*db_);
    server_ =
        std::make_unique<TestServer>(db_->url(), [this](app::AppOptions& o) { o.clock = &clock_; });
  }
  ApiClient& as(const std::string& role) { return server_->as(role); }
  std::string Day(int days_from_today) const {
    return clock_.Today().AddDays(days_from_today).ToString();
  }
  // An account paying `monthly` yen since 400 days ago, until `end_in_days` if given.
  long long Customer(const std::string& name, const std::string& industry, nlohmann::json owner,
                     long long monthly, std::optional<int> end_in_days = std::nullopt) {
    auto a = as("manager").Post("/api/v1/accounts",
                                {{"name", name}, {"industry", industry}, {"owner_id", owner}});
    EXPECT_EQ(a.status, 201) << a.raw;
    long long id = a.body["id"];
    auto c = as("manager").Post(
        "/api/v1/contracts",
        {{"account_id", id},
         {"product", "Pro"},
         {"start_date", Day(-400)},
         {"end_date", end_in_days ? nlohmann::json(Day(*end_in_days)) : nlohmann::json()},
         {"amount_minor", monthly},
         {"billing_period", "monthly"}});
    EXPECT_EQ(c.status, 201) << c.raw;
    return id;
  }
  void Band(long long account, const std::string& band) {
    auto r = as("csm").Post(
        "/api/v1/accounts/" + std::to_string(account) + "/health/override",
        {{"band", band}, {"reason", "テスト用の判断"}, {"expires_at", DaysAgo(-30)}});
    ASSERT_EQ(r.status, 201) << r.raw;
  }
  void Plan(long long account, const std::string& first, const std::string& second) {
    auto r =
        as("csm").Post("/api/v1/success-plans",
                       {{"account_id", account},
                        {"title", "導入計画"},
                        {"definition", "報告作業を半分にする"},
                        {"starts_on", Day(-60)},
                        {"ends_on", Day(60)},
                        {"objectives",
                         {{{"title", "週次レポートの自動化"}, {"type", "co"}, {"status", first}},
                          {{"title", "全営業に展開"}, {"type", "co"}, {"status", second}}}}});
    ASSERT_EQ(r.status, 201) << r.raw;
  }
  // The dashboard once `ready` holds (the engine takes new data within a second).
  nlohmann::json DashboardWhen(const std::string& query,
                               const std::function<bool(const nlohmann::json&)>& ready) {
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
    nlohmann::json last;
    while (std::chrono::steady_clock::now() < deadline) {
      auto r = as("viewer").Get("/api/v1/dashboard" + query);
      EXPECT_EQ(r.status, 200) << r.raw;
      last = r.body;
      if (r.status != 200 || ready(last)) return last;
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ADD_FAILURE() << "not ready within 3 s: " << last.dump();
    return last;
  }
  static const nlohmann::json& BandOf(const nlohmann::json& d, const nlohmann::json& band) {
    for (const auto& b : d["health"]["bands"])
      if (b["band"] == band) return b;
    throw std::runtime_error("no band " + band.dump());
  }

  ManualClock clock_{Timestamp::Now()};
  std::unique_ptr<TestDatabase> db_;
  std::unique_ptr<TestServer> server_;
};

// A (¥300k a month, the CSM's, red), B (¥100k, the CSM's, green, a plan on track, guided),
// C (¥50k, nobody's, yellow, a plan with one objective at risk) and D (left 60 days ago).
TEST_P(DashboardApiTest, OutcomesLeadForThePortfolioAndForEachScope) {
  const long long csm = server_->user_id("csm").value;
  long long a = Customer("大口商事", "製造", csm, 300'000);
  long long b = Customer("中堅工業", "製造", csm, 100'000);
  long long c = Customer("小口堂", "小売", nullptr, 50'000);
  Customer("解約産業", "小売", nullptr, 100'000, -60);
  Band(a, "red");
  Band(b, "green");
  Band(c, "yellow");
  Plan(b, "on_track", "achieved");
  Plan(c, "on_track", "at_risk");
  auto criteria = as("viewer").Get("/api/v1/accounts/" + std::to_string(b) + "/self-sufficiency");
  ASSERT_EQ(criteria.status, 200) << criteria.raw;
  std::vector<long long> guided;
  for (const auto& cr : criteria.body["criteria"])
    if (cr["level"] == "guided") guided.push_back(cr["id"]);
  ASSERT_EQ(
      as("csm")
          .Post("/api/v1/accounts/" + std::to_string(b) + "/self-sufficiency", {{"met", guided}})
          .status,
      201);

  auto d = DashboardWhen("", [](const nlohmann::json& j) {
    return j["outcomes"]["success_plans"]["with_plan"] == 2 &&
           j["outcomes"]["self_sufficiency"]["not_assessed"] == 2;
  });
  EXPECT_EQ(d["as_of"], clock_.Today().ToString());
  EXPECT_EQ(d["reporting_currency"], "JPY");
  EXPECT_EQ(d["accounts"], 4);
  EXPECT_EQ(d["customers"], 3);
  EXPECT_EQ(d["arr"], 12 * 450'000);
  EXPECT_EQ(d["arr_at_risk"]["arr"], 12 * 300'000);
  EXPECT_EQ(d["arr_at_risk"]["accounts"], 1);
  EXPECT_DOUBLE_EQ(d["arr_at_risk"]["share"].get<double>(), 300.0 / 450);
  EXPECT_EQ(BandOf(d, "green")["arr"], 12 * 100'000);
  EXPECT_DOUBLE_EQ(BandOf(d, "yellow")["share"].get<double>(), 1.0 / 3);
  const auto& plans = d["outcomes"]["success_plans"];
  EXPECT_EQ(plans["customers"], 3);
  EXPECT_EQ(plans["achieving"], 1);
  EXPECT_DOUBLE_EQ(plans["share_achieving"].get<double>(), 0.5);
  EXPECT_EQ(plans["objectives"], 4);
  EXPECT_EQ(plans["objectives_on_track"], 3);
  const auto& levels = d["outcomes"]["self_sufficiency"]["levels"];
  ASSERT_EQ(levels.size(), 4u);
  EXPECT_EQ(levels[1]["level"], "guided");
  EXPECT_EQ(levels[1]["accounts"], 1);
  EXPECT_DOUBLE_EQ(levels[1]["share"].get<double>(), 1.0 / 3);
  // D left within the trailing year: a quarter of the starting ARR, one logo of four.
  const auto& retention = d["retention"];
  EXPECT_EQ(retention["start_arr"], 12 * 550'000);
  EXPECT_DOUBLE_EQ(retention["grr"].get<double>(), 450.0 / 550);
  EXPECT_DOUBLE_EQ(retention["logo_retention"].get<double>(), 0.75);
  EXPECT_EQ(retention["trend"].size(), 12u);
  EXPECT_TRUE(retention["definition"]["nrr"].is_string());
  EXPECT_TRUE(d["lifetime"].contains("ltv"));
  EXPECT_EQ(d["activity"]["days"], 30);

  // The CSM's book: A and B.
  auto mine = DashboardWhen("?owner_id=" + std::to_string(csm), [](const auto&) { return true; });
  EXPECT_EQ(mine["scope"]["owner_id"], csm);
  EXPECT_EQ(mine["customers"], 2);
  EXPECT_DOUBLE_EQ(mine["arr_at_risk"]["share"].get<double>(), 300.0 / 400);
  EXPECT_EQ(mine["outcomes"]["success_plans"]["with_plan"], 1);
  EXPECT_DOUBLE_EQ(mine["retention"]["grr"].get<double>(), 1.0);

  // A segment of the retailers: C, and D that left.
  auto seg = as("manager").Post("/api/v1/segments",
                                {{"name", "小売"}, {"filter", {{"industry", "小売"}}}});
  ASSERT_EQ(seg.status, 201) << seg.raw;
  const std::string id = std::to_string(seg.body["id"].get<long long>());
  auto retail = DashboardWhen("?segment_id=" + id, [](const auto&) { return true; });
  EXPECT_EQ(retail["accounts"], 2);
  EXPECT_EQ(retail["customers"], 1);
  EXPECT_EQ(retail["arr_at_risk"]["arr"], 0);
  EXPECT_DOUBLE_EQ(retail["retention"]["logo_retention"].get<double>(), 0.5);
  EXPECT_EQ(retail["outcomes"]["success_plans"]["achieving"], 0);

  auto by_tier = as("viewer").Get("/api/v1/dashboard?tier=tech_touch");
  ASSERT_EQ(by_tier.status, 200) << by_tier.raw;
  EXPECT_EQ(by_tier.body["scope"]["tier"], "tech_touch");
  EXPECT_LE(by_tier.body["customers"].get<long long>(), 3);
}

TEST_P(DashboardApiTest, ASegmentIsSavedListedAppliedAndCheckedField) {
  const long long csm = server_->user_id("csm").value;
  Customer("北の製造", "製造", csm, 10'000);
  Customer("南の製造", "製造", nullptr, 10'000);
  Customer("西の小売", "小売", csm, 10'000);
  auto created = as("manager").Post("/api/v1/segments",
                                    {{"name", "担当の製造業"},
                                     {"description", "自分の製造業の顧客"},
                                     {"filter", {{"industry", "製造"}, {"owner_id", csm}}}});
  ASSERT_EQ(created.status, 201) << created.raw;
  const std::string path =
      "/api/v1/segments/" + std::to_string(created.body["id"].get<long long>());
  EXPECT_EQ(created.body["accounts"], 1);
  EXPECT_EQ(created.body["filter"]["industry"], "製造");

  auto listed = as("viewer").Get("/api/v1/segments");
  ASSERT_EQ(listed.status, 200) << listed.raw;
  ASSERT_EQ(listed.body["data"].size(), 1u);
  EXPECT_EQ(listed.body["data"][0]["name"], "担当の製造業");

  auto members = as("viewer").Get("/api/v1/accounts?segment_id=" +
                                  std::to_string(created.body["id"].get<long long>()));
  ASSERT_EQ(members.status, 200) << members.raw;
  ASSERT_EQ(members.body["data"].size(), 1u);
  EXPECT_EQ(members.body["data"][0]["name"], "北の製造");

  auto widened = as("manager").Patch(
      path, {{"version", created.body["version"]}, {"filter", {{"industry", "製造"}}}});
  ASSERT_EQ(widened.status, 200) << widened.raw;
  EXPECT_EQ(widened.body["accounts"], 2);

  // Bad input: each answer names the field; nothing is written.
  auto field_of = [&](const nlohmann::json& body) {
    auto r = as("manager").Post("/api/v1/segments", body);
    EXPECT_EQ(r.status, 400) << body.dump() << " " << r.raw;
    return r.body["error"]["field"];
  };
  EXPECT_EQ(field_of({{"filter", nlohmann::json::object()}}), "name");
  EXPECT_EQ(field_of({{"name", "x"}}), "filter");
  EXPECT_EQ(field_of({{"name", "x"}, {"filter", {{"tier", "gold"}}}}), "filter.tier");
  EXPECT_EQ(field_of({{"name", "x"}, {"filter", {{"colour", "red"}}}}), "filter.colour");
  EXPECT_EQ(field_of({{"name", "x"}, {"filter", {{"health_band", "blue"}}}}), "filter.health_band");
  EXPECT_EQ(field_of({{"name", "x"}, {"filter", {{"owner_id", 999999}}}}), "filter.owner_id");
  EXPECT_EQ(field_of({{"name", "x"}, {"filter", {{"journey_stage", {"nowhere"}}}}}),
            "filter.journey_stage[0]");
  EXPECT_EQ(as("manager")
                .Post("/api/v1/segments", {{"name", "担当の製造業"}, {"filter", {{"q", "製造"}}}})
                .status,
            409);
  EXPECT_EQ(as("viewer").Post("/api/v1/segments", {{"name", "y"}, {"filter", {}}}).status, 403);
  EXPECT_EQ(as("viewer").Get("/api/v1/segments").body["data"].size(), 1u);

  auto unknown = as("viewer").Get("/api/v1/accounts?segment_id=999999");
  EXPECT_EQ(unknown.status, 400) << unknown.raw;
  EXPECT_EQ(unknown.body["error"]["field"], "segment_id");
  EXPECT_EQ(as("viewer").Get("/api/v1/dashboard?segment_id=999999").status, 400);
  EXPECT_EQ(as("viewer").Get("/api/v1/revenue/retention?segment_id=999999").status, 400);

  ASSERT_EQ(as("manager").Delete(path).status, 204);
  EXPECT_EQ(as("viewer").Get(path).status, 404);
}

INSTANTIATE_TEST_SUITE_P(Backends, DashboardApiTest, ::testing::ValuesIn(Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace banso::testing
