#pragma once
// A CSV file's rows as maps from column to cell (the header row names the columns), after a
// UTF-8 BOM: how tests read the exports back.
#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "importer/csv_reader.h"

namespace banso::testing {

inline std::vector<std::map<std::string, std::string>> CsvRows(std::string_view text) {
  if (text.starts_with("\xEF\xBB\xBF")) text.remove_prefix(3);
  CsvReader reader(text);
  CsvRecord record;
  std::vector<std::string> header;
  std::vector<std::map<std::string, std::string>> rows;
  while (reader.Next(record)) {
    if (header.empty()) {
      header.assign(record.fields.begin(), record.fields.end());
      continue;
    }
    std::map<std::string, std::string> row;
    for (size_t i = 0; i < header.size() && i < record.fields.size(); ++i)
      row[header[i]] = std::string(record.fields[i]);
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace banso::testing
