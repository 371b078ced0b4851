// The list's bulk actions (one change for a selection, all or nothing, each account audited)
// and its CSV export (Banso's own import columns, UTF-8 with a BOM or Shift_JIS, formula cells
// neutralised).
#include <gtest/gtest.h>

#include "importer/text_encoding.h"
#include "support/backend_test.h"
#include "support/csv_rows.h"

namespace banso::testing {
namespace {

class AccountBulkExportTest : public BackendTest {
 protected:
  long long NewAccount(const std::string& name, nlohmann::json fields = nlohmann::json::object()) {
    fields["name"] = name;
    auto r = as("manager").Post("/api/v1/accounts", fields);
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  nlohmann::json Account(long long id) {
    return as("viewer").Get("/api/v1/accounts/" + std::to_string(id)).body;
  }
};

TEST_P(AccountBulkExportTest, ABulkChangeIsAllOrNothingAndAuditedPerAccount) {
  long long a = NewAccount("一括テスト甲"), b = NewAccount("一括テスト乙"),
            c = NewAccount("一括テスト丙");
  long long owner = server().user_id("csm").value;
  auto missing = as("csm").Post("/api/v1/accounts/bulk",
                                {{"account_ids", {a, b, 987654321}}, {"owner_id", owner}});
  EXPECT_EQ(missing.status, 400);
  EXPECT_EQ(missing.body["error"]["field"], "account_ids[2]");
  EXPECT_EQ(Account(a)["owner_id"], nullptr) << "nothing was written";

  auto done = as("csm").Post("/api/v1/accounts/bulk", {{"account_ids", {a, b, c}},
                                                       {"owner_id", owner},
                                                       {"tier_override", "high_touch"},
                                                       {"tier_override_reason", "戦略顧客"},
                                                       {"journey_stage", "adopting"},
                                                       {"note", "四半期の見直し"}});
  ASSERT_EQ(done.status, 200) << done.raw;
  EXPECT_EQ(done.body["updated"], 3);
  for (long long id : {a, b, c}) {
    auto account = Account(id);
    EXPECT_EQ(account["owner_id"], owner);
    EXPECT_EQ(account["tier_override"], "high_touch");
    EXPECT_EQ(account["tier_override_reason"], "戦略顧客");
    EXPECT_EQ(account["journey_stage"], "adopting");
    EXPECT_EQ(account["version"], 2);
    auto journey = as("viewer").Get("/api/v1/accounts/" + std::to_string(id) + "/journey");
    EXPECT_EQ(journey.body["transitions"][0]["note"], "四半期の見直し") << journey.raw;
    auto audit = as("admin").Get("/api/v1/audit?entity=account&entity_id=" + std::to_string(id));
    ASSERT_EQ(audit.status, 200) << audit.raw;
    EXPECT_EQ(audit.body["data"][0]["action"], "update");
  }
  auto again = as("csm").Post("/api/v1/accounts/bulk",
                              {{"account_ids", {a, b}}, {"tier_override", nullptr}});
  EXPECT_EQ(again.body["updated"], 2);
  EXPECT_EQ(Account(a)["tier_override_reason"], nullptr) << "no reason without an override";
  EXPECT_EQ(as("csm")
                .Post("/api/v1/accounts/bulk", {{"account_ids", {a}}, {"tier_override", nullptr}})
                .body["updated"],
            0)
      << "already as asked";

  EXPECT_EQ(as("csm").Post("/api/v1/accounts/bulk", {{"account_ids", {a}}}).status, 400);
  EXPECT_EQ(as("csm")
                .Post("/api/v1/accounts/bulk", {{"account_ids", {a, a}}, {"owner_id", owner}})
                .body["error"]["field"],
            "account_ids[1]");
  EXPECT_EQ(as("viewer")
                .Post("/api/v1/accounts/bulk", {{"account_ids", {a}}, {"owner_id", owner}})
                .status,
            403);
}

TEST_P(AccountBulkExportTest, TheExportIsTheFilteredListInImportColumns) {
  NewAccount("輸出テスト株式会社", {{"external_id", "export-1"},
                                    {"currency", "JPY"},
                                    {"tier_override", "low_touch"},
                                    {"custom_attributes", {{"plan", "Pro"}}}});
  NewAccount("=HYPERLINK(\"http://evil.example\",\"輸出テスト\")", {{"external_id", "export-2"}});
  NewAccount("関係のない会社", {{"external_id", "export-3"}});

  auto r = as("viewer").Get("/api/v1/exports/accounts?q=輸出テスト&sort=name");
  ASSERT_EQ(r.status, 200) << r.raw;
  EXPECT_EQ(r.raw.rfind("\xEF\xBB\xBF", 0), 0u) << "a BOM, so that Excel reads UTF-8";
  EXPECT_NE(r.headers.find("Content-Disposition"), r.headers.end());
  auto rows = CsvRows(r.raw);
  ASSERT_EQ(rows.size(), 2u) << r.raw;
  std::map<std::string, std::map<std::string, std::string>> by_id;
  for (auto& row : rows) by_id[row["external_id"]] = row;
  EXPECT_EQ(by_id["export-1"]["name"], "輸出テスト株式会社");
  EXPECT_EQ(by_id["export-1"]["tier_override"], "low_touch");
  EXPECT_EQ(by_id["export-1"]["custom.plan"], "Pro");
  EXPECT_EQ(by_id["export-1"]["arr"], "0");
  EXPECT_EQ(by_id["export-1"]["reporting_currency"], "JPY");
  EXPECT_EQ(by_id["export-2"]["name"].rfind("'=HYPERLINK", 0), 0u)
      << "a formula is written as text: " << by_id["export-2"]["name"];

  auto sjis = as("viewer").Get("/api/v1/exports/accounts?q=輸出テスト&encoding=shift_jis");
  ASSERT_EQ(sjis.status, 200);
  EXPECT_NE(sjis.headers.find("Content-Type")->second.find("Shift_JIS"), std::string::npos);
  auto decoded = CsvRows(Cp932ToUtf8(sjis.raw));
  ASSERT_EQ(decoded.size(), 2u);
  bool found = false;
  for (auto& row : decoded) found |= row["name"] == "輸出テスト株式会社";
  EXPECT_TRUE(found) << "Japanese survives the round trip through Shift_JIS";

  EXPECT_EQ(as("viewer").Get("/api/v1/exports/accounts?encoding=latin1").status, 400);
  EXPECT_EQ(as("viewer").Get("/api/v1/exports/accounts?limit=5").status, 400);
}

BANSO_INSTANTIATE_BACKENDS(AccountBulkExportTest);

}  // namespace
}  // namespace banso::testing
