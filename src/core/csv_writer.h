#pragma once
// The one way Banso writes CSV (exports, sample files, reports): RFC 4180 quoting, CRLF line
// ends, and cells that a spreadsheet would run as a formula neutralised.
//
// A cell that begins with =, +, -, @, a tab or a carriage return is written with a leading
// apostrophe, so that Excel, LibreOffice and Google Sheets show it as text instead of running
// it (CSV injection, OWASP). A cell that is a plain number (-1200, +3.5) is left as it is: it
// is no formula, and an export of contractions must stay numeric.
#include <string>
#include <string_view>
#include <vector>

namespace banso {

// The cell as written: neutralised if it would be a formula, quoted if it must be.
std::string CsvCell(std::string_view value);

class CsvWriter {
 public:
  void Row(const std::vector<std::string>& cells);
  const std::string& text() const { return text_; }

 private:
  std::string text_;
};

}  // namespace banso
