#pragma once
// A scorecard as data: which measures count, how each raw value becomes 0–100 (thresholds, or
// its percentile within the account's tier), its weight, what a missing value does, and the
// bands. Scoring an account gives its score and a contribution ledger whose points sum to it.
#include <nlohmann/json.hpp>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/enum_names.h"
#include "health/measure.h"

namespace banso::health {

enum class Normalisation { kThresholds, kPercentile };
// What a measure without data does: left out (the others' weights grow to fill its share),
// counted as neutral (50), or as worst (0).
enum class MissingRule { kLeaveOut, kNeutral, kWorst };
enum class Band { kRed, kYellow, kGreen };

// A point of the piecewise-linear map from raw value to normalised score; clamped outside.
struct Threshold {
  double at = 0;
  double score = 0;
};

struct ScorecardMeasure {
  Measure measure = Measure::kSeatUtilisation;
  double weight = 1;
  Normalisation normalisation = Normalisation::kThresholds;
  std::vector<Threshold> thresholds;  // ascending `at`; used by kThresholds
  MissingRule missing = MissingRule::kLeaveOut;
};

// A band covers scores [from, to); the last also takes 100.
struct BandRange {
  Band band = Band::kRed;
  double from = 0, to = 0;
};

struct ScorecardDefinition {
  std::vector<ScorecardMeasure> measures;
  std::vector<BandRange> bands;  // red, yellow, green; from 0 to 100 with no gap or overlap
};

// The default: every measure with a health signal, red < 40 <= yellow < 70 <= green.
ScorecardDefinition DefaultScorecard();

// Throws Invalid naming the field ("measures[2].weight", "bands[1].from").
void Validate(const ScorecardDefinition& d);
// Reads and validates a definition from an API body (the object with measures and bands);
// `path` names it in errors ("definition" gives "definition.measures[2].weight").
ScorecardDefinition DefinitionFromJson(const nlohmann::json& body, const std::string& path = {});
nlohmann::json ToJson(const ScorecardDefinition& d);

// Each tier's raw values of the percentile-normalised measures, for ranking one account
// among its peers on a date.
class PercentileTable {
 public:
  void Add(const std::string& tier, Measure m, double raw) { values_[{tier, m}].push_back(raw); }
  void Seal();  // sorts; call before Rank
  // 0–100: the share of the tier's values below raw (ties count half), oriented so that
  // 100 is best. nullopt when the tier has no values.
  std::optional<double> Rank(const std::string& tier, Measure m, double raw) const;

 private:
  std::map<std::pair<std::string, Measure>, std::vector<double>> values_;
};

struct Contribution {
  Measure measure;
  std::optional<double> raw;
  std::optional<double> normalised;    // null when left out
  double weight = 0;                   // the scorecard's weight
  double points = 0;                   // normalised × weight / the counted weights
  std::optional<MissingRule> missing;  // the rule applied, when raw is missing
  bool operator==(const Contribution&) const = default;
};

struct Scored {
  std::optional<double> score;  // nullopt when every measure was left out
  std::optional<Band> band;
  std::vector<Contribution> contributions;  // in the scorecard's order
};

double Normalise(const std::vector<Threshold>& thresholds, double raw);
std::optional<Band> BandOf(const ScorecardDefinition& d, double score);

// percentiles may be null when no measure is percentile-normalised.
Scored Score(const ScorecardDefinition& d, const MeasureValues& values, const std::string& tier,
             const PercentileTable* percentiles);
// The same into `out`, reusing its ledger's memory (a whole-portfolio pass allocates nothing for
// the accounts whose score is unchanged).
void ScoreInto(const ScorecardDefinition& d, const MeasureValues& values, const std::string& tier,
               const PercentileTable* percentiles, Scored& out);

nlohmann::json ToJson(const Contribution& c);
// A ledger as stored (an array of ToJson(Contribution)); entries it cannot read are skipped.
std::vector<Contribution> ContributionsFromJson(const nlohmann::json& ledger);

}  // namespace banso::health

namespace banso {
template <>
inline constexpr auto kEnumNames<health::Normalisation> =
    std::to_array<EnumName<health::Normalisation>>({
        {health::Normalisation::kThresholds, "thresholds"},
        {health::Normalisation::kPercentile, "percentile"},
    });
template <>
inline constexpr auto kEnumNames<health::MissingRule> =
    std::to_array<EnumName<health::MissingRule>>({
        {health::MissingRule::kLeaveOut, "leave_out"},
        {health::MissingRule::kNeutral, "neutral"},
        {health::MissingRule::kWorst, "worst"},
    });
template <>
inline constexpr auto kEnumNames<health::Band> = std::to_array<EnumName<health::Band>>({
    {health::Band::kRed, "red"},
    {health::Band::kYellow, "yellow"},
    {health::Band::kGreen, "green"},
});
}  // namespace banso
