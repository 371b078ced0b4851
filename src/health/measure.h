#pragma once
// The measures a health scorecard can weigh (issue 14): each names its unit, the data it is
// computed from, and its direction. Values are computed for any date by MeasuresAt
// (health/measures_at.h); a scorecard turns them into 0–100 (health/scorecard.h).
#include <array>
#include <optional>
#include <string_view>

#include "core/enum_names.h"

namespace banso::health {

enum class Measure {
  kSeatUtilisation,           // active people in 30 days / licensed seats, %
  kActiveUserTrend,           // active people in the last 28 days vs the 28 before, % change
  kFeatureBreadth,            // mapped features used in 90 days / features mapped, %
  kDaysSinceMeaningfulTouch,  // days since the last meeting, call or on-site visit
  kNpsLatest,                 // the latest NPS answer, 0–10
  kNpsChange,                 // the latest NPS answer minus the one before it, points
  kCsat,                      // mean CSAT of the last 90 days, 1–5
  kOpenTickets,               // tickets open on the date
  kUrgentTickets,             // of those, high or urgent priority
  kTicketMedianAge,           // median age of the open tickets, days
  kRelationshipBreadth,       // contacts, not departed, engaged in the last 90 days
  kSingleThreaded,            // 1 when the relationship rests on at most one engaged person
  kChampionDeparted,          // 1 when a champion left in the last 180 days
  kPlanProgress,              // objectives on track or achieved / objectives not abandoned, %
  kSelfSufficiency,           // the latest assessed level: 0 dependent … 3 advocate
  kStageTimeRatio,            // days in the journey stage / that stage's median stay
  kDaysToRenewal,             // days to the end of the nearest active contract
  kContraction12m,            // MRR lost to contraction in 12 months / MRR 12 months before, %
};

inline constexpr size_t kMeasureCount = 18;

// Where a measure's data comes from, for the console's "source" column.
enum class MeasureSource {
  kUsage,
  kTouchpoints,
  kSurveys,
  kTickets,
  kRelationships,
  kSuccessPlans,
  kSelfSufficiency,
  kJourney,
  kContracts,
};

struct MeasureInfo {
  Measure measure;
  std::string_view unit;  // percent, days, count, score, points, flag, level, ratio
  MeasureSource source;
  bool higher_is_better;  // the direction a percentile normalisation ranks in
};

inline constexpr std::array<MeasureInfo, kMeasureCount> kMeasures{{
    {Measure::kSeatUtilisation, "percent", MeasureSource::kUsage, true},
    {Measure::kActiveUserTrend, "percent", MeasureSource::kUsage, true},
    {Measure::kFeatureBreadth, "percent", MeasureSource::kUsage, true},
    {Measure::kDaysSinceMeaningfulTouch, "days", MeasureSource::kTouchpoints, false},
    {Measure::kNpsLatest, "score", MeasureSource::kSurveys, true},
    {Measure::kNpsChange, "points", MeasureSource::kSurveys, true},
    {Measure::kCsat, "score", MeasureSource::kSurveys, true},
    {Measure::kOpenTickets, "count", MeasureSource::kTickets, false},
    {Measure::kUrgentTickets, "count", MeasureSource::kTickets, false},
    {Measure::kTicketMedianAge, "days", MeasureSource::kTickets, false},
    {Measure::kRelationshipBreadth, "count", MeasureSource::kRelationships, true},
    {Measure::kSingleThreaded, "flag", MeasureSource::kRelationships, false},
    {Measure::kChampionDeparted, "flag", MeasureSource::kRelationships, false},
    {Measure::kPlanProgress, "percent", MeasureSource::kSuccessPlans, true},
    {Measure::kSelfSufficiency, "level", MeasureSource::kSelfSufficiency, true},
    {Measure::kStageTimeRatio, "ratio", MeasureSource::kJourney, false},
    {Measure::kDaysToRenewal, "days", MeasureSource::kContracts, true},
    {Measure::kContraction12m, "percent", MeasureSource::kContracts, false},
}};

inline const MeasureInfo& InfoOf(Measure m) { return kMeasures[static_cast<size_t>(m)]; }

// One value per measure; nullopt where the data to compute it is missing on the date.
using MeasureValues = std::array<std::optional<double>, kMeasureCount>;

}  // namespace banso::health

namespace banso {
template <>
inline constexpr auto kEnumNames<health::Measure> = std::to_array<EnumName<health::Measure>>({
    {health::Measure::kSeatUtilisation, "seat_utilisation"},
    {health::Measure::kActiveUserTrend, "active_user_trend"},
    {health::Measure::kFeatureBreadth, "feature_breadth"},
    {health::Measure::kDaysSinceMeaningfulTouch, "days_since_meaningful_touch"},
    {health::Measure::kNpsLatest, "nps_latest"},
    {health::Measure::kNpsChange, "nps_change"},
    {health::Measure::kCsat, "csat"},
    {health::Measure::kOpenTickets, "open_tickets"},
    {health::Measure::kUrgentTickets, "urgent_tickets"},
    {health::Measure::kTicketMedianAge, "ticket_median_age"},
    {health::Measure::kRelationshipBreadth, "relationship_breadth"},
    {health::Measure::kSingleThreaded, "single_threaded"},
    {health::Measure::kChampionDeparted, "champion_departed"},
    {health::Measure::kPlanProgress, "plan_progress"},
    {health::Measure::kSelfSufficiency, "self_sufficiency"},
    {health::Measure::kStageTimeRatio, "stage_time_ratio"},
    {health::Measure::kDaysToRenewal, "days_to_renewal"},
    {health::Measure::kContraction12m, "contraction_12m"},
});
template <>
inline constexpr auto kEnumNames<health::MeasureSource> =
    std::to_array<EnumName<health::MeasureSource>>({
        {health::MeasureSource::kUsage, "usage"},
        {health::MeasureSource::kTouchpoints, "touchpoints"},
        {health::MeasureSource::kSurveys, "surveys"},
        {health::MeasureSource::kTickets, "tickets"},
        {health::MeasureSource::kRelationships, "relationships"},
        {health::MeasureSource::kSuccessPlans, "success_plans"},
        {health::MeasureSource::kSelfSufficiency, "self_sufficiency"},
        {health::MeasureSource::kJourney, "journey"},
        {health::MeasureSource::kContracts, "contracts"},
    });
}  // namespace banso
