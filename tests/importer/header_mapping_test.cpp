#include "importer/header_mapping.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/error.h"
#include "importer/fx_rate_import.h"

namespace banso {
namespace {

using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

HeaderMapping Map(ImportKind kind, std::vector<std::string_view> header) {
  return MapHeader(kind, header);
}

std::vector<std::string> Fields(const HeaderMapping& mapping) {
  std::vector<std::string> fields;
  for (const MappedColumn& c : mapping.columns) fields.push_back(c.field);
  return fields;
}

TEST(HeaderMappingTest, SalesforceAccountReportInEnglish) {
  HeaderMapping m = Map(ImportKind::kAccounts,
                        {"Account ID", "Account Name", "Website", "Industry", "Employees",
                         "Billing Country", "Account Currency", "Account Owner Email", "Type"});
  EXPECT_THAT(m.errors, IsEmpty());
  EXPECT_THAT(Fields(m), ElementsAre("external_id", "name", "domain", "industry", "employees",
                                     "country", "currency", "owner", ""));
  EXPECT_EQ(m.columns[1].header, "Account Name");
}

TEST(HeaderMappingTest, SalesforceAccountReportInJapanese) {
  HeaderMapping m =
      Map(ImportKind::kAccounts, {"取引先 ID", "取引先名", "フリガナ", "Web サイト", "業種",
                                  "従業員数", "請求先(国)", "取引先 通貨", "取引先 所有者 メール"});
  EXPECT_THAT(m.errors, IsEmpty());
  EXPECT_THAT(Fields(m), ElementsAre("external_id", "name", "name_kana", "domain", "industry",
                                     "employees", "country", "currency", "owner"));
}

TEST(HeaderMappingTest, SalesforceApiNames) {
  HeaderMapping m = Map(ImportKind::kContacts, {"Id", "AccountId", "LastName", "FirstName", "Email",
                                                "HasOptedOutOfEmail", "OwnerId"});
  EXPECT_THAT(m.errors, IsEmpty());
  EXPECT_THAT(Fields(m), ElementsAre("external_id", "account_external_id", "last_name",
                                     "first_name", "email", "marketing_consent", ""));
  EXPECT_TRUE(m.columns[5].inverted);
  EXPECT_FALSE(m.columns[4].inverted);
}

TEST(HeaderMappingTest, SalesforceContactsInJapaneseInvertOptOut) {
  HeaderMapping m = Map(ImportKind::kContacts, {"取引先責任者 ID", "取引先 ID", "取引先名", "姓",
                                                "名", "メール", "役職", "電話", "メール送信除外"});
  EXPECT_THAT(m.errors, IsEmpty());
  EXPECT_THAT(Fields(m), ElementsAre("external_id", "account_external_id", "", "last_name",
                                     "first_name", "email", "title", "phone", "marketing_consent"));
  EXPECT_TRUE(m.columns[8].inverted);
  EXPECT_EQ(m.ColumnOf("marketing_consent"), 8);
  EXPECT_EQ(m.ColumnOf("role"), -1);
}

TEST(HeaderMappingTest, HubSpotCompaniesPreferDomainOverWebsite) {
  HeaderMapping m =
      Map(ImportKind::kAccounts, {"Record ID", "Company name", "Company Domain Name", "Website URL",
                                  "Number of Employees", "Country/Region", "Company owner"});
  EXPECT_THAT(m.errors, IsEmpty());
  EXPECT_THAT(Fields(m),
              ElementsAre("external_id", "name", "domain", "", "employees", "country", ""));
  // Without a domain column the website fills domain.
  EXPECT_THAT(Fields(Map(ImportKind::kAccounts, {"会社名", "ウェブサイトURL", "国/地域"})),
              ElementsAre("name", "domain", "country"));
}

TEST(HeaderMappingTest, HubSpotContactsInJapanese) {
  HeaderMapping m = Map(ImportKind::kContacts, {"レコードID", "名", "姓", "Eメール", "役職",
                                                "電話番号", "関連付けられた会社 ID"});
  EXPECT_THAT(m.errors, IsEmpty());
  EXPECT_THAT(Fields(m), ElementsAre("external_id", "first_name", "last_name", "email", "title",
                                     "phone", "account_external_id"));
}

TEST(HeaderMappingTest, HubSpotDealsUseDealNameOnlyWithoutProduct) {
  HeaderMapping deals = Map(
      ImportKind::kContracts,
      {"Record ID", "Deal Name", "Amount", "Close Date", "Associated Company ID", "Start Date"});
  EXPECT_THAT(deals.errors, IsEmpty());
  EXPECT_THAT(Fields(deals), ElementsAre("external_id", "product", "amount", "",
                                         "account_external_id", "start_date"));
  EXPECT_THAT(Fields(Map(ImportKind::kContracts, {"取引名", "商品名"})),
              ElementsAre("", "product"));
}

TEST(HeaderMappingTest, ContractNumberIsTheIdOnlyWithoutId) {
  const std::vector<std::string_view> base{"AccountId", "StartDate", "Amount"};
  auto with = [&](std::vector<std::string_view> extra) {
    extra.insert(extra.end(), base.begin(), base.end());
    return Map(ImportKind::kContracts, extra);
  };
  EXPECT_THAT(Fields(with({"ContractNumber"})),
              ElementsAre("external_id", "account_external_id", "start_date", "amount"));
  HeaderMapping both = with({"契約番号", "契約 ID"});
  EXPECT_THAT(both.errors, IsEmpty());
  EXPECT_THAT(Fields(both),
              ElementsAre("", "external_id", "account_external_id", "start_date", "amount"));
}

TEST(HeaderMappingTest, MatchingIgnoresCaseWidthSpacesAndUnderscores) {
  HeaderMapping m =
      Map(ImportKind::kAccounts, {"  ACCOUNT_NAME ", "ｅｘｔｅｒｎａｌ＿ｉｄ", "取引先通貨",
                                  "請求先（国）", "Renewal Date", "ﾌﾘｶﾞﾅ"});
  EXPECT_THAT(m.errors, IsEmpty());
  EXPECT_THAT(Fields(m), ElementsAre("name", "external_id", "currency", "country", "renewal_date",
                                     "name_kana"));
}

TEST(HeaderMappingTest, CustomAttributeColumnsForAccounts) {
  HeaderMapping m = Map(ImportKind::kAccounts, {"name", "custom.plan", "Custom.Contract Type",
                                                "custom_region", "custom."});
  EXPECT_THAT(m.errors, IsEmpty());
  EXPECT_THAT(Fields(m), ElementsAre("name", "custom.plan", "custom.Contract Type", "", ""));
  EXPECT_THAT(Fields(Map(ImportKind::kContacts, {"custom.plan"})), ElementsAre(""));
}

TEST(HeaderMappingTest, TwoColumnsForOneFieldIsAnError) {
  HeaderMapping m = Map(ImportKind::kContacts, {"Email", "account_external_id", "メール"});
  EXPECT_THAT(m.errors, ElementsAre("columns \"Email\" and \"メール\" both map to email"));
  EXPECT_THAT(Map(ImportKind::kAccounts, {"name", "custom.plan", "custom.plan"}).errors,
              ElementsAre(HasSubstr("both map to custom.plan")));
}

TEST(HeaderMappingTest, MissingRequiredFieldsAreNamed) {
  EXPECT_THAT(Map(ImportKind::kAccounts, {"Website"}).errors,
              ElementsAre(HasSubstr("no column for name (accepted headers: name, Account Name, "
                                    "取引先名, Company name, 会社名, 顧客名, 企業名, 社名)")));
  EXPECT_THAT(Map(ImportKind::kContacts, {"Email"}).errors,
              ElementsAre(HasSubstr("no column for account_external_id")));
  EXPECT_THAT(Map(ImportKind::kContacts, {"AccountId", "Phone"}).errors,
              ElementsAre(HasSubstr("no column for email or name or last_name or first_name")));
  EXPECT_THAT(Map(ImportKind::kContacts, {"AccountId", "姓"}).errors, IsEmpty());
  EXPECT_THAT(Map(ImportKind::kContracts, {"Account ID", "Contract Start Date"}).errors,
              ElementsAre(HasSubstr("no column for amount")));
}

TEST(HeaderMappingTest, ImportKindNames) {
  EXPECT_EQ(ParseImportKind("contracts"), ImportKind::kContracts);
  EXPECT_EQ(ImportKindName(ImportKind::kContacts), "contacts");
  EXPECT_THROW(ParseImportKind("deals"), Invalid);
  EXPECT_EQ(DescribeImport(ImportKind::kContracts).fields.size(), 9u);
}

TEST(HeaderMappingTest, ContractSeatsFromQuantityInEitherLanguage) {
  EXPECT_THAT(
      Fields(Map(ImportKind::kContracts, {"Contract ID", "Start Date", "Amount", "Quantity"})),
      ElementsAre("external_id", "start_date", "amount", "seats"));
  EXPECT_THAT(
      Fields(Map(ImportKind::kContracts, {"契約 ID", "契約開始日", "金額", "ライセンス数"})),
      ElementsAre("external_id", "start_date", "amount", "seats"));
}

TEST(HeaderMappingTest, PlainWordsOfOwnSpreadsheetsMapAndTheRestSayWhyNot) {
  // The words a CSM tried (issue 13): 更新日 and ドメイン were "not imported"; arr, Owner and
  // Stage were ignored although the import card promised owner and stage.
  HeaderMapping ja = Map(ImportKind::kAccounts, {"顧客名", "ドメイン", "担当者", "ステージ",
                                                 "更新日", "業種", "年間契約額", "メモ"});
  EXPECT_THAT(ja.errors, IsEmpty());
  EXPECT_THAT(Fields(ja), ElementsAre("name", "domain", "owner", "journey_stage", "renewal_date",
                                      "industry", "", ""));
  EXPECT_EQ(ja.columns[6].ignored, "derived") << "ARR comes from the contracts";
  EXPECT_EQ(ja.columns[7].ignored, "unknown");
  EXPECT_EQ(ja.columns[0].ignored, "");
  HeaderMapping en =
      Map(ImportKind::kAccounts, {"Name", "arr", "Owner", "Stage", "契約更新日", "Website"});
  EXPECT_THAT(Fields(en),
              ElementsAre("name", "", "owner", "journey_stage", "renewal_date", "domain"));
  EXPECT_EQ(en.columns[1].ignored, "derived");
  HeaderMapping both = Map(ImportKind::kAccounts, {"Name", "Company Domain Name", "Website URL"});
  EXPECT_EQ(both.columns[2].ignored, "fallback");
}

TEST(HeaderMappingTest, ActivityLogsOfSalesforceAndOwnSpreadsheetsMapToTouchpoints) {
  EXPECT_THAT(Fields(Map(ImportKind::kTouchpoints, {"Id", "AccountId", "Type", "ActivityDate",
                                                    "Subject", "Description", "Owner.Email"})),
              ElementsAre("external_id", "account_external_id", "kind", "occurred_at", "summary",
                          "", "author"));
  EXPECT_THAT(Fields(Map(ImportKind::kTouchpoints,
                         {"取引先 ID", "種類", "日時", "内容", "温度感", "先方担当者メール"})),
              ElementsAre("account_external_id", "kind", "occurred_at", "summary", "sentiment",
                          "contact_email"));
  EXPECT_THAT(Map(ImportKind::kTouchpoints, {"取引先 ID", "件名"}).errors,
              ElementsAre(HasSubstr("no column for occurred_at")));
}

TEST(HeaderMappingTest, ChoosingTheAutomaticFieldKeepsWhatTheColumnMeans) {
  // HasOptedOutOfEmail is the opposite of consent, chosen by hand or not.
  HeaderMapping m =
      MapHeader(ImportKind::kContacts,
                std::vector<std::string_view>{"AccountId", "Email", "HasOptedOutOfEmail"},
                {{"HasOptedOutOfEmail", "marketing_consent"}});
  EXPECT_EQ(m.columns[2].field, "marketing_consent");
  EXPECT_TRUE(m.columns[2].inverted);
  // A weaker column chosen by hand is no longer given way: both fill the field, said so.
  HeaderMapping both =
      MapHeader(ImportKind::kAccounts,
                std::vector<std::string_view>{"Name", "Company Domain Name", "Website URL"},
                {{"Website URL", "domain"}});
  EXPECT_EQ(both.columns[2].field, "domain");
  EXPECT_THAT(both.errors, ElementsAre(HasSubstr("both map to domain")));
}

TEST(HeaderMappingTest, EachKindDescribesItsFieldsWithTheirOtherHeaders) {
  for (ImportKind kind : {ImportKind::kAccounts, ImportKind::kContacts, ImportKind::kContracts,
                          ImportKind::kTouchpoints, ImportKind::kFxRates}) {
    const ImportFormat format = DescribeImport(kind);
    std::vector<std::string_view> names;
    for (const auto& f : format.fields) {
      EXPECT_FALSE(f.example.empty()) << f.name;
      names.push_back(f.name);
    }
    // The sample file's header is the fields' names, and it maps onto the same fields.
    EXPECT_THAT(Map(kind, names).errors, IsEmpty()) << ImportKindName(kind);
    EXPECT_THAT(Fields(Map(kind, names)), ElementsAreArray(names)) << ImportKindName(kind);
  }
  const ImportFormat accounts = DescribeImport(ImportKind::kAccounts);
  EXPECT_TRUE(accounts.custom_attributes);
  EXPECT_THAT(accounts.fields[1].headers, Contains("顧客名"));
  EXPECT_THAT(accounts.fields[1].headers, Not(Contains("name")));
  EXPECT_THAT(accounts.required, ElementsAre(ElementsAre("name")));
}

TEST(HeaderMappingTest, ExchangeRatesInEitherLanguageNeedAllThreeColumns) {
  EXPECT_EQ(ParseImportKind("fx_rates"), ImportKind::kFxRates);
  EXPECT_THAT(Fields(Map(ImportKind::kFxRates, {"対象月", "通貨コード", "為替レート"})),
              ElementsAre("month", "currency", "rate"));
  EXPECT_THAT(Fields(Map(ImportKind::kFxRates, {"Month", "Currency", "Rate"})),
              ElementsAre("month", "currency", "rate"));
  EXPECT_FALSE(Map(ImportKind::kFxRates, {"month", "currency"}).errors.empty());
}

TEST(HeaderMappingTest, AMonthIsReadInTheUsualSpellings) {
  EXPECT_EQ(NormaliseMonth("2026-11"), "2026-11");
  EXPECT_EQ(NormaliseMonth(" 2026/1 "), "2026-01");
  EXPECT_EQ(NormaliseMonth("2026-11-01"), "2026-11");
  EXPECT_EQ(NormaliseMonth("2026年11月"), "2026-11");
  EXPECT_EQ(NormaliseMonth("Nov 2026"), "Nov 2026") << "left as written, for validation to name";
  EXPECT_EQ(NormaliseMonth("26/11"), "26/11");
}

}  // namespace
}  // namespace banso
