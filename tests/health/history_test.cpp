// The history loader on SQLite and PostgreSQL, and the no-leakage rule: data added after a
// date D changes no measure at D (while it does change today's).
#include <gtest/gtest.h>
#include <spdlog/spdlog.h>

#include <map>

#include "app/app.h"
#include "health/measures_at.h"
#include "support/test_database.h"

namespace banso::health {
namespace {

class HistoryTest : public ::testing::TestWithParam<std::string> {};

Timestamp DaysAgo(int days) { return {Timestamp::Now().ms - days * 86'400'000LL}; }

MeasureValues MeasuresOf(app::App& app, AccountId id, Date day) {
  auto all = app.db().Transact([&](store::Tx& tx) { return LoadHistories(tx, std::nullopt); });
  auto one = app.db().Transact([&](store::Tx& tx) { return LoadHistories(tx, id); });
  EXPECT_EQ(one.size(), 1u);
  const AccountHistory* h = nullptr;
  for (const auto& x : all)
    if (x.id == id) h = &x;
  EXPECT_NE(h, nullptr);
  auto from_all = MeasuresAt(*h, day, nullptr, PortfolioOn(all, day), 30);
  auto from_one = MeasuresAt(one[0], day, nullptr, PortfolioOn(all, day), 30);
  EXPECT_EQ(from_all, from_one) << "one account's load reads the same as the portfolio's";
  return from_all;
}

app::AppOptions OptionsFor(const testing::TestDatabase& db) {
  spdlog::set_level(spdlog::level::warn);
  app::AppOptions options;
  options.db_url = db.url();
  options.pool_size = 2;
  return options;
}

TEST_P(HistoryTest, DataAddedAfterADateChangesNoMeasureAtIt) {
  testing::TestDatabase db(GetParam());
  BANSO_REQUIRE_DATABASE(db);
  app::App app(OptionsFor(db));
  const auth::Actor actor = auth::Actor::System("test");
  const Date today = Date::Today();
  const Date day = today.AddDays(-30);

  customers::Account a;
  a.name = "履歴テスト株式会社";
  a = app.accounts().Create(actor, a);
  auto contact = [&](const char* name, customers::ContactRole role) {
    customers::Contact c;
    c.account_id = a.id;
    c.name = name;
    c.role = role;
    return app.contacts().Create(actor, c);
  };
  auto champion = contact("佐藤 一郎", customers::ContactRole::kChampion);
  auto user = contact("鈴木 花子", customers::ContactRole::kUser);
  auto touch = [&](int days_ago, customers::TouchpointKind kind, ContactId who) {
    customers::Touchpoint t;
    t.account_id = a.id;
    t.contact_id = who;
    t.kind = kind;
    t.occurred_at = DaysAgo(days_ago);
    t.summary = "定例";
    app.touchpoints().Create(actor, t);
  };
  auto survey = [&](int days_ago, customers::SurveyKind kind, int score, ContactId who) {
    customers::SurveyResponse s;
    s.account_id = a.id;
    s.contact_id = who;
    s.kind = kind;
    s.score = score;
    s.responded_at = DaysAgo(days_ago);
    app.surveys().Create(actor, s);
  };
  auto ticket = [&](int days_ago, customers::TicketPriority p) {
    customers::Ticket t;
    t.account_id = a.id;
    t.subject = "ログインできない";
    t.priority = p;
    t.opened_at = DaysAgo(days_ago);
    app.tickets().Create(actor, t);
  };
  auto contract = [&](int start_ago, int end_ago, long long amount) {
    revenue::Contract c;
    c.account_id = a.id;
    c.product = "Pro";
    c.start_date = today.AddDays(-start_ago);
    c.end_date = today.AddDays(-end_ago);
    c.amount_minor = amount;
    c.currency = "JPY";
    c.seats = 20;
    app.contracts().Create(actor, c);
  };

  // Before D.
  touch(80, customers::TouchpointKind::kMeeting, champion.id);
  touch(50, customers::TouchpointKind::kCall, user.id);
  survey(70, customers::SurveyKind::kNps, 9, champion.id);
  survey(45, customers::SurveyKind::kNps, 7, user.id);
  survey(40, customers::SurveyKind::kCsat, 4, user.id);
  ticket(60, customers::TicketPriority::kHigh);
  contract(500, 140, 100000);
  contract(139, -200, 80000);
  const MeasureValues before = MeasuresOf(app, a.id, day);
  EXPECT_EQ(before[static_cast<size_t>(Measure::kDaysSinceMeaningfulTouch)], 20);
  EXPECT_EQ(before[static_cast<size_t>(Measure::kNpsLatest)], 7);
  EXPECT_EQ(before[static_cast<size_t>(Measure::kRelationshipBreadth)], 2);
  EXPECT_EQ(before[static_cast<size_t>(Measure::kUrgentTickets)], 1);
  EXPECT_DOUBLE_EQ(*before[static_cast<size_t>(Measure::kContraction12m)], 20);

  // After D: every source gains something.
  touch(10, customers::TouchpointKind::kOnsite, user.id);
  survey(5, customers::SurveyKind::kNps, 2, user.id);
  survey(4, customers::SurveyKind::kCsat, 1, user.id);
  ticket(3, customers::TicketPriority::kUrgent);
  app.contacts().Update(actor, champion.id, champion.version,
                        [](customers::Contact& c) { c.departed = true; });
  contract(-201, -600, 50000);
  app.self_sufficiency().Assess(actor, a.id, {}, "初回評価");
  app.accounts().Move(actor, a.id, std::nullopt, "adopting", "");
  success::SuccessPlan plan;
  plan.account_id = a.id;
  plan.title = "定着";
  plan.definition = "毎週使う";
  plan.starts_on = today;
  success::Objective o;
  o.title = "週次で使う";
  o.type = success::ObjectiveType::kCo;
  o.status = success::PlanStatus::kAtRisk;
  plan.objectives.push_back(o);
  app.success_plans().Create(actor, plan);

  EXPECT_EQ(MeasuresOf(app, a.id, day), before);
  const MeasureValues now = MeasuresOf(app, a.id, today);
  EXPECT_NE(now, before) << "the later data does count at a later date";
  EXPECT_EQ(now[static_cast<size_t>(Measure::kChampionDeparted)], 1);
  EXPECT_EQ(now[static_cast<size_t>(Measure::kNpsLatest)], 2);
  EXPECT_EQ(now[static_cast<size_t>(Measure::kPlanProgress)], 0);
  EXPECT_EQ(now[static_cast<size_t>(Measure::kSelfSufficiency)], 0);
  EXPECT_EQ(now[static_cast<size_t>(Measure::kUrgentTickets)], 2);
}

TEST_P(HistoryTest, TheListTrendIsTheLastSnapshotOnOrBeforeEachWeeklyPoint) {
  testing::TestDatabase db(GetParam());
  BANSO_REQUIRE_DATABASE(db);
  app::App app(OptionsFor(db));
  const auth::Actor actor = auth::Actor::System("test");
  const Date today = Date::Today();
  // Daily snapshots for one account; every tenth day for another (days the server was down);
  // none in the last 30 days for a third (and a null score, a churned account, on one day);
  // every third day, the last yesterday, for a fourth (today's point is yesterday's score).
  std::vector<AccountId> ids;
  std::vector<std::pair<AccountId, Snapshot>> snapshots;
  std::map<long long, std::map<long long, std::optional<double>>> by_day;
  for (int every : {1, 10, 1, 3}) {
    customers::Account a;
    a.name = "推移テスト" + std::to_string(ids.size());
    ids.push_back(app.accounts().Create(actor, a).id);
    for (int ago = 100; ago >= (ids.size() == 3 ? 30 : 0); ago -= every) {
      std::optional<double> score = 100.0 - ago / 2.0;
      if (ids.size() == 3 && ago == 40) score.reset();
      snapshots.push_back({ids.back(), {today.AddDays(-ago), score, std::nullopt}});
      by_day[ids.back().value][today.AddDays(-ago).days()] = score;
    }
  }
  app.health_scores().SaveSnapshots(snapshots);
  auto trends = app.health_scores().Trends(ids, today, 12, 7);
  const Date from = today.AddDays(-77);
  for (AccountId id : ids) {
    ASSERT_TRUE(trends.count(id.value)) << id.value;
    const auto& line = trends[id.value];
    ASSERT_EQ(line.size(), 12u);
    for (int i = 0; i < 12; ++i) {
      const long long point = from.AddDays(7 * i).days();
      std::optional<double> want;  // the latest on or before the point (from a week before)
      for (const auto& [day, score] : by_day[id.value])
        if (day <= point && day >= from.days() - 7) want = score;
      EXPECT_EQ(line[static_cast<size_t>(i)], want) << "account " << id.value << " point " << i;
    }
  }

  // The points before today are kept; today's is read each time, so a score that another
  // process (here a second connection pool) writes shows at once.
  auto other = store::Database::Open(db.url(), 1);
  HealthStore(*other).SaveSnapshots({{ids[0], {today, 12.5, std::nullopt}}});
  auto again = app.health_scores().Trends(ids, today, 12, 7);
  EXPECT_EQ(again[ids[0].value].back(), 12.5);
  for (size_t i = 0; i + 1 < 12; ++i)
    EXPECT_EQ(again[ids[0].value][i], trends[ids[0].value][i]) << i;
  EXPECT_EQ(again[ids[1].value], trends[ids[1].value]);
  // A backfill in this process rewrites past days: seen at once too.
  app.health_scores().SaveSnapshots({{ids[1], {from, 1.0, std::nullopt}}});
  EXPECT_EQ(app.health_scores().Trends(ids, today, 12, 7)[ids[1].value][0], 1.0);
}

INSTANTIATE_TEST_SUITE_P(Backends, HistoryTest, ::testing::ValuesIn(testing::Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace banso::health
