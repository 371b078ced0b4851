#include "http/account_scope.h"

#include <climits>

#include "core/error.h"

namespace banso::http {

customers::AccountFilter SegmentFilter(app::App& app, SegmentId id, const char* field) {
  try {
    return app.segments().Get(id).filter;
  } catch (const NotFound&) {
    throw Invalid(field, "no segment has this id");
  }
}

AccountScope ParseAccountScope(const RequestContext& ctx, app::App& app) {
  AccountScope scope;
  scope.query.tier = ctx.QueryEnum<customers::Tier>("tier");
  if (auto owner = ctx.QueryInt("owner_id", 1, LLONG_MAX)) scope.query.owner_id = UserId(*owner);
  if (auto id = ctx.QueryInt("segment_id", 1, LLONG_MAX)) {
    scope.segment_id = SegmentId(*id);
    scope.query.segment = SegmentFilter(app, *scope.segment_id, "segment_id");
  }
  // The tier alone needs no list: every module keeps each account's tier.
  if (scope.query.owner_id || scope.query.segment) scope.accounts = app.accounts().Ids(scope.query);
  return scope;
}

std::optional<std::vector<long long>> AccountScope::AccountNumbers() const {
  if (!accounts) return std::nullopt;
  std::vector<long long> out;
  out.reserve(accounts->size());
  for (AccountId id : *accounts) out.push_back(id.value);
  return out;
}

nlohmann::json AccountScope::ToJson() const {
  return {{"tier", query.tier ? nlohmann::json(EnumToString(*query.tier)) : nlohmann::json()},
          {"owner_id", query.owner_id ? nlohmann::json(query.owner_id->value) : nlohmann::json()},
          {"segment_id", segment_id ? nlohmann::json(segment_id->value) : nlohmann::json()}};
}

}  // namespace banso::http
