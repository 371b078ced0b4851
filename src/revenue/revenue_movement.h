#pragma once
// Revenue movements: how an account's monthly recurring revenue (MRR) changed, and when. They
// are derived from the account's contracts (never entered by hand), so that GRR/NRR and the
// ARR bridge can be computed from them alone.
#include <nlohmann/json.hpp>

#include <string>
#include <vector>

#include "core/date.h"
#include "core/enum_names.h"
#include "core/ids.h"
#include "revenue/contract.h"

namespace banso::revenue {

enum class MovementKind { kNew, kExpansion, kContraction, kChurn, kReactivation };

struct RevenueMovement {
  RevenueMovementId id;  // assigned when stored; movements are rewritten when contracts change
  AccountId account_id;
  ContractId contract_id;  // the contract that contributes most to the change
  Date date;               // the first day at the new MRR
  MovementKind kind = MovementKind::kNew;
  long long mrr_delta_minor = 0;
  long long arr_delta_minor = 0;  // 12 × mrr_delta_minor
  std::string currency;
};

// The MRR on day d: the sum of MrrMinor() of the contracts active that day.
long long MrrOn(const std::vector<Contract>& contracts, Date d);

// The start of the contract that renews c: the earliest other contract of the account starting
// in the grace_days from the day after c's end on; nullopt for none (or an evergreen c).
std::optional<Date> RenewalStart(const Contract& c, const std::vector<Contract>& contracts,
                                 int grace_days);

// The movements of one account's MRR as known on `today`, oldest first: one at each date where
// MRR changes, i.e. at contract starts and the day after contract ends, netted per date (so a
// renewal at the same amount is no movement). From zero it is "new" the first time and
// "reactivation" after; to zero "churn"; otherwise "expansion" or "contraction".
//
// An end is a renewal due, not a loss, until it is certain (docs/architecture.md, "Renewals
// and churn"): a contract starting within `grace_days` after the end renews it, and the end
// moves to that start, so a late renewal is no churn; with no renewal, the loss is recorded,
// dated the day after the end, once `grace_days` have passed; before that the revenue goes on.
// REQUIRES: every contract belongs to the same account.
std::vector<RevenueMovement> DeriveMovements(const std::vector<Contract>& contracts, Date today,
                                             int grace_days);
// The same into `out` (replacing its contents), for callers that derive once per account of a
// portfolio and reuse one vector.
void DeriveMovementsInto(const std::vector<Contract>& contracts, Date today, int grace_days,
                         std::vector<RevenueMovement>& out);

// "scheduled" is derived: the movement's date is after today.
nlohmann::json ToJson(const RevenueMovement& m, Date today);

}  // namespace banso::revenue

namespace banso {
template <>
inline constexpr auto kEnumNames<revenue::MovementKind> =
    std::to_array<EnumName<revenue::MovementKind>>({
        {revenue::MovementKind::kNew, "new"},
        {revenue::MovementKind::kExpansion, "expansion"},
        {revenue::MovementKind::kContraction, "contraction"},
        {revenue::MovementKind::kChurn, "churn"},
        {revenue::MovementKind::kReactivation, "reactivation"},
    });
}  // namespace banso
