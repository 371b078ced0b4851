#include "importer/field_parsers.h"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/error_reason.h"

namespace banso {
namespace {

using ::testing::HasSubstr;

template <class F>
std::string ErrorOf(F parse) {
  try {
    parse();
  } catch (const Invalid& e) {
    return e.what();
  }
  return "no error";
}

long long Minor(std::string_view text, std::string_view currency) {
  return ParseImportAmount(text, currency).minor;
}

TEST(FieldParsersTest, DatesInIsoExcelAndJapaneseForms) {
  const Date expected = Date::FromYmd(2024, 4, 1);
  for (std::string_view text :
       {"2024-04-01", "2024/04/01", "2024/4/1", "2024年4月1日", "2024年04月01日", " 2024-04-01 "})
    EXPECT_EQ(ParseImportDate(text), expected) << text;
  EXPECT_EQ(ParseImportDate("2024/2/29"), Date::FromYmd(2024, 2, 29));
}

TEST(FieldParsersTest, RejectsOtherDates) {
  for (std::string_view text : {"2023/2/29", "2024-13-01", "04/01/2024", "2024-04", "2024/04-01",
                                "2024年4月1", "20240401", "", "2024-04-01 10:00"})
    EXPECT_THROW(ParseImportDate(text), Invalid) << text;
  EXPECT_EQ(ErrorOf([] { ParseImportDate("4/1/2024"); }),
            "\"4/1/2024\" is not a date (use YYYY-MM-DD, YYYY/M/D or YYYY年M月D日)");
}

TEST(FieldParsersTest, MomentsWithAnOffsetADayOrAJapanTime) {
  EXPECT_EQ(ParseImportTime("2026-04-01T10:00+09:00").ToString(), "2026-04-01T01:00:00Z");
  EXPECT_EQ(ParseImportTime("2026-04-01T10:00:00Z").ToString(), "2026-04-01T10:00:00Z");
  EXPECT_EQ(ParseImportTime(" 2026/4/1 ").ToString(), "2026-04-01T12:00:00Z")
      << "a day alone is noon UTC: the same calendar day across the usual time zones";
  EXPECT_EQ(ParseImportTime("2026/04/01 10:30").ToString(), "2026-04-01T01:30:00Z");
  EXPECT_EQ(ParseImportTime("2026-04-01 08:05:09").ToString(), "2026-03-31T23:05:09Z");
  for (const char* bad : {"昨日", "2026-04-01 25:00", "2026-04-01 10", "2026-04-01 10:5x",
                          "2026-02-30", "2026-04-01T10:00+99:00"})
    EXPECT_THROW(ParseImportTime(bad), Invalid) << bad;
  EXPECT_THAT(ErrorOf([] { ParseImportTime("2026-04-01 9時"); }), HasSubstr("HH:MM"));
}

TEST(FieldParsersTest, EveryRefusalHasAReasonTheConsoleWords) {
  const std::vector<std::pair<std::string_view, std::function<void()>>> refusals = {
      {"not_a_date", [] { ParseImportDate("昨日"); }},
      {"not_a_time", [] { ParseImportTime("昨日"); }},
      {"not_a_time", [] { ParseImportTime("2026-04-01 9時"); }},
      {"not_a_boolean", [] { ParseImportBool("maybe"); }},
      {"negative", [] { ParseImportAmount("-100", "JPY"); }},
      {"not_an_amount", [] { ParseImportAmount("abc", "JPY"); }},
      {"too_many_decimals", [] { ParseImportAmount("100.5", "JPY"); }},
      {"not_a_currency", [] { ParseImportAmount("100", "XXX"); }},
      {"not_a_count", [] { ParseEmployeeBand("many"); }},
      {"not_a_count", [] { ParseImportCount("-3"); }},
      {"not_a_host", [] { ParseDomain("not a domain"); }},
  };
  for (const auto& [code, refuse] : refusals) {
    std::string message = ErrorOf(refuse);
    auto reason = MatchReason(message);
    ASSERT_TRUE(reason) << message;
    EXPECT_EQ(reason->code, code) << message;
    EXPECT_FALSE(reason->params.empty()) << message;
  }
}

TEST(FieldParsersTest, Booleans) {
  for (std::string_view yes : {"true", "TRUE", "True", "1", "yes", "YES", "はい"})
    EXPECT_TRUE(ParseImportBool(yes)) << yes;
  for (std::string_view no : {"false", "FALSE", "0", "no", "No", "いいえ"})
    EXPECT_FALSE(ParseImportBool(no)) << no;
  EXPECT_THROW(ParseImportBool("maybe"), Invalid);
  EXPECT_THROW(ParseImportBool(""), Invalid);
}

TEST(FieldParsersTest, YenAmountsHaveNoMinorUnit) {
  for (std::string_view text :
       {"120000", "120,000", "¥120,000", "￥120,000", "¥ 120,000", "120,000円", "120000.00"})
    EXPECT_EQ(Minor(text, "JPY"), 120000) << text;
  EXPECT_EQ(ParseImportAmount("¥1,200", "jpy").currency, "JPY");
  EXPECT_EQ(ErrorOf([] { ParseImportAmount("100.5", "JPY"); }),
            "\"100.5\" has more decimals than JPY allows (0)");
}

TEST(FieldParsersTest, DollarAmountsHaveCents) {
  EXPECT_EQ(Minor("$1,200.50", "USD"), 120050);
  EXPECT_EQ(Minor("1200.5", "USD"), 120050);
  EXPECT_EQ(Minor("1200", "USD"), 120000);
  EXPECT_EQ(Minor("0.07", "USD"), 7);
  EXPECT_EQ(Minor("€99.99", "EUR"), 9999);
  EXPECT_THROW(Minor("1.005", "USD"), Invalid);
}

TEST(FieldParsersTest, RejectsNegativeAndGarbageAmounts) {
  for (std::string_view text : {"-100", "¥-100", "▲100", "(100)"})
    EXPECT_THAT(ErrorOf([&] { ParseImportAmount(text, "JPY"); }), HasSubstr("negative")) << text;
  for (std::string_view text : {"abc", "", "$", "12.3.4", "1,20,000", "1200,50", "1,2000", ",100",
                                "100,", "1.", "１２０", "100 JPY", "9999999999999999999"})
    EXPECT_THAT(ErrorOf([&] { ParseImportAmount(text, "USD"); }), HasSubstr("not an amount"))
        << text;
}

TEST(FieldParsersTest, RejectsAnotherCurrencysSymbolAndUnknownCurrencies) {
  EXPECT_THAT(ErrorOf([] { ParseImportAmount("$100", "JPY"); }), HasSubstr("another currency"));
  EXPECT_THAT(ErrorOf([] { ParseImportAmount("¥100", "USD"); }), HasSubstr("another currency"));
  EXPECT_THAT(ErrorOf([] { ParseImportAmount("100", "XYZ"); }), HasSubstr("unknown currency"));
}

TEST(FieldParsersTest, EmployeeBands) {
  const std::pair<long long, std::string_view> cases[] = {
      {1, "1-9"},          {9, "1-9"},          {10, "10-49"},    {49, "10-49"},
      {50, "50-249"},      {249, "50-249"},     {250, "250-999"}, {999, "250-999"},
      {1000, "1000-4999"}, {4999, "1000-4999"}, {5000, "5000+"},  {120000, "5000+"}};
  for (const auto& [count, band] : cases) EXPECT_EQ(EmployeeBandForCount(count), band) << count;
  EXPECT_EQ(ParseEmployeeBand("1,200"), "1000-4999");
  EXPECT_EQ(ParseEmployeeBand(" 35 "), "10-49");
  EXPECT_EQ(ParseEmployeeBand("50-249"), "50-249");
  EXPECT_EQ(ParseEmployeeBand("5000+"), "5000+");
  for (std::string_view text : {"0", "-5", "many", "", "10-20"})
    EXPECT_THROW(ParseEmployeeBand(text), Invalid) << text;
}

TEST(FieldParsersTest, DomainFromUrl) {
  EXPECT_EQ(ParseDomain("https://www.Example.co.jp/about"), "example.co.jp");
  EXPECT_EQ(ParseDomain("Example.com"), "example.com");
  EXPECT_EQ(ParseDomain("http://user@shop.example.com:8080/x?y#z"), "shop.example.com");
  EXPECT_EQ(ParseDomain("www.banso.example."), "banso.example");
  EXPECT_EQ(ParseDomain("ＥＸＡＭＰＬＥ．ｃｏｍ"), "example.com");
  EXPECT_EQ(ParseDomain("https://ばんそう.jp/"), "xn--p8j2bycvh.jp");
  for (std::string_view text : {"", "localhost", "not a domain", "https://", "exa_mple.com"})
    EXPECT_THROW(ParseDomain(text), Invalid) << text;
}

}  // namespace
}  // namespace banso
