#include <gtest/gtest.h>

#include <string>

#include "fuzz_corpus/corpus_files.h"
#include "json_body_invariants.h"

namespace banso::fuzz {
namespace {

TEST(JsonBodyFuzzCorpus, HasTheHandWrittenSeeds) {
  EXPECT_GE(CorpusFiles("json_body").size(), 20u);
}

// The invariants are not vacuous: seeds are accepted or refused as the API would, and a
// parser that broke a rule would be caught by the check.
TEST(JsonBodyFuzzCorpus, SeedsAreParsedAsExpected) {
  EXPECT_EQ(ParseJsonBody(ReadCorpusFile("json_body", "01-account.json"))["name"],
            "株式会社ばんそう");
  EXPECT_NO_THROW(ParseJsonBody(ReadCorpusFile("json_body", "07-nested-32.json")));
  for (const char* refused : {"08-nested-33.json", "09-nested-deep.json", "10-duplicate-key.json",
                              "12-nul-string.json", "14-number-overflow.json", "18-truncated.json"})
    EXPECT_THROW(ParseJsonBody(ReadCorpusFile("json_body", refused)), Error) << refused;
}

TEST(JsonBodyFuzzCorpus, TheCheckCatchesABrokenRule) {
  nlohmann::json too_deep = nlohmann::json::array();
  nlohmann::json* inner = &too_deep;
  for (size_t i = 0; i < kMaxJsonDepth; ++i) inner = &inner->emplace_back(nlohmann::json::array());
  EXPECT_EQ(ShapeOf(too_deep).depth, kMaxJsonDepth + 1);
  EXPECT_TRUE(ShapeOf(nlohmann::json::parse(R"({"k\u0000":1})")).has_nul);
}

class JsonBodyCorpusInput : public testing::TestWithParam<std::string> {};

TEST_P(JsonBodyCorpusInput, HoldsEveryInvariant) {
  std::string data = ReadCorpusFile("json_body", GetParam());
  EXPECT_EQ(CheckJsonBodyInput(data), "") << "corpus file " << GetParam();
}

INSTANTIATE_TEST_SUITE_P(JsonBody, JsonBodyCorpusInput, testing::ValuesIn(CorpusFiles("json_body")),
                         CorpusTestName);

}  // namespace
}  // namespace banso::fuzz
