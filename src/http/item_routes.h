#pragma once
// The routes every versioned resource has in the same shape:
//   POST   {base}       create from JSON (201 with the created object)
//   GET    {base}/{id}  read
//   PATCH  {base}/{id}  change the fields present; "version" required (409 when stale)
//   DELETE {base}/{id}  (204)
// Store must offer Create(actor, Model) (or Add, for an editable list) and Update(actor, Id,
// version, change); the GET and DELETE routes come when it offers Get(Id) and
// Delete(actor, Id). Model must have ApplyJson(json, Model&).
#include <functional>
#include <string>
#include <vector>

#include "core/error.h"
#include "core/json_writer.h"
#include "http/route.h"

namespace banso::http {

template <class Model, class IdType>
struct ItemRouteSpec {
  std::string base;                             // "/api/v1/contacts"
  std::vector<const char*> required_on_create;  // fields a POST must carry
  auth::Permission write;                       // create and update
  std::function<nlohmann::json(const Model&)> to_json;
  auth::Permission remove = auth::Permission::kDeleteRecords;
};

template <class Model, class IdType, class Store>
void AddItemRoutes(std::vector<Route>& routes, Store& store, ItemRouteSpec<Model, IdType> spec) {
  routes.push_back({Method::kPost, spec.base, spec.write, [&store, spec](RequestContext& ctx) {
                      nlohmann::json body = ctx.JsonBody();
                      for (const char* field : spec.required_on_create)
                        if (!body.is_object() || !body.contains(field))
                          throw Invalid(field, "is required");
                      Model m;
                      ApplyJson(body, m);
                      if constexpr (requires { store.Add(ctx.actor(), m); })
                        ctx.Json(201, spec.to_json(store.Add(ctx.actor(), m)));
                      else
                        ctx.Json(201, spec.to_json(store.Create(ctx.actor(), m)));
                    }});
  if constexpr (requires { store.Get(IdType()); }) {  // editable lists are read whole, not by item
    routes.push_back({Method::kGet, spec.base + "/{id}", auth::Permission::kReadCustomers,
                      [&store, spec](RequestContext& ctx) {
                        ctx.Json(200, spec.to_json(store.Get(IdType(ctx.PathId()))));
                      }});
  }
  routes.push_back(
      {Method::kPatch, spec.base + "/{id}", spec.write, [&store, spec](RequestContext& ctx) {
         nlohmann::json body = ctx.JsonBody();
         long long version = ctx.RequiredVersion(body);
         Model updated = store.Update(ctx.actor(), IdType(ctx.PathId()), version,
                                      [&](Model& m) { ApplyJson(body, m); });
         ctx.Json(200, spec.to_json(updated));
       }});
  if constexpr (requires {
                  store.Delete(auth::Actor(), IdType());
                }) {  // else deleted by its own route
    routes.push_back({Method::kDelete, spec.base + "/{id}", spec.remove,
                      [&store](RequestContext& ctx) {
                        store.Delete(ctx.actor(), IdType(ctx.PathId()));
                        ctx.NoContent();
                      },
                      kNoBody});
  }
}

// {"data": [...], "total": N, "next_cursor": ...} for a store::Page whose items are data.
template <class Page>
nlohmann::json PageJson(const Page& page, nlohmann::json data) {
  return {{"data", std::move(data)},
          {"total", page.total},
          {"next_cursor", page.next_cursor ? nlohmann::json(*page.next_cursor) : nlohmann::json()}};
}

// The same with each item written by to_json.
template <class Page, class ToJson>
nlohmann::json PageJson(const Page& page, ToJson&& to_json) {
  nlohmann::json data = nlohmann::json::array();
  for (const auto& item : page.items) data.push_back(to_json(item));
  return PageJson(page, std::move(data));
}

// The same written straight into text, for pages of many records (core/json_writer.h says
// why): write_item(writer, item) writes each item's fields into its open object.
template <class Page, class WriteItem>
std::string PageText(const Page& page, WriteItem&& write_item) {
  JsonWriter w;
  w.BeginObject().Key("data").BeginArray();
  for (const auto& item : page.items) {
    w.BeginObject();
    write_item(w, item);
    w.EndObject();
  }
  w.EndArray().Field("total", page.total).Field("next_cursor", page.next_cursor).EndObject();
  return w.Take();
}

}  // namespace banso::http
