#pragma once
// Revenue retention from revenue movements (docs/architecture.md, "Revenue retention"): the
// month figures that retention answers and closed months are made of, for one account or summed
// over many, in one currency's minor units. Conversion into the reporting currency comes after
// summing, at one rate per currency and period (revenue/retention_service.h).
#include <nlohmann/json.hpp>

#include <optional>
#include <span>
#include <string>
#include <string_view>

#include "core/enum_names.h"
#include "revenue/revenue_movement.h"

namespace banso::revenue {

// A calendar month as a count of months, year * 12 + month - 1, so that months subtract.
int MonthNumber(Date d);
std::optional<int> ParseMonth(std::string_view text);  // strict YYYY-MM
std::string MonthText(int month);                      // "2026-03"
Date FirstDayOf(int month);

enum class RetentionPeriod { kMonth, kQuarter, kTtm };
enum class CohortBy { kMonth, kQuarter };
enum class CohortMeasure { kRevenue, kLogos };

// The starting cohort of a period: the accounts with MRR > 0 at its start (before the
// movements of its first day). Each account counts its net change over the period: ending
// above its start it expanded, below it contracted, at zero it churned; so a cohort member's
// reactivation or expansion within the period wins back its own loss, up to its start, before
// it counts as expansion. New and reactivated accounts are not in the cohort.
struct CohortSums {
  long long start_mrr = 0;
  long long end_mrr = 0;
  long long retained_mrr = 0;  // the sum of min(end, start): GRR's numerator
  long long expansion = 0;
  long long contraction = 0;
  long long churn = 0;
  long long logos = 0;
  long long logos_retained = 0;  // still with MRR > 0 at the period's end

  // Adds one account with MRR `start` at the period's start and `end` at its end.
  void Add(long long start, long long end);
  CohortSums& operator+=(const CohortSums& o);
  CohortSums& operator-=(const CohortSums& o);
  bool operator==(const CohortSums&) const = default;
};

// A period's bridge (opening + new + expansion - contraction - churn + reactivation = closing;
// the flows are the movements dated in the period, as magnitudes) and its starting cohort.
struct PeriodFigures {
  long long opening_mrr = 0;
  long long new_mrr = 0;
  long long expansion = 0;
  long long contraction = 0;
  long long churn = 0;
  long long reactivation = 0;
  long long closing_mrr = 0;
  long long logos_start = 0;
  long long logos_new = 0;
  long long logos_reactivated = 0;
  long long logos_churned = 0;
  long long logos_end = 0;
  CohortSums cohort;

  // Adds the movement's flow (not opening or closing).
  void AddFlow(const RevenueMovement& m);
  PeriodFigures& operator+=(const PeriodFigures& o);
  PeriodFigures& operator-=(const PeriodFigures& o);
  bool operator==(const PeriodFigures&) const = default;
};

// The MRR after every movement dated in or before `month`. REQUIRES: movements oldest first.
long long MrrAtEndOf(std::span<const RevenueMovement> movements, int month);
// One account's figures for the months [first, last]. REQUIRES: movements oldest first.
PeriodFigures AccountFigures(std::span<const RevenueMovement> movements, int first, int last);

nlohmann::json ToJson(const PeriodFigures& f);  // local amounts, as stored for closed months
PeriodFigures PeriodFiguresFromJson(const nlohmann::json& j);

}  // namespace banso::revenue

namespace banso {
template <>
inline constexpr auto kEnumNames<revenue::RetentionPeriod> =
    std::to_array<EnumName<revenue::RetentionPeriod>>({
        {revenue::RetentionPeriod::kMonth, "month"},
        {revenue::RetentionPeriod::kQuarter, "quarter"},
        {revenue::RetentionPeriod::kTtm, "ttm"},
    });
template <>
inline constexpr auto kEnumNames<revenue::CohortBy> = std::to_array<EnumName<revenue::CohortBy>>({
    {revenue::CohortBy::kMonth, "month"},
    {revenue::CohortBy::kQuarter, "quarter"},
});
template <>
inline constexpr auto kEnumNames<revenue::CohortMeasure> =
    std::to_array<EnumName<revenue::CohortMeasure>>({
        {revenue::CohortMeasure::kRevenue, "revenue"},
        {revenue::CohortMeasure::kLogos, "logos"},
    });
}  // namespace banso

namespace banso::revenue {
// Adds `local` (one currency's figures) into `into` (the reporting currency's): amounts times
// factor, rounded once per currency and figure; counts as they are. Without a factor (a missing
// rate) only the counts are added.
void AddConverted(PeriodFigures& into, const PeriodFigures& local, std::optional<double> factor);
// The ratios of a period's starting cohort; nullopt for an empty cohort.
std::optional<double> Nrr(const CohortSums& c);
std::optional<double> Grr(const CohortSums& c);
std::optional<double> LogoRetention(const CohortSums& c);
// Every figure and ratio by name (as restatements name them), in the reporting currency.
std::vector<std::pair<std::string, std::optional<double>>> NamedFigures(const PeriodFigures& f);
}  // namespace banso::revenue
