// Product-usage events: the Segment HTTP Tracking API (/v1/*, authenticated by a source's write
// key), the sources and their keys, the event catalogue, the live stream, usage per account,
// and /metrics.
#include "core/error.h"
#include "core/json_fields.h"
#include "events/events_json.h"
#include "events/text_blob.h"
#include "http/api_routes.h"

namespace banso::http {
namespace {

// Segment's SDKs send the write key as the HTTP Basic user name (and an empty password).
std::string BasicUser(const httplib::Request& req) {
  std::string authz = req.get_header_value("Authorization");
  if (authz.rfind("Basic ", 0) != 0) return {};
  std::string decoded;
  try {
    decoded = events::FromBase64(authz.substr(6));
  } catch (const Error&) {
    throw Unauthorized("the Authorization header is not valid Basic credentials");
  }
  return decoded.substr(0, decoded.find(':'));
}

void AddSegmentRoute(std::vector<Route>& routes, app::App& app, const char* path,
                     std::optional<events::EventType> type) {
  // Segment's limits are 32 KB a call and 500 KB a batch: up to one byte past a batch's, the
  // parser reports an oversized body in Segment's words; past that the server answers 413.
  constexpr size_t limit = 500 * 1024 + 1;
  routes.push_back(
      {Method::kPost, path, std::nullopt,
       [&app, type](RequestContext& ctx) {
         auto outcome = app.events().Ingest(type, ctx.body, BasicUser(ctx.req));
         nlohmann::json rejected = nlohmann::json::array();
         for (const auto& r : outcome.rejected)
           rejected.push_back(
               {{"index", r.index},
                {"field", r.field},
                {"reason", r.reason},
                {"message_id",
                 r.message_id.empty() ? nlohmann::json(nullptr) : nlohmann::json(r.message_id)}});
         if (outcome.accepted + outcome.duplicates == 0 && !outcome.rejected.empty()) {
           const auto& first = outcome.rejected.front();
           ctx.Json(400,
                    {{"success", false},
                     {"error",
                      {{"code", "invalid"},
                       {"message", "no message was accepted: " + first.field + " " + first.reason},
                       {"field", first.field}}},
                     {"rejected", rejected}});
           return;
         }
         nlohmann::json body = {{"success", true}};
         if (!rejected.empty()) body["rejected"] = rejected;
         ctx.Json(200, body);
       },
       limit});
}

Date DateParam(RequestContext& ctx, const char* name, Date fallback) {
  auto text = ctx.QueryString(name);
  if (!text) return fallback;
  auto d = Date::Parse(*text);
  if (!d) throw Invalid(name, "must be a date like 2026-11-23");
  return *d;
}

std::vector<events::FeatureMapping> ParseFeatureMappings(const nlohmann::json& body) {
  std::vector<events::FeatureMapping> items;
  JsonFields f(body);
  f.On("data", [&](const nlohmann::json& data) {
    if (!data.is_array()) throw Invalid("data", "must be a list of {event_name, feature}");
    for (size_t i = 0; i < data.size(); ++i) {
      std::string at = "data[" + std::to_string(i) + "]";
      JsonFields item(data[i], at);
      std::optional<std::string> name, feature;
      item.On("event_name", [&](auto& v) { name = JsonString(v, (at + ".event_name").c_str()); });
      item.On("feature", [&](auto& v) { feature = JsonString(v, (at + ".feature").c_str()); });
      item.RejectUnknown();
      if (!name) throw Invalid(at + ".event_name", "is required (a string)");
      if (!feature) throw Invalid(at + ".feature", "is required (a string)");
      items.push_back({*name, *feature});
    }
  });
  f.RejectUnknown();
  if (!f.Has("data")) throw Invalid("data", "must be a list of {event_name, feature}");
  return items;
}

nlohmann::json FeaturesJson(const std::vector<events::FeatureMapping>& mappings) {
  nlohmann::json data = nlohmann::json::array();
  for (const auto& m : mappings)
    data.push_back({{"event_name", m.event_name}, {"feature", m.feature}});
  return {{"data", std::move(data)}};
}

nlohmann::json SourcesJson(app::App& app) {
  nlohmann::json data = nlohmann::json::array();
  for (const auto& s : app.events().usage().Sources()) data.push_back(events::ToJson(s));
  return {{"data", std::move(data)}};
}

template <class T>
nlohmann::json ListJson(const std::vector<T>& items) {
  nlohmann::json data = nlohmann::json::array();
  for (const T& item : items) data.push_back(events::ToJson(item));
  return data;
}

void AddSourceRoutes(std::vector<Route>& routes, app::App& app) {
  using auth::Permission;
  routes.push_back({Method::kGet, "/api/v1/sources", Permission::kManageSources,
                    [&app](RequestContext& ctx) { ctx.Json(200, SourcesJson(app)); }});
  routes.push_back(
      {Method::kPost, "/api/v1/sources", Permission::kManageSources, [&app](RequestContext& ctx) {
         auto body = ctx.JsonBody();
         JsonFields f(body);
         std::optional<std::string> name;
         long long rate = events::kDefaultRateLimitPerSecond;
         f.On("name", [&](auto& v) { name = JsonString(v, "name"); });
         f.On("rate_limit_per_second",
              [&](auto& v) { rate = JsonInt(v, "rate_limit_per_second"); });
         f.RejectUnknown();
         if (!name) throw Invalid("name", "is required (a string)");
         auto [source, key] = app.events().sources().Create(ctx.actor(), *name, rate);
         nlohmann::json j = events::ToJson(events::SourceActivity{source});
         j["write_key"] = key;
         ctx.Json(201, j);
       }});
  routes.push_back({Method::kPost, "/api/v1/sources/{id}/revoke", Permission::kManageSources,
                    [&app](RequestContext& ctx) {
                      SourceId id(ctx.PathId());
                      app.events().sources().Revoke(ctx.actor(), id);
                      // Answered with the source's event counts.
                      for (const auto& s : app.events().usage().Sources())
                        if (s.source.id == id) return ctx.Json(200, events::ToJson(s));
                      throw NotFound("no such source");
                    },
                    kNoBody});
}

// The live stream of a source's events as server-sent events, while the viewer stays signed in.
void AddLiveStreamRoute(std::vector<Route>& routes, app::App& app) {
  routes.push_back(
      {Method::kGet, "/api/v1/events/stream", auth::Permission::kManageSources,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({"source_id"});
         std::optional<uint32_t> source;
         if (auto id = ctx.QueryInt("source_id", 1, 1LL << 31)) source = static_cast<uint32_t>(*id);
         auto sub = app.events().live().Subscribe(source);
         if (!sub)
           throw Unavailable("too many people are watching the live stream; try again later");
         ctx.res.set_header("Cache-Control", "no-cache");
         ctx.res.set_header("X-Accel-Buffering", "no");
         auto reported_dropped = std::make_shared<size_t>(0);
         // The provider runs after the handler returns, while ctx (and the request) still live.
         auto reauthenticate = ctx.reauthenticate;
         ctx.res.set_chunked_content_provider(
             "text/event-stream",
             [sub, reported_dropped, reauthenticate, &app](size_t, httplib::DataSink& sink) {
               if (!app.events().started()) return false;
               try {
                 reauthenticate();  // about once a second: a revoked token or an ended session
                                    // closes the stream
               } catch (const Error&) {
                 return false;
               }
               std::string out;
               for (const auto& m : sub->Next(std::chrono::seconds(1)))
                 out += "event: " + m.kind + "\ndata: " + m.json + "\n\n";
               // A watcher that reads slower than events arrive is told how many it missed.
               if (size_t dropped = sub->dropped(); dropped != *reported_dropped) {
                 out += "event: dropped\ndata: {\"count\":" + std::to_string(dropped) + "}\n\n";
                 *reported_dropped = dropped;
               }
               if (out.empty()) out = ": waiting\n\n";  // keeps proxies from closing an idle stream
               return sink.write(out.data(), out.size());
             });
       }});
}

void AddCatalogRoutes(std::vector<Route>& routes, app::App& app) {
  using auth::Permission;
  routes.push_back({Method::kGet, "/api/v1/events/catalog", Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({});
                      ctx.Json(200, ListJson(app.events().usage().Catalog()));
                    }});
  routes.push_back({Method::kGet, "/api/v1/events/volume", Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({"from", "to", "name"});
                      Date to = DateParam(ctx, "to", Date::Today());
                      Date from = DateParam(ctx, "from", Date::FromDays(to.days() - 29));
                      ctx.Json(200, events::ToJson(app.events().usage().Volume(
                                        from, to, ctx.QueryString("name"))));
                    }});
  routes.push_back(
      {Method::kGet, "/api/v1/events/status", Permission::kReadCustomers,
       [&app](RequestContext& ctx) { ctx.Json(200, events::ToJson(app.events().Status())); }});
  routes.push_back({Method::kGet, "/api/v1/events/features", Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      std::vector<events::FeatureMapping> mappings;
                      for (auto& [name, feature] : app.events().features().All())
                        mappings.push_back({name, feature});
                      ctx.Json(200, FeaturesJson(mappings));
                    }});
  routes.push_back(
      {Method::kPut, "/api/v1/events/features", Permission::kConfigureUsage,
       [&app](RequestContext& ctx) {
         auto items = ParseFeatureMappings(ctx.JsonBody());
         try {
           ctx.Json(200, FeaturesJson(app.events().features().Set(ctx.actor(), items)));
         } catch (const Error& e) {
           // The service names items[i]; the API's field is data[i].
           std::string field =
               e.field().rfind("items", 0) == 0 ? "data" + e.field().substr(5) : e.field();
           throw Invalid(field, e.what());
         }
       }});
}

void AddUsageRoutes(std::vector<Route>& routes, app::App& app) {
  using auth::Permission;
  routes.push_back({Method::kGet, "/api/v1/accounts/{id}/usage", Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({"from", "to"});
                      AccountId id(ctx.PathId());
                      app.accounts().Get(id);  // 404 for an unknown account
                      Date to = DateParam(ctx, "to", Date::Today());
                      Date from = DateParam(ctx, "from", Date::FromDays(to.days() - 29));
                      ctx.Json(200, events::ToJson(app.events().usage().OfAccount(id, from, to)));
                    }});
  routes.push_back({Method::kGet, "/api/v1/usage/active-users", Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({"from", "to"});
                      Date to = DateParam(ctx, "to", Date::Today());
                      Date from = DateParam(ctx, "from", Date::FromDays(to.days() - 29));
                      ctx.Json(200, events::ToJson(app.events().usage().Active(from, to)));
                    }});
}

}  // namespace

void AddEventRoutes(std::vector<Route>& routes, app::App& app) {
  AddSegmentRoute(routes, app, "/v1/batch", std::nullopt);
  AddSegmentRoute(routes, app, "/v1/identify", events::EventType::kIdentify);
  AddSegmentRoute(routes, app, "/v1/track", events::EventType::kTrack);
  AddSegmentRoute(routes, app, "/v1/page", events::EventType::kPage);
  AddSegmentRoute(routes, app, "/v1/screen", events::EventType::kScreen);
  AddSegmentRoute(routes, app, "/v1/group", events::EventType::kGroup);
  AddSegmentRoute(routes, app, "/v1/alias", events::EventType::kAlias);
  routes.push_back({Method::kGet, "/metrics", std::nullopt, [&app](RequestContext& ctx) {
                      ctx.res.set_content(app.events().metrics().Render(),
                                          "text/plain; version=0.0.4");
                    }});
  AddSourceRoutes(routes, app);
  AddLiveStreamRoute(routes, app);
  AddCatalogRoutes(routes, app);
  AddUsageRoutes(routes, app);
}

}  // namespace banso::http
