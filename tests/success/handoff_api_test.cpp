// The sales hand-off and ICP fit through the API, on SQLite and PostgreSQL.
#include "support/backend_test.h"

namespace banso::testing {
namespace {

class HandoffTest : public BackendTest {
 protected:
  long long NewAccount(const std::string& band, const std::string& industry,
                       const std::string& country) {
    auto r = as("manager").Post("/api/v1/accounts",
                                {{"name", "Handoff Co " + std::to_string(++n_) + GetParam()},
                                 {"employee_band", band},
                                 {"industry", industry},
                                 {"country", country}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  long long NewContact(long long account, const std::string& name) {
    auto r = as("manager").Post("/api/v1/contacts",
                                {{"account_id", account}, {"name", name}, {"role", "champion"}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  static std::string Path(long long account, const std::string& rest) {
    return "/api/v1/accounts/" + std::to_string(account) + rest;
  }
  static inline int n_ = 0;
};

TEST_P(HandoffTest, IcpCriteriaAreEditableAndBadOnesRefused) {
  auto icp = as("viewer").Get("/api/v1/icp");
  ASSERT_EQ(icp.status, 200) << icp.raw;
  size_t before = icp.body["criteria"].size();
  EXPECT_EQ(before, 5u);
  auto check = [&](nlohmann::json body, const std::string& field) {
    auto r = as("manager").Post("/api/v1/icp/criteria", body);
    EXPECT_EQ(r.status, 400) << r.raw;
    EXPECT_EQ(r.body["error"]["field"], field) << r.raw;
  };
  check({{"label", "x"}, {"field", "revenue"}, {"op", "gte"}, {"value", 1}, {"weight", 10}},
        "field");
  check({{"label", "x"},
         {"field", "industry"},
         {"op", "in"},
         {"values", nlohmann::json::array()},
         {"weight", 10}},
        "values");
  check({{"label", "x"}, {"field", "arr_minor"}, {"op", "in"}, {"values", {"1"}}, {"weight", 10}},
        "op");
  check({{"label", "x"}, {"field", "contacts"}, {"op", "gte"}, {"weight", 10}}, "value");
  check({{"label", "x"}, {"field", "country"}, {"op", "in"}, {"values", {"JP"}}, {"weight", 0}},
        "weight");
  EXPECT_EQ(as("csm")
                .Post("/api/v1/icp/criteria", {{"label", "x"},
                                               {"field", "country"},
                                               {"op", "in"},
                                               {"values", {"JP"}},
                                               {"weight", 5}})
                .status,
            403);
  EXPECT_EQ(as("viewer").Get("/api/v1/icp").body["criteria"].size(), before);

  auto added = as("manager").Post("/api/v1/icp/criteria", {{"label", "Enterprise プラン"},
                                                           {"field", "custom.plan"},
                                                           {"op", "in"},
                                                           {"values", {"enterprise"}},
                                                           {"weight", 20}});
  ASSERT_EQ(added.status, 201) << added.raw;
  auto changed = as("manager").Patch(
      "/api/v1/icp/criteria/" + std::to_string(added.body["id"].get<long long>()),
      {{"version", 1}, {"weight", 40}});
  ASSERT_EQ(changed.status, 200) << changed.raw;
  EXPECT_EQ(changed.body["weight"], 40);
  EXPECT_EQ(as("manager")
                .Delete("/api/v1/icp/criteria/" + std::to_string(added.body["id"].get<long long>()))
                .status,
            204);
}

TEST_P(HandoffTest, AHandoffRecordsTheFitAndSeedsThePlan) {
  long long account = NewAccount("50-249", "Software", "JP");
  long long champion = NewContact(account, "山田 太郎");
  NewContact(account, "田中 花子");
  auto fit = as("viewer").Get(Path(account, "/fit"));
  ASSERT_EQ(fit.status, 200) << fit.raw;
  EXPECT_EQ(fit.body["score"],
            80);  // band 30 + industry 25 + country 15 + contacts 10 of 100; no ARR yet

  nlohmann::json body = {
      {"why_bought", "営業の属人化をなくし、商談の進み具合を全員で見たい"},
      {"expected_outcomes", {"商談化率を 15% 上げる", "週次の営業会議を 30 分短くする"}},
      {"stakeholders",
       {{{"contact_id", champion}, {"role", "champion"}, {"note", "導入を主導"}},
        {{"name", "佐々木 部長"}, {"role", "executive_sponsor"}}}},
      {"sales_owner", "営業部 木村"},
      {"seed_plan", {{"template_key", "sales-dx-90"}}}};
  // Bad input writes nothing: a stranger's contact, an unknown template.
  long long other = NewAccount("1-9", "Media", "US");
  long long stranger = NewContact(other, "Someone Else");
  auto wrong_contact = body;
  wrong_contact["stakeholders"][0]["contact_id"] = stranger;
  auto r = as("csm").Post(Path(account, "/handoff"), wrong_contact);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body["error"]["field"], "stakeholders[0].contact_id");
  auto wrong_template = body;
  wrong_template["seed_plan"]["template_key"] = "no-such-template";
  r = as("csm").Post(Path(account, "/handoff"), wrong_template);
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body["error"]["field"], "seed_plan.template_key");
  auto none = as("viewer").Get(Path(account, "/handoff"));  // nothing written, and no error
  EXPECT_EQ(none.status, 200);
  EXPECT_TRUE(none.body.is_null()) << none.raw;
  EXPECT_EQ(as("viewer").Get("/api/v1/accounts/987654321/handoff").status, 404);
  EXPECT_EQ(as("viewer").Get(Path(account, "/success-plans")).body["data"].size(), 0u);

  auto created = as("csm").Post(Path(account, "/handoff"), body);
  ASSERT_EQ(created.status, 201) << created.raw;
  const auto& h = created.body["handoff"];
  EXPECT_EQ(h["fit_score"], 80);
  EXPECT_EQ(h["fit"].size(), 5u);
  EXPECT_EQ(h["stakeholders"][0]["name"], "山田 太郎");  // taken from the contact
  EXPECT_EQ(h["handed_off_by_name"], "csm user");
  const auto& plan = created.body["plan"];
  EXPECT_EQ(plan["definition"], body["why_bought"]);
  EXPECT_EQ(plan["customer_contact_id"], champion);
  EXPECT_EQ(h["plan_id"], plan["id"]);
  std::vector<std::string> titles;
  for (const auto& o : plan["objectives"]) titles.push_back(o["title"]);
  EXPECT_NE(std::find(titles.begin(), titles.end(), "商談化率を 15% 上げる"), titles.end());
  EXPECT_GT(titles.size(), 2u);  // the template's objectives as well

  EXPECT_EQ(as("csm").Post(Path(account, "/handoff"), body).status, 409);
  auto read = as("viewer").Get(Path(account, "/handoff"));
  ASSERT_EQ(read.status, 200);
  auto edited =
      as("csm").Patch("/api/v1/handoffs/" + std::to_string(h["id"].get<long long>()),
                      {{"version", read.body["version"]}, {"sales_owner", "営業部 木村・大野"}});
  ASSERT_EQ(edited.status, 200) << edited.raw;
  EXPECT_EQ(edited.body["fit_score"], 80);  // the fit at hand-off stays as it was
  EXPECT_EQ(as("csm")
                .Post("/api/v1/handoffs/" + std::to_string(h["id"].get<long long>()) + "/plan",
                      nlohmann::json::object())
                .status,
            409);
}

TEST_P(HandoffTest, PoorFitHandoffsAreListed) {
  long long poor = NewAccount("1-9", "Media", "US");
  long long good = NewAccount("250-999", "Manufacturing", "JP");
  auto p = as("csm").Post(Path(poor, "/handoff"), {{"why_bought", "Cheapest option"}});
  ASSERT_EQ(p.status, 201) << p.raw;
  EXPECT_EQ(p.body["handoff"]["fit_score"], 0);
  EXPECT_TRUE(p.body["plan"].is_null());
  ASSERT_EQ(as("csm")
                .Post(Path(good, "/handoff"), {{"why_bought", "工場の稼働データを活用したい"}})
                .status,
            201);

  auto list = as("viewer").Get("/api/v1/handoffs?fit_below=50&since_days=30&limit=500");
  ASSERT_EQ(list.status, 200) << list.raw;
  bool has_poor = false, has_good = false;
  for (const auto& h : list.body["data"]) {
    EXPECT_LT(h["fit_score"], 50);
    has_poor = has_poor || h["account_id"] == poor;
    has_good = has_good || h["account_id"] == good;
  }
  EXPECT_TRUE(has_poor);
  EXPECT_FALSE(has_good);

  // A plan can be seeded later, once.
  auto seeded = as("csm").Post(
      "/api/v1/handoffs/" + std::to_string(p.body["handoff"]["id"].get<long long>()) + "/plan",
      nlohmann::json::object());
  ASSERT_EQ(seeded.status, 201) << seeded.raw;
  EXPECT_EQ(seeded.body["definition"], "Cheapest option");
  EXPECT_EQ(as("viewer").Get(Path(poor, "/handoff")).body["plan_id"], seeded.body["id"]);
}

BANSO_INSTANTIATE_BACKENDS(HandoffTest);

}  // namespace
}  // namespace banso::testing
