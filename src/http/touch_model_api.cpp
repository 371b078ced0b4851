// The touch model (issue 14): its rules and capacities, and the pyramid they make of the
// portfolio: accounts, ARR and its share, health, CSM load against capacity, and moves.
#include "core/json_fields.h"
#include "customers/touch_model.h"
#include "http/api_routes.h"

namespace banso::http {

void AddTouchModelRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back(
      {Method::kGet, "/api/v1/touch-model", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) { ctx.Json(200, customers::ToJson(app.touch_model().Get())); }});
  routes.push_back(
      {Method::kPut, "/api/v1/touch-model", auth::Permission::kConfigureSuccess,
       [&app](RequestContext& ctx) {
         nlohmann::json body = ctx.JsonBody();
         long long version = ctx.RequiredVersion(body);
         auto model = customers::TouchModelFromJson(body);
         ctx.Json(200, customers::ToJson(app.touch_model().Update(ctx.actor(), version, model)));
       }});
  routes.push_back(
      {Method::kGet, "/api/v1/touch-model/pyramid", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({});
         const Date today = Date::Today();
         const auto ymd = today.ymd();
         const unsigned quarter_month = (static_cast<unsigned>(ymd.month()) - 1) / 3 * 3 + 1;
         const Date quarter_start = Date::FromYmd(static_cast<int>(ymd.year()), quarter_month, 1);
         auto model = app.touch_model().Get();
         auto summaries = app.touch_model().Summaries();
         auto bands = app.health_scores().BandsByTier(Timestamp::Now());
         long long total_arr = 0;
         for (const auto& s : summaries) total_arr += s.arr_reporting_minor;
         nlohmann::json tiers = nlohmann::json::array();
         for (const auto& s : summaries) {
           const std::string tier(EnumToString(s.tier));
           nlohmann::json health = nlohmann::json::object();
           for (const char* band : {"red", "yellow", "green", ""})
             health[*band ? band : "none"] = bands.count({tier, band}) ? bands.at({tier, band}) : 0;
           auto capacity = model.capacity.count(s.tier) ? model.capacity.at(s.tier) : 0;
           tiers.push_back({{"tier", tier},
                            {"accounts", s.accounts},
                            {"arr_reporting_minor", s.arr_reporting_minor},
                            {"arr_share",
                             total_arr ? nlohmann::json(static_cast<double>(s.arr_reporting_minor) /
                                                        static_cast<double>(total_arr))
                                       : nlohmann::json()},
                            {"health", health},
                            {"csms", s.owners},
                            {"unowned_accounts", s.unowned},
                            {"accounts_per_csm",
                             s.owners ? nlohmann::json(static_cast<double>(s.accounts - s.unowned) /
                                                       static_cast<double>(s.owners))
                                      : nlohmann::json()},
                            {"capacity_per_csm", capacity}});
         }
         nlohmann::json moves = nlohmann::json::array();
         for (const auto& m : app.touch_model().MovesSince(Timestamp::FromDate(quarter_start)))
           moves.push_back({{"from", EnumToString(m.from)},
                            {"to", EnumToString(m.to)},
                            {"accounts", m.accounts}});
         ctx.Json(200, {{"reporting_currency", app.revenue_settings().Get().reporting_currency},
                        {"quarter_start", quarter_start.ToString()},
                        {"tiers", tiers},
                        {"moves", moves}});
       }});
}

}  // namespace banso::http
