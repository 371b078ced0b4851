// GET /api/v1/dashboard: the portfolio page, the goal first (concept 8). Outcomes lead: net and
// gross revenue retention and logo retention over the trailing twelve months, ARR at risk (ARR
// in the red band), lifetime value, the share of customers achieving their success-plan
// outcomes and the share at each self-sufficiency level; then health; activity comes last, as
// context. Every figure is for the accounts ?tier=, ?owner_id= and ?segment_id= select.
#include "http/account_scope.h"
#include "http/api_routes.h"

namespace banso::http {
namespace {

nlohmann::json Share(long long part, long long whole) {
  return whole > 0 ? nlohmann::json(static_cast<double>(part) / static_cast<double>(whole))
                   : nlohmann::json();
}

// The trailing twelve months ending with each of the last twelve complete months.
nlohmann::json RetentionPart(app::App& app, const AccountScope& scope, int this_month) {
  revenue::RetentionQuery q;
  q.period = revenue::RetentionPeriod::kTtm;
  q.from = this_month - 12;
  q.to = this_month - 1;
  if (scope.query.tier) q.tier = static_cast<int>(*scope.query.tier);
  q.accounts = scope.AccountNumbers();
  nlohmann::json answer = app.retention().Retention(q);
  nlohmann::json trend = nlohmann::json::array();
  for (const auto& row : answer["data"])
    trend.push_back({{"month", row["last_month"]},
                     {"nrr", row["nrr"]},
                     {"grr", row["grr"]},
                     {"logo_retention", row["logo_retention"]}});
  const nlohmann::json& last = answer["data"].back();
  return {{"first_month", last["first_month"]},
          {"last_month", last["last_month"]},
          {"nrr", last["nrr"]},
          {"grr", last["grr"]},
          {"logo_retention", last["logo_retention"]},
          {"start_arr", 12 * last["cohort"]["start_mrr"].get<long long>()},
          {"trend", std::move(trend)},
          {"definition", answer["definition"]},
          {"complete", answer["complete"]},
          {"missing_rates", answer["missing_rates"]}};
}

nlohmann::json LifetimePart(app::App& app, const AccountScope& scope) {
  revenue::LifetimeQuery q;
  if (scope.query.tier) q.tier = static_cast<int>(*scope.query.tier);
  q.accounts = scope.AccountNumbers();
  nlohmann::json answer = app.retention().Lifetime(q);
  return {{"ltv", answer["ltv"]},
          {"residual_value", answer["residual_value"]},
          {"expected_lifetime_years", answer["expected_lifetime_years"]},
          {"discount", answer["discount"]},
          {"model", answer["model"]},
          {"complete", answer["complete"]},
          {"missing_rates", answer["missing_rates"]}};
}

nlohmann::json HealthPart(const customers::PortfolioFigures& f) {
  nlohmann::json bands = nlohmann::json::array();
  for (const char* band : {"green", "yellow", "red", ""}) {
    auto it = f.bands.find(band);
    customers::BandFigures b = it == f.bands.end() ? customers::BandFigures{} : it->second;
    bands.push_back({{"band", *band ? nlohmann::json(band) : nlohmann::json()},
                     {"accounts", b.accounts},
                     {"arr", b.arr_reporting_minor},
                     {"share", Share(b.accounts, f.customers)}});
  }
  return {{"bands", std::move(bands)}, {"histogram", f.histogram}};
}

nlohmann::json OutcomesPart(const health::OutcomeFigures& o) {
  static constexpr const char* kLevels[] = {"dependent", "guided", "self_running", "advocate"};
  nlohmann::json levels = nlohmann::json::array();
  for (size_t i = 0; i < o.sufficiency.size(); ++i)
    levels.push_back({{"level", kLevels[i]},
                      {"accounts", o.sufficiency[i]},
                      {"share", Share(o.sufficiency[i], o.customers)}});
  return {{"success_plans",
           {{"customers", o.customers},
            {"with_plan", o.with_plan},
            {"achieving", o.achieving},
            {"share_achieving", Share(o.achieving, o.with_plan)},
            {"share_with_plan", Share(o.with_plan, o.customers)},
            {"objectives", o.objectives},
            {"objectives_on_track", o.objectives_on_track}}},
          {"self_sufficiency",
           {{"levels", std::move(levels)},
            {"not_assessed", o.not_assessed},
            {"share_not_assessed", Share(o.not_assessed, o.customers)}}}};
}

}  // namespace

void AddDashboardRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back(
      {Method::kGet, "/api/v1/dashboard", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({"tier", "owner_id", "segment_id"});
         AccountScope scope = ParseAccountScope(ctx, app);
         const Date today = app.clock().Today();
         constexpr int kActivityDays = 30;
         auto figures = app.portfolio_figures().Figures(scope.query);
         std::optional<std::string> tier;
         if (scope.query.tier) tier = std::string(EnumToString(*scope.query.tier));
         auto outcomes = app.health().Outcomes(scope.accounts ? &*scope.accounts : nullptr, tier);
         auto activity = app.portfolio_figures().Activity(
             scope.query, Timestamp::FromDate(today.AddDays(-kActivityDays)));
         auto red = figures.bands.find("red");
         customers::BandFigures at_risk =
             red == figures.bands.end() ? customers::BandFigures{} : red->second;
         ctx.Json(200,
                  {{"as_of", today.ToString()},
                   {"scope", scope.ToJson()},
                   {"reporting_currency", app.revenue_settings().Get().reporting_currency},
                   {"accounts", figures.accounts},
                   {"customers", figures.customers},
                   {"arr", figures.arr_reporting_minor},
                   {"arr_missing_rate", figures.arr_missing_rate},
                   {"arr_at_risk",
                    {{"arr", at_risk.arr_reporting_minor},
                     {"accounts", at_risk.accounts},
                     {"share", Share(at_risk.arr_reporting_minor, figures.arr_reporting_minor)}}},
                   {"retention", RetentionPart(app, scope, revenue::MonthNumber(today))},
                   {"lifetime", LifetimePart(app, scope)},
                   {"outcomes", OutcomesPart(outcomes)},
                   {"health", HealthPart(figures)},
                   {"activity",
                    {{"days", kActivityDays},
                     {"touchpoints", activity.touchpoints},
                     {"tickets_opened", activity.tickets_opened},
                     {"survey_responses", activity.survey_responses}}}});
       }});
}

}  // namespace banso::http
