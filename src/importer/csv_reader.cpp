#include "importer/csv_reader.h"

#include <fmt/format.h>

#include <algorithm>
#include <array>

#include "core/error.h"

namespace banso {
namespace {

constexpr std::string_view kUtf8Bom = "\xEF\xBB\xBF";

std::string_view WithoutBom(std::string_view text) {
  if (text.starts_with(kUtf8Bom)) text.remove_prefix(kUtf8Bom.size());
  return text;
}

}  // namespace

char DetectCsvDelimiter(std::string_view text) {
  constexpr std::array<char, 3> kCandidates{',', ';', '\t'};
  std::array<size_t, 3> counts{};
  bool quoted = false;
  for (char c : WithoutBom(text)) {
    if (c == '"') quoted = !quoted;  // "" inside a quoted field toggles twice
    if (quoted) continue;
    if (c == '\n') break;
    for (size_t i = 0; i < kCandidates.size(); ++i) counts[i] += c == kCandidates[i];
  }
  // max_element keeps the first of equal counts, so ',' wins ties and the all-zero case.
  return kCandidates[std::max_element(counts.begin(), counts.end()) - counts.begin()];
}

CsvReader::CsvReader(std::string_view text) : CsvReader(text, DetectCsvDelimiter(text)) {}

CsvReader::CsvReader(std::string_view text, char delimiter)
    : text_(WithoutBom(text)), delimiter_(delimiter) {}

bool CsvReader::Next(CsvRecord& record) {
  while (pos_ < text_.size()) {
    record.line = line_;
    ReadRecord();
    if (!RecordIsEmpty()) {
      Fill(record);
      return true;
    }
  }
  return false;
}

void CsvReader::ReadRecord() {
  spans_.clear();
  unescaped_.clear();
  while (!ReadField()) {}
}

// Reads the field at pos_ and the separator after it; true when that separator ended the record.
bool CsvReader::ReadField() {
  if (pos_ < text_.size() && text_[pos_] == '"') return ReadQuotedField();
  size_t end = pos_;
  while (end < text_.size() && text_[end] != delimiter_ && text_[end] != '\n') ++end;
  size_t size = end - pos_;
  if (size > 0 && text_[end - 1] == '\r' && (end == text_.size() || text_[end] == '\n')) --size;
  spans_.push_back({false, pos_, size});
  return ConsumeSeparator(end);
}

bool CsvReader::ReadQuotedField() {
  const int open_line = line_;
  size_t from = pos_ + 1;
  size_t quote = FindQuote(from, open_line);
  auto doubled = [&] { return quote + 1 < text_.size() && text_[quote + 1] == '"'; };
  if (!doubled()) {  // the common case needs no copy
    spans_.push_back({false, from, quote - from});
    return ConsumeSeparator(quote + 1);
  }
  const size_t begin = unescaped_.size();
  while (doubled()) {
    unescaped_.append(text_.substr(from, quote + 1 - from));  // keeps one of the two quotes
    from = quote + 2;
    quote = FindQuote(from, open_line);
  }
  unescaped_.append(text_.substr(from, quote - from));
  spans_.push_back({true, begin, unescaped_.size() - begin});
  return ConsumeSeparator(quote + 1);
}

// The next quote at or after `from`, counting the line breaks passed on the way.
size_t CsvReader::FindQuote(size_t from, int open_line) {
  size_t quote = text_.find('"', from);
  if (quote == std::string_view::npos)
    throw Invalid("file", fmt::format("line {}: a quoted field is never closed", open_line));
  line_ += static_cast<int>(std::count(text_.begin() + from, text_.begin() + quote, '\n'));
  return quote;
}

// Consumes the delimiter or line end at `pos`; true when it ended the record.
bool CsvReader::ConsumeSeparator(size_t pos) {
  if (pos < text_.size() && text_[pos] == '\r' &&
      (pos + 1 == text_.size() || text_[pos + 1] == '\n'))
    ++pos;
  if (pos >= text_.size()) {
    pos_ = text_.size();
    return true;
  }
  pos_ = pos + 1;
  if (text_[pos] == delimiter_) return false;
  if (text_[pos] == '\n') {
    ++line_;
    return true;
  }
  throw Invalid("file", fmt::format("line {}: text after the closing quote of a field (a quote "
                                    "inside a quoted field must be doubled)",
                                    line_));
}

bool CsvReader::RecordIsEmpty() const {
  return std::all_of(spans_.begin(), spans_.end(), [](const FieldSpan& f) { return f.size == 0; });
}

void CsvReader::Fill(CsvRecord& record) const {
  record.fields.resize(spans_.size());
  for (size_t i = 0; i < spans_.size(); ++i) {
    const FieldSpan& f = spans_[i];
    record.fields[i] = (f.unescaped ? std::string_view(unescaped_) : text_).substr(f.begin, f.size);
  }
}

}  // namespace banso
