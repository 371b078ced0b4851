#include "revenue/retention_ledger.h"

#include <algorithm>

namespace banso::revenue {

void RetentionLedger::Clear() { *this = RetentionLedger(); }

int16_t RetentionLedger::CurrencyIndex(const std::string& currency) {
  auto it = std::find(currencies_.begin(), currencies_.end(), currency);
  if (it != currencies_.end()) return static_cast<int16_t>(it - currencies_.begin());
  currencies_.push_back(currency);
  return static_cast<int16_t>(currencies_.size() - 1);
}

void RetentionLedger::Put(long long account, const std::string& currency,
                          std::span<const RevenueMovement> movements) {
  auto [it, added] = slot_of_.emplace(account, slots_.size());
  if (added) slots_.emplace_back();
  Slot& s = slots_[it->second];
  live_steps_ -= s.steps_end - s.steps_begin;
  live_moves_ -= s.moves_end - s.moves_begin;
  s.currency = CurrencyIndex(currency);
  auto tier = tier_of_.find(account);
  s.tier = tier == tier_of_.end() ? kTiers - 1 : tier->second;
  s.cohort = INT_MAX;
  s.steps_begin = static_cast<uint32_t>(steps_.size());
  s.moves_begin = static_cast<uint32_t>(moves_.size());
  long long mrr = 0;
  for (const RevenueMovement& m : movements) {
    int month = MonthNumber(m.date);
    mrr += m.mrr_delta_minor;
    if (steps_.size() > s.steps_begin && steps_.back().month == month)
      steps_.back().mrr_after = mrr;
    else
      steps_.push_back({month, mrr});
    moves_.push_back({month, m});
    if (m.kind == MovementKind::kNew) s.cohort = std::min(s.cohort, month);
  }
  s.steps_end = static_cast<uint32_t>(steps_.size());
  s.moves_end = static_cast<uint32_t>(moves_.size());
  live_steps_ += s.steps_end - s.steps_begin;
  live_moves_ += s.moves_end - s.moves_begin;
  CompactIfWasteful();
}

void RetentionLedger::SetTier(long long account, int tier) {
  if (tier == kTiers - 1)
    tier_of_.erase(account);
  else
    tier_of_[account] = static_cast<int8_t>(tier);
  if (auto it = slot_of_.find(account); it != slot_of_.end())
    slots_[it->second].tier = static_cast<int8_t>(tier);
}

// Replaced ranges are garbage: once they are half the arrays, copy the live ranges.
void RetentionLedger::CompactIfWasteful() {
  if (steps_.size() < 1024 || live_steps_ * 2 > steps_.size()) return;
  std::vector<Step> steps;
  std::vector<Move> moves;
  steps.reserve(live_steps_);
  moves.reserve(live_moves_);
  for (Slot& s : slots_) {
    uint32_t sb = static_cast<uint32_t>(steps.size()), mb = static_cast<uint32_t>(moves.size());
    steps.insert(steps.end(), steps_.begin() + s.steps_begin, steps_.begin() + s.steps_end);
    moves.insert(moves.end(), moves_.begin() + s.moves_begin, moves_.begin() + s.moves_end);
    s.steps_begin = sb, s.steps_end = static_cast<uint32_t>(steps.size());
    s.moves_begin = mb, s.moves_end = static_cast<uint32_t>(moves.size());
  }
  steps_ = std::move(steps);
  moves_ = std::move(moves);
}

int RetentionLedger::first_month() const {
  int first = INT_MAX;
  for (const Slot& s : slots_)
    if (s.steps_end > s.steps_begin) first = std::min(first, steps_[s.steps_begin].month);
  return first;
}

long long RetentionLedger::MrrAtEnd(const Slot& s, int month) const {
  auto begin = steps_.begin() + s.steps_begin, end = steps_.begin() + s.steps_end;
  auto after =
      std::upper_bound(begin, end, month, [](int m, const Step& step) { return m < step.month; });
  return after == begin ? 0 : std::prev(after)->mrr_after;
}

template <class Fn>
void RetentionLedger::ForEachSlot(int tier, const std::vector<long long>* accounts, Fn&& fn) const {
  auto visit = [&](const Slot& s) {
    if (tier == kAnyTier || s.tier == tier) fn(s);
  };
  if (!accounts) {
    for (const Slot& s : slots_) visit(s);
    return;
  }
  for (long long account : *accounts)
    if (auto it = slot_of_.find(account); it != slot_of_.end()) visit(slots_[it->second]);
}

std::vector<PeriodFigures> RetentionLedger::Figures(int first, int last, int tier) const {
  std::pair<int, int> period{first, last};
  return Figures(std::span<const std::pair<int, int>>(&period, 1), tier).front();
}

std::vector<std::vector<PeriodFigures>> RetentionLedger::Figures(
    std::span<const std::pair<int, int>> periods, int tier,
    const std::vector<long long>* accounts) const {
  std::vector<std::vector<PeriodFigures>> out(periods.size(),
                                              std::vector<PeriodFigures>(currencies_.size()));
  ForEachSlot(tier, accounts, [&](const Slot& s) {
    if (s.steps_end == s.steps_begin) return;
    const int first_step = steps_[s.steps_begin].month, last_step = steps_[s.steps_end - 1].month;
    const bool ends_at_zero = steps_[s.steps_end - 1].mrr_after == 0;
    auto begin = moves_.begin() + s.moves_begin, end = moves_.begin() + s.moves_end;
    for (size_t p = 0; p < periods.size(); ++p) {
      auto [first, last] = periods[p];
      // Before its first movement, or after its churn for good: nothing to add.
      if (first_step > last || (ends_at_zero && last_step < first)) continue;
      PeriodFigures& f = out[p][s.currency];
      long long opening = MrrAtEnd(s, first - 1), closing = MrrAtEnd(s, last);
      f.opening_mrr += opening;
      f.closing_mrr += closing;
      f.logos_start += opening > 0;
      f.logos_end += closing > 0;
      f.cohort.Add(opening, closing);
      for (auto m = std::lower_bound(begin, end, first,
                                     [](const Move&mv, int month) { return mv.month < month; });
           m != end && m->month <= last; ++m)
        f.AddFlow(m->movement);
    }
  });
  return out;
}

RetentionLedger::CohortRows RetentionLedger::Cohorts(int months, int through, int tier,
                                                     const std::vector<long long>* accounts) const {
  CohortRows rows;
  int first = INT_MAX;
  ForEachSlot(tier, accounts, [&](const Slot& s) { first = std::min(first, s.cohort); });
  if (first == INT_MAX || first > through) return rows;
  auto period_of = [&](int month) { return month - month % months; };
  rows.first_period = period_of(first);
  int periods = (period_of(through) - rows.first_period) / months + 1;
  rows.cells.resize(periods);
  rows.accounts.assign(periods, 0);
  for (int c = 0; c < periods; ++c)
    rows.cells[c].assign(periods - c, std::vector<Cell>(currencies_.size()));
  ForEachSlot(tier, accounts, [&](const Slot& s) {
    if (s.cohort > through) return;
    int c = (period_of(s.cohort) - rows.first_period) / months;
    ++rows.accounts[c];
    for (int k = 0; c + k < periods; ++k) {
      int end = std::min(rows.first_period + (c + k + 1) * months - 1, through);
      long long mrr = MrrAtEnd(s, end);
      Cell& cell = rows.cells[c][k][s.currency];
      cell.mrr += mrr;
      cell.logos += mrr > 0;
    }
  });
  return rows;
}

RetentionLedger::Tenure RetentionLedger::TenureSurvival(
    int through, int tier, const std::vector<long long>* accounts) const {
  Tenure t;
  auto grow = [&](size_t k) {
    if (t.at.size() <= k) t.at.resize(k + 1), t.survived.resize(k + 1);
  };
  ForEachSlot(tier, accounts, [&](const Slot& s) {
    if (s.cohort > through) return;
    grow(0);
    ++t.at[0], ++t.survived[0];
    bool alive = true;
    int k = 1;
    for (; alive && s.cohort + 12 * k <= through; ++k) {
      grow(static_cast<size_t>(k));
      ++t.at[k];
      alive = MrrAtEnd(s, s.cohort + 12 * k) > 0;
      t.survived[k] += alive;
    }
    long long mrr = MrrAtEnd(s, through);
    if (mrr <= 0) return;
    ++t.customers;
    const size_t years = static_cast<size_t>((through - s.cohort) / 12);
    if (t.mrr_by_tenure.size() <= years)
      t.mrr_by_tenure.resize(years + 1, std::vector<long long>(currencies_.size()));
    t.mrr_by_tenure[years][static_cast<size_t>(s.currency)] += mrr;
  });
  return t;
}

}  // namespace banso::revenue
