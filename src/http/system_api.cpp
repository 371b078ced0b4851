// Public routes: the health check and the API description.
#include "core/error.h"
#include "http/api_routes.h"
#include "http/openapi_document.h"

namespace banso::http {

void AddSystemRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back(
      {Method::kGet, "/healthz", std::nullopt, [&app](RequestContext& ctx) {
         store::Session sql(app.db().pool());
         int one = 0;
         sql << "SELECT 1", soci::into(one);
         if (one != 1) throw Unavailable("the database does not answer");
         ctx.Json(200, {{"status", "ok"},
                        {"database",
                         app.db().backend() == store::Backend::kSqlite ? "sqlite" : "postgresql"}});
       }});
  routes.push_back({Method::kGet, "/api/v1/openapi.json", std::nullopt, [](RequestContext& ctx) {
                      ctx.res.set_content(std::string(OpenApiDocument()), "application/json");
                    }});
}

}  // namespace banso::http
