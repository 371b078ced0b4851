// The shifted-beta-geometric model reproduces Fader & Hardie (2007): its maximum-likelihood fit
// to years 0–7 of their two segments gives their published (α, β) to the paper's three
// decimals, and projects years 8–12 of the hold-out; the discounted lifetimes agree with their
// definitions summed term by term; bad survival data is refused, naming what is wrong.
#include "revenue/ltv.h"

#include <gtest/gtest.h>

#include <cmath>
#include <fstream>
#include <sstream>

#include "core/error.h"

namespace banso::revenue {
namespace {

struct Segments {
  std::vector<double> high_end, regular;  // shares alive at the start of years 0–12
};

// tests/data/fader_hardie_2007_retention.csv, copied from the paper's Table 1.
Segments ReadPaperData() {
  std::ifstream in(BANSO_TEST_DATA "/fader_hardie_2007_retention.csv");
  EXPECT_TRUE(in) << "cannot read the paper's data";
  Segments s;
  std::string line;
  std::getline(in, line);  // year,high_end_pct_alive,regular_pct_alive
  while (std::getline(in, line)) {
    std::istringstream row(line);
    std::string year, high, regular;
    std::getline(row, year, ',');
    std::getline(row, high, ',');
    std::getline(row, regular, ',');
    s.high_end.push_back(std::stod(high) / 100);
    s.regular.push_back(std::stod(regular) / 100);
  }
  return s;
}

std::vector<double> FirstYears(const std::vector<double>& all, size_t years) {
  return {all.begin(), all.begin() + static_cast<long>(years) + 1};
}

TEST(Sbg, ReproducesThePapersEstimatesToItsPrecision) {
  Segments data = ReadPaperData();
  ASSERT_EQ(data.high_end.size(), 13u);
  SbgModel high = FitSbg(FirstYears(data.high_end, 7));
  EXPECT_NEAR(high.alpha, 0.668, 0.0005);
  EXPECT_NEAR(high.beta, 3.806, 0.0005);
  SbgModel regular = FitSbg(FirstYears(data.regular, 7));
  EXPECT_NEAR(regular.alpha, 0.704, 0.0005);
  EXPECT_NEAR(regular.beta, 1.182, 0.0005);
}

// The maximum-likelihood constant churn rate (the geometric model, no heterogeneity): churned
// shares over the periods lived.
double GeometricChurn(const std::vector<double>& survival) {
  double churned = 0, lived = 0;
  for (size_t t = 1; t < survival.size(); ++t) {
    churned += survival[t - 1] - survival[t];
    lived += survival[t - 1];
  }
  return churned / lived;
}

TEST(Sbg, ProjectsTheHoldOutYears) {
  Segments data = ReadPaperData();
  for (const auto* segment : {&data.high_end, &data.regular}) {
    std::vector<double> fitted = FirstYears(*segment, 7);
    std::vector<double> projected = FitSbg(fitted).Survival(12);
    double churn = GeometricChurn(fitted);
    for (int year = 8; year <= 12; ++year) {
      // Within two points of what happened, five years past the data (the paper's Figure 3)…
      EXPECT_NEAR(projected[year], (*segment)[year], 0.02) << "year " << year;
      // …where a constant churn rate, fitted to the same years, falls further and further
      // below it: retention rises with tenure, as the likeliest leavers leave first.
      double geometric = std::pow(1 - churn, year);
      EXPECT_LT(geometric, projected[year]) << "year " << year;
    }
    EXPECT_GT((*segment)[12] - std::pow(1 - churn, 12), 0.05);
  }
}

TEST(Sbg, SurvivalAndRetentionFollowTheirDefinitions) {
  SbgModel m{0.704, 1.182};
  std::vector<double> s = m.Survival(3);
  EXPECT_DOUBLE_EQ(s[0], 1);
  EXPECT_NEAR(s[1], 1.182 / (0.704 + 1.182), 1e-12);  // 1 − E[θ]
  EXPECT_NEAR(s[2] / s[1], (1.182 + 1) / (0.704 + 1.182 + 1), 1e-12);
  EXPECT_NEAR(s[3] / s[2], m.RetentionRate(3), 1e-12);
}

TEST(Sbg, DiscountedLifetimesAgreeWithTheirSums) {
  SbgModel m{0.668, 3.806};
  const double d = 0.10;
  std::vector<double> s = m.Survival(2000);
  double del = 0;
  for (int t = 0; t <= 2000; ++t) del += s[t] / std::pow(1 + d, t);
  EXPECT_NEAR(m.DiscountedExpectedLifetime(d), del, 1e-9);
  // A customer who has renewed 4 times, deciding on the fifth: S(t) / S(4) for t ≥ 5.
  double derl = 0;
  for (int t = 5; t <= 2000; ++t) derl += s[t] / s[4] / std::pow(1 + d, t - 5);
  EXPECT_NEAR(m.DiscountedExpectedResidualLifetime(d, 4), derl, 1e-9);
  // A customer who has stayed is worth more than a new one's remaining lifetime: they are more
  // likely one of the loyal.
  EXPECT_GT(m.DiscountedExpectedResidualLifetime(d, 4), m.DiscountedExpectedResidualLifetime(d, 0));
}

TEST(Sbg, RefusesSurvivalItCannotFit) {
  auto refusal = [](const std::vector<double>& survival) {
    try {
      FitSbg(survival);
    } catch (const Error& e) {
      EXPECT_EQ(e.field(), "survival");
      return std::string(e.what());
    }
    return std::string("accepted");
  };
  EXPECT_NE(refusal({1, 0.8}).find("at least 3 points"), std::string::npos);
  EXPECT_NE(refusal({1, 0.8, 0}).find("above 0 and at most 1"), std::string::npos);
  EXPECT_NE(refusal({1, 1.2, 0.9}).find("above 0 and at most 1"), std::string::npos);
  EXPECT_NE(refusal({0.9, 0.8, 0.7}).find("must start at 1"), std::string::npos);
  EXPECT_NE(refusal({1, 0.7, 0.8}).find("rises"), std::string::npos);
}

}  // namespace
}  // namespace banso::revenue
