// /api/v1/segments: account filters saved by name, each with how many accounts it holds now.
#include "http/account_scope.h"
#include "http/api_routes.h"
#include "http/item_routes.h"

namespace banso::http {

void AddSegmentRoutes(std::vector<Route>& routes, app::App& app) {
  using customers::Segment;
  auto to_json = [&app](const Segment& s) {
    nlohmann::json j = ToJson(s);
    customers::AccountQuery members;
    members.segment = s.filter;
    j["accounts"] = app.accounts().Ids(members).size();
    return j;
  };
  routes.push_back({Method::kGet, "/api/v1/segments", auth::Permission::kReadCustomers,
                    [&app, to_json](RequestContext& ctx) {
                      ctx.AllowQuery({});
                      nlohmann::json data = nlohmann::json::array();
                      for (const Segment& s : app.segments().List()) data.push_back(to_json(s));
                      ctx.Json(200, {{"data", std::move(data)}});
                    }});
  AddItemRoutes<Segment, SegmentId>(routes, app.segments(),
                                    {"/api/v1/segments",
                                     {"name", "filter"},
                                     auth::Permission::kWriteCustomers,
                                     to_json,
                                     auth::Permission::kWriteCustomers});
}

}  // namespace banso::http
