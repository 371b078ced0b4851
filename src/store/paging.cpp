#include "store/paging.h"

#include <nlohmann/json.hpp>

#include "core/error.h"

namespace banso::store {
namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

std::string Base64Url(std::string_view in) {
  std::string out;
  unsigned val = 0;
  int bits = -6;
  for (unsigned char c : in) {
    val = (val << 8) + c;
    bits += 8;
    while (bits >= 0) {
      out.push_back(kAlphabet[(val >> bits) & 0x3F]);
      bits -= 6;
    }
  }
  if (bits > -6) out.push_back(kAlphabet[((val << 8) >> (bits + 8)) & 0x3F]);
  return out;
}

std::optional<std::string> FromBase64Url(std::string_view in) {
  std::string out;
  unsigned val = 0;
  int bits = -8;
  for (char c : in) {
    const char* p = std::char_traits<char>::find(kAlphabet, 64, c);
    if (!p) return std::nullopt;
    val = (val << 6) + static_cast<unsigned>(p - kAlphabet);
    bits += 6;
    if (bits >= 0) {
      out.push_back(static_cast<char>((val >> bits) & 0xFF));
      bits -= 8;
    }
  }
  return out;
}

}  // namespace

long long Cursor::NumericKey() const {
  try {
    size_t used = 0;
    long long v = std::stoll(key, &used);
    if (used == key.size()) return v;
  } catch (const std::exception&) {}
  throw Invalid("cursor", "is not a cursor returned by this list");
}

std::string EncodeCursor(const Cursor& c) { return Base64Url(nlohmann::json{c.key, c.id}.dump()); }

Cursor DecodeCursor(std::string_view text) {
  auto raw = FromBase64Url(text);
  nlohmann::json j = raw ? nlohmann::json::parse(*raw, nullptr, false) : nlohmann::json();
  if (!j.is_array() || j.size() != 2 || !j[0].is_string() || !j[1].is_number_integer())
    throw Invalid("cursor", "is not a cursor returned by this list");
  return {j[0].get<std::string>(), j[1].get<long long>()};
}

void AppendKeyset(Query& q, const SortSpec& sort, const std::optional<Cursor>& after, int limit) {
  const char* cmp = sort.descending ? " < " : " > ";
  if (after) {
    q << " AND (" << sort.column << ", id)" << cmp << "(";
    if (sort.numeric) {
      q.Bind(after->NumericKey());
    } else {
      q.Bind(after->key);
    }
    q << ", ";
    q.Bind(after->id) << ")";
  }
  const char* dir = sort.descending ? " DESC" : "";
  q << " ORDER BY " << sort.column << dir << ", id" << dir << " LIMIT ";
  q.Bind(static_cast<long long>(limit) + 1);
}

}  // namespace banso::store
