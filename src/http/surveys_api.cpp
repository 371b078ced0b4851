// /api/v1/surveys: NPS and CSAT responses by contacts.
#include <climits>

#include "http/api_routes.h"
#include "http/item_routes.h"

namespace banso::http {

void AddSurveyRoutes(std::vector<Route>& routes, app::App& app) {
  using customers::SurveyResponse;
  routes.push_back(
      {Method::kGet, "/api/v1/surveys", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({"account_id", "contact_id", "kind", "limit", "cursor"});
         customers::SurveyQuery q;
         if (auto id = ctx.QueryInt("account_id", 1, LLONG_MAX)) q.account_id = AccountId(*id);
         if (auto id = ctx.QueryInt("contact_id", 1, LLONG_MAX)) q.contact_id = ContactId(*id);
         q.kind = ctx.QueryEnum<customers::SurveyKind>("kind");
         q.limit = static_cast<int>(ctx.QueryInt("limit", 1, 500).value_or(50));
         q.cursor = ctx.QueryString("cursor");
         ctx.Json(200, PageJson(app.surveys().List(q),
                                [](const customers::SurveyListItem& i) { return ToJson(i); }));
       }});
  AddItemRoutes<SurveyResponse, SurveyId>(routes, app.surveys(),
                                          {"/api/v1/surveys",
                                           {"contact_id", "kind", "score", "responded_at"},
                                           auth::Permission::kWriteActivity,
                                           [](const SurveyResponse& s) { return ToJson(s); }});
}

}  // namespace banso::http
