// /api/v1/accounts/{id}/relationships: the account's relationship map and breadth (issue 5).
#include "http/api_routes.h"
#include "success/relationship_map.h"

namespace banso::http {

void AddRelationshipRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back(
      {Method::kGet, "/api/v1/accounts/{id}/relationships", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) {
         AccountId account(ctx.PathId());
         app.accounts().Get(account);  // 404 for an unknown account
         ctx.Json(200, success::ToJson(app.relationship_maps().Of(account, Timestamp::Now())));
       }});
}

}  // namespace banso::http
