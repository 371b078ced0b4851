#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "segment_invariants.h"

namespace banso::fuzz {
namespace {

std::vector<std::string> CorpusFiles() {
  std::vector<std::string> files;
  std::error_code ec;
  for (const auto& entry : std::filesystem::directory_iterator(BANSO_SEGMENT_CORPUS, ec))
    if (entry.is_regular_file()) files.push_back(entry.path().filename().string());
  std::sort(files.begin(), files.end());
  return files;
}

std::string ReadCorpusFile(const std::string& name) {
  std::ifstream in(std::string(BANSO_SEGMENT_CORPUS) + "/" + name, std::ios::binary);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

TEST(SegmentFuzzCorpus, HasTheHandWrittenSeeds) { EXPECT_GE(CorpusFiles().size(), 20u); }

// The invariants are not vacuous: a seed's valid batch is accepted whole, and a single message
// read as each type gives one result.
TEST(SegmentFuzzCorpus, SeedsAreParsedAsExpected) {
  events::SegmentRequest r;
  r.body = ReadCorpusFile("01-analytics-node-batch.json");
  events::ParseSegmentRequest(std::nullopt, kFuzzReceivedMs, events::SegmentLimits{}, r);
  ASSERT_EQ(r.events.size(), 2u);
  EXPECT_TRUE(r.rejected.empty());
  EXPECT_EQ(r.events[0].name, "Report Exported");
  EXPECT_EQ(r.write_key, "wk_live_abc123");

  events::SegmentRequest escaped;
  escaped.body = ReadCorpusFile("27-escapes.json");
  events::ParseSegmentRequest(std::nullopt, kFuzzReceivedMs, events::SegmentLimits{}, escaped);
  ASSERT_FALSE(escaped.events.empty());
  EXPECT_EQ(escaped.events[0].user_id, "u\"q\\b");  // unescaped, and kept by the request
  EXPECT_TRUE(FuzzOwnedByRequest(escaped.events[0].user_id, escaped));
}

class CorpusInput : public testing::TestWithParam<std::string> {};

TEST_P(CorpusInput, HoldsEveryInvariant) {
  std::string data = ReadCorpusFile(GetParam());
  EXPECT_EQ(CheckSegmentInput(data), "") << "corpus file " << GetParam();
}

INSTANTIATE_TEST_SUITE_P(Segment, CorpusInput, testing::ValuesIn(CorpusFiles()),
                         [](const testing::TestParamInfo<std::string>& info) {
                           std::string name = std::to_string(info.index) + "_" + info.param;
                           for (char& c : name)
                             if (!std::isalnum(static_cast<unsigned char>(c))) c = '_';
                           return name;
                         });

}  // namespace
}  // namespace banso::fuzz
