// /api/v1/tickets: the customer's support tickets, from the API or a helpdesk's export.
#include <climits>

#include "http/api_routes.h"
#include "http/item_routes.h"

namespace banso::http {

void AddTicketRoutes(std::vector<Route>& routes, app::App& app) {
  using customers::Ticket;
  routes.push_back(
      {Method::kGet, "/api/v1/tickets", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({"account_id", "contact_id", "status", "priority", "unsolved", "from", "to",
                         "limit", "cursor"});
         customers::TicketQuery q;
         if (auto id = ctx.QueryInt("account_id", 1, LLONG_MAX)) q.account_id = AccountId(*id);
         if (auto id = ctx.QueryInt("contact_id", 1, LLONG_MAX)) q.contact_id = ContactId(*id);
         q.status = ctx.QueryEnum<customers::TicketStatus>("status");
         q.priority = ctx.QueryEnum<customers::TicketPriority>("priority");
         q.unsolved_only = ctx.QueryBool("unsolved").value_or(false);
         q.from = ctx.QueryTimestamp("from");
         q.to = ctx.QueryTimestamp("to");
         q.limit = static_cast<int>(ctx.QueryInt("limit", 1, 500).value_or(50));
         q.cursor = ctx.QueryString("cursor");
         ctx.Json(200, PageJson(app.tickets().List(q), [](const Ticket& t) { return ToJson(t); }));
       }});
  AddItemRoutes<Ticket, TicketId>(routes, app.tickets(),
                                  {"/api/v1/tickets",
                                   {"account_id", "subject", "opened_at"},
                                   auth::Permission::kWriteActivity,
                                   [](const Ticket& t) { return ToJson(t); }});
}

}  // namespace banso::http
