#include "core/json_body.h"

#include <gtest/gtest.h>

#include "core/error.h"

namespace banso {
namespace {

// The field an Invalid error names, or "<no error>".
std::string FieldOfError(const std::string& text) {
  try {
    ParseJsonBody(text);
  } catch (const Invalid& e) {
    return e.field();
  }
  return "<no error>";
}

std::string Nested(size_t depth) { return std::string(depth, '[') + std::string(depth, ']'); }

TEST(JsonBody, ParsesWhatIsWellFormed) {
  auto j = ParseJsonBody(R"({"name":"あおぞら","n":1,"x":1.5,"l":[true,null,{"k":"v"}]})");
  EXPECT_EQ(j["name"], "あおぞら");
  EXPECT_EQ(j["l"][2]["k"], "v");
  EXPECT_EQ(ParseJsonBody(Nested(kMaxJsonDepth)).dump(), Nested(kMaxJsonDepth));
}

TEST(JsonBody, DeepNestingIsRefusedNamingTheTopLevelField) {
  EXPECT_EQ(FieldOfError(R"({"custom_attributes":)" + Nested(70000) + "}"), "custom_attributes");
  EXPECT_EQ(FieldOfError(Nested(kMaxJsonDepth + 1)), "");
  EXPECT_THROW(ParseJsonBody(Nested(kMaxJsonDepth + 1)), Invalid);
}

TEST(JsonBody, NumbersOutOfRangeNameTheirPath) {
  EXPECT_EQ(FieldOfError(R"({"version":1e309})"), "version");
  EXPECT_EQ(FieldOfError(R"({"objectives":[{"kpis":[{},{"target":-1e999}]}]})"),
            "objectives[0].kpis[1].target");
  EXPECT_EQ(FieldOfError("[1, 2, 1" + std::string(400, '0') + "]"), "[2]");
}

TEST(JsonBody, DuplicateKeysAreRefused) {
  EXPECT_EQ(FieldOfError(R"({"name":"a","name":"b"})"), "name");
  EXPECT_EQ(FieldOfError(R"({"a":{"b":1,"b":2}})"), "a.b");
}

TEST(JsonBody, NulCharactersAreRefused) {
  EXPECT_EQ(FieldOfError(R"({"name":"a\u0000b"})"), "name");
  EXPECT_EQ(FieldOfError(R"({"list":["ok","\u0000"]})"), "list[1]");
  EXPECT_THROW(ParseJsonBody(std::string("{\"a\":\"x\0y\"}", 11)), Invalid);
}

TEST(JsonBody, MalformedTextIsInvalidWithoutAField) {
  for (std::string bad :
       {"", "{", R"({"a":})", R"({"a":"\ud800"})", "{\"a\":\"\xff\"}", R"({"a":1} x)", "nul"}) {
    EXPECT_EQ(FieldOfError(bad), "") << bad;
  }
}

}  // namespace
}  // namespace banso
