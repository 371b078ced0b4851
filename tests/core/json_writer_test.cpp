#include "core/json_writer.h"

#include <gtest/gtest.h>

namespace banso {
namespace {

std::string Dumped(const nlohmann::json& j) {
  return j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
}

TEST(JsonWriter, WritesStringsAsNlohmannDoes) {
  const std::string cases[] = {
      "",
      "plain",
      "株式会社テスト 🎉",
      "quote \" backslash \\ slash /",
      "\b\f\n\r\t",
      std::string("nul \0 and \x01 and \x1f and \x7f", 24),
      "bad \xff byte",
      "truncated \xe3\x81",
      "truncated \xe3\x81 in the middle \xf0\x9f\x8e of the text",
      "overlong \xc0\xaf and \xe0\x80\xaf",
      "surrogate \xed\xa0\x80",
      "past U+10FFFF \xf4\x90\x80\x80",
      "stray continuation \x80 end",
  };
  for (const std::string& s : cases) {
    JsonWriter w;
    w.String(s);
    EXPECT_EQ(w.text(), Dumped(s)) << s;
  }
}

TEST(JsonWriter, WritesNumbersAsNlohmannDoes) {
  for (double v : {0.0, 80.0, 72.5, -3.25, 0.1, 1e-7, 123456789.125, 1e21}) {
    JsonWriter w;
    w.Double(v);
    EXPECT_EQ(nlohmann::json::parse(w.text()), nlohmann::json(v)) << v;
    EXPECT_TRUE(nlohmann::json::parse(w.text()).is_number_float()) << w.text();
  }
  JsonWriter w;
  w.BeginArray().Int(0).Int(-42).Int(9007199254740993LL).Double(std::nan("")).Bool(true).EndArray();
  EXPECT_EQ(w.text(), "[0,-42,9007199254740993,null,true]");
  JsonWriter whole;
  whole.Double(80.0);
  EXPECT_EQ(whole.text(), "80.0");
}

TEST(JsonWriter, NestsObjectsAndArraysWithCommasOnlyBetweenValues) {
  nlohmann::json attributes = {{"plan", "エンタープライズ"}, {"seats", 40}};
  JsonWriter w;
  w.BeginObject()
      .Field("id", 7LL)
      .Field("name", "Acme")
      .Field("kana", std::optional<std::string>())
      .Field("renewal", std::optional<Date>(Date::Parse("2027-03-31")))
      .Field("attributes", attributes)
      .Key("empty")
      .BeginArray()
      .EndArray()
      .Key("rows")
      .BeginArray();
  for (int i = 0; i < 2; ++i) w.BeginObject().Field("i", i).EndObject();
  w.EndArray().Key("nothing").BeginObject().EndObject().EndObject();
  EXPECT_EQ(w.text(), R"({"id":7,"name":"Acme","kana":null,"renewal":"2027-03-31",)"
                      R"("attributes":{"plan":"エンタープライズ","seats":40},"empty":[],)"
                      R"("rows":[{"i":0},{"i":1}],"nothing":{}})");
}

}  // namespace
}  // namespace banso
