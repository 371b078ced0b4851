// Success plans through the API, on SQLite and PostgreSQL.
#include <set>

#include "core/date.h"
#include "support/backend_test.h"

namespace banso::testing {
namespace {

class SuccessPlansTest : public BackendTest {
 protected:
  long long NewAccount() {
    auto r = as("manager").Post("/api/v1/accounts",
                                {{"name", "Plan Co " + std::to_string(++n_) + GetParam()}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  long long NewContact(long long account) {
    auto r =
        as("manager").Post("/api/v1/contacts", {{"account_id", account}, {"name", "山田 花子"}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  nlohmann::json Plan(long long account) {
    return {{"account_id", account},
            {"title", "営業DX導入 90日"},
            {"definition", "営業の報告作業を半分にして、顧客と話す時間を増やす"},
            {"starts_on", "2026-10-01"},
            {"ends_on", "2026-12-31"},
            {"objectives",
             {{{"title", "週次レポートを自動化する"},
               {"type", "co"},
               {"kind", "adoption"},
               {"kpis",
                {{{"name", "週次アクティブユーザー"},
                  {"unit", "人"},
                  {"baseline", 5},
                  {"target", 25},
                  {"current", 15}}}},
               {"milestones",
                {{{"title", "管理者トレーニング"}, {"due_on", "2026-10-15"}},
                 {{"title", "全営業に展開"}, {"due_on", "2026-11-30"}}}}},
              {{"title", "迷わず使える"}, {"type", "cx"}, {"kind", "functional"}}}}};
  }
  static inline int n_ = 0;
};

TEST_P(SuccessPlansTest, APlanIsCreatedReadAndListedWithItsProgress) {
  long long account = NewAccount();
  auto created = as("csm").Post("/api/v1/success-plans", Plan(account));
  ASSERT_EQ(created.status, 201) << created.raw;
  const auto& plan = created.body;
  EXPECT_EQ(plan["status"], "not_started");
  ASSERT_EQ(plan["objectives"].size(), 2u);
  const auto& first = plan["objectives"][0];
  EXPECT_EQ(first["id"], "o1");
  EXPECT_EQ(first["kpis"][0]["id"], "k2");
  EXPECT_EQ(first["milestones"][1]["id"], "m4");
  EXPECT_DOUBLE_EQ(first["kpis"][0]["progress"].get<double>(), 0.5);  // 15 of 5 -> 25
  // The objective: mean of its KPI (0.5) and two open milestones (0, 0); the plan: mean of its
  // two objectives.
  EXPECT_NEAR(first["progress"].get<double>(), 0.5 / 3, 1e-9);
  EXPECT_NEAR(plan["progress"].get<double>(), 0.5 / 3 / 2, 1e-9);
  auto listed = as("viewer").Get("/api/v1/accounts/" + std::to_string(account) + "/success-plans");
  ASSERT_EQ(listed.status, 200);
  ASSERT_EQ(listed.body["data"].size(), 1u);
  EXPECT_EQ(listed.body["data"][0]["definition"], Plan(account)["definition"]);
  EXPECT_EQ(as("viewer").Post("/api/v1/success-plans", Plan(account)).status, 403);
}

TEST_P(SuccessPlansTest, MarkingAMilestoneAchievedIsOneVersionWithItsHistory) {
  long long account = NewAccount();
  auto plan = as("csm").Post("/api/v1/success-plans", Plan(account)).body;
  std::string path = "/api/v1/success-plans/" + std::to_string(plan["id"].get<long long>());
  nlohmann::json objectives = plan["objectives"];
  objectives[0]["milestones"][0]["achieved_on"] = "2026-10-14";
  objectives[0]["status"] = "on_track";
  auto updated = as("csm").Patch(path, {{"version", plan["version"]}, {"objectives", objectives}});
  ASSERT_EQ(updated.status, 200) << updated.raw;
  EXPECT_EQ(updated.body["objectives"][0]["milestones"][0]["achieved_on"], "2026-10-14");
  EXPECT_EQ(updated.body["objectives"][0]["id"], "o1");  // ids kept
  // Someone else saves with the version they loaded before: 409, and nothing changes.
  auto stale = as("manager").Patch(path, {{"version", plan["version"]}, {"title", "別の題"}});
  EXPECT_EQ(stale.status, 409) << stale.raw;
  EXPECT_EQ(as("viewer").Get(path).body["title"], plan["title"]);
  auto history = as("viewer").Get(path + "/history");
  ASSERT_EQ(history.status, 200);
  ASSERT_EQ(history.body["data"].size(), 2u);  // created, then the milestone
  std::set<std::string> paths;
  for (const auto& c : history.body["data"][1]["changes"]) paths.insert(c["path"]);
  EXPECT_EQ(paths, (std::set<std::string>{"objectives[o1].milestones[m3].achieved_on",
                                          "objectives[o1].status"}));
  EXPECT_EQ(history.body["data"][1]["user_id"], server().user_id("csm").value);
}

TEST_P(SuccessPlansTest, BadPlansAreRefusedWithTheFieldAndNothingIsWritten) {
  long long account = NewAccount();
  auto refused = [&](nlohmann::json body, const std::string& field) {
    auto r = as("csm").Post("/api/v1/success-plans", body);
    EXPECT_EQ(r.status, 400) << r.raw;
    EXPECT_EQ(r.body["error"]["field"], field) << r.raw;
  };
  auto no_type = Plan(account);
  no_type["objectives"][1].erase("type");
  refused(no_type, "objectives[1].type");
  auto flat_kpi = Plan(account);
  flat_kpi["objectives"][0]["kpis"][0]["target"] = 5;
  refused(flat_kpi, "objectives[0].kpis[0].target");
  auto early = Plan(account);
  early["objectives"][0]["milestones"][1]["due_on"] = "2026-09-01";
  refused(early, "objectives[0].milestones[1].due_on");
  auto mixed = Plan(account);
  mixed["objectives"][1]["kind"] = "adoption";  // a CX objective of a CO kind
  refused(mixed, "objectives[1].kind");
  auto other_contact = Plan(account);
  other_contact["customer_contact_id"] = NewContact(NewAccount());
  refused(other_contact, "customer_contact_id");
  auto usage = Plan(account);
  usage["objectives"][0]["kpis"][0]["usage"] = {{"measure", "feature_weekly_users"}};
  refused(usage, "objectives[0].kpis[0].usage.feature");
  // Values are checked against their unit: no −999999 people, no 2.5 people, no −3 yen.
  auto negative_people = Plan(account);
  negative_people["objectives"][0]["kpis"][0]["target"] = -999999;
  refused(negative_people, "objectives[0].kpis[0].target");
  auto half_person = Plan(account);
  half_person["objectives"][0]["kpis"][0]["current"] = 2.5;
  refused(half_person, "objectives[0].kpis[0].current");
  auto negative_yen = Plan(account);
  negative_yen["objectives"][0]["kpis"][0]["unit"] = "万円";
  negative_yen["objectives"][0]["kpis"][0]["baseline"] = -3;
  refused(negative_yen, "objectives[0].kpis[0].baseline");
  auto listed = as("viewer").Get("/api/v1/accounts/" + std::to_string(account) + "/success-plans");
  EXPECT_EQ(listed.body["data"].size(), 0u);
}

TEST_P(SuccessPlansTest, APercentageMayPassAHundredAndAnUnknownUnitTakesAnyNumber) {
  long long account = NewAccount();
  auto nrr = Plan(account);
  nrr["objectives"][0]["kpis"][0].update({{"unit", "％"}, {"baseline", 95}, {"target", 120}});
  EXPECT_EQ(as("csm").Post("/api/v1/success-plans", nrr).status, 201);
  auto score = Plan(account);
  score["objectives"][0]["kpis"][0].update(
      {{"unit", "点"}, {"baseline", -20}, {"target", 30}, {"current", 2.5}});
  EXPECT_EQ(as("csm").Post("/api/v1/success-plans", score).status, 201);
}

TEST_P(SuccessPlansTest, APlanIsMadeFromATemplateInOneStep) {
  auto templates = as("viewer").Get("/api/v1/success-plan-templates");
  ASSERT_EQ(templates.status, 200);
  std::set<std::string> keys;
  for (const auto& t : templates.body["data"]) keys.insert(t["key"]);
  EXPECT_TRUE(keys.count("sales-dx-90")) << templates.raw;
  long long account = NewAccount();
  auto plan = as("csm").Post(
      "/api/v1/success-plans/from-template",
      {{"account_id", account}, {"template_key", "sales-dx-90"}, {"starts_on", "2026-10-01"}});
  ASSERT_EQ(plan.status, 201) << plan.raw;
  EXPECT_EQ(plan.body["title"], "営業DX導入 90日");
  EXPECT_EQ(plan.body["template_key"], "sales-dx-90");
  EXPECT_EQ(plan.body["ends_on"], "2026-12-30");
  EXPECT_EQ(plan.body["csm_user_id"], server().user_id("csm").value);
  ASSERT_EQ(plan.body["objectives"].size(), 3u);
  EXPECT_EQ(plan.body["objectives"][0]["milestones"][0]["due_on"], "2026-10-08");  // 7 days in
  EXPECT_EQ(plan.body["objectives"][0]["kpis"][0]["usage"]["measure"], "wau");
  auto missing = as("csm").Post("/api/v1/success-plans/from-template",
                                {{"account_id", account}, {"template_key", "nope"}});
  EXPECT_EQ(missing.status, 404);
}

TEST_P(SuccessPlansTest, TemplatesAreEditedByManagersAndChecked) {
  std::string key = "renewal-prep-" + GetParam();
  nlohmann::json t = {{"key", key},
                      {"name", "更新準備 60日"},
                      {"duration_days", 60},
                      {"objectives",
                       {{{"title", "価値を数字で示す"},
                         {"type", "co"},
                         {"kind", "problem_solved"},
                         {"kpis",
                          {{{"name", "削減した工数"},
                            {"unit", "時間"},
                            {"baseline", 0},
                            {"target", 100},
                            {"due_in_days", 45}}}}}}}};
  EXPECT_EQ(as("csm").Post("/api/v1/success-plan-templates", t).status, 403);
  auto flat = t;
  flat["objectives"][0]["kpis"][0]["target"] = 0;
  auto bad = as("manager").Post("/api/v1/success-plan-templates", flat);
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.body["error"]["field"], "objectives[0].kpis[0].target") << bad.raw;
  auto created = as("manager").Post("/api/v1/success-plan-templates", t);
  ASSERT_EQ(created.status, 201) << created.raw;
  EXPECT_EQ(as("manager").Post("/api/v1/success-plan-templates", t).status,
            409);  // the key is taken
  std::string path = "/api/v1/success-plan-templates/" + key;
  auto renamed =
      as("manager").Patch(path, {{"version", created.body["version"]}, {"name", "更新準備 45日"}});
  ASSERT_EQ(renamed.status, 200) << renamed.raw;
  EXPECT_EQ(as("manager").Patch(path, {{"version", created.body["version"]}, {"name", "x"}}).status,
            409);
  EXPECT_EQ(as("viewer").Get(path).body["name"], "更新準備 45日");
  EXPECT_EQ(as("manager").Delete(path).status, 204);
  EXPECT_EQ(as("viewer").Get(path).status, 404);
}

TEST_P(SuccessPlansTest, UsageBoundKpisReadTheirCurrentValueFromTheEventRollups) {
  std::string u = std::to_string(++n_) + GetParam();
  auto account = as("manager").Post(
      "/api/v1/accounts", {{"name", "Usage Plan Co " + u}, {"external_id", "usage-plan-" + u}});
  ASSERT_EQ(account.status, 201) << account.raw;
  long long id = account.body["id"];
  auto body = Plan(id);
  body["starts_on"] = Date::Today().AddDays(-10).ToString();
  body["objectives"][0]["milestones"] = nlohmann::json::array();
  body["objectives"][0]["kpis"] = {
      {{"name", "週次アクティブ"},
       {"baseline", 0},
       {"target", 10},
       {"current", 99},
       {"usage", {{"measure", "wau"}}}},
      {{"name", "レポート出力/週"},
       {"baseline", 0},
       {"target", 50},
       {"usage", {{"measure", "events_per_week"}, {"feature", "report_exported_" + u}}}}};
  auto plan = as("csm").Post("/api/v1/success-plans", body);
  ASSERT_EQ(plan.status, 201) << plan.raw;
  EXPECT_EQ(plan.body["objectives"][0]["kpis"][0]["current"],
            0);  // computed (nobody active yet), not the 99 sent

  auto source = as("admin").Post("/api/v1/sources", {{"name", "Plan usage " + u}});
  ASSERT_EQ(source.status, 201) << source.raw;
  nlohmann::json batch = {{"batch", nlohmann::json::array()}};
  for (const char* user : {"a", "b"})
    batch["batch"].push_back(
        {{"type", "group"}, {"userId", std::string(user) + u}, {"groupId", "usage-plan-" + u}});
  for (int i = 0; i < 3; ++i)
    batch["batch"].push_back(
        {{"type", "track"}, {"userId", "a" + u}, {"event", "report_exported_" + u}});
  batch["batch"].push_back({{"type", "track"}, {"userId", "b" + u}, {"event", "opened_" + u}});
  httplib::Client c("127.0.0.1", server().port());
  c.set_basic_auth(source.body["write_key"].get<std::string>(), "");
  auto sent = c.Post("/v1/batch", batch.dump(), "application/json");
  ASSERT_TRUE(sent);
  ASSERT_EQ(sent->status, 200) << sent->body;
  server().app().events().WaitUntilApplied();

  auto read =
      as("viewer").Get("/api/v1/success-plans/" + std::to_string(plan.body["id"].get<long long>()));
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.body["objectives"][0]["kpis"][0]["current"], 2);  // two people active this week
  EXPECT_EQ(read.body["objectives"][0]["kpis"][1]["current"], 3);  // three report exports
  // A save does not store the computed values: the history shows no KPI change.
  auto saved =
      as("csm").Patch("/api/v1/success-plans/" + std::to_string(plan.body["id"].get<long long>()),
                      {{"version", read.body["version"]}, {"objectives", read.body["objectives"]}});
  ASSERT_EQ(saved.status, 200) << saved.raw;
  auto history = as("viewer").Get("/api/v1/success-plans/" +
                                  std::to_string(plan.body["id"].get<long long>()) + "/history");
  EXPECT_EQ(history.body["data"][1]["changes"].size(), 0u) << history.raw;
}

BANSO_INSTANTIATE_BACKENDS(SuccessPlansTest);

}  // namespace
}  // namespace banso::testing
