// Every text field of every resource, with invalid UTF-8, a very long string and SQL
// metacharacters: a clear 400 naming the field for the first two, the text stored verbatim for
// the third, and nothing half-written.
#include <gtest/gtest.h>

#include "support/backend_test.h"

namespace banso::testing {
namespace {

class TextFieldsTest : public BackendTest {
 protected:
  struct Resource {
    std::string path;
    nlohmann::json valid;  // a body that creates a record
    std::vector<std::string> text_fields;
  };

  std::vector<Resource> Resources() {
    auto account = as("manager").Post("/api/v1/accounts", {{"name", "Text fields KK"}});
    long long account_id = account.body["id"];
    auto contact =
        as("manager").Post("/api/v1/contacts", {{"account_id", account_id}, {"name", "Someone"}});
    long long contact_id = contact.body["id"];
    return {
        {"/api/v1/accounts",
         {{"name", "x"}},
         {"name", "name_kana", "external_id", "domain", "industry", "country"}},
        {"/api/v1/contacts",
         {{"account_id", account_id}, {"name", "x"}},
         {"name", "external_id", "email", "title", "phone", "language"}},
        {"/api/v1/touchpoints",
         {{"account_id", account_id},
          {"kind", "note"},
          {"occurred_at", DaysAgo(300)},
          {"summary", "x"}},
         {"summary"}},
        {"/api/v1/surveys",
         {{"contact_id", contact_id},
          {"kind", "nps"},
          {"score", 8},
          {"responded_at", DaysAgo(300)}},
         {"comment"}},
        {"/api/v1/contracts",
         {{"account_id", account_id},
          {"product", "x"},
          {"start_date", "2026-01-01"},
          {"amount_minor", 1000},
          {"billing_period", "monthly"}},
         {"product", "external_id"}},
    };
  }

  long long Count(const std::string& path) {
    return as("admin").Get(path + "?limit=1").body["total"];
  }
};

TEST_P(TextFieldsTest, InvalidUtf8AndOverlongTextAreRejectedNamingTheField) {
  for (const auto& r : Resources()) {
    long long before = Count(r.path);
    for (const auto& field : r.text_fields) {
      // Invalid UTF-8 never gets past the JSON parser, whichever field it is in.
      std::string body = r.valid.dump();
      body.insert(body.size() - 1, ",\"" + field + "\":\"bad \xff\xfe bytes\"");
      auto bad = as("admin").PostRaw(r.path, body, "application/json");
      EXPECT_EQ(bad.status, 400) << r.path << " " << field;
      EXPECT_EQ(bad.body["error"]["code"], "invalid") << r.path << " " << field;

      nlohmann::json longer = r.valid;
      longer[field] = std::string(100000, 'a');
      auto too_long = as("admin").Post(r.path, longer);
      EXPECT_EQ(too_long.status, 400)
          << r.path << " " << field << " " << too_long.raw.substr(0, 200);
      EXPECT_EQ(too_long.body["error"]["field"], field) << r.path;
    }
    EXPECT_EQ(Count(r.path), before) << r.path << ": a rejected request wrote something";
  }
}

TEST_P(TextFieldsTest, SqlMetacharactersAreStoredVerbatim) {
  const std::string evil = "'; DROP TABLE accounts; -- \" \\ %_ 日本";
  for (const auto& r : Resources()) {
    for (const auto& field : {r.text_fields.front()}) {
      nlohmann::json body = r.valid;
      body[field] = evil;
      auto created = as("admin").Post(r.path, body);
      ASSERT_EQ(created.status, 201) << r.path << " " << created.raw;
      auto read =
          as("admin").Get(r.path + "/" + std::to_string(created.body["id"].get<long long>()));
      EXPECT_EQ(read.body[field], evil) << r.path;
    }
  }
  EXPECT_EQ(as("admin").Get("/api/v1/accounts?limit=1").status, 200);  // the table is still there
}

BANSO_INSTANTIATE_BACKENDS(TextFieldsTest);

}  // namespace
}  // namespace banso::testing
