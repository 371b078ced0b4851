#include <gtest/gtest.h>

#include "support/backend_test.h"

namespace banso::testing {
namespace {

class AccountsApiTest : public BackendTest {
 protected:
  nlohmann::json CreateAccount(nlohmann::json body) {
    auto r = as("manager").Post("/api/v1/accounts", body);
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body;
  }
};

TEST_P(AccountsApiTest, CreateReadUpdateDelete) {
  auto created = CreateAccount({{"name", "株式会社ばんそう"},
                                {"external_id", "crud-1"},
                                {"currency", "JPY"},
                                {"journey_stage", "onboarding"},
                                {"renewal_date", "2027-03-31"},
                                {"custom_attributes", {{"plan", "pro"}}}});
  ASSERT_TRUE(created["id"].is_number_integer());
  EXPECT_EQ(created["version"], 1);
  EXPECT_EQ(created["moment_of_truth"], "smot");
  std::string path = "/api/v1/accounts/" + std::to_string(created["id"].get<long long>());

  auto read = as("viewer").Get(path);
  ASSERT_EQ(read.status, 200);
  EXPECT_EQ(read.body["name"], "株式会社ばんそう");
  EXPECT_EQ(read.body["custom_attributes"]["plan"], "pro");

  auto updated = as("csm").Patch(path, {{"version", 1}, {"journey_stage", "adopting"}});
  ASSERT_EQ(updated.status, 200) << updated.raw;
  EXPECT_EQ(updated.body["version"], 2);
  EXPECT_EQ(updated.body["journey_stage"], "adopting");
  EXPECT_EQ(updated.body["name"], "株式会社ばんそう");  // untouched fields stay

  // A DELETE takes no body: one sent anyway is refused, and nothing is deleted.
  auto with_body = as("manager").Send("DELETE", path, R"({"version": 2})", "application/json");
  EXPECT_EQ(with_body.status, 400);
  EXPECT_EQ(with_body.body["error"]["code"], "invalid") << with_body.raw;
  EXPECT_EQ(as("viewer").Get(path).status, 200);

  EXPECT_EQ(as("manager").Delete(path).status, 204);
  EXPECT_EQ(as("viewer").Get(path).status, 404);
}

TEST_P(AccountsApiTest, StaleVersionIsAConflictAndChangesNothing) {
  auto a = CreateAccount({{"name", "Stale Co"}});
  std::string path = "/api/v1/accounts/" + std::to_string(a["id"].get<long long>());
  ASSERT_EQ(as("csm").Patch(path, {{"version", 1}, {"industry", "Retail"}}).status, 200);
  auto stale = as("csm").Patch(path, {{"version", 1}, {"industry", "Finance"}});
  EXPECT_EQ(stale.status, 409);
  EXPECT_EQ(stale.body["error"]["code"], "conflict");
  EXPECT_EQ(stale.body["error"]["field"], "version");
  EXPECT_EQ(as("viewer").Get(path).body["industry"], "Retail");
}

TEST_P(AccountsApiTest, DuplicateExternalIdIsAConflict) {
  CreateAccount({{"name", "First"}, {"external_id", "dup-ext"}});
  auto r = as("manager").Post("/api/v1/accounts", {{"name", "Second"}, {"external_id", "dup-ext"}});
  EXPECT_EQ(r.status, 409);
  EXPECT_EQ(r.body["error"]["field"], "external_id");
}

TEST_P(AccountsApiTest, BadInputNamesTheField) {
  struct Case {
    nlohmann::json body;
    std::string field;
  };
  std::vector<Case> cases = {
      {{{"name", 12}}, "name"},
      {{{"name", ""}}, "name"},
      {{{"name", std::string(201, 'x')}}, "name"},
      {{{"name", "ok"}, {"colour", "red"}}, "colour"},
      {{{"name", "ok"}, {"currency", "XXX"}}, "currency"},
      {{{"name", "ok"}, {"journey_stage", "happy"}}, "journey_stage"},
      {{{"name", "ok"}, {"renewal_date", "2025-02-30"}}, "renewal_date"},
      {{{"name", "ok"}, {"start_date", "2025-05-01"}, {"renewal_date", "2025-04-01"}},
       "renewal_date"},
      {{{"name", "ok"}, {"owner_id", 999999}}, "owner_id"},
      {{{"name", "ok"}, {"custom_attributes", "x"}}, "custom_attributes"},
      {{{"name", "ok"}, {"country", "japan"}}, "country"},
      {{{"name", "a\x01"}}, "name"},
  };
  for (const auto& c : cases) {
    auto r = as("manager").Post("/api/v1/accounts", c.body);
    EXPECT_EQ(r.status, 400) << c.body.dump();
    EXPECT_EQ(r.body["error"]["field"], c.field) << r.raw;
  }
  auto malformed = as("manager").PostRaw("/api/v1/accounts", "{\"name\": ", "application/json");
  EXPECT_EQ(malformed.status, 400);
  EXPECT_EQ(malformed.body["error"]["code"], "invalid");
  auto bad_utf8 =
      as("manager").PostRaw("/api/v1/accounts", "{\"name\": \"\xff\xfe\"}", "application/json");
  EXPECT_EQ(bad_utf8.status, 400);
  auto too_big = as("manager").PostRaw(
      "/api/v1/accounts", "{\"name\":\"" + std::string(2 << 20, 'a') + "\"}", "application/json");
  EXPECT_EQ(too_big.status, 413);
  EXPECT_EQ(too_big.body["error"]["code"], "too_large");
}

TEST_P(AccountsApiTest, SqlMetacharactersAreJustText) {
  std::string evil = "Robert'); DROP TABLE accounts;-- %_\\";
  auto a = CreateAccount({{"name", evil}});
  EXPECT_EQ(a["name"], evil);
  auto found =
      as("viewer").Get("/api/v1/accounts?q=" + httplib::detail::encode_query_param("DROP TABLE"));
  ASSERT_EQ(found.status, 200);
  ASSERT_GE(found.body["data"].size(), 1u);
  auto pct = as("viewer").Get("/api/v1/accounts?q=" + httplib::detail::encode_query_param("%_\\"));
  ASSERT_EQ(pct.status, 200);
  for (const auto& row : pct.body["data"])
    EXPECT_NE(row["name"].get<std::string>().find("%_\\"), std::string::npos);
}

TEST_P(AccountsApiTest, JapaneseSearchAndSortingAcrossPages) {
  std::string tag = "ソート" + GetParam();
  for (const char* kana : {"さくら", "あおば", "かえで", "たちばな", "いずみ"})
    CreateAccount(
        {{"name", std::string("株式会社") + kana + tag}, {"name_kana", std::string(kana)}});
  // Half-width katakana finds hiragana/katakana names (width and kana folded).
  std::string q = httplib::detail::encode_query_param(tag);
  std::vector<std::string> names;
  std::string cursor;
  long long total = -1;
  do {
    auto r = as("viewer").Get("/api/v1/accounts?limit=2&sort=name&q=" + q +
                              (cursor.empty() ? "" : "&cursor=" + cursor));
    ASSERT_EQ(r.status, 200) << r.raw;
    total = r.body["total"];
    for (const auto& row : r.body["data"]) names.push_back(row["name_kana"]);
    cursor = r.body["next_cursor"].is_null() ? "" : r.body["next_cursor"].get<std::string>();
  } while (!cursor.empty());
  EXPECT_EQ(total, 5);
  EXPECT_EQ(names, (std::vector<std::string>{"あおば", "いずみ", "かえで", "さくら", "たちばな"}));

  auto width = as("viewer").Get("/api/v1/accounts?q=" +
                                httplib::detail::encode_query_param("ｿｰﾄ" + GetParam()));
  EXPECT_EQ(width.body["total"], 5) << width.raw;
}

TEST_P(AccountsApiTest, FilterByOwnerAndStageSortedByRenewal) {
  long long owner = server().user_id("csm").value;
  CreateAccount({{"name", "R2"},
                 {"owner_id", owner},
                 {"journey_stage", "renewing"},
                 {"renewal_date", "2027-02-01"}});
  CreateAccount({{"name", "R1"},
                 {"owner_id", owner},
                 {"journey_stage", "renewing"},
                 {"renewal_date", "2027-01-01"}});
  CreateAccount({{"name", "R3"}, {"owner_id", owner}, {"journey_stage", "renewing"}});
  CreateAccount({{"name", "Other stage"}, {"owner_id", owner}, {"journey_stage", "adopting"}});
  auto r = as("viewer").Get("/api/v1/accounts?owner_id=" + std::to_string(owner) +
                            "&journey_stage=renewing&sort=renewal_date");
  ASSERT_EQ(r.status, 200) << r.raw;
  std::vector<std::string> names;
  for (const auto& row : r.body["data"]) names.push_back(row["name"]);
  EXPECT_EQ(names, (std::vector<std::string>{"R1", "R2", "R3"}));  // unknown renewal last
  EXPECT_EQ(r.body["data"][0]["owner_name"], "csm user");

  EXPECT_EQ(as("viewer").Get("/api/v1/accounts?sort=colour").status, 400);
  EXPECT_EQ(as("viewer").Get("/api/v1/accounts?limit=0").status, 400);
  EXPECT_EQ(as("viewer").Get("/api/v1/accounts?cursor=garbage").status, 400);
  EXPECT_EQ(as("viewer").Get("/api/v1/accounts?colour=red").body["error"]["field"], "colour");
}

BANSO_INSTANTIATE_BACKENDS(AccountsApiTest);

}  // namespace
}  // namespace banso::testing
