// Touchpoints imported from a CRM (its activity words, Japanese headers, the contact by email,
// the author by email or name), what each import kind accepts (/fields), and the lists'
// CSV exports, which import back as they are.
#include <gtest/gtest.h>

#include "core/date.h"
#include "importer/text_encoding.h"
#include "support/backend_test.h"
#include "support/csv_rows.h"

namespace banso::testing {
namespace {

class TouchpointImportExportTest : public BackendTest {
 protected:
  ApiResponse Upload(const std::string& kind_and_query, const std::string& csv) {
    return as("manager").PostRaw("/api/v1/imports/" + kind_and_query, csv, "text/csv");
  }
  // An account with this external id and a contact yamada@tp.example (tests share a database).
  long long SeedAccount(const std::string& external_id) {
    EXPECT_EQ(
        Upload("accounts", "external_id,name\n" + external_id + ",接点テスト株式会社\n").status,
        200);
    auto contacts =
        Upload("contacts", "external_id,account_external_id,name,email\n" + external_id + "-c1," +
                               external_id + ",山田 太郎,yamada@tp.example\n");
    EXPECT_EQ(contacts.status, 200) << contacts.raw;
    auto list = as("viewer").Get("/api/v1/accounts?q=" + external_id);
    return list.body["data"][0]["id"];
  }
  nlohmann::json Touchpoints(long long account) {
    auto r = as("viewer").Get("/api/v1/touchpoints?account_id=" + std::to_string(account));
    EXPECT_EQ(r.status, 200) << r.raw;
    return r.body["data"];
  }
};

TEST_P(TouchpointImportExportTest, EachKindSaysWhatItAccepts) {
  auto r = as("manager").Get("/api/v1/imports/touchpoints/fields");
  ASSERT_EQ(r.status, 200) << r.raw;
  EXPECT_EQ(r.body["kind"], "touchpoints");
  EXPECT_EQ(r.body["custom_attributes"], false);
  std::vector<std::string> names;
  nlohmann::json summary;
  for (const auto& f : r.body["fields"]) {
    names.push_back(f["name"]);
    if (f["name"] == "summary") summary = f;
    EXPECT_FALSE(f["example"].get<std::string>().empty()) << f;
  }
  EXPECT_EQ(names,
            (std::vector<std::string>{"external_id", "account_external_id", "kind", "occurred_at",
                                      "summary", "sentiment", "contact_email", "author"}));
  auto headers = summary["headers"].get<std::vector<std::string>>();
  EXPECT_NE(std::find(headers.begin(), headers.end(), "件名"), headers.end()) << summary;
  EXPECT_EQ(std::find(headers.begin(), headers.end(), "summary"), headers.end())
      << "the field's own name is not repeated";
  EXPECT_EQ(r.body["required"],
            nlohmann::json({{"account_external_id"}, {"occurred_at"}, {"summary"}}));

  // A header that cannot be imported answers with its columns, to be mapped by hand.
  auto refused = Upload("touchpoints?dry_run=true", "取引先 ID,件名,いつ\ntp-0,定例,昨日\n");
  ASSERT_EQ(refused.status, 400) << refused.raw;
  EXPECT_EQ(refused.body["error"]["field"], "file");
  ASSERT_EQ(refused.body["columns"].size(), 3u) << refused.raw;
  EXPECT_EQ(refused.body["columns"][2]["header"], "いつ");
  EXPECT_EQ(refused.body["columns"][2]["ignored"], "unknown");

  auto accounts = as("admin").Get("/api/v1/imports/accounts/fields");
  EXPECT_EQ(accounts.body["custom_attributes"], true);
  auto contacts = as("admin").Get("/api/v1/imports/contacts/fields");
  EXPECT_EQ(contacts.body["required"][0],
            nlohmann::json({"email", "name", "last_name", "first_name"}));
  EXPECT_EQ(as("admin").Get("/api/v1/imports/deals/fields").status, 400);
  EXPECT_EQ(as("viewer").Get("/api/v1/imports/accounts/fields").status, 403);
}

TEST_P(TouchpointImportExportTest, ACrmActivityLogImportsInJapaneseAndAgainUpdates) {
  const long long account = SeedAccount("tp-1");
  const std::string day = Date::Today().AddDays(-3).ToString();
  const std::string log =
      "活動 ID,取引先 ID,種別,日付,件名,温度感,先方担当者メール,記録者\n"
      "tp-a1,tp-1,会議," +
      day +
      ",定例で利用状況を確認,良好,yamada@tp.example,manager@test.io\n"
      "tp-a2,tp-1,電話," +
      day + " 10:30,更新の相談,懸念,,\n";
  auto preview = Upload("touchpoints?dry_run=true", log);
  ASSERT_EQ(preview.status, 200) << preview.raw;
  EXPECT_EQ(preview.body["inserted"], 2);
  for (const auto& c : preview.body["columns"]) EXPECT_NE(c["field"], nullptr) << c;

  auto imported = Upload("touchpoints", log);
  ASSERT_EQ(imported.status, 200) << imported.raw;
  auto list = Touchpoints(account);
  ASSERT_EQ(list.size(), 2u) << list;
  std::map<std::string, nlohmann::json> by_id;
  for (auto& t : list) by_id[t["external_id"]] = t;
  EXPECT_EQ(by_id["tp-a1"]["kind"], "meeting");
  EXPECT_EQ(by_id["tp-a1"]["sentiment"], "positive");
  EXPECT_EQ(by_id["tp-a1"]["occurred_at"], day + "T12:00:00Z") << "a day is noon UTC";
  EXPECT_NE(by_id["tp-a1"]["contact_id"], nullptr);
  EXPECT_EQ(by_id["tp-a1"]["author_id"], server().user_id("manager").value);
  EXPECT_EQ(by_id["tp-a2"]["kind"], "call");
  EXPECT_EQ(by_id["tp-a2"]["sentiment"], "negative");
  EXPECT_EQ(by_id["tp-a2"]["occurred_at"], day + "T01:30:00Z") << "a time without zone is JST";

  auto again = Upload("touchpoints",
                      "Id,AccountId,ActivityDate,Subject\ntp-a1,tp-1," + day + ",定例（修正）\n");
  ASSERT_EQ(again.status, 200) << again.raw;
  EXPECT_EQ(again.body["updated"], 1);
  EXPECT_EQ(again.body["inserted"], 0);
  list = Touchpoints(account);
  ASSERT_EQ(list.size(), 2u);
  for (auto& t : list)
    if (t["external_id"] == "tp-a1") {
      EXPECT_EQ(t["summary"], "定例（修正）");
      EXPECT_EQ(t["kind"], "meeting") << "a column the file lacks keeps its value";
    }
}

TEST_P(TouchpointImportExportTest, AnUnknownContactOrKindRejectsTheRowAndWritesNothing) {
  const long long account = SeedAccount("tp-2");
  const std::string day = Date::Today().AddDays(-1).ToString();
  auto r = Upload("touchpoints",
                  "account_external_id,kind,occurred_at,summary,contact_email\n"
                  "tp-2,meeting," +
                      day +
                      ",ok,yamada@tp.example\n"
                      "tp-2,meeting," +
                      day +
                      ",who?,nobody@tp.example\n"
                      "tp-2,fax," +
                      day +
                      ",what?,\n"
                      "tp-2,call,昨日,when?,\n");
  ASSERT_EQ(r.status, 422) << r.raw;
  ASSERT_EQ(r.body["rejected"].size(), 3u) << r.raw;
  EXPECT_EQ(r.body["rejected"][0]["field"], "contact_email");
  EXPECT_EQ(r.body["rejected"][0]["reason"], "unknown_contact") << "worded by the console";
  EXPECT_EQ(r.body["rejected"][0]["params"]["value"], "nobody@tp.example");
  EXPECT_EQ(r.body["rejected"][1]["reason"], "not_a_touchpoint_kind");
  EXPECT_EQ(r.body["rejected"][2]["reason"], "not_a_time");
  EXPECT_EQ(r.body["rejected"][1]["field"], "kind");
  EXPECT_EQ(r.body["rejected"][2]["field"], "occurred_at");
  EXPECT_EQ(Touchpoints(account).size(), 0u) << "nothing written";
}

TEST_P(TouchpointImportExportTest, ListsExportInImportColumnsAndImportBack) {
  const long long account = SeedAccount("tp-3");
  const std::string id = std::to_string(account);
  const Date today = Date::Today();
  ASSERT_EQ(Upload("touchpoints",
                   "external_id,account_external_id,kind,occurred_at,summary,contact_email\n"
                   "tp-x1,tp-3,onsite," +
                       today.AddDays(-2).ToString() + ",=cmd|' /C calc'!A0,yamada@tp.example\n")
                .status,
            200);
  ASSERT_EQ(Upload("contracts",
                   "external_id,account_external_id,product,start_date,end_date,amount,"
                   "billing_period\n"
                   "tp-k1,tp-3,Pro," +
                       today.AddDays(-335).ToString() + "," + today.AddDays(30).ToString() +
                       ",\"1,200,000\",annual\n")
                .status,
            200);

  auto touchpoints = as("viewer").Get("/api/v1/exports/touchpoints?account_id=" + id);
  ASSERT_EQ(touchpoints.status, 200) << touchpoints.raw;
  EXPECT_EQ(touchpoints.raw.rfind("\xEF\xBB\xBF", 0), 0u);
  auto rows = CsvRows(touchpoints.raw);
  ASSERT_EQ(rows.size(), 1u) << touchpoints.raw;
  EXPECT_EQ(rows[0]["kind"], "onsite");
  EXPECT_EQ(rows[0]["contact_email"], "yamada@tp.example");
  EXPECT_EQ(rows[0]["account_name"], "接点テスト株式会社");
  EXPECT_EQ(rows[0]["summary"].rfind("'=cmd", 0), 0u) << "a formula is written as text";
  auto back = Upload("touchpoints", touchpoints.raw);
  ASSERT_EQ(back.status, 200) << back.raw;
  EXPECT_EQ(back.body["updated"], 1) << "the export imports back onto the same touchpoint";
  EXPECT_EQ(back.body["inserted"], 0);

  auto contacts = as("viewer").Get("/api/v1/exports/contacts?account_id=" + id);
  rows = CsvRows(contacts.raw);
  ASSERT_EQ(rows.size(), 1u) << contacts.raw;
  EXPECT_EQ(rows[0]["email"], "yamada@tp.example");
  EXPECT_EQ(rows[0]["account_external_id"], "tp-3");
  EXPECT_EQ(Upload("contacts?dry_run=true", contacts.raw).body["updated"], 1);

  auto contracts = as("viewer").Get("/api/v1/exports/contracts?account_id=" + id);
  rows = CsvRows(contracts.raw);
  ASSERT_EQ(rows.size(), 1u) << contracts.raw;
  EXPECT_EQ(rows[0]["amount"], "1200000");
  EXPECT_EQ(rows[0]["billing_period"], "annual");
  EXPECT_EQ(Upload("contracts?dry_run=true", contracts.raw).body["updated"], 1);

  auto renewals = as("viewer").Get("/api/v1/exports/renewals?within_days=60&encoding=shift_jis");
  ASSERT_EQ(renewals.status, 200) << renewals.raw;
  bool found = false;
  for (auto& row : CsvRows(Cp932ToUtf8(renewals.raw)))
    if (row["account_name"] == "接点テスト株式会社") {
      found = true;
      EXPECT_EQ(row["status"], "due");
      EXPECT_EQ(row["days_until"], "30");
      EXPECT_EQ(row["end_date"], today.AddDays(30).ToString());
    }
  EXPECT_TRUE(found) << Cp932ToUtf8(renewals.raw);

  EXPECT_EQ(as("viewer").Get("/api/v1/exports/contacts?encoding=latin1").status, 400);
  EXPECT_EQ(as("viewer").Get("/api/v1/exports/touchpoints?limit=3").status, 400);
}

BANSO_INSTANTIATE_BACKENDS(TouchpointImportExportTest);

}  // namespace
}  // namespace banso::testing
