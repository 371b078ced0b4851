// The journey through the API, on SQLite and PostgreSQL: editable stages, manual moves and
// their history, each default rule, bad input, the board and the funnel.
#include "core/date.h"
#include "customers/journey_transition.h"
#include "support/backend_test.h"

namespace banso::testing {
namespace {

class JourneyTest : public BackendTest {
 protected:
  std::string Unique() { return std::to_string(++n_) + "-" + GetParam(); }
  long long NewAccount(nlohmann::json body = nlohmann::json::object()) {
    body["name"] = "Journey Co " + Unique();
    auto r = as("manager").Post("/api/v1/accounts", body);
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  static std::string Path(long long account, const std::string& rest = "") {
    return "/api/v1/accounts/" + std::to_string(account) + rest;
  }
  nlohmann::json Journey(long long account) {
    auto r = as("viewer").Get(Path(account, "/journey"));
    EXPECT_EQ(r.status, 200) << r.raw;
    return r.body;
  }
  nlohmann::json RunRules(long long account, bool dry_run = false) {
    auto r = as("manager").Post("/api/v1/journey/rules/run",
                                {{"account_id", account}, {"dry_run", dry_run}});
    EXPECT_EQ(r.status, 200) << r.raw;
    return r.body;
  }
  void AddContract(long long account, Date start, Date end) {
    auto r = as("admin").Post("/api/v1/contracts", {{"account_id", account},
                                                    {"product", "Banso Cloud"},
                                                    {"start_date", start.ToString()},
                                                    {"end_date", end.ToString()},
                                                    {"amount_minor", 1200000},
                                                    {"currency", "JPY"},
                                                    {"billing_period", "annual"}});
    ASSERT_EQ(r.status, 201) << r.raw;
  }
  static inline int n_ = 0;
};

TEST_P(JourneyTest, StagesAreOrderedAndEditable) {
  auto stages = as("viewer").Get("/api/v1/journey/stages");
  ASSERT_EQ(stages.status, 200) << stages.raw;
  std::vector<std::string> keys;
  for (const auto& s : stages.body["data"]) keys.push_back(s["key"]);
  ASSERT_GE(keys.size(), 9u);
  EXPECT_EQ(keys.front(), "prospect");
  EXPECT_EQ(keys.back(), "churned");

  std::string key = "pilot_" + std::to_string(++n_) + (GetParam() == "sqlite" ? "s" : "p");
  auto added = as("manager").Post("/api/v1/journey/stages", {{"key", key},
                                                             {"moment", "fmot"},
                                                             {"position", 25},
                                                             {"name_ja", "PoC"},
                                                             {"name_en", "Pilot"}});
  ASSERT_EQ(added.status, 201) << added.raw;
  stages = as("viewer").Get("/api/v1/journey/stages");
  auto at = [&](const std::string& k) {
    for (size_t i = 0; i < stages.body["data"].size(); ++i)
      if (stages.body["data"][i]["key"] == k) return static_cast<int>(i);
    return -1;
  };
  EXPECT_EQ(at(key), at("evaluating") + 1);  // between evaluating (20) and buying (30)
  EXPECT_EQ(at("buying"), at(key) + 1);

  // Without a position a stage goes last in its moment.
  auto last = as("manager").Post(
      "/api/v1/journey/stages",
      {{"key", key + "_last"}, {"moment", "tmot"}, {"name_ja", "更新後"}, {"name_en", "Renewed"}});
  ASSERT_EQ(last.status, 201) << last.raw;
  stages = as("viewer").Get("/api/v1/journey/stages");
  EXPECT_EQ(at(key + "_last"), at("churned") - 1);
  EXPECT_EQ(
      as("manager")
          .Delete("/api/v1/journey/stages/" + std::to_string(last.body["id"].get<long long>()))
          .status,
      204);
  stages = as("viewer").Get("/api/v1/journey/stages");

  EXPECT_EQ(as("csm")
                .Post("/api/v1/journey/stages",
                      {{"key", "x"}, {"moment", "fmot"}, {"name_ja", "x"}, {"name_en", "x"}})
                .status,
            403);
  auto bad = as("manager").Post(
      "/api/v1/journey/stages",
      {{"key", "y_" + key}, {"moment", "nmot"}, {"name_ja", "y"}, {"name_en", "y"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.body["error"]["field"], "moment");
  EXPECT_EQ(as("manager")
                .Post("/api/v1/journey/stages",
                      {{"key", key}, {"moment", "fmot"}, {"name_ja", "z"}, {"name_en", "z"}})
                .status,
            409);

  // A stage with an account in it cannot go; once empty it can.
  long long account = NewAccount({{"journey_stage", key}});
  auto refused = as("manager").Delete("/api/v1/journey/stages/" +
                                      std::to_string(added.body["id"].get<long long>()));
  EXPECT_EQ(refused.status, 409) << refused.raw;
  ASSERT_EQ(as("csm").Post(Path(account, "/journey/moves"), {{"to", "buying"}}).status, 201);
  EXPECT_EQ(
      as("manager")
          .Delete("/api/v1/journey/stages/" + std::to_string(added.body["id"].get<long long>()))
          .status,
      204);
  // A stage a rule names cannot go either.
  long long onboarding_id = 0;
  for (const auto& s : stages.body["data"])
    if (s["key"] == "onboarding") onboarding_id = s["id"];
  EXPECT_EQ(as("manager").Delete("/api/v1/journey/stages/" + std::to_string(onboarding_id)).status,
            409);
}

TEST_P(JourneyTest, ManualMovesAreRecordedWithWhoAndWhy) {
  long long account = NewAccount();
  auto j = Journey(account);
  EXPECT_EQ(j["stage"], "onboarding");  // a new account starts in the first SMOT stage
  EXPECT_EQ(j["moment"], "smot");
  ASSERT_EQ(j["transitions"].size(), 1u);
  EXPECT_TRUE(j["transitions"][0]["from"].is_null());

  auto moved =
      as("csm").Post(Path(account, "/journey/moves"),
                     {{"to", "adopting"}, {"note", "週次で利用が定着"}, {"version", j["version"]}});
  ASSERT_EQ(moved.status, 201) << moved.raw;
  EXPECT_EQ(moved.body["account"]["journey_stage"], "adopting");
  j = Journey(account);
  EXPECT_EQ(j["stage"], "adopting");
  EXPECT_EQ(j["days_in_stage"], 0);
  ASSERT_EQ(j["transitions"].size(), 2u);
  const auto& t = j["transitions"][0];  // newest first
  EXPECT_EQ(t["from"], "onboarding");
  EXPECT_EQ(t["to"], "adopting");
  EXPECT_EQ(t["note"], "週次で利用が定着");
  EXPECT_EQ(t["by_name"], "csm user");
  EXPECT_TRUE(t["rule"].is_null());

  // Bad moves are refused and write nothing.
  auto unknown = as("csm").Post(Path(account, "/journey/moves"), {{"to", "happy"}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.body["error"]["field"], "to");
  EXPECT_EQ(as("csm").Post(Path(account, "/journey/moves"), {{"to", "adopting"}}).status, 400);
  EXPECT_EQ(
      as("csm").Post(Path(account, "/journey/moves"), {{"to", "renewing"}, {"version", 1}}).status,
      409);
  EXPECT_EQ(as("viewer").Post(Path(account, "/journey/moves"), {{"to", "renewing"}}).status, 403);
  EXPECT_EQ(Journey(account)["transitions"].size(), 2u);

  // An account edit that changes the stage is a move too; an unknown stage is refused.
  auto patched = as("csm").Patch(Path(account), {{"version", moved.body["account"]["version"]},
                                                 {"journey_stage", "renewing"}});
  ASSERT_EQ(patched.status, 200) << patched.raw;
  EXPECT_EQ(Journey(account)["transitions"][0]["from"], "adopting");
  auto bad = as("csm").Patch(Path(account),
                             {{"version", patched.body["version"]}, {"journey_stage", "happy"}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.body["error"]["field"], "journey_stage");
}

TEST_P(JourneyTest, FirstContractMovesAProspectToOnboarding) {
  long long account = NewAccount({{"journey_stage", "prospect"}});
  EXPECT_EQ(RunRules(account)["moved"], 0);
  AddContract(account, Date::Today().AddDays(-3), Date::Today().AddDays(360));
  auto dry = RunRules(account, true);
  EXPECT_EQ(dry["moved"], 1);
  EXPECT_EQ(Journey(account)["stage"], "prospect");  // a dry run moves nothing
  // Without a body, or with {}, a run is a dry run: moving accounts takes "dry_run": false.
  auto bodiless = as("manager").Send("POST", "/api/v1/journey/rules/run", "", "");
  ASSERT_EQ(bodiless.status, 200) << bodiless.raw;
  EXPECT_GE(bodiless.body["moved"], 1);
  EXPECT_EQ(as("manager").Post("/api/v1/journey/rules/run", nlohmann::json::object()).status, 200);
  EXPECT_EQ(Journey(account)["stage"], "prospect");
  auto run = RunRules(account);
  ASSERT_EQ(run["moves"].size(), 1u);
  EXPECT_EQ(run["moves"][0]["rule"], "first_contract");
  auto j = Journey(account);
  EXPECT_EQ(j["stage"], "onboarding");
  EXPECT_EQ(j["transitions"][0]["rule"], "first_contract");
  EXPECT_EQ(j["transitions"][0]["by_label"], "rule:first_contract");
  // The manager started the run: the move is theirs, by the rule.
  EXPECT_EQ(j["transitions"][0]["by_user"], server().user_id("manager").value);
  EXPECT_EQ(j["transitions"][0]["by_name"], "manager user");
  EXPECT_EQ(RunRules(account)["moved"], 0);  // nothing more to do
}

TEST_P(JourneyTest, ThreeActiveWeeksOfUsageMoveOnboardingToAdopting) {
  std::string u = Unique();
  long long account = NewAccount({{"external_id", "journey-usage-" + u}});
  auto source = as("admin").Post("/api/v1/sources", {{"name", "Journey usage " + u}});
  ASSERT_EQ(source.status, 201) << source.raw;
  auto send = [&](std::initializer_list<int> days_ago) {
    nlohmann::json batch = {
        {"batch",
         {{{"type", "group"}, {"userId", "user-" + u}, {"groupId", "journey-usage-" + u}}}}};
    for (int d : days_ago)
      batch["batch"].push_back(
          {{"type", "track"},
           {"userId", "user-" + u},
           {"event", "opened"},
           {"timestamp", Timestamp{Timestamp::Now().ms - d * 86400000LL}.ToString()}});
    httplib::Client c("127.0.0.1", server().port());
    c.set_basic_auth(source.body["write_key"].get<std::string>(), "");
    auto sent = c.Post("/v1/batch", batch.dump(), "application/json");
    ASSERT_TRUE(sent);
    ASSERT_EQ(sent->status, 200) << sent->body;
    server().app().events().WaitUntilApplied();
  };
  send({0, 8});  // two active weeks: not yet
  EXPECT_EQ(Journey(account)["facts"]["usage.active_weeks"], 2);
  EXPECT_EQ(RunRules(account)["moved"], 0);
  send({15});
  auto j = Journey(account);
  EXPECT_EQ(j["facts"]["usage.active_weeks"], 3);
  ASSERT_FALSE(j["rules"].empty());
  EXPECT_EQ(j["rules"][0]["key"], "three_active_weeks");
  EXPECT_TRUE(j["rules"][0]["ready"].get<bool>());
  EXPECT_EQ(RunRules(account)["moves"][0]["rule"], "three_active_weeks");
  EXPECT_EQ(Journey(account)["stage"], "adopting");
}

TEST_P(JourneyTest, RenewalRulesMoveIntoAndOutOfRenewingAndAnEndedContractChurns) {
  Date today = Date::Today();
  long long account =
      NewAccount({{"journey_stage", "adopting"}, {"renewal_date", today.AddDays(30).ToString()}});
  AddContract(account, today.AddDays(-335), today.AddDays(30));
  EXPECT_EQ(RunRules(account)["moves"][0]["rule"], "renewal_within_90_days");
  auto j = Journey(account);
  EXPECT_EQ(j["stage"], "renewing");
  // Renewed: the renewal date moves out a year.
  auto a = as("viewer").Get(Path(account));
  ASSERT_EQ(as("csm")
                .Patch(Path(account), {{"version", a.body["version"]},
                                       {"renewal_date", today.AddDays(395).ToString()}})
                .status,
            200);
  AddContract(account, today.AddDays(31), today.AddDays(395));
  EXPECT_EQ(RunRules(account)["moves"][0]["rule"], "renewed");
  EXPECT_EQ(Journey(account)["stage"], "adopting");

  long long lapsed = NewAccount({{"journey_stage", "adopting"}});
  AddContract(lapsed, today.AddDays(-400), today.AddDays(-35));
  EXPECT_EQ(RunRules(lapsed)["moves"][0]["rule"], "no_active_contract");
  EXPECT_EQ(Journey(lapsed)["stage"], "churned");
}

TEST_P(JourneyTest, RulesNamingUnknownFieldsOrStagesAreRefused) {
  auto before = as("viewer").Get("/api/v1/journey/rules");
  ASSERT_EQ(before.status, 200);
  EXPECT_GE(before.body["fields"].size(), 8u);
  nlohmann::json rule = {
      {"key", "nps_promoters_" + Unique().substr(0, 1) + (GetParam() == "sqlite" ? "s" : "p")},
      {"name", "推奨者 → アドボカシー"},
      {"from_stages", {"adopting"}},
      {"to_stage", "advocating"},
      {"conditions", {{{"field", "nps.last"}, {"op", "gte"}, {"value", 9}}}}};
  auto check = [&](nlohmann::json body, const std::string& field) {
    auto r = as("manager").Post("/api/v1/journey/rules", body);
    EXPECT_EQ(r.status, 400) << r.raw;
    EXPECT_EQ(r.body["error"]["field"], field) << r.raw;
  };
  auto missing_field = rule;
  missing_field["conditions"][0]["field"] = "nps.average";
  check(missing_field, "conditions[0].field");
  auto bad_op = rule;
  bad_op["conditions"][0]["op"] = "about";
  check(bad_op, "conditions[0].op");
  auto unknown_stage = rule;
  unknown_stage["to_stage"] = "famous";
  check(unknown_stage, "to_stage");
  auto unknown_from = rule;
  unknown_from["from_stages"] = {"adopting", "somewhere"};
  check(unknown_from, "from_stages[1]");
  auto none = rule;
  none["conditions"] = nlohmann::json::array();
  check(none, "conditions");
  EXPECT_EQ(as("viewer").Get("/api/v1/journey/rules").body["data"].size(),
            before.body["data"].size());

  auto added = as("manager").Post("/api/v1/journey/rules", rule);
  ASSERT_EQ(added.status, 201) << added.raw;
  auto disabled = as("manager").Patch(
      "/api/v1/journey/rules/" + std::to_string(added.body["id"].get<long long>()),
      {{"version", 1}, {"enabled", false}});
  ASSERT_EQ(disabled.status, 200) << disabled.raw;
  EXPECT_FALSE(disabled.body["enabled"].get<bool>());
  EXPECT_EQ(
      as("manager")
          .Delete("/api/v1/journey/rules/" + std::to_string(added.body["id"].get<long long>()))
          .status,
      204);
}

TEST_P(JourneyTest, TheFunnelCountsReachConversionAndMedianDays) {
  // Four accounts whose journeys began in January 2019, a cohort no other test has.
  long long a = NewAccount({{"journey_stage", "onboarding"}});
  long long b = NewAccount({{"journey_stage", "evaluating"}});
  long long c = NewAccount({{"journey_stage", "prospect"}});
  long long d = NewAccount({{"journey_stage", "adopting"}});
  auto at = [](const char* day) { return Timestamp::FromDate(*Date::Parse(day)); };
  std::vector<customers::JourneyTransition> history;
  auto add = [&](long long account, std::optional<std::string> from, const std::string& to,
                 const char* day) {
    history.push_back(customers::TransitionBy(auth::Actor::System("test"), AccountId(account), from,
                                              to, at(day)));
  };
  add(a, std::nullopt, "prospect", "2019-01-01");
  add(a, "prospect", "evaluating", "2019-01-11");
  add(a, "evaluating", "buying", "2019-01-21");
  add(a, "buying", "onboarding", "2019-02-10");
  add(b, std::nullopt, "prospect", "2019-01-05");
  add(b, "prospect", "evaluating", "2019-01-25");
  add(c, std::nullopt, "prospect", "2019-01-20");
  add(d, std::nullopt, "prospect", "2019-01-02");
  server().app().db().Transact(
      [&](store::Tx& tx) { customers::JourneyTransitionStore::RecordIn(tx, history); });

  auto funnel = [&] {
    auto r = as("viewer").Get("/api/v1/journey/funnel?cohort=2019-01");
    EXPECT_EQ(r.status, 200) << r.raw;
    std::map<std::string, nlohmann::json> by_key;
    for (const auto& s : r.body["stages"]) by_key[s["key"]] = s;
    return std::pair(r.body, by_key);
  };
  auto [body, s] = funnel();
  EXPECT_EQ(body["accounts"], 4);
  EXPECT_EQ(s["prospect"]["reached"], 4);
  EXPECT_EQ(s["evaluating"]["reached"], 3);  // d skipped the record of it but is further on
  EXPECT_EQ(s["buying"]["reached"], 2);
  EXPECT_EQ(s["onboarding"]["reached"], 2);
  EXPECT_EQ(s["adopting"]["reached"], 1);
  EXPECT_EQ(s["evaluating"]["conversion"], 0.75);
  EXPECT_EQ(s["prospect"]["median_days_to_next"], 15.0);  // a: 10 days, b: 20 days
  EXPECT_EQ(s["buying"]["median_days_to_next"], 20.0);
  EXPECT_EQ(s["prospect"]["current"], 1);
  EXPECT_EQ(s["evaluating"]["current"], 1);

  // A move after the funnel was read shows in the next answer.
  ASSERT_EQ(as("csm").Post(Path(d, "/journey/moves"), {{"to", "churned"}}).status, 201);
  auto [after, s2] = funnel();
  EXPECT_EQ(s2["churned"]["reached"], 1);
  EXPECT_EQ(s2["adopting"]["churned_from"], 1);
  EXPECT_EQ(s2["adopting"]["current"], 0);
  bool listed = false;
  for (const auto& cohort : after["cohorts"]) listed = listed || cohort == "2019-01";
  EXPECT_TRUE(listed);

  auto quarter = as("viewer").Get("/api/v1/journey/funnel?cohort=2019-Q1&tier=high_touch");
  ASSERT_EQ(quarter.status, 200) << quarter.raw;
  EXPECT_EQ(quarter.body["accounts"], 0);  // none of them is high touch
  auto bad = as("viewer").Get("/api/v1/journey/funnel?cohort=January");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.body["error"]["field"], "cohort");
}

TEST_P(JourneyTest, TheBoardListsLongestInStageFirst) {
  long long owner = server().user_id("csm").value;
  long long older = NewAccount({{"journey_stage", "buying"}, {"owner_id", owner}});
  long long newer = NewAccount({{"journey_stage", "buying"}, {"owner_id", owner}});
  auto board =
      as("viewer").Get("/api/v1/journey/board?owner_id=" + std::to_string(owner) + "&per_stage=50");
  ASSERT_EQ(board.status, 200) << board.raw;
  bool found = false;
  for (const auto& column : board.body["stages"]) {
    if (column["key"] != "buying") continue;
    found = true;
    EXPECT_GE(column["count"], 2);
    std::vector<long long> ids;
    for (const auto& a : column["accounts"]) ids.push_back(a["id"]);
    auto pos = [&](long long id) { return std::find(ids.begin(), ids.end(), id) - ids.begin(); };
    EXPECT_LT(pos(older), pos(newer));
    EXPECT_EQ(column["accounts"][0]["owner_name"], "csm user");
  }
  EXPECT_TRUE(found) << "the board has no buying column";
  EXPECT_EQ(as("viewer").Get("/api/v1/journey/board?tier=gold").status, 400);
}

BANSO_INSTANTIATE_BACKENDS(JourneyTest);

}  // namespace
}  // namespace banso::testing
