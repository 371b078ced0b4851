// /api/v1/contracts: what each account pays. Writing a contract also rewrites the account's
// revenue movements and ARR (in the revenue module, in the same transaction).
#include <climits>

#include "http/api_routes.h"
#include "http/item_routes.h"
#include "http/user_names.h"

namespace banso::http {
namespace {

using revenue::Contract;

revenue::ContractQuery ParseListQuery(const RequestContext& ctx) {
  ctx.AllowQuery({"account_id", "status", "sort", "limit", "cursor"});
  revenue::ContractQuery q;
  if (auto id = ctx.QueryInt("account_id", 1, LLONG_MAX)) q.account_id = AccountId(*id);
  q.status = ctx.QueryEnum<revenue::ContractStatus>("status");
  if (auto sort = ctx.QueryString("sort")) {
    std::string_view s = *sort;
    q.descending = s.starts_with('-');
    if (q.descending) s.remove_prefix(1);
    if (s == "start_date")
      q.sort = revenue::ContractSort::kStartDate;
    else if (s == "id")
      q.sort = revenue::ContractSort::kId;
    else
      throw Invalid("sort", "must be start_date or id, optionally prefixed by -");
  }
  q.limit = static_cast<int>(ctx.QueryInt("limit", 1, 500).value_or(50));
  q.cursor = ctx.QueryString("cursor");
  return q;
}

nlohmann::json ContractJson(const Contract& c) { return ToJson(c, Date::Today()); }

// GET /api/v1/renewals: each contract due for renewal with its account's name, owner and ARR.
void ListRenewals(RequestContext& ctx, app::App& app) {
  ctx.AllowQuery({"within_days", "account_id"});
  int within = static_cast<int>(ctx.QueryInt("within_days", 0, 730).value_or(90));
  std::optional<AccountId> only;
  if (auto id = ctx.QueryInt("account_id", 1, LLONG_MAX)) only = AccountId(*id);
  std::vector<revenue::RenewalDue> due = app.contracts().RenewalsDue(within, only);
  std::vector<AccountId> ids;
  for (const auto& r : due) ids.push_back(r.contract.account_id);
  std::unordered_map<long long, customers::Account> accounts;
  for (auto& a : app.accounts().GetMany(ids)) accounts.emplace(a.id.value, std::move(a));
  auto names = UserNames(app);
  nlohmann::json data = nlohmann::json::array();
  for (const auto& r : due) {
    auto it = accounts.find(r.contract.account_id.value);
    if (it == accounts.end()) continue;  // deleted meanwhile
    const customers::Account& a = it->second;
    nlohmann::json account = {
        {"id", a.id.value},
        {"name", a.name},
        {"owner_id", a.owner_id ? nlohmann::json(a.owner_id->value) : nullptr},
        {"owner_name", NameOf(names, a.owner_id)},
        {"currency", a.currency},
        {"arr_minor", a.arr_minor},
        {"arr_reporting_minor", customers::ReportingArrJson(a.arr_reporting_minor)}};
    data.push_back({{"contract", ContractJson(r.contract)},
                    {"account", std::move(account)},
                    {"status", r.overdue ? "overdue" : "due"},
                    {"days_until", r.days_until}});
  }
  const revenue::RevenueSettings settings = app.revenue_settings().Get();  // read once
  ctx.Json(200, {{"data", std::move(data)},
                 {"reporting_currency", settings.reporting_currency},
                 {"churn_grace_days", settings.churn_grace_days}});
}

}  // namespace

void AddContractRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back({Method::kGet, "/api/v1/contracts", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.Json(200,
                               PageJson(app.contracts().List(ParseListQuery(ctx)), ContractJson));
                    }});
  routes.push_back({Method::kGet, "/api/v1/renewals", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) { ListRenewals(ctx, app); }});
  AddItemRoutes<Contract, ContractId>(routes, app.contracts(),
                                      {"/api/v1/contracts",
                                       {"account_id", "product", "start_date", "amount_minor"},
                                       auth::Permission::kWriteRevenue,
                                       ContractJson});
}

}  // namespace banso::http
