#include "success/usage_kpis.h"

#include <cmath>

namespace banso::success {

bool ComputedFromUsage(UsageMeasure measure) {
  return measure != UsageMeasure::kFeatureWeeklyUsers;
}

void FillUsageKpis(SuccessPlan& plan, events::UsageQueries& queries, Date day) {
  std::optional<events::UsageFigures> usage;
  for (Objective& o : plan.objectives)
    for (Kpi& k : o.kpis) {
      if (!k.usage || !ComputedFromUsage(k.usage->measure)) continue;
      if (!usage) usage = queries.On(plan.account_id, day);
      if (!usage) return;
      switch (k.usage->measure) {
        case UsageMeasure::kDailyActiveUsers: k.current = usage->dau; break;
        case UsageMeasure::kWeeklyActiveUsers: k.current = usage->wau; break;
        case UsageMeasure::kMonthlyActiveUsers: k.current = usage->mau; break;
        case UsageMeasure::kSeatUtilisation:  // in percent, as the templates state it
          k.current = usage->seat_utilisation
                          ? std::optional(std::round(*usage->seat_utilisation * 1000) / 10)
                          : std::nullopt;
          break;
        case UsageMeasure::kEventsPerWeek: {
          auto it = usage->events_7d.find(k.usage->feature);
          k.current = it == usage->events_7d.end() ? 0.0 : static_cast<double>(it->second);
          break;
        }
        case UsageMeasure::kFeatureWeeklyUsers: break;
      }
    }
}

void DropComputedKpiValues(SuccessPlan& plan) {
  for (Objective& o : plan.objectives)
    for (Kpi& k : o.kpis)
      if (k.usage && ComputedFromUsage(k.usage->measure)) k.current = std::nullopt;
}

}  // namespace banso::success
