// Health scores (issue 14): an account's score with its ledger, history, diff between dates
// and override; the band-change feed; scorecards with drafts, previews, backtests, publishing.
#include "core/json_fields.h"
#include "health/health_engine.h"
#include "http/account_scope.h"
#include "http/api_routes.h"

namespace banso::http {
namespace {

using health::Band;

// The ledger as the API answers it: each contribution with its measure's unit and source.
nlohmann::json Ledger(const nlohmann::json& stored) {
  nlohmann::json out = nlohmann::json::array();
  for (auto c : stored) {
    if (auto m = EnumFromString<health::Measure>(c.value("measure", ""))) {
      c["unit"] = health::InfoOf(*m).unit;
      c["source"] = EnumToString(health::InfoOf(*m).source);
    }
    out.push_back(std::move(c));
  }
  return out;
}

nlohmann::json OptNumber(std::optional<double> v) {
  return v ? nlohmann::json(*v) : nlohmann::json();
}
nlohmann::json OptBand(std::optional<Band> b) {
  return b ? nlohmann::json(EnumToString(*b)) : nlohmann::json();
}

// The scorecard's definition to test: the body's, else its draft, else the one in force.
health::ScorecardDefinition DefinitionToTry(const health::Scorecard& s, const RequestContext& ctx) {
  std::optional<health::ScorecardDefinition> sent;
  if (!ctx.body.empty()) {
    nlohmann::json body = ctx.JsonBody();
    JsonFields f(body);
    f.On("definition", [&](auto& v) { sent = health::DefinitionFromJson(v, "definition"); });
    f.RejectUnknown();
  }
  if (sent) return *sent;
  const auto* v = s.Version(s.draft ? s.draft : s.published);
  if (!v) throw Invalid("definition", "is required");
  return v->definition;
}

int Months(const RequestContext& ctx) {
  return static_cast<int>(ctx.QueryInt("months", 1, 36).value_or(24));
}

}  // namespace

void AddHealthRoutes(std::vector<Route>& routes, app::App& app) {
  routes.push_back(
      {Method::kGet, "/api/v1/accounts/{id}/health", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({});
         AccountId account(ctx.PathId());
         app.accounts().Get(account);  // 404 for an unknown account
         auto stored = app.health_scores().ScoreOf(account);
         if (!stored) throw NotFound("no such health score");
         const Timestamp now = Timestamp::Now();
         nlohmann::json override_json;
         std::optional<Band> shown = stored->band;
         for (const auto& o : app.health_scores().Overrides(account))
           if (o.ActiveAt(now)) {
             override_json = health::ToJson(o, now);
             shown = o.band;
             break;
           }
         auto card = app.scorecards().Get(stored->scorecard_id);
         ctx.Json(200,
                  {{"account_id", account.value},
                   {"score", OptNumber(stored->score)},
                   {"band", OptBand(shown)},
                   {"computed_band", OptBand(stored->band)},
                   {"override", override_json},
                   {"scorecard",
                    {{"id", card.id}, {"name", card.name}, {"version", stored->scorecard_version}}},
                   {"computed_at", stored->computed_at.ToString()},
                   {"contributions", Ledger(stored->contributions)}});
       }});
  routes.push_back({Method::kGet, "/api/v1/accounts/{id}/health/history",
                    auth::Permission::kReadCustomers, [&app](RequestContext& ctx) {
                      ctx.AllowQuery({"from", "to"});
                      AccountId account(ctx.PathId());
                      app.accounts().Get(account);
                      Date to = ctx.QueryDate("to").value_or(app.clock().Today());
                      Date from = ctx.QueryDate("from").value_or(to.AddDays(-365));
                      if (to < from) throw Invalid("to", "must not be before from");
                      if (to - from > 3660)
                        throw Invalid("from", "the range may span at most ten years");
                      nlohmann::json days = nlohmann::json::array();
                      for (const auto& s : app.health_scores().Snapshots(account, from, to))
                        days.push_back({{"day", s.day.ToString()},
                                        {"score", OptNumber(s.score)},
                                        {"band", OptBand(s.band)}});
                      nlohmann::json changes = nlohmann::json::array();
                      for (const auto& c : app.health_scores().ChangesOf(account, 50))
                        changes.push_back(health::ToJson(c));
                      ctx.Json(200, {{"from", from.ToString()},
                                     {"to", to.ToString()},
                                     {"days", days},
                                     {"band_changes", changes}});
                    }});
  // "What changed since last month?": every measure at two dates, with the scorecard in force.
  routes.push_back(
      {Method::kGet, "/api/v1/accounts/{id}/health/diff", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({"from", "to"});
         AccountId account(ctx.PathId());
         app.accounts().Get(account);
         Date to = ctx.QueryDate("to").value_or(app.clock().Today());
         Date from = ctx.QueryDate("from").value_or(to.AddMonths(-1));
         if (to < from) throw Invalid("to", "must not be before from");
         auto a = app.health().Evaluate(account, from);
         auto b = app.health().Evaluate(account, to);
         nlohmann::json measures = nlohmann::json::array();
         for (size_t i = 0; i < b.scored.contributions.size(); ++i) {
           const auto& was = a.scored.contributions[i];
           const auto& now = b.scored.contributions[i];
           measures.push_back({{"measure", EnumToString(now.measure)},
                               {"unit", health::InfoOf(now.measure).unit},
                               {"raw_from", OptNumber(was.raw)},
                               {"raw_to", OptNumber(now.raw)},
                               {"points_from", was.points},
                               {"points_to", now.points},
                               {"change", now.points - was.points}});
         }
         ctx.Json(200, {{"from",
                         {{"day", from.ToString()},
                          {"score", OptNumber(a.scored.score)},
                          {"band", OptBand(a.scored.band)}}},
                        {"to",
                         {{"day", to.ToString()},
                          {"score", OptNumber(b.scored.score)},
                          {"band", OptBand(b.scored.band)}}},
                        {"scorecard", {{"id", b.scorecard_id}, {"version", b.scorecard_version}}},
                        {"measures", measures}});
       }});
  routes.push_back(
      {Method::kPost, "/api/v1/accounts/{id}/health/override", auth::Permission::kWriteActivity,
       [&app](RequestContext& ctx) {
         nlohmann::json body = ctx.JsonBody();
         JsonFields f(body);
         std::optional<Band> band;
         std::string reason;
         std::optional<Timestamp> expires;
         f.On("band", [&](auto& v) { band = JsonEnum<Band>(v, "band"); });
         f.On("reason", [&](auto& v) { reason = JsonOptString(v, "reason").value_or(""); });
         f.On("expires_at", [&](auto& v) { expires = JsonTimestamp(v, "expires_at"); });
         f.RejectUnknown();
         if (!band) throw Invalid("band", "is required");
         if (!expires) throw Invalid("expires_at", "is required");
         auto o = app.health_scores().SetOverride(ctx.actor(), AccountId(ctx.PathId()), *band,
                                                  reason, *expires, Timestamp::Now());
         ctx.Json(201, health::ToJson(o, Timestamp::Now()));
       }});
  routes.push_back(
      {Method::kDelete, "/api/v1/accounts/{id}/health/override", auth::Permission::kWriteActivity,
       [&app](RequestContext& ctx) {
         app.health_scores().EndOverride(ctx.actor(), AccountId(ctx.PathId()), Timestamp::Now());
         ctx.NoContent();
       },
       kNoBody});
  // The feed automation triggers on: band changes at or after `since`, oldest first.
  routes.push_back(
      {Method::kGet, "/api/v1/health/changes", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({"since", "after_id", "limit"});
         auto since = ctx.QueryTimestamp("since");
         if (!since) throw Invalid("since", "is required");
         long long after =
             ctx.QueryInt("after_id", 0, std::numeric_limits<long long>::max()).value_or(0);
         int limit = static_cast<int>(ctx.QueryInt("limit", 1, 1000).value_or(200));
         auto changes = app.health_scores().Changes(*since, after, limit);
         nlohmann::json data = nlohmann::json::array();
         for (const auto& c : changes) data.push_back(health::ToJson(c));
         nlohmann::json next;
         if (static_cast<int>(changes.size()) == limit)
           next = {{"since", changes.back().at.ToString()}, {"after_id", changes.back().id}};
         ctx.Json(200, {{"data", data}, {"next", next}});
       }});

  // What rescoring costs in this process (benchmarks read the CPU per change from it).
  routes.push_back({Method::kGet, "/api/v1/health/status", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.AllowQuery({});
                      ctx.Json(200, {{"rescoring", app.health().rescoring().ToJson()}});
                    }});
  routes.push_back({Method::kGet, "/api/v1/scorecards", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      nlohmann::json data = nlohmann::json::array();
                      for (const auto& s : app.scorecards().List())
                        data.push_back(health::ToJson(s));
                      ctx.Json(200, {{"data", data}});
                    }});
  routes.push_back({Method::kGet, "/api/v1/scorecards/measures", auth::Permission::kReadCustomers,
                    [](RequestContext& ctx) {
                      nlohmann::json data = nlohmann::json::array();
                      for (const auto& m : health::kMeasures)
                        data.push_back({{"measure", EnumToString(m.measure)},
                                        {"unit", m.unit},
                                        {"source", EnumToString(m.source)},
                                        {"higher_is_better", m.higher_is_better}});
                      ctx.Json(200, {{"data", data}});
                    }});
  routes.push_back(
      {Method::kPost, "/api/v1/scorecards", auth::Permission::kConfigureSuccess,
       [&app](RequestContext& ctx) {
         nlohmann::json body = ctx.JsonBody();
         JsonFields f(body);
         std::string name;
         std::optional<std::string> tier;
         std::optional<health::ScorecardDefinition> d;
         f.On("name", [&](auto& v) { name = JsonString(v, "name"); });
         f.On("tier", [&](auto& v) {
           tier = JsonOptString(v, "tier");
           if (tier && !EnumFromString<customers::Tier>(*tier))
             throw Invalid("tier", "must be one of " + EnumChoices<customers::Tier>());
         });
         std::optional<long long> segment_id;
         f.On("segment_id", [&](auto& v) {
           segment_id = JsonOptInt(v, "segment_id");
           if (!segment_id) return;
           if (SegmentFilter(app, SegmentId(*segment_id), "segment_id").health_band)
             throw Invalid("segment_id",
                           "a segment that filters by health band cannot choose a scorecard");
         });
         f.On("definition", [&](auto& v) { d = health::DefinitionFromJson(v, "definition"); });
         f.RejectUnknown();
         if (!d) throw Invalid("definition", "is required");
         ctx.Json(201,
                  health::ToJson(app.scorecards().Create(ctx.actor(), name, tier, segment_id, *d)));
       }});
  routes.push_back({Method::kGet, "/api/v1/scorecards/{id}", auth::Permission::kReadCustomers,
                    [&app](RequestContext& ctx) {
                      ctx.Json(200, health::ToJson(app.scorecards().Get(ctx.PathId())));
                    }});
  // An edit writes the draft; the version in force scores on until the draft is published.
  routes.push_back({Method::kPut, "/api/v1/scorecards/{id}/draft",
                    auth::Permission::kConfigureSuccess, [&app](RequestContext& ctx) {
                      nlohmann::json body = ctx.JsonBody();
                      long long version = ctx.RequiredVersion(body);
                      JsonFields f(body);
                      std::optional<health::ScorecardDefinition> d;
                      f.On("version", [](auto&) {});
                      f.On("definition",
                           [&](auto& v) { d = health::DefinitionFromJson(v, "definition"); });
                      f.RejectUnknown();
                      if (!d) throw Invalid("definition", "is required");
                      ctx.Json(200, health::ToJson(app.scorecards().SaveDraft(
                                        ctx.actor(), ctx.PathId(), version, *d)));
                    }});
  routes.push_back(
      {Method::kDelete, "/api/v1/scorecards/{id}/draft", auth::Permission::kConfigureSuccess,
       [&app](RequestContext& ctx) {
         auto version = ctx.QueryInt("version", 1, std::numeric_limits<long long>::max());
         if (!version)
           throw Invalid(
               "version",
               "is required: send the version you read, so concurrent edits are detected");
         app.scorecards().DiscardDraft(ctx.actor(), ctx.PathId(), *version);
         ctx.NoContent();
       },
       kNoBody});
  routes.push_back({Method::kPost, "/api/v1/scorecards/{id}/publish",
                    auth::Permission::kConfigureSuccess, [&app](RequestContext& ctx) {
                      nlohmann::json body = ctx.JsonBody();
                      long long version = ctx.RequiredVersion(body);
                      JsonFields f(body);
                      f.On("version", [](auto&) {});
                      f.RejectUnknown();
                      auto published = app.scorecards().Publish(ctx.actor(), ctx.PathId(), version);
                      app.health().RescoreAll();  // the new version scores before the answer
                      ctx.Json(200, health::ToJson(published));
                    }});
  // The draft (or a definition in the body) beside the version in force: today's distribution
  // and the backtest at monthly dates.
  routes.push_back({Method::kPost, "/api/v1/scorecards/{id}/preview",
                    auth::Permission::kReadCustomers, [&app](RequestContext& ctx) {
                      ctx.AllowQuery({});
                      auto card = app.scorecards().Get(ctx.PathId());
                      auto tried = DefinitionToTry(card, ctx);
                      nlohmann::json in_force;
                      if (const auto* v = card.Version(card.published))
                        in_force = health::ToJson(app.health().Preview(card, v->definition));
                      ctx.Json(200,
                               {{"candidate", health::ToJson(app.health().Preview(card, tried))},
                                {"published", in_force}});
                    }});
  routes.push_back(
      {Method::kPost, "/api/v1/scorecards/{id}/backtest", auth::Permission::kReadCustomers,
       [&app](RequestContext& ctx) {
         ctx.AllowQuery({"months"});
         auto card = app.scorecards().Get(ctx.PathId());
         auto tried = DefinitionToTry(card, ctx);
         const int months = Months(ctx);
         nlohmann::json in_force;
         if (const auto* v = card.Version(card.published))
           in_force = health::ToJson(app.health().Backtest(card, v->definition, months));
         ctx.Json(200, {{"candidate", health::ToJson(app.health().Backtest(card, tried, months))},
                        {"published", in_force}});
       }});
}

}  // namespace banso::http
