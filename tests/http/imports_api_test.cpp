// CSV import through the API, as the console uses it: preview (dry run), then import.
#include <gtest/gtest.h>

#include "core/date.h"
#include "support/backend_test.h"

namespace banso::testing {
namespace {

class ImportsApiTest : public BackendTest {
 protected:
  ApiResponse Upload(const std::string& role, const std::string& kind_and_query,
                     const std::string& csv) {
    return as(role).PostRaw("/api/v1/imports/" + kind_and_query, csv, "text/csv");
  }
  // Accounts whose name, kana, domain or external id contain q.
  nlohmann::json Accounts(const std::string& q) {
    auto r = as("viewer").Get("/api/v1/accounts?limit=500&q=" + q);
    EXPECT_EQ(r.status, 200) << r.raw;
    return r.body;
  }
};

TEST_P(ImportsApiTest, PreviewThenImportAccountsContactsAndContracts) {
  const std::string accounts = "external_id,name,currency\nflow-1,Flow One,JPY\nflow-2,Flow Two,\n";
  auto preview = Upload("manager", "accounts?dry_run=true&encoding=auto", accounts);
  ASSERT_EQ(preview.status, 200) << preview.raw;
  EXPECT_EQ(preview.body["kind"], "accounts");
  EXPECT_EQ(preview.body["dry_run"], true);
  EXPECT_EQ(preview.body["encoding"], "utf-8");
  EXPECT_EQ(preview.body["total_rows"], 2);
  EXPECT_EQ(preview.body["inserted"], 2);
  EXPECT_EQ(preview.body["updated"], 0);
  EXPECT_EQ(preview.body["rejected"], nlohmann::json::array());
  EXPECT_EQ(preview.body["rejected_count"], 0);
  EXPECT_EQ(preview.body["columns"][1],
            nlohmann::json({{"header", "name"}, {"field", "name"}, {"ignored", nullptr}}));
  EXPECT_EQ(Accounts("flow-")["total"], 0);

  auto imported = Upload("manager", "accounts?dry_run=false", accounts);
  ASSERT_EQ(imported.status, 200) << imported.raw;
  EXPECT_EQ(imported.body["dry_run"], false);
  EXPECT_EQ(imported.body["inserted"], 2);
  ASSERT_EQ(Accounts("flow-")["total"], 2);
  const long long account = Accounts("flow-1")["data"][0]["id"];

  auto contacts = Upload("admin", "contacts",
                         "external_id,account_external_id,last_name,first_name,email\n"
                         "flow-c1,flow-1,山田,花子,hanako@example.jp\n");
  ASSERT_EQ(contacts.status, 200) << contacts.raw;
  auto listed = as("viewer").Get("/api/v1/contacts?account_id=" + std::to_string(account));
  ASSERT_EQ(listed.body["data"].size(), 1u) << listed.raw;
  EXPECT_EQ(listed.body["data"][0]["name"], "山田 花子");

  auto contracts =
      Upload("manager", "contracts",
             "external_id,account_external_id,product,start_date,amount,billing_period\n"
             "flow-k1,flow-1,Pro," +
                 Date::Today().AddDays(-30).ToString() + ",\"120,000\",annual\n");
  ASSERT_EQ(contracts.status, 200) << contracts.raw;
  EXPECT_EQ(contracts.body["inserted"], 1);
  EXPECT_EQ(as("viewer").Get("/api/v1/accounts/" + std::to_string(account)).body["arr_minor"],
            120'000);

  auto again =
      Upload("manager", "accounts", "external_id,name\nflow-1,Flow One KK\nflow-2,Flow Two\n");
  ASSERT_EQ(again.status, 200) << again.raw;
  EXPECT_EQ(again.body["updated"], 2);
  EXPECT_EQ(again.body["inserted"], 0);
  EXPECT_EQ(Accounts("flow-1")["data"][0]["id"], account);
}

TEST_P(ImportsApiTest, RejectedRowsAnswer422WithTheReportAndWriteNothing) {
  auto r = Upload("manager", "accounts",
                  "external_id,name,start_date\nrej-1,Good,2025-04-01\nrej-2,Bad,2025-13-01\n");
  ASSERT_EQ(r.status, 422) << r.raw;
  EXPECT_EQ(r.body["error"]["code"], "unprocessable");
  EXPECT_EQ(r.body["dry_run"], false);
  EXPECT_EQ(r.body["rejected_count"], 1);
  ASSERT_EQ(r.body["rejected"].size(), 1u);
  EXPECT_EQ(r.body["rejected"][0]["line"], 3);
  EXPECT_EQ(r.body["rejected"][0]["field"], "start_date");
  EXPECT_EQ(Accounts("rej-")["total"], 0);

  // A contract whose account was never imported.
  auto orphan =
      Upload("manager", "contracts",
             "account_external_id,product,start_date,amount\nrej-none,Pro,2025-04-01,100\n");
  ASSERT_EQ(orphan.status, 422) << orphan.raw;
  EXPECT_EQ(orphan.body["rejected"][0]["field"], "account_external_id");
}

TEST_P(ImportsApiTest, OnlyManagersAndAdminsImport) {
  const std::string csv = "external_id,name\nperm-1,Perm\n";
  EXPECT_EQ(Upload("csm", "accounts", csv).status, 403);
  EXPECT_EQ(Upload("viewer", "accounts?dry_run=true", csv).status, 403);
  EXPECT_EQ(Accounts("perm-")["total"], 0);
}

TEST_P(ImportsApiTest, BadRequestsNameTheField) {
  const std::string csv = "external_id,name\nbad-1,Bad\n";
  auto field_of = [](const ApiResponse& r) {
    EXPECT_EQ(r.status, 400) << r.raw;
    return r.body["error"]["field"];
  };
  EXPECT_EQ(field_of(Upload("manager", "deals", csv)), "kind");
  EXPECT_EQ(field_of(Upload("manager", "accounts?encoding=latin1", csv)), "encoding");
  EXPECT_EQ(field_of(Upload("manager", "accounts?dry_run=maybe", csv)), "dry_run");
  EXPECT_EQ(field_of(Upload("manager", "accounts?colour=red", csv)), "colour");
  EXPECT_EQ(field_of(Upload("manager", "accounts", "")), "file");
  EXPECT_EQ(field_of(Upload("manager", "accounts", "industry\nSoftware\n")), "file");
  EXPECT_EQ(field_of(Upload("manager", "accounts?encoding=utf-8", "name\nB\xFF\n")), "file");
  EXPECT_EQ(Accounts("bad-")["total"], 0);
}

TEST_P(ImportsApiTest, AHundredRows) {
  std::string csv = "external_id,name,name_kana,employees,renewal_date\n";
  for (int i = 0; i < 100; ++i)
    csv += "h100-" + std::to_string(i) + ",株式会社百" + std::to_string(i) + ",ヒャク," +
           std::to_string(i + 1) + ",2027/4/" + std::to_string(1 + i % 28) + "\n";
  auto r = Upload("manager", "accounts", csv);
  ASSERT_EQ(r.status, 200) << r.raw;
  EXPECT_EQ(r.body["total_rows"], 100);
  EXPECT_EQ(r.body["inserted"], 100);
  EXPECT_EQ(Accounts("h100-")["total"], 100);
}

BANSO_INSTANTIATE_BACKENDS(ImportsApiTest);

}  // namespace
}  // namespace banso::testing
