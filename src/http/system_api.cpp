// Public routes: the health check and the API description.
#include "http/api_routes.h"
#include "http/openapi_document.h"

namespace banso::http {

void AddSystemRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back({Method::kGet, "/healthz", std::nullopt, [&app](RequestContext& ctx) {
                      ctx.Json(200, {{"status", "ok"}, {"database", app.CheckDatabase()}});
                    }});
  routes.push_back({Method::kGet, "/api/v1/openapi.json", std::nullopt, [](RequestContext& ctx) {
                      ctx.res.set_content(std::string(OpenApiDocument()), "application/json");
                    }});
}

}  // namespace banso::http
