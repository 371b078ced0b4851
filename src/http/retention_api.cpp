// /api/v1/revenue/retention, /api/v1/revenue/cohorts and /api/v1/revenue/restatements: revenue
// retention in the reporting currency, and the log of changes to closed months. Read-only.
#include "http/account_scope.h"
#include "http/api_routes.h"

namespace banso::http {
namespace {

std::optional<int> QueryMonth(const RequestContext& ctx, const char* name) {
  auto text = ctx.QueryString(name);
  if (!text) return std::nullopt;
  auto month = revenue::ParseMonth(*text);
  if (!month) throw Invalid(name, "must be a month (YYYY-MM)");
  return month;
}

// The touch model in force (accounts.tier) as the ledger's tier index.
std::optional<int> QueryTier(const RequestContext& ctx) {
  auto tier = ctx.QueryEnum<customers::Tier>("tier");
  if (!tier) return std::nullopt;
  return static_cast<int>(*tier);
}

}  // namespace

void AddRetentionRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back({Method::kGet, "/api/v1/revenue/retention", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({"period", "from", "to", "tier", "owner_id", "segment_id"});
                      revenue::RetentionQuery q;
                      q.period = ctx.QueryEnum<revenue::RetentionPeriod>("period").value_or(
                          revenue::RetentionPeriod::kMonth);
                      q.from = QueryMonth(ctx, "from");
                      q.to = QueryMonth(ctx, "to");
                      q.tier = QueryTier(ctx);
                      q.accounts = ParseAccountScope(ctx, app).AccountNumbers();
                      ctx.Json(200, app.retention().Retention(q));
                    }});
  routes.push_back({Method::kGet, "/api/v1/revenue/cohorts", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({"by", "measure", "tier", "owner_id", "segment_id"});
                      revenue::CohortQuery q;
                      q.by = ctx.QueryEnum<revenue::CohortBy>("by").value_or(
                          revenue::CohortBy::kMonth);
                      q.measure = ctx.QueryEnum<revenue::CohortMeasure>("measure").value_or(
                          revenue::CohortMeasure::kRevenue);
                      q.tier = QueryTier(ctx);
                      q.accounts = ParseAccountScope(ctx, app).AccountNumbers();
                      ctx.Json(200, app.retention().Cohorts(q));
                    }});
  routes.push_back({Method::kGet, "/api/v1/revenue/lifetime", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({"tier", "owner_id", "segment_id", "discount_percent"});
                      revenue::LifetimeQuery q;
                      q.tier = QueryTier(ctx);
                      q.accounts = ParseAccountScope(ctx, app).AccountNumbers();
                      if (auto percent = ctx.QueryInt("discount_percent", 0, 100))
                        q.discount = static_cast<double>(*percent) / 100.0;
                      ctx.Json(200, app.retention().Lifetime(q));
                    }});
  routes.push_back({Method::kGet, "/api/v1/revenue/restatements", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({"month", "limit"});
                      int limit = static_cast<int>(ctx.QueryInt("limit", 1, 500).value_or(100));
                      nlohmann::json data = nlohmann::json::array();
                      for (const auto& r :
                           app.closed_periods().Restatements(limit, QueryMonth(ctx, "month")))
                        data.push_back(ToJson(r));
                      ctx.Json(200, {{"data", std::move(data)}});
                    }});
}

}  // namespace banso::http
