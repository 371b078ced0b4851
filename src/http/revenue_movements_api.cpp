// /api/v1/revenue-movements: how accounts' recurring revenue changed. Read-only: movements are
// derived from contracts.
#include <climits>

#include "http/api_routes.h"
#include "http/item_routes.h"

namespace banso::http {
namespace {

std::optional<Date> QueryDate(const RequestContext& ctx, const char* name) {
  auto s = ctx.QueryString(name);
  if (!s) return std::nullopt;
  auto d = Date::Parse(*s);
  if (!d) throw Invalid(name, "must be a date (YYYY-MM-DD)");
  return d;
}

}  // namespace

void AddRevenueMovementRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back({Method::kGet, "/api/v1/revenue-movements", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({"account_id", "kind", "from", "to", "limit", "cursor"});
                      revenue::MovementQuery q;
                      if (auto id = ctx.QueryInt("account_id", 1, LLONG_MAX))
                        q.account_id = AccountId(*id);
                      q.kind = ctx.QueryEnum<revenue::MovementKind>("kind");
                      q.from = QueryDate(ctx, "from");
                      q.to = QueryDate(ctx, "to");
                      q.limit = static_cast<int>(ctx.QueryInt("limit", 1, 500).value_or(50));
                      q.cursor = ctx.QueryString("cursor");
                      Date today = Date::Today();
                      ctx.Json(200, PageJson(app.revenue_movements().List(q),
                                             [today](const revenue::RevenueMovement& m) {
                                               return ToJson(m, today);
                                             }));
                    }});
}

}  // namespace banso::http
