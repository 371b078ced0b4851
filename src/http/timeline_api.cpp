// /api/v1/accounts/{id}/timeline: everything that happened with the account, newest first.
#include "http/api_routes.h"
#include "http/user_names.h"

namespace banso::http {

void AddTimelineRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back(
      {Method::kGet, "/api/v1/accounts/{id}/timeline", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({"limit", "cursor"});
         int limit = static_cast<int>(ctx.QueryInt("limit", 1, 200).value_or(50));
         auto page =
             app.timeline().ForAccount(AccountId(ctx.PathId()), limit, ctx.QueryString("cursor"));
         auto names = UserNames(app);
         nlohmann::json data = nlohmann::json::array();
         for (auto& e : page.entries) {
           if (e.item.contains("author_id") && e.item["author_id"].is_number_integer())
             e.item["author_name"] = NameOf(names, UserId(e.item["author_id"].get<long long>()));
           data.push_back(
               {{"type", e.type}, {"occurred_at", e.occurred_at.ToString()}, {"item", e.item}});
         }
         ctx.Json(200, {{"data", data},
                        {"next_cursor",
                         page.next_cursor ? nlohmann::json(*page.next_cursor) : nlohmann::json()}});
       }});
}

}  // namespace banso::http
