#include "core/text.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <vector>

namespace banso {

TEST(TextTest, Utf8Validation) {
  EXPECT_TRUE(IsValidUtf8("株式会社ばんそう"));
  EXPECT_TRUE(IsValidUtf8("plain"));
  EXPECT_FALSE(IsValidUtf8("\xff\xfe"));
  EXPECT_FALSE(IsValidUtf8("\xc0\xaf"));      // overlong '/'
  EXPECT_FALSE(IsValidUtf8("\xed\xa0\x80"));  // surrogate
  EXPECT_FALSE(IsValidUtf8("\xe6\xa0"));      // truncated
  EXPECT_EQ(CodePointCount("ばんそう"), 4u);
}

TEST(TextTest, SearchKeyUnifiesWidthCaseAndKana) {
  EXPECT_EQ(SearchKey("ﾊﾞﾝｿｳ"), SearchKey("ばんそう"));
  EXPECT_EQ(SearchKey("バンソウ"), SearchKey("ばんそう"));
  EXPECT_EQ(SearchKey("ＡＢＣ"), SearchKey("abc"));
  EXPECT_NE(SearchKey("東京"), SearchKey("京都"));
}

TEST(TextTest, CollationKeysSortJapaneseInGojuonOrder) {
  std::vector<std::string> names{"さくら", "アオイ", "かえで", "Banso", "あおば"};
  std::sort(names.begin(), names.end(), [](const std::string& a, const std::string& b) {
    return CollationKey(a) < CollationKey(b);
  });
  // Latin before kana; あおば < アオイ (ば vs イ: お-row comes first in both, then ば < い? no:
  // あおば vs あおい compare ば(は-row) > い(あ-row)), so アオイ < あおば.
  EXPECT_EQ(names, (std::vector<std::string>{"Banso", "アオイ", "あおば", "かえで", "さくら"}));
}

TEST(TextTest, EscapeLikeEscapesMetacharacters) {
  EXPECT_EQ(EscapeLike("100%_a\\b"), "100\\%\\_a\\\\b");
}

}  // namespace banso
