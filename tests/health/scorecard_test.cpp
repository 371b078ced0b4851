// Scorecards: normalisation, missing-data rules, bands, the ledger summing to the score, and
// the definitions that are refused (naming the field).
#include <gtest/gtest.h>

#include <random>

#include "core/error.h"
#include "health/scorecard.h"

namespace banso::health {
namespace {

MeasureValues With(std::initializer_list<std::pair<Measure, double>> values) {
  MeasureValues m;
  for (auto [k, v] : values) m[static_cast<size_t>(k)] = v;
  return m;
}

std::string FieldOf(const nlohmann::json& body) {
  try {
    DefinitionFromJson(body);
  } catch (const Invalid& e) {
    return e.field();
  }
  return "(accepted)";
}

TEST(ScorecardTest, ThresholdsInterpolateAndClamp) {
  std::vector<Threshold> t{{-50, 0}, {0, 60}, {20, 100}};
  EXPECT_DOUBLE_EQ(Normalise(t, -80), 0);
  EXPECT_DOUBLE_EQ(Normalise(t, -25), 30);
  EXPECT_DOUBLE_EQ(Normalise(t, 10), 80);
  EXPECT_DOUBLE_EQ(Normalise(t, 99), 100);
  std::vector<Threshold> falling{{30, 100}, {120, 0}};
  EXPECT_DOUBLE_EQ(Normalise(falling, 75), 50);
}

TEST(ScorecardTest, MissingDataIsLeftOutNeutralOrWorst) {
  ScorecardDefinition d;
  d.bands = DefaultScorecard().bands;
  d.measures = {{Measure::kSeatUtilisation,
                 30,
                 Normalisation::kThresholds,
                 {{0, 0}, {100, 100}},
                 MissingRule::kLeaveOut},
                {Measure::kNpsLatest,
                 10,
                 Normalisation::kThresholds,
                 {{0, 0}, {10, 100}},
                 MissingRule::kLeaveOut}};
  auto only_nps = With({{Measure::kNpsLatest, 8}});
  Scored s = Score(d, only_nps, "", nullptr);
  EXPECT_DOUBLE_EQ(*s.score, 80) << "the missing measure's weight goes to the others";
  EXPECT_EQ(s.contributions[0].missing, MissingRule::kLeaveOut);
  EXPECT_FALSE(s.contributions[0].normalised);
  EXPECT_EQ(s.contributions[0].points, 0);

  d.measures[0].missing = MissingRule::kNeutral;
  EXPECT_DOUBLE_EQ(*Score(d, only_nps, "", nullptr).score, 50 * 0.75 + 80 * 0.25);
  d.measures[0].missing = MissingRule::kWorst;
  s = Score(d, only_nps, "", nullptr);
  EXPECT_DOUBLE_EQ(*s.score, 20);
  EXPECT_EQ(s.band, Band::kRed);

  d.measures[0].missing = MissingRule::kLeaveOut;
  s = Score(d, MeasureValues{}, "", nullptr);
  EXPECT_FALSE(s.score) << "nothing measured: no score, rather than a made-up one";
}

TEST(ScorecardTest, TheLedgerSumsToTheScoreForAnyValues) {
  const ScorecardDefinition d = DefaultScorecard();
  std::mt19937 rng(7);
  std::uniform_real_distribution<double> value(-100, 400);
  std::bernoulli_distribution present(0.7);
  for (int i = 0; i < 2000; ++i) {
    MeasureValues m;
    for (auto& v : m)
      if (present(rng)) v = value(rng);
    Scored s = Score(d, m, "", nullptr);
    ASSERT_TRUE(s.score);
    double sum = 0;
    for (const auto& c : s.contributions) sum += c.points;
    ASSERT_NEAR(sum, *s.score, 1e-9);
    ASSERT_GE(*s.score, 0);
    ASSERT_LE(*s.score, 100);
    ASSERT_EQ(s.band, BandOf(d, *s.score));
  }
}

TEST(ScorecardTest, BandsAreRedBelowFortyAndGreenFromSeventy) {
  const ScorecardDefinition d = DefaultScorecard();
  EXPECT_EQ(BandOf(d, 0), Band::kRed);
  EXPECT_EQ(BandOf(d, 39.99), Band::kRed);
  EXPECT_EQ(BandOf(d, 40), Band::kYellow);
  EXPECT_EQ(BandOf(d, 69.99), Band::kYellow);
  EXPECT_EQ(BandOf(d, 70), Band::kGreen);
  EXPECT_EQ(BandOf(d, 100), Band::kGreen);
}

TEST(ScorecardTest, PercentilesRankWithinTheTierAndTheMeasuresDirection) {
  PercentileTable t;
  for (double v : {10, 20, 30, 40}) t.Add("high_touch", Measure::kSeatUtilisation, v);
  for (double v : {1, 2, 3, 4}) t.Add("high_touch", Measure::kOpenTickets, v);
  t.Add("tech_touch", Measure::kSeatUtilisation, 90);
  t.Seal();
  EXPECT_DOUBLE_EQ(*t.Rank("high_touch", Measure::kSeatUtilisation, 30), 62.5);
  EXPECT_DOUBLE_EQ(*t.Rank("tech_touch", Measure::kSeatUtilisation, 30), 0);
  EXPECT_DOUBLE_EQ(*t.Rank("high_touch", Measure::kOpenTickets, 1), 87.5) << "fewer is better";
  EXPECT_FALSE(t.Rank("low_touch", Measure::kSeatUtilisation, 30));
}

TEST(ScorecardTest, TheDefaultRoundTripsThroughJson) {
  nlohmann::json j = ToJson(DefaultScorecard());
  for (auto& m : j["measures"]) m.erase("unit"), m.erase("source");
  EXPECT_EQ(ToJson(DefinitionFromJson(j)), ToJson(DefaultScorecard()));
}

TEST(ScorecardTest, BadDefinitionsAreRefusedNamingTheField) {
  auto base = [] {
    nlohmann::json j = ToJson(DefaultScorecard());
    for (auto& m : j["measures"]) m.erase("unit"), m.erase("source");
    return j;
  };
  auto j = base();
  j["measures"][2]["weight"] = 0;
  EXPECT_EQ(FieldOf(j), "measures[2].weight");
  j = base();
  j["measures"][1]["weight"] = -3;
  EXPECT_EQ(FieldOf(j), "measures[1].weight");
  j = base();
  j["measures"][0]["measure"] = "happiness";
  EXPECT_EQ(FieldOf(j), "measures[0].measure");
  j = base();
  j["measures"][3]["thresholds"] = {{{"at", 120}, {"score", 0}}, {{"at", 30}, {"score", 100}}};
  EXPECT_EQ(FieldOf(j), "measures[3].thresholds[1].at");
  j = base();
  j["measures"][3]["thresholds"][0]["score"] = 140;
  EXPECT_EQ(FieldOf(j), "measures[3].thresholds[0].score");
  j = base();
  j["measures"][4]["measure"] = j["measures"][0]["measure"];
  EXPECT_EQ(FieldOf(j), "measures[4].measure");
  j = base();
  j["bands"][1]["from"] = 35;  // overlaps red
  EXPECT_EQ(FieldOf(j), "bands[1].from");
  j = base();
  j["bands"][2]["from"] = 75;  // a gap after yellow
  EXPECT_EQ(FieldOf(j), "bands[2].from");
  j = base();
  j["bands"][2]["to"] = 90;
  EXPECT_EQ(FieldOf(j), "bands[2].to");
  j = base();
  j["bands"][0]["band"] = "green";
  EXPECT_EQ(FieldOf(j), "bands[0].band");
  j = base();
  j["measures"] = nlohmann::json::array();
  EXPECT_EQ(FieldOf(j), "measures");
  j = base();
  j["measures"][0]["colour"] = "blue";
  EXPECT_EQ(FieldOf(j), "measures[0].colour");
  EXPECT_EQ(FieldOf(base()), "(accepted)");
}

}  // namespace
}  // namespace banso::health
