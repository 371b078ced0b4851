// The sales hand-off and fit (issue 5): the ideal customer profile's criteria, an account's fit,
// its hand-off notes (which can seed a success plan), and the poor-fit list.
#include <climits>

#include "core/json_fields.h"
#include "http/api_routes.h"
#include "http/item_routes.h"
#include "http/user_names.h"
#include "success/usage_kpis.h"

namespace banso::http {
namespace {

using success::SalesHandoff;

std::optional<success::PlanSeed> ParseSeed(const nlohmann::json& v, const char* field) {
  if (v.is_null()) return std::nullopt;
  if (!v.is_object())
    throw Invalid(field, "must be an object such as {\"template_key\": \"sales-dx-90\"}");
  success::PlanSeed seed;
  JsonFields f(v, field);
  f.On("template_key", [&](auto& t) { seed.template_key = JsonOptString(t, "template_key"); });
  f.RejectUnknown();
  return seed;
}

// Hand-offs with the names a reader needs: their accounts' and the staff members', read in one
// query each.
nlohmann::json HandoffsJson(app::App& app, const std::vector<SalesHandoff>& handoffs) {
  std::vector<AccountId> ids;
  for (const auto& h : handoffs) ids.push_back(h.account_id);
  std::unordered_map<long long, std::string> account_names;
  for (const auto& a : app.accounts().GetMany(ids)) account_names[a.id.value] = a.name;
  auto staff_names = UserNames(app);
  nlohmann::json out = nlohmann::json::array();
  for (const auto& h : handoffs) {
    nlohmann::json j = success::ToJson(h);
    j["account_name"] = account_names[h.account_id.value];
    j["handed_off_by_name"] = NameOf(staff_names, h.handed_off_by);
    out.push_back(std::move(j));
  }
  return out;
}

void AddIcpRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back(
      {Method::kGet, "/api/v1/icp", auth::Permission::kReadCustomers, [&app](RequestContext& ctx) {
         nlohmann::json criteria = nlohmann::json::array();
         for (const auto& c : app.icp().Criteria()) criteria.push_back(success::ToJson(c));
         ctx.Json(200, {{"criteria", criteria}, {"fields", success::IcpFieldsJson()}});
       }});
  AddItemRoutes<success::IcpCriterion, IcpCriterionId>(
      routes, app.icp(),
      {
          .base = "/api/v1/icp/criteria",
          .required_on_create = {"label", "field", "op", "weight"},
          .write = auth::Permission::kConfigureSuccess,
          .to_json = [](const success::IcpCriterion& c) { return success::ToJson(c); },
          .remove = auth::Permission::kConfigureSuccess,
      });
  routes.push_back({Method::kGet, "/api/v1/accounts/{id}/fit", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.Json(200, success::ToJson(app.icp().FitOf(AccountId(ctx.PathId()))));
                    }});
}

void AddHandoffNoteRoutes(std::vector<Route>& routes, app::App& app) {
  auto handoff_json = [&app](const SalesHandoff& h) { return HandoffsJson(app, {h})[0]; };
  auto plan_json = [&app](success::SuccessPlan p) {
    success::FillUsageKpis(p, app.events().usage(), Date::Today());
    return success::ToJson(p);
  };
  routes.push_back({Method::kGet, "/api/v1/accounts/{id}/handoff", auth::Permission::kReadCustomers,
                    [&app, handoff_json](RequestContext& ctx) {
                      AccountId account(ctx.PathId());
                      app.accounts().Get(account);  // 404 for an unknown account
                      // No hand-off yet is an answer (null), not an error: most accounts
                      // have none, and a 404 would be logged as a failure by every browser.
                      auto h = app.handoffs().ForAccount(account);
                      ctx.Json(200, h ? handoff_json(*h) : nlohmann::json());
                    }});
  routes.push_back({Method::kPost, "/api/v1/accounts/{id}/handoff",
                    auth::Permission::kWriteCustomers,
                    [&app, handoff_json, plan_json](RequestContext& ctx) {
                      nlohmann::json body = ctx.JsonBody();
                      std::optional<success::PlanSeed> seed;
                      if (body.contains("seed_plan")) {
                        seed = ParseSeed(body["seed_plan"], "seed_plan");
                        body.erase("seed_plan");
                      }
                      if (!body.contains("why_bought")) throw Invalid("why_bought", "is required");
                      SalesHandoff notes;
                      notes.account_id = AccountId(ctx.PathId());
                      success::ApplyJson(body, notes);
                      auto [h, plan] = app.handoffs().Create(ctx.actor(), std::move(notes), seed);
                      ctx.Json(201, {{"handoff", handoff_json(h)},
                                     {"plan", plan ? plan_json(*plan) : nlohmann::json()}});
                    }});
  routes.push_back({Method::kPatch, "/api/v1/handoffs/{id}", auth::Permission::kWriteCustomers,
                    [&app, handoff_json](RequestContext& ctx) {
                      nlohmann::json body = ctx.JsonBody();
                      long long version = ctx.RequiredVersion(body);
                      ctx.Json(200, handoff_json(app.handoffs().Update(
                                        ctx.actor(), SalesHandoffId(ctx.PathId()), version,
                                        [&](SalesHandoff& h) { success::ApplyJson(body, h); })));
                    }});
  routes.push_back({Method::kPost, "/api/v1/handoffs/{id}/plan", auth::Permission::kWriteActivity,
                    [&app, plan_json](RequestContext& ctx) {
                      auto seed = ParseSeed(ctx.JsonBody(), "body").value_or(success::PlanSeed{});
                      ctx.Json(201, plan_json(app.handoffs().SeedPlan(
                                        ctx.actor(), SalesHandoffId(ctx.PathId()), seed)));
                    }});
  routes.push_back({Method::kGet, "/api/v1/handoffs", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({"fit_below", "since_days", "limit", "cursor"});
                      success::HandoffQuery q;
                      if (auto below = ctx.QueryInt("fit_below", 1, 101))
                        q.fit_below = static_cast<int>(*below);
                      if (auto days = ctx.QueryInt("since_days", 1, 3650))
                        q.since_days = static_cast<int>(*days);
                      q.limit = static_cast<int>(ctx.QueryInt("limit", 1, 500).value_or(50));
                      q.cursor = ctx.QueryString("cursor");
                      auto page = app.handoffs().List(q);
                      ctx.Json(200, PageJson(page, HandoffsJson(app, page.items)));
                    }});
}

}  // namespace

void AddHandoffRoutes(std::vector<Route>& routes, app::App& app) {
  AddIcpRoutes(routes, app);
  AddHandoffNoteRoutes(routes, app);
}

}  // namespace banso::http
