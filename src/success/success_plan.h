#pragma once
// A success plan: the customer's own definition of success (seed 004), agreed with them, as
// objectives of two kinds — experience (CX: functional or emotional) and outcome (CO: adoption,
// problem solved, lasting results) — each measured by KPIs and marked by milestones.
//
// The plan is edited and versioned as one document (objectives, KPIs and milestones inside),
// so that a CSM and the customer editing at once cannot interleave half of each other's
// changes: a stale version is a 409. Items carry ids stable within the plan ("o1", "k2", "m3"),
// given on save, so that the console can address them.
#include <nlohmann/json.hpp>

#include <optional>
#include <string>
#include <vector>

#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"

namespace banso::success {

enum class ObjectiveType { kCx, kCo };
// CX: functional (easy to use) / emotional (delightful); CO: adoption / problem solved /
// lasting results.
enum class ObjectiveKind { kFunctional, kEmotional, kAdoption, kProblemSolved, kLastingResults };
enum class PlanStatus { kNotStarted, kOnTrack, kAtRisk, kAchieved, kAbandoned };
// A KPI bound to product usage takes its current value from the event rollups.
enum class UsageMeasure {
  kDailyActiveUsers,
  kWeeklyActiveUsers,
  kMonthlyActiveUsers,
  kSeatUtilisation,
  kFeatureWeeklyUsers,
  kEventsPerWeek
};

ObjectiveType TypeOf(ObjectiveKind kind);

struct UsageBinding {
  UsageMeasure measure = UsageMeasure::kWeeklyActiveUsers;
  std::string feature;  // kFeatureWeeklyUsers: a feature of the event mapping; kEventsPerWeek: an
                        // event name
};

struct Kpi {
  std::string id;
  std::string name;
  std::string unit;  // "%", "人", "件"... free text
  double baseline = 0;
  double target = 0;
  std::optional<double> current;
  std::optional<Date> due_on;
  std::optional<UsageBinding> usage;  // else entered by hand
};

struct Milestone {
  std::string id;
  std::string title;
  std::optional<Date> due_on;
  std::optional<Date> achieved_on;  // set when achieved
};

struct Objective {
  std::string id;
  std::string title;
  std::optional<ObjectiveType> type;  // required; optional only to name it in the error
  std::optional<ObjectiveKind> kind;
  PlanStatus status = PlanStatus::kNotStarted;
  std::optional<Date> due_on;
  std::optional<UserId> owner_user_id;        // the vendor's side (CSM)
  std::optional<ContactId> owner_contact_id;  // the customer's side
  std::string evidence;                       // what shows it is achieved (Markdown)
  std::vector<Kpi> kpis;
  std::vector<Milestone> milestones;
};

struct SuccessPlan {
  SuccessPlanId id;
  long long version = 0;
  AccountId account_id;
  std::string title;
  std::string definition;  // the customer's definition of success, in their words
  PlanStatus status = PlanStatus::kNotStarted;
  Date starts_on;
  std::optional<Date> ends_on;
  std::optional<std::string> template_key;  // the template it was made from
  std::optional<UserId> csm_user_id;
  std::optional<ContactId> customer_contact_id;
  std::vector<Objective> objectives;
  int next_item = 1;  // for new item ids
  Timestamp created_at;
  Timestamp updated_at;
};

// Gives ids to new items. Throws Invalid naming the item ("objectives[1].kpis[0].target").
void AssignItemIds(SuccessPlan& plan);
void ValidatePlan(const SuccessPlan& plan);

nlohmann::json ToJson(const SuccessPlan& plan);
// The document part (objectives etc.) as stored.
nlohmann::json ObjectivesJson(const std::vector<Objective>& objectives);
std::vector<Objective> ObjectivesFromJson(const nlohmann::json& j);
// A request body onto a plan: only the fields present change; objectives, when present,
// replace the list (items keep their ids when sent back with them).
void ApplyJson(const nlohmann::json& body, SuccessPlan& plan);

// Share of the plan done, 0..1: achieved objectives, or for open ones the mean progress of
// their KPIs from baseline to target (capped) and of their milestones.
double Progress(const SuccessPlan& plan);
double Progress(const Objective& objective);
double Progress(const Kpi& kpi);

}  // namespace banso::success

namespace banso {
template <>
inline constexpr auto kEnumNames<success::ObjectiveType> =
    std::to_array<EnumName<success::ObjectiveType>>({
        {success::ObjectiveType::kCx, "cx"},
        {success::ObjectiveType::kCo, "co"},
    });
template <>
inline constexpr auto kEnumNames<success::ObjectiveKind> =
    std::to_array<EnumName<success::ObjectiveKind>>({
        {success::ObjectiveKind::kFunctional, "functional"},
        {success::ObjectiveKind::kEmotional, "emotional"},
        {success::ObjectiveKind::kAdoption, "adoption"},
        {success::ObjectiveKind::kProblemSolved, "problem_solved"},
        {success::ObjectiveKind::kLastingResults, "lasting_results"},
    });
template <>
inline constexpr auto kEnumNames<success::PlanStatus> =
    std::to_array<EnumName<success::PlanStatus>>({
        {success::PlanStatus::kNotStarted, "not_started"},
        {success::PlanStatus::kOnTrack, "on_track"},
        {success::PlanStatus::kAtRisk, "at_risk"},
        {success::PlanStatus::kAchieved, "achieved"},
        {success::PlanStatus::kAbandoned, "abandoned"},
    });
template <>
inline constexpr auto kEnumNames<success::UsageMeasure> =
    std::to_array<EnumName<success::UsageMeasure>>({
        {success::UsageMeasure::kDailyActiveUsers, "dau"},
        {success::UsageMeasure::kWeeklyActiveUsers, "wau"},
        {success::UsageMeasure::kMonthlyActiveUsers, "mau"},
        {success::UsageMeasure::kSeatUtilisation, "seat_utilisation"},
        {success::UsageMeasure::kFeatureWeeklyUsers, "feature_weekly_users"},
        {success::UsageMeasure::kEventsPerWeek, "events_per_week"},
    });
}  // namespace banso
