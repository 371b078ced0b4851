// Health through the API on both backends: a score with its ledger, fresh within a second of a
// write; band changes in the feed; overrides that no rescoring replaces; scorecards edited as
// drafts, backtested and published; and bad input refused naming the field.
#include <chrono>
#include <thread>

#include "support/backend_test.h"

namespace banso::testing {
namespace {

class HealthApiTest : public BackendTest {
 protected:
  long long NewAccount() {
    auto r = as("manager").Post("/api/v1/accounts",
                                {{"name", "Health Co " + std::to_string(++n_) + GetParam()}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  long long NewContact(long long account) {
    auto r = as("manager").Post(
        "/api/v1/contacts",
        {{"account_id", account}, {"name", "担当 " + std::to_string(++n_)}, {"role", "champion"}});
    EXPECT_EQ(r.status, 201) << r.raw;
    return r.body["id"];
  }
  void Nps(long long account, long long contact, int score, int days_ago) {
    auto r = as("csm").Post("/api/v1/surveys", {{"account_id", account},
                                                {"contact_id", contact},
                                                {"kind", "nps"},
                                                {"score", score},
                                                {"responded_at", DaysAgo(days_ago)}});
    ASSERT_EQ(r.status, 201) << r.raw;
  }
  // The account's health once `ready` holds, polling for up to 3 s (the target is 1 s).
  nlohmann::json HealthWhen(long long account,
                            const std::function<bool(const nlohmann::json&)>& ready) {
    const std::string path = "/api/v1/accounts/" + std::to_string(account) + "/health";
    auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(3);
    nlohmann::json last;
    while (std::chrono::steady_clock::now() < deadline) {
      auto r = as("viewer").Get(path);
      if (r.status == 200) {
        last = r.body;
        if (ready(last)) return last;
      }
      std::this_thread::sleep_for(std::chrono::milliseconds(50));
    }
    ADD_FAILURE() << "not ready within 3 s: " << last.dump();
    return last;
  }
  static double Points(const nlohmann::json& health) {
    double sum = 0;
    for (const auto& c : health["contributions"]) sum += c["points"].get<double>();
    return sum;
  }
  static const nlohmann::json* Measure(const nlohmann::json& health, const std::string& name) {
    for (const auto& c : health["contributions"])
      if (c["measure"] == name) return &c;
    return nullptr;
  }
  static inline int n_ = 0;
};

TEST_P(HealthApiTest, AScoreExplainsItselfAndFollowsNewDataWithinASecond) {
  long long account = NewAccount();
  long long contact = NewContact(account);
  Nps(account, contact, 10, 20);
  auto h = HealthWhen(account, [](const auto& j) {
    return j["contributions"].size() > 0 && Measure(j, "nps_latest") &&
           (*Measure(j, "nps_latest"))["raw"] == 10;
  });
  ASSERT_TRUE(h["score"].is_number()) << h.dump();
  EXPECT_NEAR(Points(h), h["score"].get<double>(), 1e-9) << "the ledger sums to the score";
  EXPECT_EQ(h["scorecard"]["version"], 1);
  const auto* touch = Measure(h, "days_since_meaningful_touch");
  ASSERT_NE(touch, nullptr);
  EXPECT_TRUE((*touch)["raw"].is_null());
  EXPECT_EQ((*touch)["missing"], "worst");
  EXPECT_EQ((*touch)["normalised"], 0);
  EXPECT_EQ((*touch)["unit"], "days");
  EXPECT_EQ((*touch)["source"], "touchpoints");
  const auto* csat = Measure(h, "csat");
  ASSERT_NE(csat, nullptr);
  EXPECT_EQ((*csat)["missing"], "leave_out");
  EXPECT_EQ((*csat)["points"], 0);

  // A detractor answer and four open tickets: the score falls and the band change is in the feed.
  const std::string since = Timestamp::Now().ToString();
  Nps(account, contact, 2, 1);
  for (int i = 0; i < 4; ++i) {
    auto r = as("csm").Post("/api/v1/tickets", {{"account_id", account},
                                                {"subject", "エラーが出る " + std::to_string(i)},
                                                {"priority", "urgent"},
                                                {"opened_at", DaysAgo(3)}});
    ASSERT_EQ(r.status, 201) << r.raw;
  }
  const double before = h["score"];
  auto after = HealthWhen(account, [](const auto& j) {
    const auto* t = Measure(j, "open_tickets");
    return t && (*t)["raw"] == 4 && (*Measure(j, "nps_latest"))["raw"] == 2;
  });
  EXPECT_LT(after["score"].get<double>(), before);
  EXPECT_NEAR(Points(after), after["score"].get<double>(), 1e-9);
  if (after["band"] != h["band"]) {
    auto feed = as("viewer").Get("/api/v1/health/changes?since=" + since);
    ASSERT_EQ(feed.status, 200) << feed.raw;
    bool found = false;
    for (const auto& c : feed.body["data"])
      if (c["account_id"] == account) {
        found = true;
        EXPECT_EQ(c["from"], h["band"]);
        EXPECT_EQ(c["to"], after["band"]);
        EXPECT_EQ(c["cause"], "score");
        EXPECT_FALSE(c["moved_by"].empty());
      }
    EXPECT_TRUE(found) << feed.raw;
  }
  auto history =
      as("viewer").Get("/api/v1/accounts/" + std::to_string(account) + "/health/history");
  ASSERT_EQ(history.status, 200) << history.raw;
  ASSERT_EQ(history.body["days"].size(), 1u) << "one snapshot per day";
  EXPECT_EQ(history.body["days"][0]["score"], after["score"]);
}

TEST_P(HealthApiTest, TheDiffShowsEachMeasureAtTwoDates) {
  long long account = NewAccount();
  long long contact = NewContact(account);
  Nps(account, contact, 9, 60);
  Nps(account, contact, 3, 5);
  HealthWhen(account, [](const auto& j) {
    return Measure(j, "nps_latest") && (*Measure(j, "nps_latest"))["raw"] == 3;
  });
  const std::string from = Timestamp{Timestamp::Now().ms - 30 * 86'400'000LL}.date().ToString();
  auto diff =
      as("viewer").Get("/api/v1/accounts/" + std::to_string(account) + "/health/diff?from=" + from);
  ASSERT_EQ(diff.status, 200) << diff.raw;
  bool seen = false;
  for (const auto& m : diff.body["measures"])
    if (m["measure"] == "nps_latest") {
      seen = true;
      EXPECT_EQ(m["raw_from"], 9);
      EXPECT_EQ(m["raw_to"], 3);
      EXPECT_LT(m["change"].get<double>(), 0);
    }
  EXPECT_TRUE(seen);
  auto bad = as("viewer").Get("/api/v1/accounts/" + std::to_string(account) +
                              "/health/diff?from=2026-13-01");
  EXPECT_EQ(bad.status, 400);
  EXPECT_EQ(bad.body["error"]["field"], "from");
}

TEST_P(HealthApiTest, AnOverrideHoldsTheBandUntilItEnds) {
  long long account = NewAccount();
  long long contact = NewContact(account);
  Nps(account, contact, 10, 10);
  auto h = HealthWhen(account, [](const auto& j) { return j["score"].is_number(); });
  const std::string path = "/api/v1/accounts/" + std::to_string(account) + "/health/override";
  const std::string later = Timestamp{Timestamp::Now().ms + 7 * 86'400'000LL}.ToString();
  auto no_reason = as("csm").Post(path, {{"band", "red"}, {"reason", " "}, {"expires_at", later}});
  EXPECT_EQ(no_reason.status, 400);
  EXPECT_EQ(no_reason.body["error"]["field"], "reason");
  auto past = as("csm").Post(
      path, {{"band", "red"}, {"reason", "解約の意向を口頭で聞いた"}, {"expires_at", DaysAgo(1)}});
  EXPECT_EQ(past.status, 400);
  EXPECT_EQ(past.body["error"]["field"], "expires_at");
  EXPECT_EQ(
      as("viewer").Post(path, {{"band", "red"}, {"reason", "x"}, {"expires_at", later}}).status,
      403);

  auto set = as("csm").Post(
      path, {{"band", "red"}, {"reason", "解約の意向を口頭で聞いた"}, {"expires_at", later}});
  ASSERT_EQ(set.status, 201) << set.raw;
  auto shown = HealthWhen(account, [](const auto& j) { return j["band"] == "red"; });
  // The list shows the band shown, filters on it, and sorts by score.
  auto listed = as("viewer").Get("/api/v1/accounts/" + std::to_string(account));
  EXPECT_EQ(listed.body["health_band"], "red");
  EXPECT_NEAR(listed.body["health_score"].get<double>(), shown["score"].get<double>(), 0.05);
  auto reds = as("viewer").Get("/api/v1/accounts?health_band=red&sort=health&limit=500");
  ASSERT_EQ(reds.status, 200) << reds.raw;
  bool in_list = false;
  double last = -1;
  for (const auto& a : reds.body["data"]) {
    EXPECT_EQ(a["health_band"], "red");
    in_list = in_list || a["id"] == account;
    double score = a["health_score"].is_null() ? -1 : a["health_score"].get<double>();
    EXPECT_GE(score, last) << "ascending by score";
    last = score;
    EXPECT_EQ(a["health_trend"].size(), 12u);
  }
  EXPECT_TRUE(in_list);
  auto timeline = as("viewer").Get("/api/v1/accounts/" + std::to_string(account) + "/timeline");
  ASSERT_EQ(timeline.status, 200) << timeline.raw;
  bool on_timeline = false;
  for (const auto& e : timeline.body["data"])
    on_timeline = on_timeline || (e["type"] == "health_band_change" && e["item"]["to"] == "red" &&
                                  e["item"]["cause"] == "override");
  EXPECT_EQ(on_timeline, h["band"] != "red") << timeline.raw;
  EXPECT_EQ(shown["override"]["reason"], "解約の意向を口頭で聞いた");
  EXPECT_EQ(shown["computed_band"], h["band"]);
  // New data rescores the account; the override still decides the band shown.
  Nps(account, contact, 10, 1);
  HealthWhen(account, [&](const auto& j) { return j["computed_at"] != shown["computed_at"]; });
  EXPECT_EQ(
      as("viewer").Get("/api/v1/accounts/" + std::to_string(account) + "/health").body["band"],
      "red");

  ASSERT_EQ(as("csm").Delete(path).status, 204);
  auto back = as("viewer").Get("/api/v1/accounts/" + std::to_string(account) + "/health");
  EXPECT_EQ(back.body["band"], back.body["computed_band"]);
  EXPECT_TRUE(back.body["override"].is_null());
  EXPECT_EQ(as("csm").Delete(path).status, 404);
  auto feed = as("viewer").Get("/api/v1/health/changes?since=" + DaysAgo(1));
  int overrides = 0;
  for (const auto& c : feed.body["data"])
    if (c["account_id"] == account) ++overrides;
  EXPECT_GE(overrides, h["band"] == "red" ? 0 : 2) << "set and ended, each a band change";
}

// A rescoring that began before an override was set writes the computed band over the
// override's in the list; the engine compares against the band written, not only the score, so
// the next pass (here, the one at start) puts it right.
TEST_P(HealthApiTest, TheListsBandIsPutRightWhenAStaleWriteReplacedTheOverride) {
  long long account = NewAccount();
  Nps(account, NewContact(account), 10, 10);
  HealthWhen(account, [](const auto& j) { return j["score"].is_number(); });
  const std::string later = Timestamp{Timestamp::Now().ms + 7 * 86'400'000LL}.ToString();
  ASSERT_EQ(as("csm")
                .Post("/api/v1/accounts/" + std::to_string(account) + "/health/override",
                      {{"band", "red"}, {"reason", "stale"}, {"expires_at", later}})
                .status,
            201);
  HealthWhen(account, [](const auto& j) { return j["band"] == "red"; });

  auto& app = server().app();
  app.health().Stop();
  app.db().Transact([&](store::Tx& tx) {
    tx.sql() << "UPDATE accounts SET health_band = 'green' WHERE id = :a", soci::use(account);
  });
  app.health().Start(/*watch=*/true);
  auto listed = as("viewer").Get("/api/v1/accounts/" + std::to_string(account));
  EXPECT_EQ(listed.body["health_band"], "red") << listed.raw;
}

TEST_P(HealthApiTest, AScorecardIsEditedAsADraftBacktestedAndPublished) {
  auto list = as("viewer").Get("/api/v1/scorecards");
  ASSERT_EQ(list.status, 200) << list.raw;
  nlohmann::json card;
  for (const auto& c : list.body["data"])
    if (c["tier"].is_null()) card = c;
  ASSERT_FALSE(card.is_null());
  const std::string path = "/api/v1/scorecards/" + std::to_string(card["id"].get<long long>());
  nlohmann::json d = card["published"]["definition"];
  for (auto& m : d["measures"]) m.erase("unit"), m.erase("source");

  auto bad = d;
  bad["measures"][0]["weight"] = 0;
  auto refused =
      as("manager").Put(path + "/draft", {{"version", card["version"]}, {"definition", bad}});
  EXPECT_EQ(refused.status, 400);
  EXPECT_EQ(refused.body["error"]["field"], "definition.measures[0].weight");
  EXPECT_EQ(refused.body["error"]["reason"], "not_positive");
  bad = d;
  bad["bands"][1]["from"] = 30;
  refused = as("manager").Put(path + "/draft", {{"version", card["version"]}, {"definition", bad}});
  EXPECT_EQ(refused.body["error"]["field"], "definition.bands[1].from");
  EXPECT_EQ(
      as("csm").Put(path + "/draft", {{"version", card["version"]}, {"definition", d}}).status,
      403);

  auto draft_def = d;
  draft_def["measures"] = nlohmann::json::array({d["measures"][4]});  // the latest NPS alone
  auto first =
      as("manager").Put(path + "/draft", {{"version", card["version"]}, {"definition", d}});
  ASSERT_EQ(first.status, 200) << first.raw;
  // A second save replaces the draft rather than making another version.
  auto draft = as("manager").Put(path + "/draft",
                                 {{"version", first.body["version"]}, {"definition", draft_def}});
  ASSERT_EQ(draft.status, 200) << draft.raw;
  EXPECT_EQ(draft.body["draft"]["number"], first.body["draft"]["number"]);
  EXPECT_EQ(draft.body["published"]["number"], card["published"]["number"]);
  EXPECT_EQ(draft.body["draft"]["definition"]["measures"].size(), 1u);

  auto backtest = as("viewer").Post(path + "/backtest?months=3", nlohmann::json::object());
  ASSERT_EQ(backtest.status, 200) << backtest.raw;
  EXPECT_TRUE(backtest.body["candidate"].contains("auc"));
  EXPECT_EQ(backtest.body["candidate"]["measures"].size(), 1u);
  EXPECT_EQ(backtest.body["published"]["measures"].size(), d["measures"].size());
  auto preview = as("viewer").Post(path + "/preview", nlohmann::json::object());
  ASSERT_EQ(preview.status, 200) << preview.raw;
  EXPECT_EQ(preview.body["candidate"]["histogram"].size(), 10u);

  EXPECT_EQ(as("manager").Post(path + "/publish", {{"version", card["version"]}}).status, 409)
      << "the draft moved the version on";
  auto published = as("manager").Post(path + "/publish", {{"version", draft.body["version"]}});
  ASSERT_EQ(published.status, 200) << published.raw;
  EXPECT_TRUE(published.body["draft"].is_null());
  long long account = NewAccount();
  long long contact = NewContact(account);
  Nps(account, contact, 8, 3);
  auto h = HealthWhen(account, [&](const auto& j) {
    return j["scorecard"]["version"] == published.body["published"]["number"] &&
           j["score"].is_number();
  });
  ASSERT_EQ(h["contributions"].size(), 1u);
  EXPECT_NEAR(h["score"].get<double>(), 75.0, 1e-9) << "8 on thresholds 6:0, 7:50, 9:100";

  // Put the default back for the other tests.
  auto again = as("manager").Put(path + "/draft",
                                 {{"version", published.body["version"]}, {"definition", d}});
  ASSERT_EQ(again.status, 200) << again.raw;
  ASSERT_EQ(as("manager").Post(path + "/publish", {{"version", again.body["version"]}}).status,
            200);
}

// A segment's scorecard scores its members before their tier's or the default; an account
// that leaves the segment goes back to the scorecard it had.
TEST_P(HealthApiTest, ASegmentsScorecardScoresItsMembersFirst) {
  const std::string industry = "セグメント採点" + GetParam();
  auto segment = as("manager").Post("/api/v1/segments", {{"name", "採点対象 " + GetParam()},
                                                         {"filter", {{"industry", industry}}}});
  ASSERT_EQ(segment.status, 201) << segment.raw;
  const long long segment_id = segment.body["id"];
  nlohmann::json d;
  auto cards = as("viewer").Get("/api/v1/scorecards");
  for (const auto& c : cards.body["data"])
    if (c["tier"].is_null() && c["segment_id"].is_null()) d = c["published"]["definition"];
  ASSERT_FALSE(d.is_null());
  for (auto& m : d["measures"]) m.erase("unit"), m.erase("source");
  d["measures"] = nlohmann::json::array({d["measures"][4]});  // the latest NPS alone

  auto refused = [&](const nlohmann::json& body) {
    auto r = as("manager").Post("/api/v1/scorecards", body);
    EXPECT_EQ(r.status, 400) << r.raw;
    return r.body["error"]["reason"];
  };
  EXPECT_EQ(
      refused(
          {{"name", "x"}, {"tier", "high_touch"}, {"segment_id", segment_id}, {"definition", d}}),
      "tier_or_segment");
  EXPECT_EQ(refused({{"name", "x"}, {"segment_id", 999999999}, {"definition", d}}),
            "no_such_reference");
  auto by_band = as("manager").Post(
      "/api/v1/segments", {{"name", "赤 " + GetParam()}, {"filter", {{"health_band", "red"}}}});
  ASSERT_EQ(by_band.status, 201) << by_band.raw;
  EXPECT_EQ(refused({{"name", "x"}, {"segment_id", by_band.body["id"]}, {"definition", d}}),
            "segment_by_health");

  auto card = as("manager").Post(
      "/api/v1/scorecards",
      {{"name", "NPS だけ " + GetParam()}, {"segment_id", segment_id}, {"definition", d}});
  ASSERT_EQ(card.status, 201) << card.raw;
  EXPECT_EQ(card.body["segment_id"], segment_id);
  EXPECT_EQ(as("manager")
                .Post("/api/v1/scorecards",
                      {{"name", "y"}, {"segment_id", segment_id}, {"definition", d}})
                .status,
            409);
  const long long card_id = card.body["id"];
  const std::string path = "/api/v1/scorecards/" + std::to_string(card_id);
  auto preview = as("viewer").Post(path + "/preview", nlohmann::json::object());
  ASSERT_EQ(preview.status, 200) << preview.raw;
  ASSERT_EQ(as("manager").Post(path + "/publish", {{"version", card.body["version"]}}).status, 200);

  long long member = NewAccount(), outsider = NewAccount();
  const std::string member_path = "/api/v1/accounts/" + std::to_string(member);
  auto moved = as("manager").Patch(
      member_path,
      {{"version", as("viewer").Get(member_path).body["version"]}, {"industry", industry}});
  ASSERT_EQ(moved.status, 200) << moved.raw;
  Nps(member, NewContact(member), 8, 3);
  Nps(outsider, NewContact(outsider), 8, 3);
  auto h = HealthWhen(member, [&](const auto& j) {
    return j["scorecard"]["id"] == card_id && j["score"].is_number();
  });
  ASSERT_EQ(h["contributions"].size(), 1u);
  EXPECT_NEAR(h["score"].get<double>(), 75.0, 1e-9);
  auto other = HealthWhen(outsider, [](const auto& j) { return j["score"].is_number(); });
  EXPECT_NE(other["scorecard"]["id"], card_id);

  // Leaving the segment: back to the default.
  auto left =
      as("manager").Patch(member_path, {{"version", moved.body["version"]}, {"industry", "小売"}});
  ASSERT_EQ(left.status, 200) << left.raw;
  auto back = HealthWhen(member, [&](const auto& j) { return j["scorecard"]["id"] != card_id; });
  EXPECT_GT(back["contributions"].size(), 1u);
  EXPECT_EQ(as("manager").Delete("/api/v1/segments/" + std::to_string(segment_id)).status, 409)
      << "a scorecard scores it";
}

TEST_P(HealthApiTest, TheChangeFeedNeedsASinceAndPagesOnward) {
  auto r = as("viewer").Get("/api/v1/health/changes");
  EXPECT_EQ(r.status, 400);
  EXPECT_EQ(r.body["error"]["field"], "since");
  r = as("viewer").Get("/api/v1/health/changes?since=yesterday");
  EXPECT_EQ(r.body["error"]["field"], "since");
  r = as("viewer").Get("/api/v1/health/changes?since=2020-01-01&limit=1");
  ASSERT_EQ(r.status, 200) << r.raw;
  if (!r.body["data"].empty()) {
    auto next = r.body["next"];
    auto more = as("viewer").Get(
        "/api/v1/health/changes?since=" + next["since"].get<std::string>() +
        "&after_id=" + std::to_string(next["after_id"].get<long long>()) + "&limit=1");
    ASSERT_EQ(more.status, 200);
    if (!more.body["data"].empty())
      EXPECT_GT(more.body["data"][0]["id"].get<long long>(),
                r.body["data"][0]["id"].get<long long>());
  }
}

BANSO_INSTANTIATE_BACKENDS(HealthApiTest);

}  // namespace
}  // namespace banso::testing
