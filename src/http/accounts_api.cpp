// /api/v1/accounts: the customer companies.
#include <climits>
#include <set>
#include <unordered_map>

#include "core/csv_writer.h"
#include "core/error.h"
#include "core/json_fields.h"
#include "core/money.h"
#include "http/account_json.h"
#include "http/account_scope.h"
#include "http/api_routes.h"
#include "http/csv_download.h"
#include "http/item_routes.h"
#include "http/user_names.h"

namespace banso::http {
namespace {

using customers::Account;
using customers::AccountQuery;
using customers::AccountSort;

// The list's filters and sort; an export takes them too (without paging) and its encoding.
AccountQuery ParseListQuery(const RequestContext& ctx, app::App& app,
                            const customers::JourneyStages& known, bool for_export = false) {
  if (for_export)
    ctx.AllowQuery({"q", "owner_id", "journey_stage", "tier", "industry", "country",
                    "renewal_within_days", "arr_reporting_min", "arr_reporting_max", "health_band",
                    "segment_id", "sort", "encoding"});
  else
    ctx.AllowQuery({"q", "owner_id", "journey_stage", "tier", "industry", "country",
                    "renewal_within_days", "arr_reporting_min", "arr_reporting_max", "health_band",
                    "segment_id", "sort", "limit", "cursor"});
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
  q.tier = ctx.QueryEnum<customers::Tier>("tier");
  if (auto band = ctx.QueryEnum<health::Band>("health_band"))
    q.health_band = std::string(EnumToString(*band));
  q.industry = ctx.QueryString("industry");
  q.country = ctx.QueryString("country");
  if (auto days = ctx.QueryInt("renewal_within_days", 0, 3650))
    q.renewal_within_days = static_cast<int>(*days);
  q.arr_reporting_min = ctx.QueryInt("arr_reporting_min", 0, LLONG_MAX);
  q.arr_reporting_max = ctx.QueryInt("arr_reporting_max", 0, LLONG_MAX);
  if (auto id = ctx.QueryInt("segment_id", 1, LLONG_MAX))
    q.segment = SegmentFilter(app, SegmentId(*id), "segment_id");
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
    else if (s == "health")
      q.sort = AccountSort::kHealth;
    else
      throw Invalid(
          "sort",
          "must be name, renewal_date, arr, created_at or health, optionally prefixed by -");
  }
  q.limit = for_export ? 500 : static_cast<int>(ctx.QueryInt("limit", 1, 500).value_or(50));
  q.cursor = ctx.QueryString("cursor");
  return q;
}

// POST /api/v1/accounts/bulk: one change (owner, touch model, stage) for up to 1000 accounts.
void BulkUpdate(RequestContext& ctx, app::App& app) {
  nlohmann::json body = ctx.JsonBody();
  JsonFields f(body);
  std::vector<AccountId> ids;
  customers::BulkChange change;
  f.On("account_ids", [&](const nlohmann::json& v) {
    if (!v.is_array()) throw Invalid("account_ids", "must be a list of account ids");
    if (v.empty() || v.size() > 1000) throw Invalid("account_ids", "must be from 1 to 1000");
    std::set<long long> seen;
    for (size_t i = 0; i < v.size(); ++i) {
      std::string field = "account_ids[" + std::to_string(i) + "]";
      long long id = JsonInt(v[i], field.c_str());
      if (!seen.insert(id).second) throw Invalid(field, "is given twice");
      ids.push_back(AccountId(id));
    }
  });
  f.On("owner_id", [&](const nlohmann::json& v) {
    auto id = JsonOptInt(v, "owner_id");
    change.owner_id = id ? std::optional(UserId(*id)) : std::nullopt;
  });
  f.On("tier_override", [&](const nlohmann::json& v) {
    change.tier_override = JsonOptEnum<customers::Tier>(v, "tier_override");
  });
  f.On("tier_override_reason", [&](const nlohmann::json& v) {
    change.tier_override_reason = JsonOptString(v, "tier_override_reason");
  });
  f.On("journey_stage",
       [&](const nlohmann::json& v) { change.journey_stage = JsonString(v, "journey_stage"); });
  f.On("note", [&](const nlohmann::json& v) { change.note = JsonString(v, "note"); });
  f.RejectUnknown();
  if (ids.empty()) throw Invalid("account_ids", "is required");
  if (!change.owner_id && !change.tier_override && !change.tier_override_reason &&
      !change.journey_stage)
    throw Invalid("", "needs at least one change to make");
  ctx.Json(200, {{"updated", app.accounts().UpdateMany(ctx.actor(), ids, change)}});
}

// One row per account in Banso's own import columns, so that an export imports back as it is.
std::string AccountsCsv(app::App& app, AccountQuery query) {
  std::vector<Account> accounts =
      AllPages(std::move(query), [&](const AccountQuery& q) { return app.accounts().List(q); });
  const auto emails = UserEmails(app);
  const std::string reporting = app.revenue_settings().Get().reporting_currency;
  std::set<std::string> custom_keys;
  for (const Account& a : accounts)
    for (const auto& [key, value] : a.custom_attributes.items()) custom_keys.insert(key);

  std::vector<std::string> header = {"external_id",
                                     "name",
                                     "name_kana",
                                     "domain",
                                     "industry",
                                     "employee_band",
                                     "country",
                                     "currency",
                                     "owner_email",
                                     "tier_override",
                                     "tier_override_reason",
                                     "journey_stage",
                                     "start_date",
                                     "renewal_date",
                                     "arr",
                                     "arr_reporting",
                                     "reporting_currency"};
  for (const std::string& key : custom_keys) header.push_back("custom." + key);
  CsvWriter csv;
  csv.Row(header);
  auto text = [](const std::optional<std::string>& v) { return v.value_or(""); };
  auto date = [](const std::optional<Date>& d) { return d ? d->ToString() : ""; };
  for (const Account& a : accounts) {
    std::vector<std::string> row = {
        text(a.external_id),
        a.name,
        text(a.name_kana),
        text(a.domain),
        text(a.industry),
        text(a.employee_band),
        text(a.country),
        a.currency,
        Lookup(emails, a.owner_id),
        a.tier_override ? std::string(EnumToString(*a.tier_override)) : "",
        text(a.tier_override_reason),
        a.journey_stage,
        date(a.start_date),
        date(a.renewal_date),
        MajorUnits(a.arr_minor, a.currency),
        a.arr_reporting_minor < 0 ? "" : MajorUnits(a.arr_reporting_minor, reporting),
        reporting};
    for (const std::string& key : custom_keys) {
      auto it = a.custom_attributes.find(key);
      row.push_back(it == a.custom_attributes.end() || it->is_null() ? ""
                    : it->is_string()                                ? it->get<std::string>()
                                                                     : it->dump());
    }
    csv.Row(row);
  }
  return csv.text();
}

}  // namespace

void AddAccountRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back({Method::kGet, "/api/v1/accounts", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      auto stages = app.journey_stages().List();
                      auto page = app.accounts().List(ParseListQuery(ctx, app, stages));
                      auto names = UserNames(app);
                      // Twelve weekly points of each account's score: the list's sparkline.
                      std::vector<AccountId> ids;
                      for (const auto& a : page.items) ids.push_back(a.id);
                      auto trends = app.health_scores().Trends(ids, app.clock().Today(), 12, 7);
                      ctx.JsonText(200, PageText(page, [&](JsonWriter& w, const Account& a) {
                                     WriteAccount(w, a, names, stages);
                                     w.Key("health_trend").BeginArray();
                                     if (auto it = trends.find(a.id.value); it != trends.end())
                                       for (const auto& v : it->second) v ? w.Double(*v) : w.Null();
                                     w.EndArray();
                                   }));
                    }});
  // The same list, every page, as a CSV file.
  routes.push_back({Method::kGet, "/api/v1/exports/accounts", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      auto query = ParseListQuery(ctx, app, app.journey_stages().List(), true);
                      const CsvEncoding encoding = ParseCsvEncoding(ctx);
                      SendCsv(ctx, "accounts", AccountsCsv(app, std::move(query)), encoding);
                    }});
  routes.push_back({Method::kPost, "/api/v1/accounts/bulk", auth::Permission::kWriteCustomers,
                    [&app](RequestContext& ctx) { BulkUpdate(ctx, app); }});
  AddItemRoutes<Account, AccountId>(
      routes, app.accounts(),
      {"/api/v1/accounts", {"name"}, auth::Permission::kWriteCustomers, [&app](const Account& a) {
         return AccountJson(a, UserNames(app), app.journey_stages().List());
       }});
}

}  // namespace banso::http
