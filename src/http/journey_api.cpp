// The journey (issue 5): stages, rules and their runs, an account's journey and moves, the
// board and the funnel.
#include <climits>

#include "core/json_fields.h"
#include "customers/account_store.h"
#include "customers/field_rules.h"
#include "customers/journey_transition.h"
#include "http/account_json.h"
#include "http/api_routes.h"
#include "http/item_routes.h"
#include "http/user_names.h"
#include "success/journey_board.h"

namespace banso::http {
namespace {

// Whole days since an account entered its stage.
long long DaysInStage(Timestamp since, Timestamp now) { return (now.ms - since.ms) / 86'400'000; }

// {"stages": [{key, moment, name_ja, name_en, count, accounts: [{id, name, tier, owner_id,
// owner_name, arr_minor, arr_reporting_minor, currency, since, days_in_stage}]}]}
nlohmann::json BoardJson(const std::vector<success::BoardColumn>& columns,
                         const std::unordered_map<long long, std::string>& names, Timestamp now) {
  nlohmann::json stages = nlohmann::json::array();
  for (const auto& c : columns) {
    nlohmann::json accounts = nlohmann::json::array();
    for (const auto& a : c.accounts)
      accounts.push_back(
          {{"id", a.id.value},
           {"name", a.name},
           {"tier", a.tier ? nlohmann::json(EnumToString(*a.tier)) : nlohmann::json()},
           {"owner_id", a.owner ? nlohmann::json(a.owner->value) : nlohmann::json()},
           {"owner_name", NameOf(names, a.owner)},
           {"arr_minor", a.arr_minor},
           {"arr_reporting_minor", customers::ReportingArrJson(a.arr_reporting_minor)},
           {"currency", a.currency},
           {"since", a.since.ToString()},
           {"days_in_stage", DaysInStage(a.since, now)}});
    stages.push_back({{"key", c.stage.key},
                      {"moment", EnumToString(c.stage.moment)},
                      {"name_ja", c.stage.name_ja},
                      {"name_en", c.stage.name_en},
                      {"count", c.count},
                      {"accounts", std::move(accounts)}});
  }
  return {{"stages", std::move(stages)}};
}

void AddStageRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back({Method::kGet, "/api/v1/journey/stages", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      nlohmann::json data = nlohmann::json::array();
                      for (const auto& s : app.journey_stages().List())
                        data.push_back(customers::ToJson(s));
                      ctx.Json(200, {{"data", data}});
                    }});
  AddItemRoutes<customers::JourneyStage, JourneyStageId>(
      routes, app.journey_stages(),
      {
          .base = "/api/v1/journey/stages",
          .required_on_create = {"key", "moment", "name_ja", "name_en"},
          .write = auth::Permission::kConfigureSuccess,
          .to_json = [](const customers::JourneyStage& s) { return customers::ToJson(s); },
      });
  routes.push_back({Method::kDelete, "/api/v1/journey/stages/{id}",
                    auth::Permission::kConfigureSuccess,
                    [&app](RequestContext& ctx) {
                      app.journey_rules().DeleteStage(ctx.actor(), JourneyStageId(ctx.PathId()));
                      ctx.NoContent();
                    },
                    kNoBody});
}

void AddRuleRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back({Method::kGet, "/api/v1/journey/rules", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      nlohmann::json data = nlohmann::json::array();
                      for (const auto& r : app.journey_rules().List())
                        data.push_back(success::ToJson(r));
                      ctx.Json(200, {{"data", data}, {"fields", success::JourneyFieldsJson()}});
                    }});
  AddItemRoutes<success::JourneyRule, JourneyRuleId>(
      routes, app.journey_rules(),
      {
          .base = "/api/v1/journey/rules",
          .required_on_create = {"key", "name", "to_stage", "conditions"},
          .write = auth::Permission::kConfigureSuccess,
          .to_json = [](const success::JourneyRule& r) { return success::ToJson(r); },
          .remove = auth::Permission::kConfigureSuccess,
      });
  routes.push_back(
      {Method::kPost, "/api/v1/journey/rules/run", auth::Permission::kConfigureSuccess,
       [&app](RequestContext& ctx) {
         // Moving accounts takes "dry_run": false; an empty body or {} only reports what would
         // move.
         bool dry_run = true;
         std::optional<AccountId> account;
         if (!ctx.body.empty()) {
           nlohmann::json body = ctx.JsonBody();
           JsonFields f(body);
           f.On("dry_run", [&](auto& v) { dry_run = JsonBool(v, "dry_run"); });
           f.On("account_id", [&](auto& v) {
             if (auto id = JsonOptInt(v, "account_id")) account = AccountId(*id);
           });
           f.RejectUnknown();
         }
         ctx.Json(200,
                  success::ToJson(app.journey_runner().Run(ctx.actor(), account, dry_run), 200));
       }});
}

void AddAccountJourneyRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back({Method::kGet, "/api/v1/accounts/{id}/journey", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      AccountId id(ctx.PathId());
                      auto account = app.accounts().Get(id);
                      auto stages = app.journey_stages().List();
                      auto transitions = app.accounts().Transitions(id);
                      auto names = UserNames(app);
                      nlohmann::json history = nlohmann::json::array();
                      for (auto it = transitions.rbegin(); it != transitions.rend(); ++it) {
                        nlohmann::json t = customers::ToJson(*it);
                        t["by_name"] = NameOf(names, it->by_user);
                        history.push_back(std::move(t));
                      }
                      const auto* stage = customers::FindStage(stages, account.journey_stage);
                      nlohmann::json out = app.journey_runner().Explain(id);
                      out["stage"] = account.journey_stage;
                      out["moment"] =
                          stage ? nlohmann::json(EnumToString(stage->moment)) : nlohmann::json();
                      out["since"] = account.journey_stage_since.ToString();
                      out["days_in_stage"] =
                          DaysInStage(account.journey_stage_since, Timestamp::Now());
                      out["version"] = account.version;
                      out["transitions"] = std::move(history);
                      ctx.Json(200, out);
                    }});
  routes.push_back(
      {Method::kPost, "/api/v1/accounts/{id}/journey/moves", auth::Permission::kWriteCustomers,
       [&app](RequestContext& ctx) {
         AccountId id(ctx.PathId());
         nlohmann::json body = ctx.JsonBody();
         JsonFields f(body);
         std::optional<std::string> to;
         std::string note;
         std::optional<long long> version;
         f.On("to", [&](auto& v) { to = JsonString(v, "to"); });
         f.On("note", [&](auto& v) { note = JsonOptString(v, "note").value_or(""); });
         f.On("version", [&](auto& v) { version = JsonOptInt(v, "version"); });
         f.RejectUnknown();
         if (!to) throw Invalid("to", "is required (a journey stage key)");
         auto [account, transition] = app.accounts().Move(ctx.actor(), id, version, *to, note);
         auto names = UserNames(app);
         nlohmann::json t = customers::ToJson(transition);
         t["by_name"] = NameOf(names, transition.by_user);
         ctx.Json(201, {{"account", AccountJson(account, names, app.journey_stages().List())},
                        {"transition", t}});
       }});
}

void AddBoardAndFunnelRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back({Method::kGet, "/api/v1/journey/board", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({"tier", "owner_id", "per_stage"});
                      success::BoardFilter filter;
                      filter.tier = ctx.QueryEnum<customers::Tier>("tier");
                      if (auto owner = ctx.QueryInt("owner_id", 1, LLONG_MAX))
                        filter.owner = UserId(*owner);
                      filter.per_stage =
                          static_cast<int>(ctx.QueryInt("per_stage", 0, 200).value_or(25));
                      ctx.Json(200, BoardJson(app.journey_board().Read(filter), UserNames(app),
                                              Timestamp::Now()));
                    }});
  routes.push_back({Method::kGet, "/api/v1/journey/funnel", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({"tier", "cohort"});
                      success::FunnelFilter filter;
                      filter.tier = ctx.QueryEnum<customers::Tier>("tier");
                      if (auto cohort = ctx.QueryString("cohort")) {
                        filter.cohort = success::ParseCohort(*cohort);
                        filter.cohort_text = *cohort;
                      }
                      ctx.Json(200, app.journey_funnel().Compute(filter));
                    }});
}

}  // namespace

void AddJourneyRoutes(std::vector<Route>& routes, app::App& app) {
  AddStageRoutes(routes, app);
  AddRuleRoutes(routes, app);
  AddAccountJourneyRoutes(routes, app);
  AddBoardAndFunnelRoutes(routes, app);
}

}  // namespace banso::http
