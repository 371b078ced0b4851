#pragma once
// A segment: an account filter saved by name ("high-touch renewals this quarter"), so that the
// list, the dashboard, the revenue answers and scorecards can all say "these accounts".
#include <nlohmann/json.hpp>

#include <optional>
#include <string>

#include "core/date.h"
#include "core/ids.h"
#include "customers/account_filter.h"

namespace banso::customers {

struct Segment {
  SegmentId id;
  long long version = 0;
  std::string name;
  std::optional<std::string> description;
  AccountFilter filter;
  Timestamp created_at;
  Timestamp updated_at;
};

void ValidateSegment(const Segment& s);
nlohmann::json ToJson(const Segment& s);
void ApplyJson(const nlohmann::json& body, Segment& s);

}  // namespace banso::customers
