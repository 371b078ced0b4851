#pragma once
// Binary checkpoint data (bitmaps, packed counts) as base64 text, so that one TEXT column
// carries it through SOCI on both SQLite and PostgreSQL.
#include <string>
#include <string_view>

namespace banso::events {

std::string ToBase64(std::string_view bytes);
std::string FromBase64(std::string_view text);  // throws Unavailable on damaged data

}  // namespace banso::events
