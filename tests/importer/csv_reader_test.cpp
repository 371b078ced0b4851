#include "importer/csv_reader.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "core/error.h"

namespace banso {
namespace {

using Fields = std::vector<std::string>;

struct Row {
  int line;
  Fields fields;
  bool operator==(const Row&) const = default;
};

std::ostream& operator<<(std::ostream& os, const Row& row) {
  os << "line " << row.line << ":";
  for (const auto& f : row.fields) os << " [" << f << "]";
  return os;
}

std::vector<Row> ReadAll(std::string_view text) {
  CsvReader reader(text);
  CsvRecord record;
  std::vector<Row> rows;
  while (reader.Next(record))
    rows.push_back({record.line, Fields(record.fields.begin(), record.fields.end())});
  return rows;
}

std::string ErrorOf(std::string_view text) {
  try {
    ReadAll(text);
  } catch (const Invalid& e) {
    EXPECT_EQ(e.field(), "file");
    return e.what();
  }
  return "no error";
}

TEST(CsvReaderTest, ReadsLfAndCrlfRecords) {
  std::vector<Row> expected{{1, {"name", "domain"}}, {2, {"Banso", "banso.example"}}};
  EXPECT_EQ(ReadAll("name,domain\nBanso,banso.example\n"), expected);
  EXPECT_EQ(ReadAll("name,domain\r\nBanso,banso.example\r\n"), expected);
  EXPECT_EQ(ReadAll("name,domain\r\nBanso,banso.example"), expected);  // no final line break
}

TEST(CsvReaderTest, KeepsEmptyFields) {
  EXPECT_EQ(ReadAll("a,,c,\n"), (std::vector<Row>{{1, {"a", "", "c", ""}}}));
}

TEST(CsvReaderTest, QuotedFieldsHoldDelimitersLineBreaksAndDoubledQuotes) {
  EXPECT_EQ(ReadAll("\"株式会社ばんそう, 東京\",\"say \"\"hi\"\"\",\"\"\n"),
            (std::vector<Row>{{1, {"株式会社ばんそう, 東京", "say \"hi\"", ""}}}));
  EXPECT_EQ(ReadAll("\"a\r\nb\",c\r\n"), (std::vector<Row>{{1, {"a\r\nb", "c"}}}));
}

TEST(CsvReaderTest, LineNumbersCountLineBreaksInsideQuotes) {
  const std::string text =
      "name,note\n"
      "A,\"first\nsecond\nthird\"\n"
      "B,plain\n"
      "\"C\"\"\n\",x\r\n"
      "D,y\n";
  EXPECT_EQ(ReadAll(text), (std::vector<Row>{{1, {"name", "note"}},
                                             {2, {"A", "first\nsecond\nthird"}},
                                             {5, {"B", "plain"}},
                                             {6, {"C\"\n", "x"}},
                                             {8, {"D", "y"}}}));
}

TEST(CsvReaderTest, SkipsBlankLinesAndEmptyRowsButCountsThem) {
  EXPECT_EQ(ReadAll("h\n\n\r\n,,\nvalue\n\n"), (std::vector<Row>{{1, {"h"}}, {5, {"value"}}}));
  EXPECT_TRUE(ReadAll("").empty());
  EXPECT_TRUE(ReadAll("\n\n").empty());
}

TEST(CsvReaderTest, StripsUtf8Bom) {
  EXPECT_EQ(ReadAll("\xEF\xBB\xBFname,x\n1,2\n"),
            (std::vector<Row>{{1, {"name", "x"}}, {2, {"1", "2"}}}));
}

TEST(CsvReaderTest, DetectsDelimiterFromHeaderLine) {
  EXPECT_EQ(DetectCsvDelimiter("name;domain;industry\nA,B;c;d\n"), ';');
  EXPECT_EQ(DetectCsvDelimiter("Record ID\tCompany name\n1\tA,B\n"), '\t');
  EXPECT_EQ(DetectCsvDelimiter("\"a;b;c\",d\n"), ',');  // quoted text does not count
  EXPECT_EQ(DetectCsvDelimiter("name\n"), ',');
  EXPECT_EQ(DetectCsvDelimiter("\xEF\xBB\xBF"
                               "a;b\n"),
            ';');
  EXPECT_EQ(ReadAll("name;amount\r\n\"Banso; Inc\";\"1.200,50\"\r\n"),
            (std::vector<Row>{{1, {"name", "amount"}}, {2, {"Banso; Inc", "1.200,50"}}}));
}

TEST(CsvReaderTest, ExplicitDelimiterOverridesDetection) {
  CsvReader reader("a;b,c\n", ',');
  CsvRecord record;
  ASSERT_TRUE(reader.Next(record));
  EXPECT_EQ(record.fields.size(), 2u);
  EXPECT_EQ(reader.delimiter(), ',');
}

TEST(CsvReaderTest, UnterminatedQuoteNamesTheLineWhereItOpened) {
  EXPECT_EQ(ErrorOf("name,note\nA,ok\nB,\"never closed\nC,x\nD,y\n"),
            "line 3: a quoted field is never closed");
  EXPECT_EQ(ErrorOf("a,\"x\"\"y"), "line 1: a quoted field is never closed");
}

TEST(CsvReaderTest, TextAfterClosingQuoteIsAnError) {
  EXPECT_NE(ErrorOf("a,b\n\"12\" monitor\",c\n").find("line 2:"), std::string::npos);
}

TEST(CsvReaderTest, QuoteInsideUnquotedFieldIsKept) {
  EXPECT_EQ(ReadAll("12\" monitor,b\n"), (std::vector<Row>{{1, {"12\" monitor", "b"}}}));
}

TEST(CsvReaderTest, FieldsWithoutEscapesViewTheInput) {
  const std::string text = "\"plain\",\"esc\"\"aped\",bare\n";
  CsvReader reader(text);
  CsvRecord record;
  ASSERT_TRUE(reader.Next(record));
  auto inside = [&](std::string_view f) {
    return f.data() >= text.data() && f.data() < text.data() + text.size();
  };
  EXPECT_TRUE(inside(record.fields[0]));
  EXPECT_FALSE(inside(record.fields[1]));
  EXPECT_TRUE(inside(record.fields[2]));
  EXPECT_EQ(record.fields[1], "esc\"aped");
}

TEST(CsvReaderTest, ReadsManyRowsWithReusedRecord) {
  std::string text = "id,name,note\n";
  for (int i = 0; i < 20000; ++i)
    text += std::to_string(i) + ",\"Name " + std::to_string(i) + "\",\"a \"\"q\"\"\nb\"\n";
  CsvReader reader(text);
  CsvRecord record;
  ASSERT_TRUE(reader.Next(record));
  int rows = 0;
  while (reader.Next(record)) {
    ASSERT_EQ(record.fields.size(), 3u);
    ASSERT_EQ(record.fields[0], std::to_string(rows));
    ASSERT_EQ(record.line, 2 + 2 * rows);
    ASSERT_EQ(record.fields[2], "a \"q\"\nb");
    ++rows;
  }
  EXPECT_EQ(rows, 20000);
}

}  // namespace
}  // namespace banso
