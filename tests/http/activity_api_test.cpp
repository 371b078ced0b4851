// Contacts, touchpoints, survey responses and the merged account timeline.
#include <gtest/gtest.h>

#include "support/backend_test.h"

namespace banso::testing {
namespace {

class ActivityApiTest : public BackendTest {
 protected:
  long long NewAccount(const std::string& name) {
    auto r = as("manager").Post("/api/v1/accounts", {{"name", name}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  long long NewContact(long long account, const std::string& name) {
    auto r = as("csm").Post("/api/v1/contacts", {{"account_id", account},
                                                 {"name", name},
                                                 {"email", "x@example.co.jp"},
                                                 {"role", "champion"}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
};

TEST_P(ActivityApiTest, ContactsBelongToAnAccountAndValidate) {
  long long account = NewAccount("連絡先テスト株式会社");
  long long contact = NewContact(account, "山田 太郎");
  auto list = as("viewer").Get("/api/v1/contacts?account_id=" + std::to_string(account));
  ASSERT_EQ(list.status, 200);
  EXPECT_EQ(list.body["total"], 1);
  EXPECT_EQ(list.body["data"][0]["role"], "champion");

  auto departed = as("csm").Patch("/api/v1/contacts/" + std::to_string(contact),
                                  {{"version", 1}, {"departed", true}});
  ASSERT_EQ(departed.status, 200) << departed.raw;
  EXPECT_TRUE(departed.body["departed"].get<bool>());

  auto bad_email = as("csm").Post("/api/v1/contacts",
                                  {{"account_id", account}, {"name", "x"}, {"email", "nope"}});
  EXPECT_EQ(bad_email.body["error"]["field"], "email");
  auto no_account = as("csm").Post("/api/v1/contacts", {{"account_id", 999999}, {"name", "x"}});
  EXPECT_EQ(no_account.status, 400);
  EXPECT_EQ(no_account.body["error"]["field"], "account_id");
  auto bad_role = as("csm").Post("/api/v1/contacts",
                                 {{"account_id", account}, {"name", "x"}, {"role", "boss"}});
  EXPECT_EQ(bad_role.body["error"]["field"], "role");
  auto missing = as("csm").Post("/api/v1/contacts", {{"name", "x"}});
  EXPECT_EQ(missing.body["error"]["field"], "account_id");
}

TEST_P(ActivityApiTest, SurveysTakeTheirAccountFromTheContactAndCheckScales) {
  long long account = NewAccount("NPS Co");
  long long contact = NewContact(account, "Promoter");
  auto nps = as("marketer")
                 .Post("/api/v1/surveys", {{"contact_id", contact},
                                           {"kind", "nps"},
                                           {"score", 9},
                                           {"comment", "とても良い"},
                                           {"responded_at", DaysAgo(60)}});
  ASSERT_EQ(nps.status, 201) << nps.raw;
  EXPECT_EQ(nps.body["account_id"], account);
  for (auto [kind, score] : {std::pair{"nps", 11}, {"nps", -1}, {"csat", 0}, {"csat", 6}}) {
    auto r = as("marketer")
                 .Post("/api/v1/surveys", {{"contact_id", contact},
                                           {"kind", kind},
                                           {"score", score},
                                           {"responded_at", DaysAgo(60)}});
    EXPECT_EQ(r.status, 400) << kind << score;
    EXPECT_EQ(r.body["error"]["field"], "score");
  }
  EXPECT_EQ(as("viewer").Post("/api/v1/surveys", {{"contact_id", contact}}).status, 403);
}

TEST_P(ActivityApiTest, TimelineMergesTouchpointsAndSurveysNewestFirstAcrossPages) {
  long long account = NewAccount("Timeline KK");
  long long contact = NewContact(account, "Champion");
  std::vector<std::string> expected;  // summaries/comments, newest first
  for (int day = 1; day <= 5; ++day) {
    std::string when = DaysAgo(10 - day);
    auto t = as("csm").Post("/api/v1/touchpoints", {{"account_id", account},
                                                    {"kind", "meeting"},
                                                    {"occurred_at", when},
                                                    {"summary", "meeting " + std::to_string(day)},
                                                    {"sentiment", "positive"},
                                                    {"contact_id", contact}});
    ASSERT_EQ(t.status, 201) << t.raw;
    EXPECT_EQ(t.body["author_name"], "csm user");
    auto s = as("csm").Post("/api/v1/surveys", {{"contact_id", contact},
                                                {"kind", "nps"},
                                                {"score", day},
                                                {"comment", "nps " + std::to_string(day)},
                                                {"responded_at", when}});
    ASSERT_EQ(s.status, 201) << s.raw;
  }
  std::vector<std::string> seen;
  std::string cursor;
  do {
    auto r = as("viewer").Get("/api/v1/accounts/" + std::to_string(account) + "/timeline?limit=3" +
                              (cursor.empty() ? "" : "&cursor=" + cursor));
    ASSERT_EQ(r.status, 200) << r.raw;
    for (const auto& e : r.body["data"])
      seen.push_back(e["type"] == "touchpoint" ? e["item"]["summary"].get<std::string>()
                                               : e["item"]["comment"].get<std::string>());
    cursor = r.body["next_cursor"].is_null() ? "" : r.body["next_cursor"].get<std::string>();
  } while (!cursor.empty());
  ASSERT_EQ(seen.size(), 10u);
  // Same instant: "touchpoint" sorts before "survey" in newest-first (type descending) order.
  EXPECT_EQ(seen[0], "meeting 5");
  EXPECT_EQ(seen[1], "nps 5");
  EXPECT_EQ(seen[9], "nps 1");

  EXPECT_EQ(as("viewer").Get("/api/v1/accounts/999999/timeline").status, 404);
  auto bad = as("csm").Post("/api/v1/touchpoints", {{"account_id", account},
                                                    {"kind", "meeting"},
                                                    {"occurred_at", "yesterday"},
                                                    {"summary", "x"}});
  EXPECT_EQ(bad.body["error"]["field"], "occurred_at");
  auto foreign_contact = NewContact(NewAccount("Other"), "Someone else");
  auto wrong = as("csm").Post("/api/v1/touchpoints", {{"account_id", account},
                                                      {"kind", "call"},
                                                      {"contact_id", foreign_contact},
                                                      {"occurred_at", DaysAgo(90)},
                                                      {"summary", "x"}});
  EXPECT_EQ(wrong.body["error"]["field"], "contact_id");
}

TEST_P(ActivityApiTest, TheAuthorOfATouchpointIsWhoRecordedItAndCannotBeForged) {
  long long account = as("csm").Post("/api/v1/accounts", {{"name", "Authorship KK"}}).body["id"];
  long long admin = server().user_id("admin").value, csm = server().user_id("csm").value;
  auto t = as("csm").Post("/api/v1/touchpoints", {{"account_id", account},
                                                  {"kind", "call"},
                                                  {"summary", "x"},
                                                  {"occurred_at", DaysAgo(300)},
                                                  {"author_id", admin}});
  ASSERT_EQ(t.status, 201) << t.raw;
  EXPECT_EQ(t.body["author_id"], csm);
  std::string path = "/api/v1/touchpoints/" + std::to_string(t.body["id"].get<long long>());
  auto edited = as("marketer")
                    .Patch(path, {{"version", t.body["version"]},
                                  {"author_id", server().user_id("manager").value},
                                  {"summary", "edited"}});
  ASSERT_EQ(edited.status, 200) << edited.raw;
  EXPECT_EQ(edited.body["summary"], "edited");
  EXPECT_EQ(edited.body["author_id"], csm);
  EXPECT_EQ(as("viewer").Get(path).body["author_id"], csm);
}

TEST_P(ActivityApiTest, DeletingAnAccountRemovesItsContactsAndActivity) {
  long long account = NewAccount("Short-lived");
  long long contact = NewContact(account, "Gone");
  ASSERT_EQ(as("admin").Delete("/api/v1/accounts/" + std::to_string(account)).status, 204);
  EXPECT_EQ(as("viewer").Get("/api/v1/contacts/" + std::to_string(contact)).status, 404);
}

BANSO_INSTANTIATE_BACKENDS(ActivityApiTest);

}  // namespace
}  // namespace banso::testing
