// /api/v1/accounts: the customer companies.
#include <climits>
#include <unordered_map>

#include "core/error.h"
#include "http/api_routes.h"

namespace banso::http {
namespace {

using customers::Account;
using customers::AccountQuery;
using customers::AccountSort;

// Staff names by id, to show each account's owner without a join into the auth module's tables.
std::unordered_map<long long, std::string> UserNames(app::App& app) {
  std::unordered_map<long long, std::string> names;
  for (const auto& u : app.auth().ListUsers()) names[u.id.value] = u.name;
  return names;
}

nlohmann::json AccountJson(const Account& a, const std::unordered_map<long long, std::string>& names) {
  nlohmann::json j = ToJson(a);
  auto it = a.owner_id ? names.find(a.owner_id->value) : names.end();
  j["owner_name"] = it != names.end() ? nlohmann::json(it->second) : nlohmann::json();
  return j;
}

AccountQuery ParseListQuery(const RequestContext& ctx) {
  ctx.AllowQuery({"q", "owner_id", "journey_stage", "tier", "industry", "country",
                  "renewal_within_days", "sort", "limit", "cursor"});
  AccountQuery q;
  q.q = ctx.QueryString("q");
  if (auto owner = ctx.QueryInt("owner_id", 1, LLONG_MAX)) q.owner_id = UserId(*owner);
  if (auto stages = ctx.QueryString("journey_stage")) {
    size_t start = 0;
    while (start <= stages->size()) {
      size_t end = stages->find(',', start);
      if (end == std::string::npos) end = stages->size();
      auto stage = EnumFromString<customers::JourneyStage>(stages->substr(start, end - start));
      if (!stage) throw Invalid("journey_stage", "must be one of " + EnumChoices<customers::JourneyStage>());
      q.journey_stages.push_back(*stage);
      start = end + 1;
    }
  }
  if (auto tier = ctx.QueryString("tier")) {
    q.tier = EnumFromString<customers::Tier>(*tier);
    if (!q.tier) throw Invalid("tier", "must be one of " + EnumChoices<customers::Tier>());
  }
  q.industry = ctx.QueryString("industry");
  q.country = ctx.QueryString("country");
  if (auto days = ctx.QueryInt("renewal_within_days", 0, 3650)) q.renewal_within_days = static_cast<int>(*days);
  if (auto sort = ctx.QueryString("sort")) {
    std::string_view s = *sort;
    q.descending = s.starts_with('-');
    if (q.descending) s.remove_prefix(1);
    if (s == "name") q.sort = AccountSort::kName;
    else if (s == "renewal_date") q.sort = AccountSort::kRenewalDate;
    else if (s == "arr") q.sort = AccountSort::kArr;
    else if (s == "created_at") q.sort = AccountSort::kCreated;
    else throw Invalid("sort", "must be name, renewal_date, arr or created_at, optionally prefixed by -");
  }
  q.limit = static_cast<int>(ctx.QueryInt("limit", 1, 500).value_or(50));
  q.cursor = ctx.QueryString("cursor");
  return q;
}

}  // namespace

void AddAccountRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back({Method::kGet, "/api/v1/accounts", auth::Permission::kReadCustomers, [&app](RequestContext& ctx) {
    auto page = app.accounts().List(ParseListQuery(ctx));
    auto names = UserNames(app);
    nlohmann::json data = nlohmann::json::array();
    for (const auto& a : page.items) data.push_back(AccountJson(a, names));
    ctx.Json(200, {{"data", data}, {"total", page.total},
                   {"next_cursor", page.next_cursor ? nlohmann::json(*page.next_cursor) : nlohmann::json()}});
  }});
  routes.push_back({Method::kPost, "/api/v1/accounts", auth::Permission::kWriteCustomers, [&app](RequestContext& ctx) {
    nlohmann::json body = ctx.JsonBody();
    Account a;
    if (!body.is_object() || !body.contains("name")) throw Invalid("name", "is required");
    customers::ApplyJson(body, a);
    ctx.Json(201, AccountJson(app.accounts().Create(ctx.actor(), a), UserNames(app)));
  }});
  routes.push_back({Method::kGet, "/api/v1/accounts/{id}", auth::Permission::kReadCustomers, [&app](RequestContext& ctx) {
    ctx.Json(200, AccountJson(app.accounts().Get(AccountId(ctx.PathId())), UserNames(app)));
  }});
  routes.push_back({Method::kPatch, "/api/v1/accounts/{id}", auth::Permission::kWriteCustomers, [&app](RequestContext& ctx) {
    nlohmann::json body = ctx.JsonBody();
    long long version = ctx.RequiredVersion(body);
    Account updated = app.accounts().Update(ctx.actor(), AccountId(ctx.PathId()), version,
                                            [&](Account& a) { customers::ApplyJson(body, a); });
    ctx.Json(200, AccountJson(updated, UserNames(app)));
  }});
  routes.push_back({Method::kDelete, "/api/v1/accounts/{id}", auth::Permission::kDeleteRecords, [&app](RequestContext& ctx) {
    app.accounts().Delete(ctx.actor(), AccountId(ctx.PathId()));
    ctx.NoContent();
  }});
}

}  // namespace banso::http
