#pragma once
#include <string_view>

namespace banso::http {
// docs/openapi.json, compiled into the binary.
std::string_view OpenApiDocument();
}  // namespace banso::http
