// Self-sufficiency (自走) through the API, on SQLite and PostgreSQL.
#include "support/backend_test.h"

namespace banso::testing {
namespace {

class SelfSufficiencyTest : public BackendTest {
 protected:
  long long NewAccount() {
    auto r = as("manager").Post("/api/v1/accounts",
                                {{"name", "Jisou Co " + std::to_string(++n_) + GetParam()}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  // The ids of the criteria of a level.
  std::vector<long long> Of(const nlohmann::json& criteria, const std::string& level) {
    std::vector<long long> ids;
    for (const auto& c : criteria)
      if (c["level"] == level) ids.push_back(c["id"]);
    return ids;
  }
  static inline int n_ = 0;
};

TEST_P(SelfSufficiencyTest, TheLevelIsTheHighestWhoseCriteriaAndThoseBelowAreAllMet) {
  long long account = NewAccount();
  std::string path = "/api/v1/accounts/" + std::to_string(account) + "/self-sufficiency";
  auto start = as("viewer").Get(path);
  ASSERT_EQ(start.status, 200) << start.raw;
  EXPECT_EQ(start.body["level"], "dependent");
  auto criteria = start.body["criteria"];
  auto guided = Of(criteria, "guided"), running = Of(criteria, "self_running"),
       advocate = Of(criteria, "advocate");
  ASSERT_GE(guided.size(), 2u);  // the defaults
  ASSERT_FALSE(running.empty());
  ASSERT_FALSE(advocate.empty());

  // Every self-running criterion but not all of guided: still dependent.
  std::vector<long long> met = running;
  met.push_back(guided[0]);
  auto first = as("csm").Post(path, {{"met", met}, {"note", "推進役が育ってきた"}});
  ASSERT_EQ(first.status, 201) << first.raw;
  EXPECT_EQ(first.body["level"], "dependent");
  met.insert(met.end(), guided.begin(), guided.end());
  auto second = as("csm").Post(path, {{"met", met}});
  ASSERT_EQ(second.status, 201);
  EXPECT_EQ(second.body["level"], "self_running");
  auto now = as("viewer").Get(path);
  EXPECT_EQ(now.body["level"], "self_running");
  ASSERT_EQ(now.body["history"].size(), 2u);  // newest first
  EXPECT_EQ(now.body["history"][1]["note"], "推進役が育ってきた");

  auto unknown = as("csm").Post(path, {{"met", {999999999}}});
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.body["error"]["field"], "met");
  EXPECT_EQ(as("viewer").Post(path, {{"met", met}}).status, 403);
  EXPECT_EQ(as("viewer").Get(path).body["history"].size(), 2u);  // nothing written by the refusals
}

TEST_P(SelfSufficiencyTest, CriteriaAreEditedByManagers) {
  auto added = as("manager").Post(
      "/api/v1/self-sufficiency/criteria",
      {{"level", "advocate"}, {"text", "ユーザー会で登壇した " + GetParam()}, {"position", 9}});
  ASSERT_EQ(added.status, 201) << added.raw;
  EXPECT_EQ(as("csm")
                .Post("/api/v1/self-sufficiency/criteria", {{"level", "guided"}, {"text", "x"}})
                .status,
            403);
  auto dependent = as("manager").Post("/api/v1/self-sufficiency/criteria",
                                      {{"level", "dependent"}, {"text", "x"}});
  EXPECT_EQ(dependent.status, 400);
  EXPECT_EQ(dependent.body["error"]["field"], "level");
  std::string path =
      "/api/v1/self-sufficiency/criteria/" + std::to_string(added.body["id"].get<long long>());
  auto edited = as("manager").Patch(
      path, {{"version", added.body["version"]}, {"text", "ユーザー会で登壇した"}});
  ASSERT_EQ(edited.status, 200) << edited.raw;
  EXPECT_EQ(as("manager").Patch(path, {{"version", added.body["version"]}, {"text", "y"}}).status,
            409);
  EXPECT_EQ(as("manager").Delete(path).status, 204);
}

TEST_P(SelfSufficiencyTest, ANewCriterionWithoutAPositionGoesLastInItsLevel) {
  auto criteria = as("viewer").Get("/api/v1/self-sufficiency/criteria");
  ASSERT_EQ(criteria.status, 200) << criteria.raw;
  int last = -1;
  for (const auto& c : criteria.body["data"])
    if (c["level"] == "guided") last = std::max(last, c["position"].get<int>());
  auto added = as("manager").Post("/api/v1/self-sufficiency/criteria",
                                  {{"level", "guided"}, {"text", "週次定例を自分たちで回す"}});
  ASSERT_EQ(added.status, 201) << added.raw;
  EXPECT_GT(added.body["position"].get<int>(), last);
  auto after = as("viewer").Get("/api/v1/self-sufficiency/criteria");
  std::vector<long long> guided = Of(after.body["data"], "guided");
  ASSERT_FALSE(guided.empty());
  EXPECT_EQ(guided.back(), added.body["id"].get<long long>());  // listed by level, then position
}

BANSO_INSTANTIATE_BACKENDS(SelfSufficiencyTest);

}  // namespace
}  // namespace banso::testing
