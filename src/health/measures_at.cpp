#include "health/measures_at.h"

#include <algorithm>
#include <cmath>

#include "revenue/revenue_movement.h"

namespace banso::health {
namespace {

constexpr long long kDayMs = 86'400'000;
constexpr int kEngagementDays = 90;
constexpr int kChampionMemoryDays = 180;

double Median(std::vector<double>& v) {
  auto mid = v.begin() + v.size() / 2;
  std::nth_element(v.begin(), mid, v.end());
  if (v.size() % 2) return *mid;
  double hi = *mid;
  return (hi + *std::max_element(v.begin(), mid)) / 2;
}

// The first element of a time-sorted vector dated after `end_ms` (exclusive end).
template <class T, class At>
auto UpTo(const std::vector<T>& v, long long end_ms, At at) {
  // Today's scores: everything is before the end, and one look at the last says so.
  if (v.empty() || at(v.back()) < end_ms) return v.end();
  return std::partition_point(v.begin(), v.end(), [&](const T& x) { return at(x) < end_ms; });
}

void Set(MeasureValues& m, Measure which, std::optional<double> v) {
  m[static_cast<size_t>(which)] = v;
}

void UsageMeasures(const AccountHistory& h, Date day, const events::HealthUsageDay& usage,
                   MeasureValues& m) {
  if (day.days() < usage.first_day) return;  // before the rollups reach: unknown
  auto it = usage.accounts.find(h.id.value);
  events::HealthUsage u = it == usage.accounts.end() ? events::HealthUsage{} : it->second;
  long long seats = 0;
  for (const auto& c : h.contracts)
    if (revenue::ActiveOn(c, day) && c.seats) seats += *c.seats;
  if (seats > 0) Set(m, Measure::kSeatUtilisation, 100.0 * u.active_30 / seats);
  if (day.days() - 55 >= usage.first_day && u.active_prev_28 > 0)
    Set(m, Measure::kActiveUserTrend,
        100.0 * (static_cast<double>(u.active_28) - u.active_prev_28) / u.active_prev_28);
  if (usage.features_mapped > 0)
    Set(m, Measure::kFeatureBreadth, 100.0 * u.features_used_90 / usage.features_mapped);
}

void TouchMeasures(const AccountHistory& h, long long end_ms, MeasureValues& m) {
  auto end = UpTo(h.touches, end_ms, [](const TouchFact& t) { return t.at_ms; });
  for (auto it = end; it != h.touches.begin();) {
    --it;
    using K = customers::TouchpointKind;
    if (it->kind == K::kMeeting || it->kind == K::kCall || it->kind == K::kOnsite) {
      Set(m, Measure::kDaysSinceMeaningfulTouch,
          static_cast<double>((end_ms - it->at_ms) / kDayMs));
      break;
    }
  }
}

void SurveyMeasures(const AccountHistory& h, long long end_ms, MeasureValues& m) {
  auto end = UpTo(h.surveys, end_ms, [](const SurveyFact& s) { return s.at_ms; });
  std::optional<int> latest, previous;
  double csat_sum = 0;
  int csat_n = 0;
  for (auto it = end; it != h.surveys.begin();) {
    --it;
    if (it->kind == customers::SurveyKind::kNps) {
      if (!latest)
        latest = it->score;
      else if (!previous)
        previous = it->score;
    } else if (end_ms - it->at_ms <= kEngagementDays * kDayMs) {
      csat_sum += it->score, ++csat_n;
    }
  }
  if (latest) Set(m, Measure::kNpsLatest, *latest);
  if (latest && previous) Set(m, Measure::kNpsChange, *latest - *previous);
  if (csat_n) Set(m, Measure::kCsat, csat_sum / csat_n);
}

void TicketMeasures(const AccountHistory& h, long long end_ms, MeasureValues& m) {
  auto end = UpTo(h.tickets, end_ms, [](const TicketFact& t) { return t.opened_ms; });
  int urgent = 0;
  thread_local std::vector<double> ages;  // kept between accounts: no allocation per account
  ages.clear();
  for (auto it = h.tickets.begin(); it != end; ++it) {
    if (it->solved_ms && *it->solved_ms < end_ms) continue;
    ages.push_back(static_cast<double>(end_ms - it->opened_ms) / kDayMs);
    using P = customers::TicketPriority;
    if (it->priority == P::kHigh || it->priority == P::kUrgent) ++urgent;
  }
  Set(m, Measure::kOpenTickets, static_cast<double>(ages.size()));
  Set(m, Measure::kUrgentTickets, urgent);
  if (!ages.empty()) Set(m, Measure::kTicketMedianAge, std::floor(Median(ages)));
}

void RelationshipMeasures(const AccountHistory& h, long long end_ms, MeasureValues& m) {
  const long long from_ms = end_ms - kEngagementDays * kDayMs;
  auto present = [&](const ContactFact& c) { return !c.departed_ms || *c.departed_ms >= end_ms; };
  thread_local std::vector<long long> engaged;
  engaged.clear();
  auto engage = [&](long long contact) {
    if (contact) engaged.push_back(contact);
  };
  for (auto it = UpTo(h.touches, end_ms, [](const TouchFact& t) { return t.at_ms; });
       it != h.touches.begin();) {
    if ((--it)->at_ms < from_ms) break;
    engage(it->contact);
  }
  for (auto it = UpTo(h.surveys, end_ms, [](const SurveyFact& s) { return s.at_ms; });
       it != h.surveys.begin();) {
    if ((--it)->at_ms < from_ms) break;
    engage(it->contact);
  }
  std::sort(engaged.begin(), engaged.end());
  engaged.erase(std::unique(engaged.begin(), engaged.end()), engaged.end());
  int breadth = 0;
  bool champion_departed = false;
  for (const auto& c : h.contacts) {
    if (present(c) && std::binary_search(engaged.begin(), engaged.end(), c.id)) ++breadth;
    if (c.role == customers::ContactRole::kChampion && c.departed_ms && *c.departed_ms < end_ms &&
        end_ms - *c.departed_ms <= kChampionMemoryDays * kDayMs)
      champion_departed = true;
  }
  Set(m, Measure::kRelationshipBreadth, breadth);
  Set(m, Measure::kSingleThreaded, breadth <= 1 ? 1 : 0);
  Set(m, Measure::kChampionDeparted, champion_departed ? 1 : 0);
}

void PlanMeasures(const AccountHistory& h, Date day, MeasureValues& m) {
  auto [counted, good] = ObjectivesAt(h, day);
  if (counted) Set(m, Measure::kPlanProgress, 100.0 * good / counted);
  if (auto level = SelfSufficiencyAt(h, day)) Set(m, Measure::kSelfSufficiency, *level);
}

void StageMeasure(const AccountHistory& h, long long end_ms, const PortfolioAt& portfolio,
                  MeasureValues& m) {
  auto end = UpTo(h.stages, end_ms, [](const StageFact& s) { return s.at_ms; });
  if (end == h.stages.begin()) return;
  const StageFact& now = *std::prev(end);
  auto median = portfolio.stage_median_days.find(now.stage);
  if (median == portfolio.stage_median_days.end() || median->second <= 0) return;
  Set(m, Measure::kStageTimeRatio,
      static_cast<double>((end_ms - now.at_ms) / kDayMs) / median->second);
}

void ContractMeasures(const AccountHistory& h, Date day, int grace_days, MeasureValues& m) {
  if (h.contracts.empty()) return;
  std::optional<int> to_renewal;
  for (const auto& c : h.contracts)
    if (revenue::ActiveOn(c, day) && c.end_date)
      to_renewal = std::min(to_renewal.value_or(*c.end_date - day), *c.end_date - day);
  if (to_renewal) Set(m, Measure::kDaysToRenewal, *to_renewal);
  const Date year_ago = day.AddDays(-365);
  long long base = revenue::MrrOn(h.contracts, year_ago);
  if (base <= 0) return;  // no revenue a year ago: nothing to contract from
  long long lost = 0;
  thread_local std::vector<revenue::RevenueMovement> movements;
  revenue::DeriveMovementsInto(h.contracts, day, grace_days, movements);
  for (const auto& mv : movements)
    if (mv.kind == revenue::MovementKind::kContraction && mv.date > year_ago && mv.date <= day)
      lost -= mv.mrr_delta_minor;
  Set(m, Measure::kContraction12m, 100.0 * static_cast<double>(lost) / static_cast<double>(base));
}

}  // namespace

PortfolioAt PortfolioOn(const std::vector<AccountHistory>& all, Date day) {
  PortfolioAt p;
  p.day = day;
  const long long end_ms = Timestamp::FromDate(day.AddDays(1)).ms;
  std::map<std::string, std::vector<double>> stays;
  for (const auto& h : all)
    for (size_t i = 0; i + 1 < h.stages.size() && h.stages[i + 1].at_ms < end_ms; ++i)
      stays[h.stages[i].stage].push_back(
          static_cast<double>(h.stages[i + 1].at_ms - h.stages[i].at_ms) / kDayMs);
  for (auto& [stage, days] : stays) p.stage_median_days[stage] = Median(days);
  return p;
}

MeasureValues MeasuresAt(const AccountHistory& h, Date day, const events::HealthUsageDay* usage,
                         const PortfolioAt& portfolio, int grace_days) {
  MeasureValues m;
  const long long end_ms = Timestamp::FromDate(day.AddDays(1)).ms;
  if (usage) UsageMeasures(h, day, *usage, m);
  TouchMeasures(h, end_ms, m);
  SurveyMeasures(h, end_ms, m);
  TicketMeasures(h, end_ms, m);
  RelationshipMeasures(h, end_ms, m);
  PlanMeasures(h, day, m);
  StageMeasure(h, end_ms, portfolio, m);
  ContractMeasures(h, day, grace_days, m);
  return m;
}

void PrefetchFacts(const AccountHistory& h) {
  auto last = [](const auto& v) {
    if (!v.empty()) __builtin_prefetch(&v.back());
  };
  last(h.touches);
  last(h.surveys);
  last(h.tickets);
  last(h.contacts);
  last(h.stages);
  last(h.assessments);
  last(h.contracts);
  if (!h.contacts.empty()) __builtin_prefetch(h.contacts.data());
  if (!h.tickets.empty()) __builtin_prefetch(h.tickets.data());
  if (!h.contracts.empty()) __builtin_prefetch(h.contracts.data());
}

ObjectiveCounts ObjectivesAt(const AccountHistory& h, Date day) {
  const long long end_ms = Timestamp::FromDate(day.AddDays(1)).ms;
  ObjectiveCounts counts;
  for (const auto& o : h.objectives) {
    auto s = o.StatusAt(end_ms - 1);
    if (!s || *s == success::PlanStatus::kAbandoned) continue;
    ++counts.counted;
    if (*s == success::PlanStatus::kOnTrack || *s == success::PlanStatus::kAchieved) ++counts.good;
  }
  return counts;
}

std::optional<int> SelfSufficiencyAt(const AccountHistory& h, Date day) {
  const long long end_ms = Timestamp::FromDate(day.AddDays(1)).ms;
  auto end = UpTo(h.assessments, end_ms, [](const AssessmentFact& a) { return a.at_ms; });
  if (end == h.assessments.begin()) return std::nullopt;
  return std::prev(end)->level;
}

bool CustomerOn(const AccountHistory& h, Date day) { return revenue::MrrOn(h.contracts, day) > 0; }

bool Churned(const AccountHistory& h, Date day) {
  if (h.contracts.empty() || CustomerOn(h, day)) return false;
  return std::none_of(h.contracts.begin(), h.contracts.end(),
                      [&](const revenue::Contract& c) { return c.start_date > day; });
}

bool RenewalDueWithin(const AccountHistory& h, Date day, int horizon_days) {
  for (const auto& c : h.contracts)
    if (revenue::ActiveOn(c, day) && c.end_date && *c.end_date < day.AddDays(horizon_days))
      return true;
  return false;
}

bool ChurnsWithin(const AccountHistory& h, Date day, int horizon_days, Date today, int grace_days) {
  for (const auto& mv : revenue::DeriveMovements(h.contracts, today, grace_days))
    if (mv.kind == revenue::MovementKind::kChurn && mv.date > day &&
        mv.date <= day.AddDays(horizon_days))
      return true;
  return false;
}

}  // namespace banso::health
