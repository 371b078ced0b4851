// Self-sufficiency (自走): the criteria of each level and each account's assessments (issue 5).
#include "core/json_fields.h"
#include "http/api_routes.h"
#include "http/item_routes.h"
#include "success/self_sufficiency.h"

namespace banso::http {

void AddSelfSufficiencyRoutes(std::vector<Route>& routes, app::App& app) {
  using success::SufficiencyCriterion;
  auto criteria_json = [&app] {
    nlohmann::json data = nlohmann::json::array();
    for (const auto& c : app.self_sufficiency().Criteria()) data.push_back(success::ToJson(c));
    return data;
  };
  routes.push_back({Method::kGet, "/api/v1/self-sufficiency/criteria",
                    auth::Permission::kReadCustomers, [criteria_json](RequestContext& ctx) {
                      ctx.Json(200, {{"data", criteria_json()}});
                    }});
  AddItemRoutes<SufficiencyCriterion, SufficiencyCriterionId>(
      routes, app.self_sufficiency(),
      {
          .base = "/api/v1/self-sufficiency/criteria",
          .required_on_create = {"level", "text"},
          .write = auth::Permission::kConfigureSuccess,
          .to_json = [](const SufficiencyCriterion& c) { return success::ToJson(c); },
          .remove = auth::Permission::kConfigureSuccess,
      });
  routes.push_back(
      {Method::kGet, "/api/v1/accounts/{id}/self-sufficiency", auth::Permission::kReadCustomers,
       [&app, criteria_json](RequestContext& ctx) {
         AccountId account(ctx.PathId());
         app.accounts().Get(account);  // 404 for an unknown account
         auto history = app.self_sufficiency().History(account);
         nlohmann::json items = nlohmann::json::array();
         for (const auto& a : history) items.push_back(success::ToJson(a));
         ctx.Json(200,
                  {{"level", history.empty() ? "dependent" : EnumToString(history.front().level)},
                   {"assessed_at", history.empty()
                                       ? nlohmann::json()
                                       : nlohmann::json(history.front().assessed_at.ToString())},
                   {"criteria", criteria_json()},
                   {"history", items}});
       }});
  routes.push_back({Method::kPost, "/api/v1/accounts/{id}/self-sufficiency",
                    auth::Permission::kWriteActivity, [&app](RequestContext& ctx) {
                      nlohmann::json body = ctx.JsonBody();
                      JsonFields f(body);
                      std::vector<SufficiencyCriterionId> met;
                      std::string note;
                      bool has_met = false;
                      f.On("met", [&](auto& v) {
                        if (!v.is_array()) throw Invalid("met", "must be a list of criterion ids");
                        for (const auto& id : v) met.emplace_back(JsonInt(id, "met"));
                        has_met = true;
                      });
                      f.On("note", [&](auto& v) { note = JsonOptString(v, "note").value_or(""); });
                      f.RejectUnknown();
                      if (!has_met)
                        throw Invalid("met",
                                      "is required (the ids of the criteria the customer meets)");
                      ctx.Json(201, success::ToJson(app.self_sufficiency().Assess(
                                        ctx.actor(), AccountId(ctx.PathId()), met, note)));
                    }});
}

}  // namespace banso::http
