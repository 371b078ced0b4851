// Revenue retention from stored contracts, hand-computed: the month bridge, GRR, NRR and logo
// retention by month, quarter and trailing twelve months (contraction, churn, reactivation,
// expansion), two currencies at different monthly rates, a missing rate named, cohort tables,
// rates frozen for closed months and restatements of back-dated changes. The clock is a
// ManualClock at 2025-06-15, so no answer depends on the day the test runs.
#include <gtest/gtest.h>

#include <memory>

#include "app/app.h"
#include "core/clock.h"
#include "revenue/ltv.h"
#include "support/test_database.h"

namespace banso::revenue {
namespace {

Date D(int y, unsigned m, unsigned d) { return Date::FromYmd(y, m, d); }
int M(int y, int m) { return y * 12 + m - 1; }

class RetentionTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    db_ = std::make_unique<testing::TestDatabase>(GetParam());
    BANSO_REQUIRE_DATABASE(*db_);
    app::AppOptions options;
    options.db_url = db_->url();
    options.pool_size = 4;
    options.clock = &clock_;
    app_ = std::make_unique<app::App>(options);
  }

  AccountId Account(const std::string& name, const std::string& currency = "JPY") {
    customers::Account a;
    a.name = name;
    a.currency = currency;
    return app_->accounts().Create(actor_, a).id;
  }
  ContractId Contract(AccountId account, Date start, std::optional<Date> end, long long amount) {
    revenue::Contract c;
    c.account_id = account;
    c.product = "Pro";
    c.start_date = start;
    c.end_date = end;
    c.amount_minor = amount;
    return app_->contracts().Create(actor_, c).id;
  }
  void Rate(const std::string& month, const std::string& currency, const std::string& rate) {
    FxRate r;
    r.month = month;
    r.currency = currency;
    r.rate = rate;
    app_->fx_rates().Create(actor_, r);
  }
  nlohmann::json Retention(RetentionPeriod period, int from, int to) {
    return app_->retention().Retention({period, from, to, std::nullopt});
  }
  nlohmann::json Month(int y, int m) {
    return Retention(RetentionPeriod::kMonth, M(y, m), M(y, m))["data"][0];
  }

  // Four yen accounts, new in December 2024; in 2025 C churns on 1 Feb and comes back on 15 Mar
  // at more than before; on 1 Mar A expands, B churns and D renews for less.
  void FourAccounts() {
    AccountId a = Account("A"), b = Account("B"), c = Account("C"), d = Account("D");
    Contract(a, D(2024, 12, 1), std::nullopt, 100'000);
    Contract(a, D(2025, 3, 1), std::nullopt, 50'000);
    Contract(b, D(2024, 12, 1), D(2025, 2, 28), 200'000);
    Contract(c, D(2024, 12, 1), D(2025, 1, 31), 80'000);
    Contract(c, D(2025, 3, 15), std::nullopt, 100'000);  // after the grace days: reactivation
    Contract(d, D(2024, 12, 1), D(2025, 2, 28), 60'000);
    Contract(d, D(2025, 3, 1), std::nullopt, 40'000);  // a renewal for less: contraction
  }

  ManualClock clock_{Timestamp::FromDate(D(2025, 6, 15))};
  auth::Actor actor_ = auth::Actor::System("tester");
  std::unique_ptr<testing::TestDatabase> db_;
  std::unique_ptr<app::App> app_;
};

TEST_P(RetentionTest, AMonthsBridgeAndItsStartingCohort) {
  FourAccounts();
  nlohmann::json march = Month(2025, 3);
  EXPECT_EQ(march["opening_mrr"], 360'000);  // A 100k, B 200k, D 60k
  EXPECT_EQ(march["expansion_mrr"], 50'000);
  EXPECT_EQ(march["contraction_mrr"], 20'000);
  EXPECT_EQ(march["churn_mrr"], 200'000);
  EXPECT_EQ(march["reactivation_mrr"], 100'000);
  EXPECT_EQ(march["new_mrr"], 0);
  EXPECT_EQ(march["closing_mrr"], 290'000);
  EXPECT_EQ(march["closing_arr"], 12 * 290'000);
  EXPECT_EQ(march["logos_start"], 3);
  EXPECT_EQ(march["logos_churned"], 1);
  EXPECT_EQ(march["logos_reactivated"], 1);
  EXPECT_EQ(march["logos_end"], 3);
  // The cohort is A, B and D (C had no MRR on 1 March): 150k + 0 + 40k of 360k.
  EXPECT_EQ(march["cohort"]["start_mrr"], 360'000);
  EXPECT_EQ(march["cohort"]["end_mrr"], 190'000);
  EXPECT_DOUBLE_EQ(march["nrr"].get<double>(), 190.0 / 360);
  EXPECT_DOUBLE_EQ(march["grr"].get<double>(), 140.0 / 360);
  EXPECT_DOUBLE_EQ(march["logo_retention"].get<double>(), 2.0 / 3);
  EXPECT_EQ(march["complete"], true);

  nlohmann::json december = Month(2024, 12);
  EXPECT_EQ(december["new_mrr"], 440'000);
  EXPECT_EQ(december["logos_new"], 4);
  EXPECT_EQ(december["nrr"], nullptr) << "no cohort: nothing to retain";
}

TEST_P(RetentionTest, AQuarterCountsEachAccountsNetChangeSoAComebackIsCappedInGrr) {
  FourAccounts();
  nlohmann::json q1 = Retention(RetentionPeriod::kQuarter, M(2025, 1), M(2025, 3))["data"][0];
  EXPECT_EQ(q1["period"], "2025-Q1");
  EXPECT_EQ(q1["opening_mrr"], 440'000);
  EXPECT_EQ(q1["churn_mrr"], 280'000);  // C in February, B in March
  EXPECT_EQ(q1["closing_mrr"], 290'000);
  // A 100k→150k, B 200k→0, C 80k→100k (churned and came back), D 60k→40k.
  EXPECT_EQ(q1["cohort"]["expansion_mrr"], 70'000);
  EXPECT_EQ(q1["cohort"]["contraction_mrr"], 20'000);
  EXPECT_EQ(q1["cohort"]["churn_mrr"], 200'000);
  EXPECT_DOUBLE_EQ(q1["nrr"].get<double>(), 290.0 / 440);
  EXPECT_DOUBLE_EQ(q1["grr"].get<double>(), 220.0 / 440) << "C's comeback counts up to its start";
  EXPECT_DOUBLE_EQ(q1["logo_retention"].get<double>(), 3.0 / 4);

  // The twelve months to March 2025 start before any revenue: no cohort.
  nlohmann::json ttm = Retention(RetentionPeriod::kTtm, M(2025, 3), M(2025, 3))["data"][0];
  EXPECT_EQ(ttm["first_month"], "2024-04");
  EXPECT_EQ(ttm["new_mrr"], 440'000);
  EXPECT_EQ(ttm["cohort"]["logos"], 0);
  EXPECT_EQ(ttm["nrr"], nullptr);
  // To June 2025 (the current month): the cohort of July 2024 is empty too; of the months
  // from January, it is all four.
  nlohmann::json months = Retention(RetentionPeriod::kMonth, M(2025, 1), M(2025, 6));
  ASSERT_EQ(months["data"].size(), 6u);
  EXPECT_EQ(months["data"][5]["partial"], true);
  EXPECT_EQ(months["definition"]["nrr"], "retention.nrr.cohort_end_mrr_over_start_mrr");
}

TEST_P(RetentionTest, CohortTablesByMonthAndQuarter) {
  FourAccounts();
  nlohmann::json by_month = app_->retention().Cohorts({CohortBy::kMonth, CohortMeasure::kRevenue});
  ASSERT_EQ(by_month["data"].size(), 7u);  // December 2024 to June 2025
  const auto& december = by_month["data"][0];
  EXPECT_EQ(december["cohort"], "2024-12");
  EXPECT_EQ(december["accounts"], 4);
  EXPECT_EQ(december["mrr"],
            nlohmann::json({440'000, 440'000, 360'000, 290'000, 290'000, 290'000, 290'000}));
  EXPECT_DOUBLE_EQ(december["retention"][2].get<double>(), 360.0 / 440);
  EXPECT_EQ(by_month["data"][1]["accounts"], 0) << "no account started in January";

  nlohmann::json logos = app_->retention().Cohorts({CohortBy::kQuarter, CohortMeasure::kLogos});
  ASSERT_EQ(logos["data"].size(), 3u);  // 2024-Q4, 2025-Q1, 2025-Q2
  EXPECT_EQ(logos["data"][0]["cohort"], "2024-Q4");
  EXPECT_EQ(logos["data"][0]["logos"], nlohmann::json({4, 3, 3}));
  EXPECT_EQ(logos["data"][0]["retention"], nlohmann::json({1.0, 0.75, 0.75}));
}

TEST_P(RetentionTest, TwoCurrenciesAtTheirMonthlyRates) {
  Rate("2024-12", "USD", "150");
  Rate("2025-03", "USD", "160");
  AccountId yen = Account("円", "JPY"), dollar = Account("ドル", "USD");
  Contract(yen, D(2024, 12, 1), std::nullopt, 100'000);
  Contract(dollar, D(2024, 12, 1), D(2025, 2, 28), 100'000);  // $1,000.00 a month
  // February takes December's rate (the latest before it); March its own.
  EXPECT_EQ(Month(2025, 2)["opening_mrr"], 250'000);
  nlohmann::json march = Month(2025, 3);
  EXPECT_EQ(march["opening_mrr"], 260'000);
  EXPECT_EQ(march["churn_mrr"], 160'000);
  EXPECT_DOUBLE_EQ(march["nrr"].get<double>(), 100.0 / 260);
  // A quarter at the rates of its first month throughout (constant currency).
  nlohmann::json q1 = Retention(RetentionPeriod::kQuarter, M(2025, 1), M(2025, 3))["data"][0];
  EXPECT_EQ(q1["opening_mrr"], 250'000);
  EXPECT_EQ(q1["churn_mrr"], 150'000);
  EXPECT_DOUBLE_EQ(q1["nrr"].get<double>(), 0.4);
}

TEST_P(RetentionTest, AMissingRateIsNamedNeverOne) {
  AccountId yen = Account("円", "JPY"), pound = Account("ポンド", "GBP");
  Contract(yen, D(2025, 1, 1), std::nullopt, 100'000);
  Contract(pound, D(2025, 1, 1), std::nullopt, 10'000);
  nlohmann::json answer = Retention(RetentionPeriod::kMonth, M(2025, 3), M(2025, 3));
  EXPECT_EQ(answer["complete"], false);
  EXPECT_EQ(answer["missing_rates"],
            nlohmann::json::array({{{"currency", "GBP"}, {"month", "2025-03"}}}));
  const auto& march = answer["data"][0];
  EXPECT_EQ(march["complete"], false);
  EXPECT_EQ(march["opening_mrr"], 100'000) << "the pounds are left out, not taken at 1.0";
  EXPECT_EQ(march["logos_start"], 2) << "counts need no rate";
}

TEST_P(RetentionTest, AClosedMonthKeepsTheRateItWasConvertedAt) {
  AccountId yen = Account("円", "JPY"), gone = Account("三月に解約", "USD"),
            later = Account("五月に解約", "USD");
  Contract(yen, D(2024, 12, 1), std::nullopt, 100'000);
  Contract(gone, D(2024, 12, 1), D(2025, 2, 28), 100'000);
  Contract(later, D(2024, 12, 1), D(2025, 4, 30), 100'000);
  Rate("2025-01", "USD", "150");
  // On 15 June, with 30 grace days, the months to April are closed.
  nlohmann::json q1 = Retention(RetentionPeriod::kQuarter, M(2025, 1), M(2025, 3))["data"][0];
  EXPECT_EQ(q1["closed"], true);
  EXPECT_EQ(q1["opening_mrr"], 400'000);
  EXPECT_DOUBLE_EQ(q1["nrr"].get<double>(), 0.625);
  EXPECT_EQ(Month(2025, 5)["opening_mrr"], 250'000);
  EXPECT_EQ(Month(2025, 5)["closed"], false);

  auto january = app_->fx_rates().List().front();
  app_->fx_rates().Update(actor_, january.id, january.version, [](FxRate& r) { r.rate = "200"; });

  nlohmann::json again = Retention(RetentionPeriod::kQuarter, M(2025, 1), M(2025, 3))["data"][0];
  EXPECT_EQ(again["opening_mrr"], 400'000) << "a closed quarter's figures do not move";
  EXPECT_DOUBLE_EQ(again["nrr"].get<double>(), 0.625);
  nlohmann::json may = Month(2025, 5);
  EXPECT_EQ(may["opening_mrr"], 300'000) << "an open month takes the new rate";
  EXPECT_DOUBLE_EQ(may["nrr"].get<double>(), 100.0 / 300);
}

TEST_P(RetentionTest, ABackDatedChangeToAClosedMonthIsRestated) {
  AccountId yen = Account("円", "JPY");
  Contract(yen, D(2024, 12, 1), std::nullopt, 100'000);
  Month(2025, 4);  // closes the months to April
  EXPECT_TRUE(app_->closed_periods().Restatements(100, std::nullopt).empty());

  ContractId back_dated = Contract(Account("遡及"), D(2025, 2, 1), D(2025, 3, 31), 50'000);
  auto restated = app_->closed_periods().Restatements(100, std::nullopt);
  auto find = [&](const std::string& month, const std::string& metric) -> const Restatement* {
    for (const Restatement& r : restated)
      if (r.month == month && r.metric == metric) return &r;
    return nullptr;
  };
  const Restatement* february_new = find("2025-02", "new_mrr");
  ASSERT_TRUE(february_new);
  EXPECT_EQ(february_new->old_value, 0.0);
  EXPECT_EQ(february_new->new_value, 50'000.0);
  EXPECT_EQ(february_new->actor_label, "tester");
  EXPECT_EQ(february_new->quote, "JPY");
  const Restatement* april_nrr = find("2025-04", "nrr");  // it churned on 1 April
  ASSERT_TRUE(april_nrr);
  EXPECT_EQ(april_nrr->old_value, 1.0);
  EXPECT_DOUBLE_EQ(*april_nrr->new_value, 100.0 / 150);
  EXPECT_FALSE(find("2025-03", "nrr")) << "March's NRR did not change: not restated";
  for (const Restatement& r : restated) EXPECT_LE(r.month, "2025-04") << "open months are not";
  EXPECT_EQ(app_->closed_periods().Restatements(100, M(2025, 2)).size(),
            static_cast<size_t>(std::count_if(restated.begin(), restated.end(),
                                              [](const auto& r) { return r.month == "2025-02"; })));

  // The stored figures followed the restatement: deleting the contract restates them back.
  app_->contracts().Delete(actor_, back_dated);
  auto after_delete = app_->closed_periods().Restatements(100, M(2025, 4));
  ASSERT_FALSE(after_delete.empty());
  bool nrr_back = false;
  for (const Restatement& r : after_delete)
    nrr_back |= r.metric == "nrr" && r.new_value == 1.0 && r.old_value &&
                std::abs(*r.old_value - 100.0 / 150) < 1e-12;
  EXPECT_TRUE(nrr_back);
  EXPECT_DOUBLE_EQ(Month(2025, 4)["nrr"].get<double>(), 1.0);
}

TEST_P(RetentionTest, AnAccountSetNarrowsTheBridgeAndTheCohorts) {
  FourAccounts();
  // A and D only (the first and fourth accounts made): 100k + 60k open March; A expands by
  // 50k, D renews 20k lower.
  auto ids = app_->accounts().Ids({});
  ASSERT_EQ(ids.size(), 4u);
  std::vector<long long> a_and_d{ids[0].value, ids[3].value};
  RetentionQuery q{RetentionPeriod::kMonth, M(2025, 3), M(2025, 3), std::nullopt, a_and_d};
  nlohmann::json march = app_->retention().Retention(q)["data"][0];
  EXPECT_EQ(march["opening_mrr"], 160'000);
  EXPECT_EQ(march["expansion_mrr"], 50'000);
  EXPECT_EQ(march["contraction_mrr"], 20'000);
  EXPECT_EQ(march["churn_mrr"], 0);
  EXPECT_DOUBLE_EQ(march["nrr"].get<double>(), 190.0 / 160);
  EXPECT_DOUBLE_EQ(march["grr"].get<double>(), 140.0 / 160);
  EXPECT_EQ(Month(2025, 3)["opening_mrr"], 360'000) << "the whole portfolio is unchanged";

  CohortQuery cq{CohortBy::kQuarter, CohortMeasure::kLogos, std::nullopt, a_and_d};
  EXPECT_EQ(app_->retention().Cohorts(cq)["data"][0]["logos"], nlohmann::json({2, 2, 2}));
}

// Twenty accounts since January 2022 (the clock is June 2025): four leave in the first year,
// two in the second, one in the third, so the survival by years of tenure is 1, 16/20,
// 14/16 of that and 13/14 of that.
TEST_P(RetentionTest, LifetimeFitsTheSurvivalByYearsOfTenure) {
  std::vector<long long> leavers;
  for (int i = 0; i < 20; ++i) {
    AccountId a = Account("L" + std::to_string(i));
    std::optional<Date> end;
    if (i < 4)
      end = D(2022, 6, 30);
    else if (i < 6)
      end = D(2023, 6, 30);
    else if (i < 7)
      end = D(2024, 6, 30);
    if (end) leavers.push_back(a.value);
    Contract(a, D(2022, 1, 1), end, 10'000);
  }
  nlohmann::json all = app_->retention().Lifetime({});
  const std::vector<double> survival{1, 0.8, 0.8 * 14 / 16, 0.8 * 14 / 16 * 13 / 14};
  ASSERT_EQ(all["survival"].size(), survival.size()) << all.dump();
  for (size_t k = 0; k < survival.size(); ++k)
    EXPECT_NEAR(all["survival"][k].get<double>(), survival[k], 1e-12) << k;
  EXPECT_EQ(all["at_risk"], nlohmann::json({20, 20, 16, 14}));
  SbgModel model = FitSbg(survival);
  EXPECT_NEAR(all["model"]["alpha"].get<double>(), model.alpha, 1e-9);
  EXPECT_EQ(all["customers"], 13);
  EXPECT_EQ(all["arr"], 13 * 120'000);
  // Every remaining customer has made three renewals (three full years of tenure).
  EXPECT_EQ(all["ltv"], std::llround(120'000 * model.DiscountedExpectedLifetime(0.10)));
  EXPECT_EQ(all["residual_value"],
            std::llround(13 * 120'000 * model.DiscountedExpectedResidualLifetime(0.10, 3)));
  EXPECT_EQ(all["complete"], true);

  LifetimeQuery few;
  few.accounts = leavers;  // seven accounts: too few at risk for a curve
  nlohmann::json small = app_->retention().Lifetime(few);
  EXPECT_EQ(small["survival"].size(), 0u);
  EXPECT_EQ(small["model"], nullptr);
  EXPECT_EQ(small["ltv"], nullptr);
  EXPECT_EQ(small["customers"], 0);
}

TEST_P(RetentionTest, BadRangesAreRefusedNamingTheField) {
  try {
    Retention(RetentionPeriod::kMonth, M(2025, 1), M(2025, 7));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.field(), "to");
  }
  try {
    Retention(RetentionPeriod::kMonth, M(2025, 3), M(2025, 1));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.field(), "to");
  }
  try {
    Retention(RetentionPeriod::kMonth, M(2010, 1), M(2025, 1));
    FAIL();
  } catch (const Error& e) {
    EXPECT_EQ(e.field(), "from");
  }
}

INSTANTIATE_TEST_SUITE_P(Backends, RetentionTest, ::testing::ValuesIn(testing::Backends()),
                         [](const auto& info) { return info.param; });

}  // namespace
}  // namespace banso::revenue
