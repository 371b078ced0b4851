#include "core/csv_writer.h"

#include <regex>

namespace banso {
namespace {

bool IsPlainNumber(std::string_view v) {
  static const std::regex number(R"([+-]?[0-9]+(\.[0-9]+)?)");
  return std::regex_match(v.begin(), v.end(), number);
}

bool WouldBeFormula(std::string_view v) {
  if (v.empty()) return false;
  char c = v.front();
  bool formula_start = c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
  return formula_start && !IsPlainNumber(v);
}

}  // namespace

std::string CsvCell(std::string_view value) {
  std::string cell = WouldBeFormula(value) ? "'" + std::string(value) : std::string(value);
  if (cell.find_first_of(",\"\r\n") == std::string::npos) return cell;
  std::string quoted = "\"";
  for (char c : cell) {
    if (c == '"') quoted += '"';
    quoted += c;
  }
  return quoted + "\"";
}

void CsvWriter::Row(const std::vector<std::string>& cells) {
  for (size_t i = 0; i < cells.size(); ++i) {
    if (i > 0) text_ += ',';
    text_ += CsvCell(cells[i]);
  }
  text_ += "\r\n";
}

}  // namespace banso
