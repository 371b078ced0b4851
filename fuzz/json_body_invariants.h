#pragma once
// What must hold for any API request body given to ParseJsonBody (src/core/json_body.cpp),
// whatever the bytes: shared by the libFuzzer target (fuzz/json_body_fuzz.cpp) and the test that
// replays its corpus in `make test` (tests/fuzz_corpus). CheckJsonBodyInput returns the
// violations found, "" when there are none.
//
// The strict parser is judged against nlohmann's ordinary parser: when the strict one accepts,
// the ordinary one gives the same document; when only the ordinary one accepts, the refusal is
// for one of the strict rules (nesting, a key given twice, a NUL), never "malformed".
#include <nlohmann/json.hpp>

#include <cmath>
#include <exception>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/error.h"
#include "core/json_body.h"

namespace banso::fuzz {

struct JsonShape {
  size_t depth = 0;
  bool has_nul = false;
  bool has_non_finite = false;
};

// Walks the document without recursion: a document the strict parser let through too deep must
// not crash the check itself.
inline JsonShape ShapeOf(const nlohmann::json& doc) {
  JsonShape shape;
  std::vector<std::pair<const nlohmann::json*, size_t>> todo{{&doc, 0}};
  while (!todo.empty()) {
    auto [v, depth] = todo.back();
    todo.pop_back();
    if (v->is_structured()) {
      shape.depth = std::max(shape.depth, depth + 1);
      for (auto it = v->begin(); it != v->end(); ++it) {
        if (v->is_object() && it.key().find('\0') != std::string::npos) shape.has_nul = true;
        todo.push_back({&*it, depth + 1});
      }
    } else if (v->is_string() && v->get_ref<const std::string&>().find('\0') != std::string::npos) {
      shape.has_nul = true;
    } else if (v->is_number_float() && !std::isfinite(v->get<double>())) {
      shape.has_non_finite = true;
    }
  }
  return shape;
}

inline bool Mentions(const std::string& text, std::string_view part) {
  return text.find(part) != std::string::npos;
}

inline std::string CheckJsonBodyInput(std::string_view input) {
  std::string violations;
  auto violated = [&](const std::string& what) { violations += what + "\n"; };

  nlohmann::json strict;
  bool accepted = false;
  std::string refusal;
  try {
    strict = ParseJsonBody(input);
    accepted = true;
  } catch (const Error& e) {
    if (e.code() != ErrorCode::kInvalid)
      violated("refused with a code other than invalid: " + std::string(e.what()));
    if (std::string(e.what()).empty()) violated("refused without a reason");
    refusal = e.what();
  } catch (const std::exception& e) {
    violated(std::string("escaped as a non-Banso exception: ") + e.what());
  }

  nlohmann::json lax = nlohmann::json::parse(input, nullptr, false);
  bool lax_accepted = !lax.is_discarded();

  if (accepted) {
    JsonShape shape = ShapeOf(strict);
    if (shape.depth > kMaxJsonDepth)
      violated("accepted nesting " + std::to_string(shape.depth) + " deep");
    if (shape.has_nul) violated("accepted a NUL in a string or key");
    if (shape.has_non_finite) violated("accepted a number that is not finite");
    if (!lax_accepted)
      violated("accepted what nlohmann's own parser refuses");
    else if (lax != strict)
      violated("the document differs from nlohmann's own parse");
    try {
      if (ParseJsonBody(strict.dump()) != strict)
        violated("the document does not survive dump and parse");
    } catch (const std::exception& e) {
      violated(std::string("the dumped document is refused: ") + e.what());
    }
  } else if (lax_accepted && violations.empty()) {
    // Only a strict rule may refuse what the ordinary parser takes, and the rule must apply.
    JsonShape shape = ShapeOf(lax);
    if (Mentions(refusal, "nested more than")) {
      if (shape.depth <= kMaxJsonDepth)
        violated("refused as too deep at depth " + std::to_string(shape.depth));
    } else if (Mentions(refusal, "NUL")) {
      if (!shape.has_nul) violated("refused for a NUL it does not have");
    } else if (!Mentions(refusal, "is given twice")) {
      violated("refused valid JSON: " + refusal);
    }
  }
  return violations;
}

}  // namespace banso::fuzz
