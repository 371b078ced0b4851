#include "demo/demo_portfolio.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <numeric>

#include "store/statement.h"
#include "support/test_database.h"

namespace banso::demo {
namespace {

struct Loaded {
  std::unique_ptr<testing::TestDatabase> db;
  std::unique_ptr<app::App> app;
  DemoSummary summary;
};

// usage_accounts: how many accounts also get 90 days of product-usage events (slow: opt in).
Loaded Load(int accounts, unsigned long long seed, long long usage_accounts = 0) {
  Loaded l;
  l.db = std::make_unique<testing::TestDatabase>("sqlite");
  l.app = std::make_unique<app::App>(app::AppOptions{l.db->url(), 2, {}, {}});
  l.summary = LoadDemoPortfolio(
      *l.app, {accounts, seed, *Date::Parse("2026-11-23"), usage_accounts}, nullptr);
  return l;
}

// name|arr|stage for every account, in id order: a fingerprint of the portfolio.
std::string Fingerprint(app::App& app) {
  store::Session sql(app.db().pool());
  std::string name, stage, out;
  long long arr = 0;
  soci::statement st =
      (sql.prepare << "SELECT name, arr_minor, journey_stage FROM accounts ORDER BY id",
       soci::into(name), soci::into(arr), soci::into(stage));
  st.execute();
  while (st.fetch()) out += name + "|" + std::to_string(arr) + "|" + stage + "\n";
  return out;
}

double Rate(app::App& app, const std::string& condition) {
  store::Session sql(app.db().pool());
  long long churned = 0, all = 0;
  sql << "SELECT COALESCE(SUM(CASE WHEN journey_stage = 'churned' THEN 1 ELSE 0 END), 0), COUNT(*) "
         "FROM accounts a WHERE journey_stage NOT IN ('prospect', 'evaluating') AND " +
             condition,
      soci::into(churned), soci::into(all);
  return all ? static_cast<double>(churned) / all : 0;
}

TEST(DemoPortfolioTest, ActiveCustomersHaveSuccessPlansInEveryStateAndSelfSufficiencyLevels) {
  auto l = Load(600, 11);
  EXPECT_GT(l.summary.success_plans, 60);
  EXPECT_GT(l.summary.self_sufficiency_assessments, 60);
  store::Session sql(l.app->db().pool());
  long long states = 0, on_churned = 0, levels = 0;
  sql << "SELECT COUNT(DISTINCT status) FROM success_plans", soci::into(states);
  EXPECT_EQ(states, 4);  // not started, on track, at risk, achieved
  sql << "SELECT COUNT(*) FROM success_plans p JOIN accounts a ON a.id = p.account_id WHERE "
         "a.journey_stage = 'churned'",
      soci::into(on_churned);
  EXPECT_EQ(on_churned, 0);
  sql << "SELECT COUNT(DISTINCT level) FROM self_sufficiency_assessments", soci::into(levels);
  EXPECT_GE(levels, 3);
  // A plan's content follows its state: achieved plans met their milestones, plans at risk
  // left more of theirs open than plans on track.
  auto open_share = [&](const char* status) {
    double open = 0, all = 0;
    store::Query q("SELECT id FROM success_plans WHERE status = ");
    q.Bind(std::string(status));
    soci::statement st = q.Prepare(sql);
    long long id = 0;
    st.exchange(soci::into(id));
    std::vector<long long> ids;
    store::ForEachRow(st, [&] { ids.push_back(id); });
    for (long long pid : ids)
      for (const auto& o : l.app->success_plans().Get(SuccessPlanId(pid)).objectives)
        for (const auto& m : o.milestones)
          if (m.due_on && *m.due_on <= *Date::Parse("2026-11-23")) all += 1, open += !m.achieved_on;
    return all ? open / all : 0.0;
  };
  EXPECT_EQ(open_share("achieved"), 0.0);
  EXPECT_GT(open_share("at_risk"), open_share("on_track"));
}

TEST(DemoPortfolioTest, SameSeedSameDataOtherSeedOtherData) {
  auto a = Load(300, 7), b = Load(300, 7), c = Load(300, 8);
  EXPECT_EQ(Fingerprint(*a.app), Fingerprint(*b.app));
  EXPECT_NE(Fingerprint(*a.app), Fingerprint(*c.app));
  EXPECT_EQ(a.summary.touchpoints, b.summary.touchpoints);
}

TEST(DemoPortfolioTest, PortfolioLooksLikeABSaaSBook) {
  auto l = Load(2000, 42);
  EXPECT_EQ(l.summary.accounts, 2000);
  EXPECT_GT(l.summary.contacts, 2000);
  EXPECT_GT(l.summary.touchpoints, 10000);
  EXPECT_GT(l.summary.surveys, 1000);
  store::Session sql(l.app->db().pool());
  long long japanese = 0, english = 0;
  sql << "SELECT COUNT(*) FROM accounts WHERE currency = 'JPY' AND name_kana IS NOT NULL",
      soci::into(japanese);
  sql << "SELECT COUNT(*) FROM accounts WHERE currency <> 'JPY'", soci::into(english);
  EXPECT_GT(japanese, 1000);
  EXPECT_GT(english, 300);

  // Long tail: the top tenth of JPY accounts holds most of the JPY revenue.
  std::vector<long long> arr(4000);
  sql << "SELECT arr_minor FROM accounts WHERE currency = 'JPY' AND arr_minor > 0", soci::into(arr);
  std::sort(arr.rbegin(), arr.rend());
  long long total = std::accumulate(arr.begin(), arr.end(), 0LL);
  long long top = std::accumulate(arr.begin(), arr.begin() + arr.size() / 10, 0LL);
  EXPECT_GT(static_cast<double>(top) / total, 0.4);

  // Every kind of revenue movement occurs.
  for (const char* kind : {"new", "expansion", "contraction", "churn", "reactivation"}) {
    long long n = 0;
    sql << "SELECT COUNT(*) FROM revenue_movements WHERE kind = :k", soci::use(std::string(kind)),
        soci::into(n);
    EXPECT_GT(n, 0) << kind;
  }
}

// What later issues will learn back: the causes are visible in the stored data.
TEST(DemoPortfolioTest, ChurnFollowsItsCausesInTheData) {
  auto l = Load(3000, 42);
  EXPECT_GT(l.summary.churned, 150);
  double base = Rate(*l.app, "1=1");
  double departed_champion = Rate(*l.app,
                                  "EXISTS (SELECT 1 FROM contacts c WHERE c.account_id = a.id AND "
                                  "c.role = 'champion' AND c.departed = 1)");
  double detractor = Rate(*l.app,
                          "EXISTS (SELECT 1 FROM surveys s WHERE s.account_id = a.id AND s.kind = "
                          "'nps' AND s.score <= 6)");
  double promoters_only =
      Rate(*l.app,
           "EXISTS (SELECT 1 FROM surveys s WHERE s.account_id = a.id) AND "
           "NOT EXISTS (SELECT 1 FROM surveys s WHERE s.account_id = a.id AND s.score <= 8)");
  EXPECT_GT(departed_champion, 1.3 * base) << "base " << base;
  EXPECT_GT(detractor, 1.3 * base) << "base " << base;
  EXPECT_LT(promoters_only, 0.7 * base) << "base " << base;
}

// Tickets follow each account's life: in the four months before a churn, customers write in
// more often, about worse problems, and wait longer for answers, than in their other months.
TEST(DemoPortfolioTest, TicketsRiseAndAgeBeforeAChurn) {
  auto l = Load(1500, 42);
  EXPECT_GT(l.summary.tickets, 3000);
  store::Session sql(l.app->db().pool());
  std::string priority;
  long long opened = 0, solved = 0;
  soci::indicator solved_ind;
  std::map<long long, Date> churned;  // account -> day after its last contract
  {
    long long account = 0;
    std::string end;
    soci::statement ends =
        (sql.prepare << "SELECT a.id, MAX(c.end_date) FROM accounts a JOIN contracts c ON "
                        "c.account_id = a.id WHERE a.journey_stage = 'churned' GROUP BY a.id",
         soci::into(account), soci::into(end));
    ends.execute();
    while (ends.fetch()) churned[account] = Date::Parse(end)->AddDays(1);
  }
  struct Tally {
    double tickets = 0, account_days = 0, severe = 0, solve_days = 0, solved = 0;
  } before, other;
  long long account = 0;
  soci::statement tickets =
      (sql.prepare << "SELECT account_id, priority, opened_at, solved_at FROM tickets",
       soci::into(account), soci::into(priority), soci::into(opened),
       soci::into(solved, solved_ind));
  tickets.execute();
  while (tickets.fetch()) {
    auto it = churned.find(account);
    int day = static_cast<int>(opened / 86'400'000);
    bool troubled =
        it != churned.end() && it->second.days() - day <= 120 && day < it->second.days();
    Tally& t = troubled ? before : other;
    ++t.tickets;
    t.severe += priority == "high" || priority == "urgent";
    if (solved_ind == soci::i_ok) t.solve_days += (solved - opened) / 86'400'000.0, ++t.solved;
  }
  ASSERT_GT(before.tickets, 50);
  EXPECT_GT(before.severe / before.tickets, 1.5 * other.severe / other.tickets);
  EXPECT_GT(before.solve_days / before.solved, 3 * other.solve_days / other.solved);
  // More tickets a month: the churned accounts' last 120 days against all other paid days.
  long long contract_days = 0;
  sql << "SELECT COALESCE(SUM(julianday(MIN(end_date, '2026-11-23')) - julianday(start_date) + 1), "
         "0) FROM contracts WHERE product = 'Banso Cloud' AND start_date <= '2026-11-23'",
      soci::into(contract_days);
  double troubled_days = 120.0 * static_cast<double>(churned.size());
  EXPECT_GT(before.tickets / troubled_days,
            2 * other.tickets / (static_cast<double>(contract_days) - troubled_days));
}

TEST(DemoPortfolioTest, UsageHasAWeeklyRhythmAndFadesBeforeChurn) {
  auto l = Load(400, 42, 400);
  EXPECT_GT(l.summary.usage_events, 100000);
  EXPECT_GT(l.summary.usage_users, 1000);
  Date to = *Date::Parse("2026-11-23"), from = Date::FromDays(to.days() - 89);
  auto usage = l.app->events().usage().Active(from, to);
  // Weekdays are busier than weekends, across the portfolio.
  double weekday = 0, weekend = 0;
  std::map<std::string, std::vector<int>> dau;
  for (const auto& a : usage.accounts) {
    std::vector<int> series(a.dau.begin(), a.dau.end());
    dau[a.external_id.value_or("")] = series;
    for (size_t i = 0; i < series.size(); ++i) {
      int wd = (from.days() + static_cast<int>(i) + 4) % 7;
      (wd == 0 || wd == 6 ? weekend : weekday) += series[i];
    }
  }
  EXPECT_GT(weekday / 5, 4 * weekend / 2);
  // Accounts that churned inside the window were fading in their last month.
  store::Session sql(l.app->db().pool());
  std::string ext, end;
  soci::statement st =
      (sql.prepare
           << "SELECT a.external_id, MAX(c.end_date) FROM accounts a JOIN contracts c "
              "ON c.account_id = a.id WHERE a.journey_stage = 'churned' GROUP BY a.external_id",
       soci::into(ext), soci::into(end));
  st.execute();
  double early = 0, late = 0;
  int fading = 0;
  while (st.fetch()) {
    int churn = Date::Parse(end)->days() - from.days();
    if (churn < 60 || churn >= 90 || !dau.count(ext)) continue;
    const auto& s = dau[ext];
    for (int d = 0; d < 30; ++d) early += s[d], late += s[churn - 29 + d];
    ++fading;
  }
  ASSERT_GT(fading, 0);
  EXPECT_LT(late, early * 0.6) << fading << " accounts churned in the window";
}

}  // namespace
}  // namespace banso::demo
