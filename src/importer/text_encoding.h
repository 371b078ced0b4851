#pragma once
// The character encodings of uploaded CSV files: UTF-8, and CP932 (the Shift_JIS of Windows,
// which Excel on Japanese Windows writes), converted to UTF-8 before parsing.
#include <optional>
#include <string>
#include <string_view>

namespace banso {

enum class Encoding { kUtf8, kCp932 };

// "utf-8" or "cp932".
std::string_view EncodingName(Encoding encoding);

// Parses a user-given name, ignoring case: "auto" gives nullopt (detect); "utf-8", "utf8";
// "cp932", "shift_jis", "sjis", "windows-31j". Throws Invalid("encoding") for other names.
std::optional<Encoding> ParseEncodingName(std::string_view name);

// Converts CP932 to UTF-8 as Windows does (NEC and IBM extensions, 0x8160 → U+FF5E).
// Throws Invalid("file") naming the 1-based line of the first byte sequence that is not CP932.
std::string Cp932ToUtf8(std::string_view bytes);
// Converts UTF-8 to CP932 for files Excel on Japanese Windows reads (exports); a character CP932
// cannot hold becomes "?".
std::string Utf8ToCp932(std::string_view utf8);

struct DecodedText {
  std::string utf8;   // a UTF-8 BOM, if any, is kept: CsvReader skips it
  Encoding encoding;  // the encoding the bytes were read as
};

// Decodes `bytes` as `encoding`, or when it is nullopt detects it: UTF-8 when the bytes start
// with a BOM or are valid UTF-8, else CP932 when they are valid CP932. UTF-8 input is moved, not
// copied. Throws Invalid("file") naming the line of the first invalid sequence, or saying that
// the file is neither UTF-8 nor Shift_JIS.
DecodedText DecodeToUtf8(std::string bytes, std::optional<Encoding> encoding);

}  // namespace banso
