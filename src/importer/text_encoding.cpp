#include "importer/text_encoding.h"

#include <fmt/format.h>
#include <unicode/ucnv.h>
#include <unicode/utf8.h>

#include <algorithm>
#include <array>
#include <memory>
#include <stdexcept>
#include <utility>

#include "core/error.h"
#include "core/text.h"

namespace banso {
namespace {

using ConverterPtr = std::unique_ptr<UConverter, decltype(&ucnv_close)>;

ConverterPtr OpenConverter(const char* name) {
  UErrorCode status = U_ZERO_ERROR;
  ConverterPtr converter(ucnv_open(name, &status), &ucnv_close);
  if (U_FAILURE(status))
    throw std::runtime_error(fmt::format("ICU converter {} unavailable", name));
  return converter;
}

// In UTF-8 and CP932 alike a 0x0A byte is always a line break (CP932 trail bytes start at 0x40),
// so counting them finds the line in the original file.
int LineAt(std::string_view bytes, size_t offset) {
  return 1 + static_cast<int>(std::count(bytes.begin(), bytes.begin() + offset, '\n'));
}

// Offset of the first byte that does not start a well-formed UTF-8 sequence, or npos.
size_t FirstInvalidUtf8(std::string_view bytes) {
  const auto* s = reinterpret_cast<const uint8_t*>(bytes.data());
  const auto length = static_cast<int32_t>(bytes.size());
  for (int32_t i = 0; i < length;) {
    const int32_t start = i;
    UChar32 c;
    U8_NEXT(s, i, length, c);
    if (c < 0) return static_cast<size_t>(start);
  }
  return std::string_view::npos;
}

Invalid BadSequence(std::string_view bytes, size_t offset, std::string_view encoding) {
  return Invalid("file", fmt::format("line {}: bytes that are not valid {} (choose the file's "
                                     "encoding, or save it as CSV UTF-8)",
                                     LineAt(bytes, offset), encoding));
}

// Runs `from` → `to` over all of `bytes` into *out, growing it as needed. Returns ICU's status;
// *consumed is how far the source was read (just past the invalid bytes after an error).
UErrorCode ConvertAll(UConverter* to, UConverter* from, std::string_view bytes, std::string& out,
                      size_t& consumed) {
  // Two CP932 bytes become at most three UTF-8 bytes; only half-width kana (1 → 3) can outgrow
  // this first guess.
  out.resize(bytes.size() + bytes.size() / 2 + 16);
  char* target = out.data();
  const char* source = bytes.data();
  std::array<UChar, 8192> pivot;
  UChar* pivot_source = pivot.data();
  UChar* pivot_target = pivot.data();
  UErrorCode status;
  for (bool first = true;; first = false) {
    status = U_ZERO_ERROR;
    ucnv_convertEx(to, from, &target, out.data() + out.size(), &source, bytes.data() + bytes.size(),
                   pivot.data(), &pivot_source, &pivot_target, pivot.data() + pivot.size(), first,
                   true, &status);
    if (status != U_BUFFER_OVERFLOW_ERROR) break;
    const size_t written = target - out.data();
    out.resize(out.size() * 2);
    target = out.data() + written;
  }
  out.resize(target - out.data());
  consumed = source - bytes.data();
  return status;
}

// Converts into *out; returns the offset of the first invalid CP932 sequence, or npos.
size_t ConvertCp932(std::string_view bytes, std::string& out) {
  ConverterPtr cp932 = OpenConverter("windows-31j");
  ConverterPtr utf8 = OpenConverter("UTF-8");
  UErrorCode status = U_ZERO_ERROR;
  // Stop at the first invalid sequence instead of substituting U+FFFD, so it can be reported.
  ucnv_setToUCallBack(cp932.get(), UCNV_TO_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
  size_t consumed = 0;
  if (U_SUCCESS(ConvertAll(utf8.get(), cp932.get(), bytes, out, consumed)))
    return std::string_view::npos;
  char invalid[8];
  int8_t invalid_size = sizeof invalid;
  ucnv_getInvalidChars(cp932.get(), invalid, &invalid_size, &status);
  return consumed - invalid_size;
}

DecodedText Detect(std::string bytes) {
  const size_t bad_utf8 = FirstInvalidUtf8(bytes);
  if (bad_utf8 == std::string_view::npos) return {std::move(bytes), Encoding::kUtf8};
  std::string utf8;
  const size_t bad_cp932 = ConvertCp932(bytes, utf8);
  if (bad_cp932 == std::string_view::npos) return {std::move(utf8), Encoding::kCp932};
  throw Invalid("file", fmt::format("the file is neither UTF-8 (invalid at line {}) nor Shift_JIS "
                                    "(invalid at line {}); save it as CSV UTF-8",
                                    LineAt(bytes, bad_utf8), LineAt(bytes, bad_cp932)));
}

}  // namespace

std::string Utf8ToCp932(std::string_view utf8) {
  ConverterPtr cp932 = OpenConverter("windows-31j");
  ConverterPtr from = OpenConverter("UTF-8");
  UErrorCode status = U_ZERO_ERROR;
  ucnv_setSubstChars(cp932.get(), "?", 1, &status);
  std::string out;
  size_t consumed = 0;
  status = ConvertAll(cp932.get(), from.get(), utf8, out, consumed);
  if (U_FAILURE(status)) throw std::runtime_error("UTF-8 to CP932 conversion failed");
  return out;
}

std::string_view EncodingName(Encoding encoding) {
  return encoding == Encoding::kCp932 ? "cp932" : "utf-8";
}

std::optional<Encoding> ParseEncodingName(std::string_view name) {
  static constexpr std::array<std::pair<std::string_view, Encoding>, 6> kNames{{
      {"utf-8", Encoding::kUtf8},
      {"utf8", Encoding::kUtf8},
      {"cp932", Encoding::kCp932},
      {"shift_jis", Encoding::kCp932},
      {"sjis", Encoding::kCp932},
      {"windows-31j", Encoding::kCp932},
  }};
  const std::string key = SearchKey(TrimAscii(name));  // case-folded
  if (key == "auto") return std::nullopt;
  for (const auto& [n, encoding] : kNames)
    if (n == key) return encoding;
  throw Invalid("encoding",
                fmt::format("unknown encoding \"{}\" (use auto, utf-8 or cp932)", name));
}

std::string Cp932ToUtf8(std::string_view bytes) {
  std::string utf8;
  const size_t bad = ConvertCp932(bytes, utf8);
  if (bad != std::string_view::npos) throw BadSequence(bytes, bad, "Shift_JIS (CP932)");
  return utf8;
}

DecodedText DecodeToUtf8(std::string bytes, std::optional<Encoding> encoding) {
  if (!encoding && bytes.starts_with("\xEF\xBB\xBF")) encoding = Encoding::kUtf8;  // and validated
  if (!encoding) return Detect(std::move(bytes));
  if (*encoding == Encoding::kCp932) return {Cp932ToUtf8(bytes), Encoding::kCp932};
  const size_t bad = FirstInvalidUtf8(bytes);
  if (bad != std::string_view::npos) throw BadSequence(bytes, bad, "UTF-8");
  return {std::move(bytes), Encoding::kUtf8};
}

}  // namespace banso
