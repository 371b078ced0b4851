#include "importer/text_encoding.h"

#include <gtest/gtest.h>

#include <string>

#include "core/error.h"

namespace banso {
namespace {

// CP932 bytes written from the JIS X 0208 / CP932 code tables, not produced by the converter.
constexpr std::string_view kKabushikiGaishaBansoCp932 =
    "\x8A\x94"   // 株
    "\x8E\xAE"   // 式
    "\x89\xEF"   // 会
    "\x8E\xD0"   // 社
    "\x82\xCE"   // ば
    "\x82\xF1"   // ん
    "\x82\xBB"   // そ
    "\x82\xA4";  // う

std::string ErrorOf(std::string bytes, std::optional<Encoding> encoding) {
  try {
    DecodeToUtf8(std::move(bytes), encoding);
  } catch (const Invalid& e) {
    EXPECT_EQ(e.field(), "file");
    return e.what();
  }
  return "no error";
}

TEST(TextEncodingTest, ConvertsCp932Kanji) {
  EXPECT_EQ(Cp932ToUtf8(kKabushikiGaishaBansoCp932), "株式会社ばんそう");
  EXPECT_EQ(Cp932ToUtf8("name,\x82\xCE\r\n"), "name,ば\r\n");
}

TEST(TextEncodingTest, ConvertsWindowsExtensionsAsWindowsDoes) {
  EXPECT_EQ(Cp932ToUtf8("\x87\x40"), "①");             // NEC row 13
  EXPECT_EQ(Cp932ToUtf8("\x87\x8A"), "㈱");            // NEC row 13
  EXPECT_EQ(Cp932ToUtf8("\xFB\xFC"), "髙");            // IBM extension
  EXPECT_EQ(Cp932ToUtf8("\xEE\xE0"), "髙");            // NEC-selected IBM extension
  EXPECT_EQ(Cp932ToUtf8("\x81\x60"), "\xEF\xBD\x9E");  // U+FF5E full-width tilde, not U+301C
  EXPECT_EQ(Cp932ToUtf8("\x81\x7C"), "\xEF\xBC\x8D");  // U+FF0D full-width hyphen-minus
  EXPECT_EQ(Cp932ToUtf8("\x81\x61"), "\xE2\x88\xA5");  // U+2225 parallel to
  EXPECT_EQ(Cp932ToUtf8("\x5C\x7E"), "\\~");           // ASCII, not ¥ and ‾
}

TEST(TextEncodingTest, HalfWidthKanaGrowsTheOutput) {
  // One byte becomes three in UTF-8, more than the first guess of the output size.
  EXPECT_EQ(Cp932ToUtf8(std::string(10000, '\xB1')).size(), 30000u);  // ｱ
  EXPECT_EQ(Cp932ToUtf8("\xCA\xDE\xDD\xBF\xB3"), "ﾊﾞﾝｿｳ");
}

TEST(TextEncodingTest, InvalidCp932SequenceIsReportedWithItsLine) {
  const std::string bytes = std::string("name,note\r\n") + std::string(kKabushikiGaishaBansoCp932) +
                            ",ok\r\nB,\x85\x40\r\nC,x\r\n";  // 0x8540 is unassigned
  EXPECT_EQ(ErrorOf(bytes, Encoding::kCp932),
            "line 3: bytes that are not valid Shift_JIS (CP932) (choose the file's encoding, or "
            "save it as CSV UTF-8)");
  EXPECT_EQ(ErrorOf("a\nb\n\x81\x20", Encoding::kCp932).substr(0, 8), "line 3: ");  // bad trail
  EXPECT_EQ(ErrorOf("a\nb\n\xFF", Encoding::kCp932).substr(0, 8), "line 3: ");      // unused byte
  EXPECT_THROW(Cp932ToUtf8("\x85\x40"), Invalid);
  EXPECT_EQ(ErrorOf("x\n\x8A", Encoding::kCp932).substr(0, 8), "line 2: ");  // truncated
}

TEST(TextEncodingTest, InvalidSequenceFarIntoALargeFileIsReportedWithItsLine) {
  std::string bytes;
  for (int i = 0; i < 50000; ++i) bytes += std::string(kKabushikiGaishaBansoCp932) + ",\xB1\r\n";
  bytes += "ok,\x82\xA4\x81\r\n";  // 0x81 then CR: a lead byte without its trail byte
  EXPECT_EQ(ErrorOf(bytes, Encoding::kCp932).substr(0, 12), "line 50001: ");
  EXPECT_EQ(ErrorOf(bytes, std::nullopt),
            "the file is neither UTF-8 (invalid at line 1) nor Shift_JIS (invalid at line "
            "50001); save it as CSV UTF-8");
}

TEST(TextEncodingTest, DetectsUtf8WithoutCopying) {
  std::string text = "name\n株式会社ばんそう\n";
  const char* data = text.data();
  DecodedText decoded = DecodeToUtf8(std::move(text), std::nullopt);
  EXPECT_EQ(decoded.encoding, Encoding::kUtf8);
  EXPECT_EQ(decoded.utf8, "name\n株式会社ばんそう\n");
  EXPECT_EQ(decoded.utf8.data(), data);
}

TEST(TextEncodingTest, DetectsCp932) {
  DecodedText decoded =
      DecodeToUtf8("name\r\n" + std::string(kKabushikiGaishaBansoCp932) + "\r\n", std::nullopt);
  EXPECT_EQ(decoded.encoding, Encoding::kCp932);
  EXPECT_EQ(decoded.utf8, "name\r\n株式会社ばんそう\r\n");
}

TEST(TextEncodingTest, BomMeansUtf8) {
  EXPECT_EQ(DecodeToUtf8("\xEF\xBB\xBFname\n", std::nullopt).encoding, Encoding::kUtf8);
  EXPECT_NE(ErrorOf("\xEF\xBB\xBFname\n\x8A\x94\n", std::nullopt)
                .find("line 2: bytes that are "
                      "not valid UTF-8"),
            std::string::npos);
}

TEST(TextEncodingTest, RejectsFileThatIsNeither) {
  // Latin-1 "café" then a line with 0xFF, which no CP932 sequence uses.
  EXPECT_EQ(ErrorOf("caf\xE9\n\xFF\n", std::nullopt),
            "the file is neither UTF-8 (invalid at line 1) nor Shift_JIS (invalid at line 1); "
            "save it as CSV UTF-8");
}

TEST(TextEncodingTest, DeclaredUtf8IsValidated) {
  EXPECT_EQ(ErrorOf("ok\nok\n" + std::string(kKabushikiGaishaBansoCp932), Encoding::kUtf8),
            "line 3: bytes that are not valid UTF-8 (choose the file's encoding, or save it as "
            "CSV UTF-8)");
}

TEST(TextEncodingTest, ParsesEncodingNames) {
  EXPECT_EQ(ParseEncodingName("auto"), std::nullopt);
  EXPECT_EQ(ParseEncodingName("UTF-8"), Encoding::kUtf8);
  EXPECT_EQ(ParseEncodingName("utf8"), Encoding::kUtf8);
  for (std::string_view name : {"cp932", "Shift_JIS", "sjis", "Windows-31J"})
    EXPECT_EQ(ParseEncodingName(name), Encoding::kCp932) << name;
  EXPECT_THROW(ParseEncodingName("latin1"), Invalid);
  EXPECT_EQ(EncodingName(Encoding::kCp932), "cp932");
}

}  // namespace
}  // namespace banso
