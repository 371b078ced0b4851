// /api/v1/accounts: the customer companies.
#include <climits>
#include <unordered_map>

#include "core/error.h"
#include "http/account_json.h"
#include "http/api_routes.h"
#include "http/item_routes.h"
#include "http/user_names.h"

namespace banso::http {
namespace {

using customers::Account;
using customers::AccountQuery;
using customers::AccountSort;

AccountQuery ParseListQuery(const RequestContext& ctx, const customers::JourneyStages& known) {
  ctx.AllowQuery({"q", "owner_id", "journey_stage", "tier", "industry", "country",
                  "renewal_within_days", "arr_reporting_min", "arr_reporting_max", "sort", "limit",
                  "cursor"});
  AccountQuery q;
  q.q = ctx.QueryString("q");
  if (auto owner = ctx.QueryInt("owner_id", 1, LLONG_MAX)) q.owner_id = UserId(*owner);
  if (auto stages = ctx.QueryString("journey_stage")) {
    size_t start = 0;
    while (start <= stages->size()) {
      size_t end = stages->find(',', start);
      if (end == std::string::npos) end = stages->size();
      q.journey_stages.push_back(customers::JourneyStageStore::Require(
                                     known, stages->substr(start, end - start), "journey_stage")
                                     .key);
      start = end + 1;
    }
  }
  if (auto tier = ctx.QueryString("tier")) {
    q.tier = EnumFromString<customers::Tier>(*tier);
    if (!q.tier) throw Invalid("tier", "must be one of " + EnumChoices<customers::Tier>());
  }
  q.industry = ctx.QueryString("industry");
  q.country = ctx.QueryString("country");
  if (auto days = ctx.QueryInt("renewal_within_days", 0, 3650))
    q.renewal_within_days = static_cast<int>(*days);
  q.arr_reporting_min = ctx.QueryInt("arr_reporting_min", 0, LLONG_MAX);
  q.arr_reporting_max = ctx.QueryInt("arr_reporting_max", 0, LLONG_MAX);
  if (auto sort = ctx.QueryString("sort")) {
    std::string_view s = *sort;
    q.descending = s.starts_with('-');
    if (q.descending) s.remove_prefix(1);
    if (s == "name")
      q.sort = AccountSort::kName;
    else if (s == "renewal_date")
      q.sort = AccountSort::kRenewalDate;
    else if (s == "arr")
      q.sort = AccountSort::kArr;
    else if (s == "created_at")
      q.sort = AccountSort::kCreated;
    else
      throw Invalid("sort",
                    "must be name, renewal_date, arr or created_at, optionally prefixed by -");
  }
  q.limit = static_cast<int>(ctx.QueryInt("limit", 1, 500).value_or(50));
  q.cursor = ctx.QueryString("cursor");
  return q;
}

}  // namespace

void AddAccountRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back({Method::kGet, "/api/v1/accounts", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      auto stages = app.journey_stages().List();
                      auto page = app.accounts().List(ParseListQuery(ctx, stages));
                      auto names = UserNames(app);
                      ctx.Json(200, PageJson(page, [&](const Account& a) {
                                 return AccountJson(a, names, stages);
                               }));
                    }});
  AddItemRoutes<Account, AccountId>(
      routes, app.accounts(),
      {"/api/v1/accounts", {"name"}, auth::Permission::kWriteCustomers, [&app](const Account& a) {
         return AccountJson(a, UserNames(app), app.journey_stages().List());
       }});
}

}  // namespace banso::http
