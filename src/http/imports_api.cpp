// /api/v1/imports/{kind}: CSV import of accounts, contacts, contracts, touchpoints or exchange
// rates. The body is the file itself (any content type); the console previews with
// dry_run=true, then imports. /fields describes what a kind accepts.
#include "http/api_routes.h"
#include "http/error_response.h"
#include "importer/import_runner.h"

namespace banso::http {

constexpr size_t kMaxImportBody = 64 << 20;

void AddImportRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back(
      {Method::kGet, "/api/v1/imports/{kind}/fields", auth::Permission::kImport,
       [](RequestContext& ctx) {
         const ImportKind kind = ParseImportKind(ctx.PathParam(0));
         const ImportFormat format = DescribeImport(kind);
         nlohmann::json fields = nlohmann::json::array();
         for (const ImportFieldInfo& f : format.fields)
           fields.push_back({{"name", f.name}, {"headers", f.headers}, {"example", f.example}});
         ctx.Json(200, {{"kind", ImportKindName(kind)},
                        {"fields", std::move(fields)},
                        {"required", format.required},
                        {"custom_attributes", format.custom_attributes}});
       }});
  routes.push_back(
      {Method::kPost, "/api/v1/imports/{kind}", auth::Permission::kImport,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({"dry_run", "encoding", "mapping", "source"});
         ImportRequest request;
         request.kind = ParseImportKind(ctx.PathParam(0));
         request.dry_run = ctx.QueryBool("dry_run").value_or(false);
         request.encoding = ParseEncodingName(ctx.QueryString("encoding").value_or("auto"));
         request.source = ctx.QueryString("source").value_or("");
         if (auto text = ctx.QueryString("mapping")) {
           auto json = nlohmann::json::parse(*text, nullptr, false);
           if (!json.is_object())
             throw Invalid("mapping", "must be a JSON object of column header to field");
           for (const auto& [header, field] : json.items()) {
             if (!field.is_string())
               throw Invalid("mapping", "must be a JSON object of column header to field");
             request.mapping[header] = field.get<std::string>();
           }
         }
         request.bytes = std::move(ctx.body);
         try {
           ctx.Json(200, ToJson(RunImport(app, ctx.actor(), std::move(request), nullptr)));
         } catch (const ImportRejected& e) {
           // 422 with the whole report, so the console can list every rejected row.
           WriteError(ctx.res, std::current_exception(), ToJson(e.report()));
         } catch (const ImportHeaderRefused& e) {
           // 400 with the columns, so the console can offer to map them.
           WriteError(ctx.res, std::current_exception(), ToJson(e.report()));
         }
       },
       kMaxImportBody});
}

}  // namespace banso::http
