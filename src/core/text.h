#pragma once
// Text helpers for Japanese and English: validation, search keys and collation keys (ICU).
#include <string>
#include <string_view>

namespace banso {

bool IsValidUtf8(std::string_view s);
// Number of Unicode code points; requires valid UTF-8.
size_t CodePointCount(std::string_view s);
std::string_view TrimAscii(std::string_view s);
// A-Z to a-z; other bytes (UTF-8 included) unchanged.
std::string LowerAscii(std::string_view s);

// A key for substring search: NFKC case-folded (full/half width and case unified), with
// katakana folded to hiragana, so that "ﾊﾞﾝｿｳ", "バンソウ" and "ばんそう" all match.
std::string SearchKey(std::string_view text);

// An ICU Japanese collation key, hex-encoded so that plain byte order (SQLite BINARY,
// PostgreSQL COLLATE "C") sorts it: kana in gojūon order, case and width ignored at first.
std::string CollationKey(std::string_view text);

// Escapes %, _ and \ for a LIKE pattern used with ESCAPE '\'.
std::string EscapeLike(std::string_view s);

}  // namespace banso
