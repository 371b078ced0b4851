// /api/v1/contacts: people at customer accounts.
#include <climits>

#include "core/json_fields.h"
#include "http/api_routes.h"
#include "http/item_routes.h"

namespace banso::http {

void AddContactRoutes(std::vector<Route>& routes, app::App& app) {
  using customers::Contact;
  routes.push_back({Method::kGet, "/api/v1/contacts", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({"account_id", "q", "role", "departed", "limit", "cursor"});
                      customers::ContactQuery q;
                      if (auto id = ctx.QueryInt("account_id", 1, LLONG_MAX))
                        q.account_id = AccountId(*id);
                      q.q = ctx.QueryString("q");
                      q.role = ctx.QueryEnum<customers::ContactRole>("role");
                      q.departed = ctx.QueryBool("departed");
                      q.limit = static_cast<int>(ctx.QueryInt("limit", 1, 500).value_or(50));
                      q.cursor = ctx.QueryString("cursor");
                      ctx.Json(200, PageJson(app.contacts().List(q),
                                             [](const Contact& c) { return ToJson(c); }));
                    }});
  AddItemRoutes<Contact, ContactId>(routes, app.contacts(),
                                    {"/api/v1/contacts",
                                     {"account_id", "name"},
                                     auth::Permission::kWriteCustomers,
                                     [](const Contact& c) { return ToJson(c); }});
  // The person left for another customer: their contact there, linked back to this one.
  routes.push_back(
      {Method::kPost, "/api/v1/contacts/{id}/moves", auth::Permission::kWriteCustomers,
       [&app](RequestContext& ctx) {
         nlohmann::json body = ctx.JsonBody();
         JsonFields f(body);
         std::optional<AccountId> to;
         Contact at_new;
         f.On("account_id", [&](auto& v) { to = AccountId(JsonInt(v, "account_id")); });
         f.On("role",
              [&](auto& v) { at_new.role = JsonOptEnum<customers::ContactRole>(v, "role"); });
         f.On("title", [&](auto& v) { at_new.title = JsonOptString(v, "title"); });
         f.On("email", [&](auto& v) { at_new.email = JsonOptString(v, "email"); });
         f.RejectUnknown();
         if (!to) throw Invalid("account_id", "is required");
         auto [left, joined] =
             app.contacts().Move(ctx.actor(), ContactId(ctx.PathId()), *to, at_new);
         ctx.Json(201, {{"left", ToJson(left)}, {"joined", ToJson(joined)}});
       }});
}

}  // namespace banso::http
