// /api/v1/settings/revenue and /api/v1/fx-rates: the reporting currency (with the churn grace
// period) and the monthly exchange rates into it. Rates are also imported from CSV through
// /api/v1/imports/fx_rates.
#include "http/api_routes.h"
#include "http/item_routes.h"

namespace banso::http {

void AddFxRateRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back(
      {Method::kGet, "/api/v1/settings/revenue", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) { ctx.Json(200, ToJson(app.revenue_settings().Get())); }});
  routes.push_back({Method::kPatch, "/api/v1/settings/revenue", auth::Permission::kWriteRevenue,
                    [&app](RequestContext& ctx) {
                      nlohmann::json body = ctx.JsonBody();
                      long long version = ctx.RequiredVersion(body);
                      ctx.Json(200, ToJson(app.revenue_settings().Update(
                                        ctx.actor(), version, [&](revenue::RevenueSettings& s) {
                                          revenue::ApplyJson(body, s);
                                        })));
                    }});
  routes.push_back(
      {Method::kGet, "/api/v1/fx-rates", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({});
         nlohmann::json data = nlohmann::json::array();
         for (const revenue::FxRate& r : app.fx_rates().List()) data.push_back(ToJson(r));
         nlohmann::json missing = nlohmann::json::array();
         for (const revenue::MissingRate& m : app.fx_rates().Missing())
           missing.push_back({{"currency", m.currency}, {"accounts", m.accounts}});
         ctx.Json(200, {{"reporting_currency", app.revenue_settings().Get().reporting_currency},
                        {"data", std::move(data)},
                        {"missing", std::move(missing)}});
       }});
  AddItemRoutes<revenue::FxRate, FxRateId>(routes, app.fx_rates(),
                                           {"/api/v1/fx-rates",
                                            {"month", "currency", "rate"},
                                            auth::Permission::kWriteRevenue,
                                            [](const revenue::FxRate& r) { return ToJson(r); },
                                            auth::Permission::kWriteRevenue});
}

}  // namespace banso::http
