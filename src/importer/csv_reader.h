#pragma once
// A streaming RFC 4180 CSV reader over UTF-8 text held in memory.
#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace banso {

// One CSV record. The fields view the reader's input or the reader's own buffer (for fields
// whose "" escapes were undone), so they stay valid only until the next CsvReader::Next.
struct CsvRecord {
  std::vector<std::string_view> fields;
  int line = 0;  // 1-based physical line of the file where the record starts
};

// Reads records of fields separated by a delimiter: quoted fields with "" escapes and embedded
// delimiters and line breaks, CRLF or LF line ends. A leading UTF-8 BOM is skipped, and so are
// records without content (blank lines, and the ",,," rows Excel writes for formatted cells).
// A field opening with a quote must close it right before a delimiter or a line end.
// Not thread-safe: one reader belongs to one thread.
class CsvReader {
 public:
  // REQUIRES: `text` outlives the reader. The delimiter is detected from the header line.
  explicit CsvReader(std::string_view text);
  CsvReader(std::string_view text, char delimiter);

  char delimiter() const { return delimiter_; }

  // Reads the next record into *record, reusing its storage; false at the end of the text.
  // Throws Invalid("file") naming the line of a quote that is never closed or is followed by
  // stray text.
  bool Next(CsvRecord& record);

 private:
  struct FieldSpan {
    bool unescaped;  // in unescaped_ rather than in text_
    size_t begin;
    size_t size;
  };

  void ReadRecord();
  bool ReadField();
  bool ReadQuotedField();
  size_t FindQuote(size_t from, int open_line);
  bool ConsumeSeparator(size_t pos);
  bool RecordIsEmpty() const;
  void Fill(CsvRecord& record) const;

  std::string_view text_;
  char delimiter_;
  size_t pos_ = 0;
  int line_ = 1;
  std::vector<FieldSpan> spans_;
  std::string unescaped_;
};

// The most frequent of ',', ';' and '\t' outside quotes on the first line (Excel writes ';' in
// some locales, HubSpot exports some files tab-separated); ',' when none occurs.
char DetectCsvDelimiter(std::string_view text);

}  // namespace banso
