// /api/v1/exports/{contacts,contracts,touchpoints,renewals}: lists as CSV files (the account
// list's export sits with its filters in accounts_api.cpp). Contacts, contracts and touchpoints
// are written in their import columns, so that a file exported from Banso imports back; the
// account's name is added for the reader (an import lists it as a column it does not take).
#include <climits>
#include <unordered_map>

#include "core/csv_writer.h"
#include "core/money.h"
#include "http/api_routes.h"
#include "http/csv_download.h"
#include "http/user_names.h"

namespace banso::http {
namespace {

using customers::Account;

std::string Text(const std::optional<std::string>& v) { return v.value_or(""); }
std::string Day(const std::optional<Date>& d) { return d ? d->ToString() : ""; }
template <class E>
std::string Name(const std::optional<E>& e) {
  return e ? std::string(EnumToString(*e)) : "";
}

// The query's account_id: one account's list, or every account's when there is none.
std::optional<AccountId> AccountFilter(const RequestContext& ctx) {
  if (auto id = ctx.QueryInt("account_id", 1, LLONG_MAX)) return AccountId(*id);
  return std::nullopt;
}

// The accounts the rows belong to, by id.
template <class Row>
std::unordered_map<long long, Account> AccountsOf(app::App& app, const std::vector<Row>& rows) {
  std::vector<AccountId> ids;
  for (const Row& r : rows) ids.push_back(r.account_id);
  std::unordered_map<long long, Account> accounts;
  for (Account& a : app.accounts().GetMany(ids)) accounts.emplace(a.id.value, std::move(a));
  return accounts;
}

// account_external_id and account_name of a row's account.
std::pair<std::string, std::string> AccountCells(
    const std::unordered_map<long long, Account>& accounts, AccountId id) {
  auto it = accounts.find(id.value);
  if (it == accounts.end()) return {};  // deleted meanwhile
  return {Text(it->second.external_id), it->second.name};
}

std::string ContactsCsv(app::App& app, std::optional<AccountId> account) {
  customers::ContactQuery query;
  query.account_id = account;
  query.limit = 500;
  auto contacts = AllPages(query, [&](const auto& q) { return app.contacts().List(q); });
  auto accounts = AccountsOf(app, contacts);
  CsvWriter csv;
  csv.Row({"external_id", "account_external_id", "account_name", "name", "email", "title", "role",
           "phone", "language", "marketing_consent", "departed"});
  for (const customers::Contact& c : contacts) {
    auto [account_external_id, account_name] = AccountCells(accounts, c.account_id);
    csv.Row({Text(c.external_id), account_external_id, account_name, c.name, Text(c.email),
             Text(c.title), Name(c.role), Text(c.phone), Text(c.language),
             c.marketing_consent ? "true" : "false", c.departed ? "true" : "false"});
  }
  return csv.text();
}

std::string ContractsCsv(app::App& app, std::optional<AccountId> account) {
  revenue::ContractQuery query;
  query.account_id = account;
  query.limit = 500;
  auto contracts = AllPages(query, [&](const auto& q) { return app.contracts().List(q); });
  auto accounts = AccountsOf(app, contracts);
  CsvWriter csv;
  csv.Row({"external_id", "account_external_id", "account_name", "product", "start_date",
           "end_date", "amount", "currency", "billing_period", "seats"});
  for (const revenue::Contract& c : contracts) {
    auto [account_external_id, account_name] = AccountCells(accounts, c.account_id);
    csv.Row({Text(c.external_id), account_external_id, account_name, c.product,
             c.start_date.ToString(), Day(c.end_date), MajorUnits(c.amount_minor, c.currency),
             c.currency, std::string(EnumToString(c.billing_period)),
             c.seats ? std::to_string(*c.seats) : ""});
  }
  return csv.text();
}

std::string TouchpointsCsv(app::App& app, std::optional<AccountId> account) {
  customers::TouchpointQuery query;
  query.account_id = account;
  query.limit = 500;
  auto touchpoints = AllPages(query, [&](const auto& q) { return app.touchpoints().List(q); });
  auto accounts = AccountsOf(app, touchpoints);
  std::vector<ContactId> contact_ids;
  for (const auto& t : touchpoints)
    if (t.contact_id) contact_ids.push_back(*t.contact_id);
  std::unordered_map<long long, std::string> contact_emails;
  for (const auto& c : app.contacts().GetMany(contact_ids))
    contact_emails[c.id.value] = Text(c.email);
  const auto authors = UserEmails(app);
  CsvWriter csv;
  csv.Row({"external_id", "account_external_id", "account_name", "kind", "occurred_at", "summary",
           "sentiment", "contact_email", "author"});
  for (const customers::Touchpoint& t : touchpoints) {
    auto [account_external_id, account_name] = AccountCells(accounts, t.account_id);
    const std::string contact = t.contact_id ? contact_emails[t.contact_id->value] : "";
    csv.Row({Text(t.external_id), account_external_id, account_name,
             std::string(EnumToString(t.kind)), t.occurred_at.ToString(), t.summary,
             Name(t.sentiment), contact, Lookup(authors, t.author_id)});
  }
  return csv.text();
}

// The renewals page's list: the contract, its account and owner, and the account's ARR.
std::string RenewalsCsv(app::App& app, int within_days, std::optional<AccountId> account) {
  std::vector<revenue::RenewalDue> due = app.contracts().RenewalsDue(within_days, account);
  std::vector<revenue::Contract> contracts;
  for (const auto& r : due) contracts.push_back(r.contract);
  auto accounts = AccountsOf(app, contracts);
  const auto owners = UserEmails(app);
  const std::string reporting = app.revenue_settings().Get().reporting_currency;
  CsvWriter csv;
  csv.Row({"account_external_id", "account_name", "owner", "status", "end_date", "days_until",
           "contract_external_id", "product", "amount", "currency", "billing_period", "arr",
           "arr_reporting", "reporting_currency"});
  for (const auto& r : due) {
    auto it = accounts.find(r.contract.account_id.value);
    if (it == accounts.end()) continue;  // deleted meanwhile
    const Account& a = it->second;
    const revenue::Contract& c = r.contract;
    csv.Row({Text(a.external_id), a.name, Lookup(owners, a.owner_id), r.overdue ? "overdue" : "due",
             Day(c.end_date), std::to_string(r.days_until), Text(c.external_id), c.product,
             MajorUnits(c.amount_minor, c.currency), c.currency,
             std::string(EnumToString(c.billing_period)), MajorUnits(a.arr_minor, a.currency),
             a.arr_reporting_minor < 0 ? "" : MajorUnits(a.arr_reporting_minor, reporting),
             reporting});
  }
  return csv.text();
}

}  // namespace

void AddExportRoutes(std::vector<Route>& routes, app::App& app) {
  using AccountListCsv = std::string (*)(app::App&, std::optional<AccountId>);
  const std::pair<const char*, AccountListCsv> kLists[] = {
      {"contacts", ContactsCsv}, {"contracts", ContractsCsv}, {"touchpoints", TouchpointsCsv}};
  for (const auto& [name, csv] : kLists)
    routes.push_back({Method::kGet, std::string("/api/v1/exports/") + name,
                      auth::Permission::kReadCustomers, [&app, name, csv](RequestContext& ctx) {
                        ctx.AllowQuery({"account_id", "encoding"});
                        const CsvEncoding encoding = ParseCsvEncoding(ctx);
                        SendCsv(ctx, name, csv(app, AccountFilter(ctx)), encoding);
                      }});
  routes.push_back(
      {Method::kGet, "/api/v1/exports/renewals", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({"within_days", "account_id", "encoding"});
         const CsvEncoding encoding = ParseCsvEncoding(ctx);
         const int within = static_cast<int>(ctx.QueryInt("within_days", 0, 730).value_or(90));
         SendCsv(ctx, "renewals", RenewalsCsv(app, within, AccountFilter(ctx)), encoding);
       }});
}

}  // namespace banso::http
