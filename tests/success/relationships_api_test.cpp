// The relationship map and breadth through the API, on SQLite and PostgreSQL.
#include "core/date.h"
#include "support/backend_test.h"

namespace banso::testing {
namespace {

class RelationshipsTest : public BackendTest {
 protected:
  long long NewAccount() {
    auto r = as("manager").Post("/api/v1/accounts",
                                {{"name", "Rel Co " + std::to_string(++n_) + GetParam()}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  long long NewContact(long long account, const std::string& name, const std::string& role,
                       bool departed = false) {
    auto r = as("manager").Post(
        "/api/v1/contacts",
        {{"account_id", account}, {"name", name}, {"role", role}, {"departed", departed}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  void Touch(long long account, long long contact, int days_ago, const char* sentiment = nullptr) {
    nlohmann::json body = {{"account_id", account},
                           {"contact_id", contact},
                           {"kind", "meeting"},
                           {"occurred_at", DaysAgo(days_ago)},
                           {"summary", "定例"}};
    if (sentiment) body["sentiment"] = sentiment;
    auto r = as("csm").Post("/api/v1/touchpoints", body);
    ASSERT_EQ(r.status, 201) << r.raw;
  }
  static inline int n_ = 0;
};

TEST_P(RelationshipsTest, AChampionWhoMovesIsFollowedToTheNewCustomer) {
  long long old_account = NewAccount(), new_account = NewAccount();
  long long champion = NewContact(old_account, "山本 さくら", "champion");
  Touch(old_account, champion, 10, "positive");
  std::string path = "/api/v1/contacts/" + std::to_string(champion) + "/moves";
  auto same = as("csm").Post(path, {{"account_id", old_account}});
  EXPECT_EQ(same.status, 400);
  EXPECT_EQ(same.body["error"]["field"], "account_id");

  auto moved = as("csm").Post(
      path, {{"account_id", new_account}, {"role", "decision_maker"}, {"title", "部長"}});
  ASSERT_EQ(moved.status, 201) << moved.raw;
  EXPECT_EQ(moved.body["left"]["departed"], true);
  EXPECT_EQ(moved.body["joined"]["name"], "山本 さくら");
  EXPECT_EQ(moved.body["joined"]["account_id"], new_account);
  EXPECT_EQ(moved.body["joined"]["previous_contact_id"], champion);
  EXPECT_EQ(as("csm").Post(path, {{"account_id", new_account}}).status, 409) << "moved once";

  auto there =
      as("viewer").Get("/api/v1/accounts/" + std::to_string(new_account) + "/relationships");
  ASSERT_EQ(there.status, 200) << there.raw;
  EXPECT_EQ(there.body["highlights"], nlohmann::json::array({"former_champion_joined"}));
  EXPECT_EQ(there.body["contacts"][0]["came_from"]["account_id"], old_account);
  EXPECT_EQ(there.body["contacts"][0]["came_from"]["role"], "champion");
  auto before =
      as("viewer").Get("/api/v1/accounts/" + std::to_string(old_account) + "/relationships");
  EXPECT_EQ(before.body["contacts"][0]["moved_to"]["account_id"], new_account);
  EXPECT_NE(std::find(before.body["warnings"].begin(), before.body["warnings"].end(),
                      "champion_departed"),
            before.body["warnings"].end());
  // Their history stays with the contact they left: the touchpoint is still on the old account.
  auto timeline = as("viewer").Get("/api/v1/accounts/" + std::to_string(old_account) + "/timeline");
  EXPECT_EQ(timeline.body["data"].size(), 1u);
}

TEST_P(RelationshipsTest, BreadthCountsEngagedContactsAndWarnsOfADepartedChampion) {
  long long account = NewAccount();
  long long champion = NewContact(account, "佐藤 一郎", "champion");
  long long user = NewContact(account, "鈴木 花子", "user");
  long long gone = NewContact(account, "高橋 健", "champion", true);
  Touch(account, champion, 10, "positive");
  Touch(account, user, 200);
  Touch(account, gone, 3);
  auto nps = as("csm").Post(
      "/api/v1/surveys",
      {{"contact_id", user}, {"kind", "nps"}, {"score", 4}, {"responded_at", DaysAgo(5)}});
  ASSERT_EQ(nps.status, 201) << nps.raw;

  auto map = as("viewer").Get("/api/v1/accounts/" + std::to_string(account) + "/relationships");
  ASSERT_EQ(map.status, 200) << map.raw;
  EXPECT_EQ(map.body["breadth"],
            2);  // the champion (touched) and the user (answered NPS); not the departed
  EXPECT_EQ(map.body["warnings"], nlohmann::json({"champion_departed"}));
  EXPECT_EQ(map.body["departed_champions"], nlohmann::json({"高橋 健"}));
  ASSERT_EQ(map.body["contacts"].size(), 3u);
  const auto& first = map.body["contacts"][0];
  EXPECT_EQ(first["id"], champion);  // champions first, the departed last
  EXPECT_EQ(first["sentiment"], "positive");
  EXPECT_EQ(first["touches_90d"], 1);
  const auto& u = map.body["contacts"][1];
  EXPECT_EQ(u["id"], user);
  EXPECT_EQ(u["last_nps"], 4);
  EXPECT_EQ(u["sentiment"], "negative");  // the NPS answer is newer than the touchpoint
  EXPECT_TRUE(u["engaged"].get<bool>());
  EXPECT_EQ(map.body["contacts"][2]["id"], gone);
  EXPECT_FALSE(map.body["contacts"][2]["engaged"].get<bool>());
}

TEST_P(RelationshipsTest, ARelationshipOnOnePersonIsFlagged) {
  long long account = NewAccount();
  long long only = NewContact(account, "田中 誠", "user");
  NewContact(account, "伊藤 さくら", "decision_maker");  // never touched
  Touch(account, only, 1, "neutral");
  auto map = as("viewer").Get("/api/v1/accounts/" + std::to_string(account) + "/relationships");
  ASSERT_EQ(map.status, 200);
  EXPECT_EQ(map.body["breadth"], 1);
  EXPECT_EQ(map.body["warnings"], nlohmann::json({"single_threaded", "no_active_champion"}));
  EXPECT_EQ(as("viewer").Get("/api/v1/accounts/999999999/relationships").status, 404);
}

BANSO_INSTANTIATE_BACKENDS(RelationshipsTest);

}  // namespace
}  // namespace banso::testing
