#pragma once
// KPIs bound to a usage measure take their current value from the event rollups when a plan is
// read; it is never stored (a save drops it), so the plan's history records only what people
// changed.
#include "events/usage_queries.h"
#include "success/success_plan.h"

namespace banso::success {

// Whether the rollups give this measure. feature_weekly_users does not yet: the rollups keep
// who ever used a feature, not who used it in a given week, so it stays entered by hand.
bool ComputedFromUsage(UsageMeasure measure);

// Sets `current` of the plan's usage-bound KPIs to the account's figures on `day`.
void FillUsageKpis(SuccessPlan& plan, events::UsageQueries& usage, Date day);
// Clears what FillUsageKpis computes, before a save.
void DropComputedKpiValues(SuccessPlan& plan);

}  // namespace banso::success
