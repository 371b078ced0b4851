// /api/v1/success-plans: the customer's definition of success, its objectives, KPIs and
// milestones (issue 5), with each plan's change history; and the templates plans start from.
#include "core/json_fields.h"
#include "http/api_routes.h"
#include "http/item_routes.h"
#include "success/usage_kpis.h"

namespace banso::http {

void AddSuccessPlanRoutes(std::vector<Route>& routes, app::App& app) {
  using success::SuccessPlan;
  // Usage-bound KPIs are filled from the rollups on every answer (never stored).
  auto plan_json = [&app](SuccessPlan p) {
    success::FillUsageKpis(p, app.events().usage(), Date::Today());
    return success::ToJson(p);
  };
  AddItemRoutes<SuccessPlan, SuccessPlanId>(routes, app.success_plans(),
                                            {"/api/v1/success-plans",
                                             {"account_id", "title", "starts_on"},
                                             auth::Permission::kWriteActivity,
                                             plan_json});
  routes.push_back({Method::kGet, "/api/v1/accounts/{id}/success-plans",
                    auth::Permission::kReadCustomers, [&app, plan_json](RequestContext& ctx) {
                      AccountId account(ctx.PathId());
                      app.accounts().Get(account);  // 404 for an unknown account
                      nlohmann::json data = nlohmann::json::array();
                      for (const SuccessPlan& p : app.success_plans().ForAccount(account))
                        data.push_back(plan_json(p));
                      ctx.Json(200, {{"data", data}});
                    }});
  routes.push_back(
      {Method::kPost, "/api/v1/success-plans/from-template", auth::Permission::kWriteActivity,
       [&app, plan_json](RequestContext& ctx) {
         nlohmann::json body = ctx.JsonBody();
         JsonFields f(body);
         AccountId account;
         std::string key;
         std::optional<Date> starts_on;
         f.On("account_id", [&](auto& v) { account = AccountId(JsonInt(v, "account_id")); });
         f.On("template_key", [&](auto& v) { key = JsonString(v, "template_key"); });
         f.On("starts_on", [&](auto& v) { starts_on = JsonOptDate(v, "starts_on"); });
         f.RejectUnknown();
         if (!account.valid()) throw Invalid("account_id", "is required");
         if (key.empty()) throw Invalid("template_key", "is required");
         success::PlanTemplate t = app.plan_templates().Get(key);
         SuccessPlan plan = success::Instantiate(t, account, starts_on.value_or(Date::Today()));
         plan.csm_user_id =
             ctx.actor().user.valid() ? std::optional(ctx.actor().user) : std::nullopt;
         ctx.Json(201, plan_json(app.success_plans().Create(ctx.actor(), std::move(plan))));
       }});
  routes.push_back({Method::kGet, "/api/v1/success-plans/{id}/history",
                    auth::Permission::kReadCustomers, [&app](RequestContext& ctx) {
                      SuccessPlanId id(ctx.PathId());
                      app.success_plans().Get(id);
                      nlohmann::json data = nlohmann::json::array();
                      for (const auto& c : app.success_plans().History(id))
                        data.push_back({{"version", c.version},
                                        {"changed_at", c.changed_at.ToString()},
                                        {"actor", c.actor},
                                        {"user_id", c.user_id ? nlohmann::json(c.user_id->value)
                                                              : nlohmann::json()},
                                        {"changes", c.changes}});
                      ctx.Json(200, {{"data", data}});
                    }});

  using success::PlanTemplate;
  routes.push_back({Method::kGet, "/api/v1/success-plan-templates",
                    auth::Permission::kReadCustomers, [&app](RequestContext& ctx) {
                      nlohmann::json data = nlohmann::json::array();
                      for (const PlanTemplate& t : app.plan_templates().List())
                        data.push_back(success::ToJson(t));
                      ctx.Json(200, {{"data", data}});
                    }});
  routes.push_back(
      {Method::kPost, "/api/v1/success-plan-templates", auth::Permission::kConfigureSuccess,
       [&app](RequestContext& ctx) {
         nlohmann::json body = ctx.JsonBody();
         for (const char* field : {"key", "name", "objectives"})
           if (!body.is_object() || !body.contains(field)) throw Invalid(field, "is required");
         PlanTemplate t;
         success::ApplyJson(body, t);
         ctx.Json(201, success::ToJson(app.plan_templates().Create(ctx.actor(), std::move(t))));
       }});
  routes.push_back({Method::kGet, "/api/v1/success-plan-templates/{key}",
                    auth::Permission::kReadCustomers, [&app](RequestContext& ctx) {
                      ctx.Json(200, success::ToJson(app.plan_templates().Get(ctx.PathParam(0))));
                    }});
  routes.push_back({Method::kPatch, "/api/v1/success-plan-templates/{key}",
                    auth::Permission::kConfigureSuccess, [&app](RequestContext& ctx) {
                      nlohmann::json body = ctx.JsonBody();
                      long long version = ctx.RequiredVersion(body);
                      ctx.Json(200, success::ToJson(app.plan_templates().Update(
                                        ctx.actor(), ctx.PathParam(0), version,
                                        [&](PlanTemplate& t) { success::ApplyJson(body, t); })));
                    }});
  routes.push_back({Method::kDelete, "/api/v1/success-plan-templates/{key}",
                    auth::Permission::kConfigureSuccess,
                    [&app](RequestContext& ctx) {
                      app.plan_templates().Delete(ctx.actor(), ctx.PathParam(0));
                      ctx.NoContent();
                    },
                    kNoBody});
}

}  // namespace banso::http
