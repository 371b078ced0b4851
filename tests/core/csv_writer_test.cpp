#include "core/csv_writer.h"

#include <gtest/gtest.h>

namespace banso {
namespace {

TEST(CsvWriter, NeutralisesCellsASpreadsheetWouldRunAsFormulas) {
  EXPECT_EQ(CsvCell("=HYPERLINK(\"http://evil\",\"x\")"),
            "\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\"");
  EXPECT_EQ(CsvCell("+cmd|' /C calc'!A0"), "'+cmd|' /C calc'!A0");
  EXPECT_EQ(CsvCell("-2+3"), "'-2+3");
  EXPECT_EQ(CsvCell("@SUM(A1)"), "'@SUM(A1)");
  EXPECT_EQ(CsvCell("\t=1"), "'\t=1");
  EXPECT_EQ(CsvCell("\r=1"), "\"'\r=1\"");
}

TEST(CsvWriter, LeavesNumbersAndTextAlone) {
  EXPECT_EQ(CsvCell("-1200"), "-1200");
  EXPECT_EQ(CsvCell("+3.5"), "+3.5");
  EXPECT_EQ(CsvCell("株式会社ばんそう"), "株式会社ばんそう");
  EXPECT_EQ(CsvCell("a=b"), "a=b");
  EXPECT_EQ(CsvCell(""), "");
}

TEST(CsvWriter, QuotesPerRfc4180) {
  CsvWriter w;
  w.Row({"name", "note"});
  w.Row({"Acme, Inc.", "said \"hi\"\nthen left"});
  EXPECT_EQ(w.text(), "name,note\r\n\"Acme, Inc.\",\"said \"\"hi\"\"\nthen left\"\r\n");
}

}  // namespace
}  // namespace banso
