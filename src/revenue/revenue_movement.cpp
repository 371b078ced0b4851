#include "revenue/revenue_movement.h"

#include <algorithm>
#include <optional>

namespace banso::revenue {
namespace {

// One contract's effect on MRR on one date: +mrr when it starts, -mrr the day after it ends.
struct Change {
  Date date;
  long long delta = 0;
  const Contract* contract = nullptr;
};

// When the contract's revenue stops, as known on `today`: the start of its renewal, else the
// day after its end once the grace days have passed; nullopt while evergreen or while its
// renewal is still due.
std::optional<Date> StopOf(const Contract& c, const std::vector<Contract>& contracts, Date today,
                           int grace_days) {
  if (!c.end_date) return std::nullopt;
  if (auto renewal = RenewalStart(c, contracts, grace_days)) return renewal;
  Date lapse = c.end_date->AddDays(1);
  if (today >= lapse.AddDays(grace_days)) return lapse;
  return std::nullopt;
}

void ChangesOf(const std::vector<Contract>& contracts, Date today, int grace_days,
               std::vector<Change>& changes) {
  changes.clear();
  for (const Contract& c : contracts) {
    long long mrr = MrrMinor(c);
    if (mrr == 0) continue;
    changes.push_back({c.start_date, mrr, &c});
    if (auto stop = StopOf(c, contracts, today, grace_days)) changes.push_back({*stop, -mrr, &c});
  }
  std::sort(changes.begin(), changes.end(), [](const Change& a, const Change& b) {
    return a.date != b.date ? a.date < b.date : a.contract->id < b.contract->id;
  });
}

MovementKind KindOf(long long before, long long after, bool had_mrr) {
  if (before == 0) return had_mrr ? MovementKind::kReactivation : MovementKind::kNew;
  if (after == 0) return MovementKind::kChurn;
  return after > before ? MovementKind::kExpansion : MovementKind::kContraction;
}

}  // namespace

std::optional<Date> RenewalStart(const Contract& c, const std::vector<Contract>& contracts,
                                 int grace_days) {
  if (!c.end_date) return std::nullopt;
  Date lapse = c.end_date->AddDays(1), certain = lapse.AddDays(grace_days);
  std::optional<Date> renewal;
  for (const Contract& next : contracts)
    if (next.id != c.id && next.start_date >= lapse && next.start_date < certain &&
        (!renewal || next.start_date < *renewal))
      renewal = next.start_date;
  return renewal;
}

long long MrrOn(const std::vector<Contract>& contracts, Date d) {
  long long mrr = 0;
  for (const Contract& c : contracts)
    if (ActiveOn(c, d)) mrr += MrrMinor(c);
  return mrr;
}

std::vector<RevenueMovement> DeriveMovements(const std::vector<Contract>& contracts, Date today,
                                             int grace_days) {
  std::vector<RevenueMovement> movements;
  DeriveMovementsInto(contracts, today, grace_days, movements);
  return movements;
}

void DeriveMovementsInto(const std::vector<Contract>& contracts, Date today, int grace_days,
                         std::vector<RevenueMovement>& movements) {
  thread_local std::vector<Change> changes;  // kept: scoring a portfolio derives 100k of these
  ChangesOf(contracts, today, grace_days, changes);
  movements.clear();
  long long mrr = 0;
  bool had_mrr = false;
  for (size_t i = 0; i < changes.size();) {
    // Net the changes of one date; the main contributor is the largest in the net direction.
    size_t end = i;
    long long delta = 0;
    while (end < changes.size() && changes[end].date == changes[i].date)
      delta += changes[end++].delta;
    if (delta != 0) {
      const Change* main = &changes[i];
      for (size_t k = i; k < end; ++k)
        if (delta > 0 ? changes[k].delta > main->delta : changes[k].delta < main->delta)
          main = &changes[k];
      const Contract& c = *main->contract;
      movements.push_back({RevenueMovementId(), c.account_id, c.id, changes[i].date,
                           KindOf(mrr, mrr + delta, had_mrr), delta, 12 * delta, c.currency});
      mrr += delta;
      had_mrr = had_mrr || mrr > 0;
    }
    i = end;
  }
}

nlohmann::json ToJson(const RevenueMovement& m, Date today) {
  return {
      {"id", m.id.value},
      {"account_id", m.account_id.value},
      {"contract_id", m.contract_id.value},
      {"date", m.date.ToString()},
      {"kind", EnumToString(m.kind)},
      {"mrr_delta_minor", m.mrr_delta_minor},
      {"arr_delta_minor", m.arr_delta_minor},
      {"currency", m.currency},
      {"scheduled", m.date > today},
  };
}

}  // namespace banso::revenue
