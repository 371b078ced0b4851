#pragma once
// Strict parsing of a JSON request body, before any handler sees it. Malformed JSON, nesting
// deeper than kMaxJsonDepth, numbers out of range (1e309), a key given twice in one object and
// NUL characters in strings are Invalid errors naming the field (the path to the value, such as
// "objectives[0].kpis[1].target"; for nesting, the top-level field it is under).
//
// The parser is iterative (nlohmann's SAX parser keeps its own stack) and the depth check runs
// as each object or array opens, so no deeply nested document is ever built, copied or freed
// recursively.
#include <nlohmann/json.hpp>

#include <string_view>

namespace banso {

inline constexpr size_t kMaxJsonDepth = 32;

nlohmann::json ParseJsonBody(std::string_view text);

}  // namespace banso
