// /api/v1/success-plans: the customer's definition of success, its objectives, KPIs and
// milestones (issue 5), with each plan's change history.
#include "http/api_routes.h"
#include "http/item_routes.h"

namespace banso::http {

void AddSuccessPlanRoutes(std::vector<Route>& routes, app::App& app) {
  using success::SuccessPlan;
  AddItemRoutes<SuccessPlan, SuccessPlanId>(routes, app.success_plans(),
      {"/api/v1/success-plans", {"account_id", "title", "starts_on"}, auth::Permission::kWriteActivity,
       [](const SuccessPlan& p) { return success::ToJson(p); }});
  routes.push_back({Method::kGet, "/api/v1/accounts/{id}/success-plans", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
    AccountId account(ctx.PathId());
    app.accounts().Get(account);  // 404 for an unknown account
    nlohmann::json data = nlohmann::json::array();
    for (const SuccessPlan& p : app.success_plans().ForAccount(account)) data.push_back(success::ToJson(p));
    ctx.Json(200, {{"data", data}});
  }});
  routes.push_back({Method::kGet, "/api/v1/success-plans/{id}/history", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
    SuccessPlanId id(ctx.PathId());
    app.success_plans().Get(id);
    nlohmann::json data = nlohmann::json::array();
    for (const auto& c : app.success_plans().History(id))
      data.push_back({{"version", c.version}, {"changed_at", c.changed_at.ToString()}, {"actor", c.actor},
                      {"user_id", c.user_id ? nlohmann::json(c.user_id->value) : nlohmann::json()},
                      {"changes", c.changes}});
    ctx.Json(200, {{"data", data}});
  }});
}

}  // namespace banso::http
