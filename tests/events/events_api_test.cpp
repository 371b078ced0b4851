// The Segment API and the usage queries through HTTP, on SQLite and PostgreSQL.
#include <zlib.h>

#include <mutex>
#include <set>

#include "core/date.h"
#include "events/usage_listener.h"
#include "support/backend_test.h"

namespace banso::testing {
namespace {

class EventsApiTest : public BackendTest {
 protected:
  std::string NewKey(long long rate = 100000) {
    auto r = as("admin").Post("/api/v1/sources", {{"name", "App " + std::to_string(++sources_)},
                                                  {"rate_limit_per_second", rate}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["write_key"];
  }
  ApiResponse Send(const std::string& key, const std::string& path, const std::string& body,
                   const httplib::Headers& headers = {}) {
    httplib::Client c("127.0.0.1", server().port());
    if (!key.empty()) c.set_basic_auth(key, "");
    auto res = c.Post(path, headers, body, "application/json");
    ApiResponse out;
    if (!res) return out;
    out.status = res->status;
    out.raw = res->body;
    out.headers = res->headers;
    out.body = nlohmann::json::parse(res->body, nullptr, false);
    return out;
  }
  void Applied() { server().app().events().WaitUntilApplied(); }
  // A fresh suffix per call, since the suite's tests share one database.
  std::string Unique() { return std::to_string(++unique_) + "-" + GetParam(); }

  static inline int sources_ = 0, unique_ = 0;
};

TEST_P(EventsApiTest, IdentifyGroupTrackMakeAContactAnAccountAndUsage) {
  std::string key = NewKey(), u = Unique(), user = "user-" + u, domain = "acme-" + u + ".co.jp";
  std::string today = Date::Today().ToString();
  nlohmann::json batch = {
      {"batch",
       {{{"type", "identify"},
         {"userId", user},
         {"messageId", "i-" + u},
         {"traits", {{"email", "hanako@" + domain}, {"name", "佐藤 花子"}}}},
        {{"type", "group"},
         {"userId", user},
         {"messageId", "g-" + u},
         {"groupId", domain},
         {"traits", {{"name", "アクメ株式会社 " + u}}}},
        {{"type", "track"},
         {"userId", user},
         {"messageId", "t1-" + u},
         {"event", "report_exported"},
         {"properties", {{"format", "pdf"}}}},
        {{"type", "track"},
         {"userId", user},
         {"messageId", "t2-" + u},
         {"event", "report_exported"}},
        {{"type", "page"}, {"userId", user}, {"messageId", "p-" + u}, {"name", "Dashboard"}}}}};
  auto r = Send(key, "/v1/batch", batch.dump());
  ASSERT_EQ(r.status, 200) << r.raw;
  EXPECT_EQ(r.body, (nlohmann::json{{"success", true}}));
  Applied();

  auto accounts = as("viewer").Get("/api/v1/accounts?q=" + domain);
  ASSERT_EQ(accounts.body["data"].size(), 1u) << accounts.raw;
  const auto& account = accounts.body["data"][0];
  EXPECT_EQ(account["journey_stage"],
            "prospect");  // unknown company: a prospect, marked as from events
  EXPECT_EQ(account["custom_attributes"]["created_from"], "events");
  EXPECT_EQ(account["external_id"], domain);
  long long account_id = account["id"];
  auto contacts = as("viewer").Get("/api/v1/contacts?account_id=" + std::to_string(account_id));
  ASSERT_EQ(contacts.body["data"].size(), 1u) << contacts.raw;
  EXPECT_EQ(contacts.body["data"][0]["email"], "hanako@" + domain);
  EXPECT_EQ(contacts.body["data"][0]["name"], "佐藤 花子");
  EXPECT_EQ(contacts.body["data"][0]["external_id"], user);

  auto usage = as("viewer").Get("/api/v1/accounts/" + std::to_string(account_id) +
                                "/usage?from=" + today + "&to=" + today);
  ASSERT_EQ(usage.status, 200) << usage.raw;
  EXPECT_EQ(usage.body["days"][0]["dau"], 1);
  EXPECT_EQ(usage.body["days"][0]["events"], 3);
  EXPECT_EQ(usage.body["mau"], 1);
  ASSERT_EQ(usage.body["users"].size(), 1u);
  EXPECT_EQ(usage.body["users"][0]["name"], "佐藤 花子");
  EXPECT_EQ(usage.body["users"][0]["active_days"], 1);
  EXPECT_EQ(usage.body["top_events"][0]["name"], "report_exported");
  EXPECT_EQ(usage.body["top_events"][0]["count"], 2);

  // A feature mapping turns event names into features.
  auto mapped = as("manager").Send(
      "PUT", "/api/v1/events/features",
      nlohmann::json{{"data", {{{"event_name", "report_exported"}, {"feature", "レポート出力"}}}}}
          .dump(),
      "application/json");
  ASSERT_EQ(mapped.status, 200) << mapped.raw;
  usage = as("viewer").Get("/api/v1/accounts/" + std::to_string(account_id) +
                           "/usage?from=" + today + "&to=" + today);
  ASSERT_EQ(usage.body["top_features"].size(), 1u);
  EXPECT_EQ(usage.body["top_features"][0],
            (nlohmann::json{{"feature", "レポート出力"}, {"events", 2}, {"users", 1}}));
  EXPECT_EQ(
      as("csm").Send("PUT", "/api/v1/events/features", R"({"data":[]})", "application/json").status,
      403);
  auto bad = as("admin").Send("PUT", "/api/v1/events/features",
                              R"({"data":[{"event_name":"a","feature":""}]})", "application/json");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.body["error"]["field"], "data[0].feature");
  // Unknown keys are refused, in the items too, naming where they are.
  auto unknown = as("admin").Send("PUT", "/api/v1/events/features",
                                  R"({"data":[{"event_name":"a","feature":"A","colour":"red"}]})",
                                  "application/json");
  EXPECT_EQ(unknown.status, 400);
  EXPECT_EQ(unknown.body["error"]["field"], "data[0].colour");
  EXPECT_EQ(as("admin")
                .Send("PUT", "/api/v1/events/features", R"({"data":[],"mode":"merge"})",
                      "application/json")
                .body["error"]["field"],
            "mode");

  auto catalog = as("viewer").Get("/api/v1/events/catalog");
  bool found = false;
  for (const auto& e : catalog.body)
    if (e["name"] == "report_exported") {
      found = true;
      EXPECT_GE(e["count"].get<int>(), 2);
      EXPECT_EQ(e["feature"], "レポート出力");
    }
  EXPECT_TRUE(found) << catalog.raw;

  // A second group call with the same domain finds the same account (no second prospect).
  Send(key, "/v1/group", nlohmann::json{{"userId", "other-" + u}, {"groupId", domain}}.dump());
  Applied();
  EXPECT_EQ(as("viewer").Get("/api/v1/accounts?q=" + domain).body["data"].size(), 1u);
}

TEST_P(EventsApiTest, GroupMatchesAnExistingAccountByExternalIdThenDomain) {
  std::string u = Unique(), key = NewKey();
  auto by_ext = as("csm").Post("/api/v1/accounts",
                               {{"name", "外部ID株式会社 " + u}, {"external_id", "SF-" + u}});
  auto by_domain = as("csm").Post(
      "/api/v1/accounts", {{"name", "ドメイン株式会社 " + u}, {"domain", "dom-" + u + ".jp"}});
  ASSERT_EQ(by_ext.status, 201);
  ASSERT_EQ(by_domain.status, 201);
  nlohmann::json batch = {
      {"batch",
       {{{"type", "group"}, {"userId", "a-" + u}, {"groupId", "SF-" + u}},
        {{"type", "track"}, {"userId", "a-" + u}, {"event", "login"}},
        {{"type", "group"}, {"userId", "b-" + u}, {"groupId", "dom-" + u + ".jp"}},
        {{"type", "track"}, {"userId", "b-" + u}, {"event", "login"}},
        // context.groupId attributes a single event directly.
        {{"type", "track"},
         {"userId", "c-" + u},
         {"event", "login"},
         {"context", {{"groupId", "SF-" + u}}}}}}};
  ASSERT_EQ(Send(key, "/v1/batch", batch.dump()).status, 200);
  Applied();
  auto usage_ext = as("viewer").Get("/api/v1/accounts/" +
                                    std::to_string(by_ext.body["id"].get<long long>()) + "/usage");
  auto usage_dom = as("viewer").Get(
      "/api/v1/accounts/" + std::to_string(by_domain.body["id"].get<long long>()) + "/usage");
  EXPECT_EQ(usage_ext.body["mau"], 2);
  EXPECT_EQ(usage_dom.body["mau"], 1);
  EXPECT_TRUE(usage_ext.body["seat_utilisation"].is_null());  // no per-seat contract yet
  // Seat utilisation: monthly active users against the seats of the active contracts.
  auto contract = as("manager").Post("/api/v1/contracts", {{"account_id", by_ext.body["id"]},
                                                           {"product", "Pro"},
                                                           {"start_date", "2026-01-01"},
                                                           {"amount_minor", 40000},
                                                           {"seats", 8}});
  ASSERT_EQ(contract.status, 201) << contract.raw;
  EXPECT_EQ(contract.body["seats"], 8);
  usage_ext = as("viewer").Get("/api/v1/accounts/" +
                               std::to_string(by_ext.body["id"].get<long long>()) + "/usage");
  EXPECT_EQ(usage_ext.body["licensed_seats"], 8);
  EXPECT_DOUBLE_EQ(usage_ext.body["seat_utilisation"].get<double>(), 0.25);
  auto bad = as("manager").Post("/api/v1/contracts", {{"account_id", by_ext.body["id"]},
                                                      {"product", "Pro"},
                                                      {"start_date", "2026-01-01"},
                                                      {"amount_minor", 1},
                                                      {"seats", 0}});
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.body["error"]["field"], "seats");
}

TEST_P(EventsApiTest, AnonymousActivityIsStitchedToTheUserAndTheirAccount) {
  std::string u = Unique(), key = NewKey(), anon = "anon-" + u, user = "user-" + u;
  nlohmann::json before = {
      {"batch",
       {{{"type", "page"}, {"anonymousId", anon}, {"name", "Pricing"}},
        {{"type", "track"}, {"anonymousId", anon}, {"event", "trial_started"}}}}};
  ASSERT_EQ(Send(key, "/v1/batch", before.dump()).status, 200);
  nlohmann::json after = {
      {"batch",
       {{{"type", "identify"},
         {"anonymousId", anon},
         {"userId", user},
         {"traits", {{"email", "x@stitch-" + u + ".jp"}}}},
        {{"type", "group"}, {"userId", user}, {"groupId", "stitch-" + u + ".jp"}},
        {{"type", "alias"}, {"previousId", "old-" + u}, {"userId", user}},
        {{"type", "track"}, {"userId", "old-" + u}, {"event", "report_exported"}}}}};
  ASSERT_EQ(Send(key, "/v1/batch", after.dump()).status, 200);
  Applied();
  auto accounts = as("viewer").Get("/api/v1/accounts?q=stitch-" + u);
  ASSERT_EQ(accounts.body["data"].size(), 1u);
  auto usage =
      as("viewer").Get("/api/v1/accounts/" +
                       std::to_string(accounts.body["data"][0]["id"].get<long long>()) + "/usage");
  // The anonymous page and track and the aliased user's track all count for one person.
  EXPECT_EQ(usage.body["mau"], 1) << usage.raw;
  int events = 0;
  for (const auto& d : usage.body["days"]) events += d["events"].get<int>();
  EXPECT_EQ(events, 3);
  ASSERT_EQ(usage.body["users"].size(), 1u);
  EXPECT_EQ(usage.body["users"][0]["user_id"], user);
}

TEST_P(EventsApiTest, RetriesAreStoredOnceAndBadItemsAreReportedByIndex) {
  std::string u = Unique(), key = NewKey();
  std::string event = "retried_" + u;
  nlohmann::json batch = {
      {"batch",
       {{{"type", "track"}, {"userId", "r-" + u}, {"event", event}, {"messageId", "r1-" + u}},
        {{"type", "track"}, {"event", event}, {"messageId", "r2-" + u}},
        {{"type", "track"}, {"userId", "r-" + u}, {"event", event}, {"messageId", "r3-" + u}}}}};
  auto first = Send(key, "/v1/batch", batch.dump());
  ASSERT_EQ(first.status, 200);
  ASSERT_EQ(first.body["rejected"].size(), 1u);
  EXPECT_EQ(first.body["rejected"][0]["index"], 1);
  EXPECT_EQ(first.body["rejected"][0]["field"], "userId");
  for (int i = 0; i < 3; ++i) EXPECT_EQ(Send(key, "/v1/batch", batch.dump()).status, 200);
  // The same messageId from another source is another message.
  EXPECT_EQ(Send(NewKey(), "/v1/batch", batch.dump()).status, 200);
  Applied();
  long long count = 0;
  for (const auto& e : as("viewer").Get("/api/v1/events/catalog").body)
    if (e["name"] == event) count = e["count"];
  EXPECT_EQ(count, 4);
  // Everything bad: 400 with the reasons.
  auto all_bad = Send(key, "/v1/batch", R"({"batch":[{"type":"track","userId":"u"}]})");
  EXPECT_EQ(all_bad.status, 400);
  EXPECT_EQ(all_bad.body["rejected"][0]["field"], "event");
}

TEST_P(EventsApiTest, RequestLevelErrors) {
  std::string key = NewKey();
  EXPECT_EQ(Send(key, "/v1/batch", R"({"batch":[)").status, 400);
  EXPECT_EQ(Send("", "/v1/batch", R"({"batch":[]})").status, 401);
  EXPECT_EQ(Send("bsk_wrong", "/v1/batch", R"({"batch":[]})").status, 401);
  // writeKey in the body, as Segment also accepts.
  EXPECT_EQ(Send("", "/v1/track",
                 nlohmann::json{{"writeKey", key}, {"userId", "u"}, {"event", "e"}}.dump())
                .status,
            200);
  auto big =
      Send(key, "/v1/track",
           nlohmann::json{
               {"userId", "u"}, {"event", "e"}, {"properties", {{"p", std::string(40000, 'x')}}}}
               .dump());
  EXPECT_EQ(big.status, 400);
  EXPECT_NE(big.body["error"]["message"].get<std::string>().find("32 KB"), std::string::npos)
      << big.raw;
  // A revoked key is refused at once.
  auto created = as("admin").Post("/api/v1/sources", {{"name", "Soon revoked"}});
  std::string revoked = created.body["write_key"];
  EXPECT_EQ(as("admin")
                .PostRaw("/api/v1/sources/" + std::to_string(created.body["id"].get<long long>()) +
                             "/revoke",
                         "", "")
                .status,
            200);
  EXPECT_EQ(Send(revoked, "/v1/batch", R"({"batch":[]})").status, 401);
  EXPECT_EQ(as("csm").Get("/api/v1/sources").status, 403);
  auto listed = as("admin").Get("/api/v1/sources");
  bool seen = false;
  for (const auto& src : listed.body["data"])
    if (src["id"] == created.body["id"]) {
      seen = true;
      EXPECT_FALSE(src["revoked_at"].is_null());
    }
  EXPECT_TRUE(seen) << listed.raw;
}

TEST_P(EventsApiTest, GzipBodiesAreAccepted) {
  std::string u = Unique(), key = NewKey();
  std::string body =
      nlohmann::json{{"batch", {{{"type", "track"}, {"userId", "z"}, {"event", "gz_" + u}}}}}
          .dump();
  std::string gz(compressBound(static_cast<uLong>(body.size())) + 32, '\0');
  z_stream zs{};
  deflateInit2(&zs, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY);
  zs.next_in = reinterpret_cast<Bytef*>(body.data());
  zs.avail_in = static_cast<uInt>(body.size());
  zs.next_out = reinterpret_cast<Bytef*>(gz.data());
  zs.avail_out = static_cast<uInt>(gz.size());
  deflate(&zs, Z_FINISH);
  gz.resize(zs.total_out);
  deflateEnd(&zs);
  auto r = Send(key, "/v1/batch", gz, {{"Content-Encoding", "gzip"}});
  ASSERT_EQ(r.status, 200) << r.raw;
  Applied();
  bool found = false;
  for (const auto& e : as("viewer").Get("/api/v1/events/catalog").body)
    found |= e["name"] == "gz_" + u;
  EXPECT_TRUE(found);
}

TEST_P(EventsApiTest, OverTheRateLimitIs429WithRetryAfter) {
  std::string key = NewKey(5);
  nlohmann::json items = nlohmann::json::array();
  for (int i = 0; i < 5; ++i)
    items.push_back({{"type", "track"}, {"userId", "u"}, {"event", "limited"}});
  EXPECT_EQ(Send(key, "/v1/batch", nlohmann::json{{"batch", items}}.dump()).status, 200);
  auto r = Send(key, "/v1/batch", nlohmann::json{{"batch", items}}.dump());
  EXPECT_EQ(r.status, 429);
  EXPECT_FALSE(r.headers.find("Retry-After") == r.headers.end());
  auto metrics = httplib::Client("127.0.0.1", server().port()).Get("/metrics");
  ASSERT_TRUE(metrics);
  EXPECT_NE(metrics->body.find("banso_events_rate_limited_total"), std::string::npos);
}

TEST_P(EventsApiTest, RollupsSurviveARestartFromTheCheckpoint) {
  std::string u = Unique(), key = NewKey();
  nlohmann::json batch = {
      {"batch",
       {{{"type", "group"}, {"userId", "p-" + u}, {"groupId", "restart-" + u + ".jp"}},
        {{"type", "track"}, {"userId", "p-" + u}, {"event", "restart_" + u}}}}};
  ASSERT_EQ(Send(key, "/v1/batch", batch.dump()).status, 200);
  Applied();
  auto& events = server().app().events();
  events.Stop();  // writes the checkpoint
  events.Start();
  auto accounts = as("viewer").Get("/api/v1/accounts?q=restart-" + u);
  ASSERT_EQ(accounts.body["data"].size(), 1u);
  auto usage =
      as("viewer").Get("/api/v1/accounts/" +
                       std::to_string(accounts.body["data"][0]["id"].get<long long>()) + "/usage");
  EXPECT_EQ(usage.body["mau"], 1);
  // And the de-duplication window survived too (SQLite: saved at the stop and loaded at the
  // start; after a crash it is rebuilt from the log, which the kill -9 test covers).
  batch["batch"][1]["messageId"] = "same-" + u;
  ASSERT_EQ(Send(key, "/v1/batch", batch.dump()).status, 200);
  events.Stop();
  events.Start();
  ASSERT_EQ(Send(key, "/v1/batch", batch.dump()).status, 200);
  Applied();
  long long count = 0;
  for (const auto& e : as("viewer").Get("/api/v1/events/catalog").body)
    if (e["name"] == "restart_" + u) count = e["count"];
  EXPECT_EQ(count, 2);
}

// Other modules (health scoring) learn of usage changes through UsageListener.
struct RecordingListener : events::UsageListener {
  std::mutex mu;
  std::set<long long> accounts;
  void OnAccountUsageChanged(const std::vector<AccountId>& changed) override {
    std::lock_guard lock(mu);
    for (AccountId a : changed) accounts.insert(a.value);
  }
};

TEST_P(EventsApiTest, ListenersHearWhichAccountsUsageChanged) {
  static std::map<std::string, RecordingListener> listeners;  // outlives the suite's server
  RecordingListener& listener = listeners[GetParam()];
  server().app().events().AddUsageListener(&listener);
  std::string u = Unique(), key = NewKey();
  auto account = as("csm").Post("/api/v1/accounts",
                                {{"name", "聞き手株式会社 " + u}, {"external_id", "L-" + u}});
  nlohmann::json batch = {{"batch",
                           {{{"type", "track"},
                             {"userId", "l-" + u},
                             {"event", "opened"},
                             {"context", {{"groupId", "L-" + u}}}}}}};
  ASSERT_EQ(Send(key, "/v1/batch", batch.dump()).status, 200);
  Applied();
  std::lock_guard lock(listener.mu);
  EXPECT_TRUE(listener.accounts.count(account.body["id"].get<long long>()));
}

BANSO_INSTANTIATE_BACKENDS(EventsApiTest);

}  // namespace
}  // namespace banso::testing
