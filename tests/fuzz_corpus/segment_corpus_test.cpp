#include <gtest/gtest.h>

#include <string>

#include "fuzz_corpus/corpus_files.h"
#include "segment_invariants.h"

namespace banso::fuzz {
namespace {

TEST(SegmentFuzzCorpus, HasTheHandWrittenSeeds) { EXPECT_GE(CorpusFiles("segment").size(), 20u); }

// The invariants are not vacuous: a seed's valid batch is accepted whole, and a single message
// read as each type gives one result.
TEST(SegmentFuzzCorpus, SeedsAreParsedAsExpected) {
  events::SegmentRequest r;
  r.body = ReadCorpusFile("segment", "01-analytics-node-batch.json");
  events::ParseSegmentRequest(std::nullopt, kFuzzReceivedMs, events::SegmentLimits{}, r);
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_TRUE(r.rejected.empty());
  EXPECT_EQ(r.events[0].name, "Report Exported");
  EXPECT_EQ(r.write_key, "wk_live_abc123");

  events::SegmentRequest escaped;
  escaped.body = ReadCorpusFile("segment", "27-escapes.json");
  events::ParseSegmentRequest(std::nullopt, kFuzzReceivedMs, events::SegmentLimits{}, escaped);
  ASSERT_FALSE(escaped.events.empty());
  EXPECT_EQ(escaped.events[0].user_id, "u\"q\\b");  // unescaped, and kept by the request
  EXPECT_TRUE(FuzzOwnedByRequest(escaped.events[0].user_id, escaped));
}

class SegmentCorpusInput : public testing::TestWithParam<std::string> {};

TEST_P(SegmentCorpusInput, HoldsEveryInvariant) {
  std::string data = ReadCorpusFile("segment", GetParam());
  EXPECT_EQ(CheckSegmentInput(data), "") << "corpus file " << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Segment, SegmentCorpusInput, testing::ValuesIn(CorpusFiles("segment")),
                         CorpusTestName);

}  // namespace
}  // namespace banso::fuzz
