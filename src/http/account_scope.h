#pragma once
// The accounts an answer is about: ?tier=, ?owner_id= and ?segment_id=, as the dashboard and
// the revenue answers take them (callers list the three names in AllowQuery).
#include <nlohmann/json.hpp>

#include <optional>
#include <vector>

#include "app/app.h"
#include "http/request_context.h"

namespace banso::http {

struct AccountScope {
  customers::AccountQuery query;  // the filters as the account list would apply them
  std::optional<SegmentId> segment_id;
  // The accounts, ascending, when an owner or a segment narrows the portfolio (the tier too,
  // then); none for everyone, or for a tier alone, which every module filters on itself.
  std::optional<std::vector<AccountId>> accounts;

  std::optional<std::vector<long long>> AccountNumbers() const;
  nlohmann::json ToJson() const;  // {"tier", "owner_id", "segment_id"}, null when not given
};

// Invalid("segment_id") when no segment has the id.
AccountScope ParseAccountScope(const RequestContext& ctx, app::App& app);
// The segment's filter; Invalid(field) when there is no such segment.
customers::AccountFilter SegmentFilter(app::App& app, SegmentId id, const char* field);

}  // namespace banso::http
