// /api/v1/contracts: what each account pays. Writing a contract also rewrites the account's
// revenue movements and ARR (in the revenue module, in the same transaction).
#include <climits>

#include "http/api_routes.h"
#include "http/item_routes.h"

namespace banso::http {
namespace {

using revenue::Contract;

revenue::ContractQuery ParseListQuery(const RequestContext& ctx) {
  ctx.AllowQuery({"account_id", "status", "sort", "limit", "cursor"});
  revenue::ContractQuery q;
  if (auto id = ctx.QueryInt("account_id", 1, LLONG_MAX)) q.account_id = AccountId(*id);
  if (auto status = ctx.QueryString("status")) {
    q.status = EnumFromString<revenue::ContractStatus>(*status);
    if (!q.status)
      throw Invalid("status", "must be one of " + EnumChoices<revenue::ContractStatus>());
  }
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

}  // namespace

void AddContractRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back({Method::kGet, "/api/v1/contracts", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.Json(200,
                               PageJson(app.contracts().List(ParseListQuery(ctx)), ContractJson));
                    }});
  AddItemRoutes<Contract, ContractId>(routes, app.contracts(),
                                      {"/api/v1/contracts",
                                       {"account_id", "product", "start_date", "amount_minor"},
                                       auth::Permission::kWriteRevenue,
                                       ContractJson});
}

}  // namespace banso::http
