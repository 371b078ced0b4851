#include "health/scorecard.h"

#include <algorithm>
#include <cmath>

#include "core/error.h"
#include "core/json_fields.h"

namespace banso::health {
namespace {

double JsonNumber(const nlohmann::json& v, const std::string& field) {
  if (!v.is_number()) throw Invalid(field, "must be a number");
  double d = v.get<double>();
  if (!std::isfinite(d)) throw Invalid(field, "must be a number");
  return d;
}

template <class E>
E JsonChoice(const nlohmann::json& v, const std::string& field) {
  return JsonEnum<E>(v, field.c_str());
}

ScorecardMeasure MeasureFromJson(const nlohmann::json& j, const std::string& path) {
  ScorecardMeasure m;
  JsonFields f(j, path);
  bool has_measure = false;
  f.On("measure", [&](auto& v) {
    m.measure = JsonChoice<Measure>(v, path + ".measure");
    has_measure = true;
  });
  f.On("weight", [&](auto& v) { m.weight = JsonNumber(v, path + ".weight"); });
  f.On("normalisation",
       [&](auto& v) { m.normalisation = JsonChoice<Normalisation>(v, path + ".normalisation"); });
  f.On("missing", [&](auto& v) { m.missing = JsonChoice<MissingRule>(v, path + ".missing"); });
  f.On("thresholds", [&](auto& v) {
    if (!v.is_array()) throw Invalid(path + ".thresholds", "must be a list");
    for (size_t i = 0; i < v.size(); ++i) {
      std::string tp = path + ".thresholds[" + std::to_string(i) + "]";
      JsonFields t(v[i], tp);
      Threshold th;
      bool at = false, score = false;
      t.On("at", [&](auto& x) {
        th.at = JsonNumber(x, tp + ".at");
        at = true;
      });
      t.On("score", [&](auto& x) {
        th.score = JsonNumber(x, tp + ".score");
        score = true;
      });
      t.RejectUnknown();
      if (!at) throw Invalid(tp + ".at", "is required");
      if (!score) throw Invalid(tp + ".score", "is required");
      m.thresholds.push_back(th);
    }
  });
  f.RejectUnknown();
  if (!has_measure) throw Invalid(path + ".measure", "is required");
  return m;
}

}  // namespace

ScorecardDefinition DefaultScorecard() {
  using M = Measure;
  using R = MissingRule;
  auto t = [](M m, double w, std::vector<Threshold> th, R r) {
    return ScorecardMeasure{m, w, Normalisation::kThresholds, std::move(th), r};
  };
  ScorecardDefinition d;
  // Weighted toward what the demo's backtest shows to carry churn: open tickets, the latest
  // NPS, the last meaningful touch and a departed champion (docs/architecture.md, "Health").
  d.measures = {
      t(M::kSeatUtilisation, 10, {{20, 0}, {80, 100}}, R::kLeaveOut),
      t(M::kActiveUserTrend, 8, {{-50, 0}, {0, 60}, {20, 100}}, R::kLeaveOut),
      t(M::kFeatureBreadth, 5, {{10, 0}, {60, 100}}, R::kLeaveOut),
      t(M::kDaysSinceMeaningfulTouch, 15, {{30, 100}, {120, 0}}, R::kWorst),
      t(M::kNpsLatest, 25, {{6, 0}, {7, 50}, {9, 100}}, R::kLeaveOut),
      t(M::kNpsChange, 5, {{-4, 0}, {0, 60}, {2, 100}}, R::kLeaveOut),
      t(M::kCsat, 4, {{2, 0}, {4.5, 100}}, R::kLeaveOut),
      t(M::kOpenTickets, 30, {{0, 100}, {3, 0}}, R::kNeutral),
      t(M::kUrgentTickets, 5, {{0, 100}, {2, 0}}, R::kNeutral),
      t(M::kTicketMedianAge, 5, {{7, 100}, {45, 0}}, R::kNeutral),
      t(M::kRelationshipBreadth, 3, {{1, 0}, {3, 100}}, R::kWorst),
      t(M::kChampionDeparted, 15, {{0, 100}, {1, 0}}, R::kNeutral),
      t(M::kPlanProgress, 4, {{0, 0}, {100, 100}}, R::kLeaveOut),
      t(M::kSelfSufficiency, 3, {{0, 0}, {3, 100}}, R::kLeaveOut),
      t(M::kContraction12m, 3, {{0, 100}, {30, 0}}, R::kLeaveOut),
  };
  d.bands = {{Band::kRed, 0, 40}, {Band::kYellow, 40, 70}, {Band::kGreen, 70, 100}};
  return d;
}

void Validate(const ScorecardDefinition& d) {
  if (d.measures.empty()) throw Invalid("measures", "needs at least one measure");
  for (size_t i = 0; i < d.measures.size(); ++i) {
    const auto& m = d.measures[i];
    const std::string path = "measures[" + std::to_string(i) + "]";
    for (size_t k = 0; k < i; ++k)
      if (d.measures[k].measure == m.measure) throw Invalid(path + ".measure", "is given twice");
    if (!(m.weight > 0) || !std::isfinite(m.weight))
      throw Invalid(path + ".weight", "must be greater than 0");
    if (m.weight > 1000) throw Invalid(path + ".weight", "must be from 0 to 1000");
    if (m.normalisation != Normalisation::kThresholds) continue;
    if (m.thresholds.size() < 2)
      throw Invalid(path + ".thresholds", "needs at least two thresholds");
    for (size_t k = 0; k < m.thresholds.size(); ++k) {
      const std::string tp = path + ".thresholds[" + std::to_string(k) + "]";
      if (m.thresholds[k].score < 0 || m.thresholds[k].score > 100)
        throw Invalid(tp + ".score", "must be from 0 to 100");
      if (k > 0 && !(m.thresholds[k].at > m.thresholds[k - 1].at))
        throw Invalid(tp + ".at", "must be greater than the value before it");
    }
  }
  static constexpr Band kOrder[] = {Band::kRed, Band::kYellow, Band::kGreen};
  if (d.bands.size() != 3) throw Invalid("bands", "must be red, yellow and green, in that order");
  for (size_t i = 0; i < 3; ++i) {
    const auto& b = d.bands[i];
    const std::string path = "bands[" + std::to_string(i) + "]";
    if (b.band != kOrder[i])
      throw Invalid(path + ".band", "must be red, yellow and green, in that order");
    double expected_from = i == 0 ? 0 : d.bands[i - 1].to;
    if (b.from != expected_from)
      throw Invalid(path + ".from",
                    i == 0 ? "must be from 0 to 100" : "must start where the band before it ends");
    if (!(b.to > b.from)) throw Invalid(path + ".to", "must be greater than from");
  }
  if (d.bands[2].to != 100) throw Invalid("bands[2].to", "the last band must end at 100");
}

ScorecardDefinition DefinitionFromJson(const nlohmann::json& body, const std::string& path) {
  const std::string at = path.empty() ? "" : path + ".";
  ScorecardDefinition d;
  JsonFields f(body, path);
  bool has_measures = false, has_bands = false;
  f.On("measures", [&](auto& v) {
    if (!v.is_array()) throw Invalid(at + "measures", "must be a list");
    for (size_t i = 0; i < v.size(); ++i)
      d.measures.push_back(MeasureFromJson(v[i], at + "measures[" + std::to_string(i) + "]"));
    has_measures = true;
  });
  f.On("bands", [&](auto& v) {
    if (!v.is_array()) throw Invalid(at + "bands", "must be a list");
    for (size_t i = 0; i < v.size(); ++i) {
      const std::string band_path = at + "bands[" + std::to_string(i) + "]";
      JsonFields b(v[i], band_path);
      BandRange r;
      b.On("band", [&](auto& x) { r.band = JsonChoice<Band>(x, band_path + ".band"); });
      b.On("from", [&](auto& x) { r.from = JsonNumber(x, band_path + ".from"); });
      b.On("to", [&](auto& x) { r.to = JsonNumber(x, band_path + ".to"); });
      b.RejectUnknown();
      d.bands.push_back(r);
    }
    has_bands = true;
  });
  f.RejectUnknown();
  if (!has_measures) throw Invalid(at + "measures", "is required");
  if (!has_bands) d.bands = DefaultScorecard().bands;
  try {
    Validate(d);
  } catch (const Invalid& e) {
    throw Invalid(at + e.field(), e.what());
  }
  return d;
}

nlohmann::json ToJson(const ScorecardDefinition& d) {
  nlohmann::json measures = nlohmann::json::array();
  for (const auto& m : d.measures) {
    nlohmann::json thresholds = nlohmann::json::array();
    for (const auto& t : m.thresholds) thresholds.push_back({{"at", t.at}, {"score", t.score}});
    const MeasureInfo& info = InfoOf(m.measure);
    measures.push_back({{"measure", EnumToString(m.measure)},
                        {"unit", info.unit},
                        {"source", EnumToString(info.source)},
                        {"weight", m.weight},
                        {"normalisation", EnumToString(m.normalisation)},
                        {"thresholds", thresholds},
                        {"missing", EnumToString(m.missing)}});
  }
  nlohmann::json bands = nlohmann::json::array();
  for (const auto& b : d.bands)
    bands.push_back({{"band", EnumToString(b.band)}, {"from", b.from}, {"to", b.to}});
  return {{"measures", measures}, {"bands", bands}};
}

void PercentileTable::Seal() {
  for (auto& [key, v] : values_) std::sort(v.begin(), v.end());
}

std::optional<double> PercentileTable::Rank(const std::string& tier, Measure m, double raw) const {
  auto it = values_.find({tier, m});
  if (it == values_.end() || it->second.empty()) return std::nullopt;
  const auto& v = it->second;
  auto [lo, hi] = std::equal_range(v.begin(), v.end(), raw);
  double below = static_cast<double>(lo - v.begin()), equal = static_cast<double>(hi - lo);
  double share = 100.0 * (below + equal / 2) / static_cast<double>(v.size());
  return InfoOf(m).higher_is_better ? share : 100.0 - share;
}

double Normalise(const std::vector<Threshold>& t, double raw) {
  if (raw <= t.front().at) return t.front().score;
  if (raw >= t.back().at) return t.back().score;
  auto hi = std::upper_bound(t.begin(), t.end(), raw,
                             [](double x, const Threshold& th) { return x < th.at; });
  auto lo = std::prev(hi);
  return lo->score + (hi->score - lo->score) * (raw - lo->at) / (hi->at - lo->at);
}

std::optional<Band> BandOf(const ScorecardDefinition& d, double score) {
  for (const auto& b : d.bands)
    if (score >= b.from && score < b.to) return b.band;
  if (!d.bands.empty() && score >= d.bands.back().to) return d.bands.back().band;
  return std::nullopt;
}

Scored Score(const ScorecardDefinition& d, const MeasureValues& values, const std::string& tier,
             const PercentileTable* percentiles) {
  Scored out;
  ScoreInto(d, values, tier, percentiles, out);
  return out;
}

void ScoreInto(const ScorecardDefinition& d, const MeasureValues& values, const std::string& tier,
               const PercentileTable* percentiles, Scored& out) {
  out.score.reset();
  out.band.reset();
  out.contributions.clear();
  double counted_weight = 0;
  for (const auto& m : d.measures) {
    Contribution c{m.measure,   values[static_cast<size_t>(m.measure)], std::nullopt, m.weight, 0,
                   std::nullopt};
    if (c.raw) {
      if (m.normalisation == Normalisation::kThresholds)
        c.normalised = Normalise(m.thresholds, *c.raw);
      else if (percentiles)
        c.normalised = percentiles->Rank(tier, m.measure, *c.raw);
    }
    if (!c.normalised) {
      c.missing = m.missing;
      if (m.missing == MissingRule::kNeutral) c.normalised = 50;
      if (m.missing == MissingRule::kWorst) c.normalised = 0;
    }
    if (c.normalised) counted_weight += m.weight;
    out.contributions.push_back(c);
  }
  if (counted_weight <= 0) return;
  double score = 0;
  for (auto& c : out.contributions) {
    if (!c.normalised) continue;
    c.points = *c.normalised * c.weight / counted_weight;
    score += c.points;
  }
  out.score = score;
  out.band = BandOf(d, score);
}

std::vector<Contribution> ContributionsFromJson(const nlohmann::json& ledger) {
  std::vector<Contribution> out;
  if (!ledger.is_array()) return out;
  auto number = [](const nlohmann::json& v) {
    return v.is_number() ? std::optional(v.get<double>()) : std::nullopt;
  };
  for (const auto& c : ledger) {
    auto measure = EnumFromString<Measure>(c.value("measure", ""));
    if (!measure) continue;
    out.push_back({*measure, number(c.value("raw", nlohmann::json())),
                   number(c.value("normalised", nlohmann::json())), c.value("weight", 0.0),
                   c.value("points", 0.0),
                   c.contains("missing") && c["missing"].is_string()
                       ? EnumFromString<MissingRule>(c["missing"].get<std::string>())
                       : std::nullopt});
  }
  return out;
}

nlohmann::json ToJson(const Contribution& c) {
  auto opt = [](const std::optional<double>& v) {
    return v ? nlohmann::json(*v) : nlohmann::json();
  };
  return {{"measure", EnumToString(c.measure)},
          {"raw", opt(c.raw)},
          {"normalised", opt(c.normalised)},
          {"weight", c.weight},
          {"points", c.points},
          {"missing", c.missing ? nlohmann::json(EnumToString(*c.missing)) : nlohmann::json()}};
}

}  // namespace banso::health
