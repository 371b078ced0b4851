#pragma once
// What a KPI's unit says about its values, so that a plan cannot hold −999999 people: counts
// (人, 件, users…) are whole and not negative, percentages 0 to 1000 (NRR can pass 100%),
// money and lengths of time not negative. The unit is free text; one this does not know
// (点, NPS…) takes any finite number. The console applies the same rules as the user types
// (web/src/lib/kpiUnits.ts).
#include <string>
#include <string_view>

#include "success/success_plan.h"

namespace banso::success {

enum class KpiUnitKind { kCount, kPercent, kMoney, kDuration, kOther };

// The kind of a unit as typed ("人", "％", "JPY", "days"); width and case do not matter.
KpiUnitKind UnitKind(std::string_view unit);

// Throws Invalid(field + ".baseline" / ".target" / ".current") for a value its kind refuses.
// A KPI bound to usage counts people or events, or (seat utilisation) is a percentage.
void CheckKpiValues(const std::string& field, const Kpi& kpi);

}  // namespace banso::success
