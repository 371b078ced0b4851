// /api/v1/touchpoints: meetings, calls, emails, notes... on the account timeline.
#include <climits>

#include "http/api_routes.h"
#include "http/item_routes.h"
#include "http/user_names.h"

namespace banso::http {

nlohmann::json TouchpointJson(const customers::Touchpoint& t,
                              const std::unordered_map<long long, std::string>& names) {
  nlohmann::json j = ToJson(t);
  j["author_name"] = NameOf(names, t.author_id);
  return j;
}

void AddTouchpointRoutes(std::vector<Route>& routes, app::App& app) {
  using customers::Touchpoint;
  routes.push_back(
      {Method::kGet, "/api/v1/touchpoints", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({"account_id", "contact_id", "kind", "from", "to", "limit", "cursor"});
         customers::TouchpointQuery q;
         if (auto id = ctx.QueryInt("account_id", 1, LLONG_MAX)) q.account_id = AccountId(*id);
         if (auto id = ctx.QueryInt("contact_id", 1, LLONG_MAX)) q.contact_id = ContactId(*id);
         q.kind = ctx.QueryEnum<customers::TouchpointKind>("kind");
         q.from = ctx.QueryTimestamp("from");
         q.to = ctx.QueryTimestamp("to");
         q.limit = static_cast<int>(ctx.QueryInt("limit", 1, 500).value_or(50));
         q.cursor = ctx.QueryString("cursor");
         auto names = UserNames(app);
         ctx.Json(200, PageJson(app.touchpoints().List(q),
                                [&](const Touchpoint& t) { return TouchpointJson(t, names); }));
       }});
  AddItemRoutes<Touchpoint, TouchpointId>(
      routes, app.touchpoints(),
      {"/api/v1/touchpoints",
       {"account_id", "kind", "occurred_at", "summary"},
       auth::Permission::kWriteActivity,
       [&app](const Touchpoint& t) { return TouchpointJson(t, UserNames(app)); }});
}

}  // namespace banso::http
