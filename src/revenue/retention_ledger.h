#pragma once
// Every account's revenue movements in memory, compactly, for retention answers: a period's
// figures read two MRRs per account (binary searches in its month steps) instead of scanning
// SQL per request. Amounts stay in each account's currency; sums are per currency.
//
// Thread safety: none; RetentionService guards it.
#include <climits>
#include <cstdint>
#include <span>
#include <string>
#include <unordered_map>
#include <utility>
#include <vector>

#include "revenue/retention.h"

namespace banso::revenue {

class RetentionLedger {
 public:
  // customers::Tier's three touch models; an account not read yet is tech touch, the last, as
  // the accounts table's default.
  static constexpr int kTiers = 3;
  static constexpr int kAnyTier = -1;

  void Clear();
  // Replaces the account's movements (oldest first) and currency; its tier stays.
  void Put(long long account, const std::string& currency,
           std::span<const RevenueMovement> movements);
  // The account's tier (0..kTiers-1), kept for accounts without movements too.
  void SetTier(long long account, int tier);

  const std::vector<std::string>& currencies() const { return currencies_; }
  // The month of the earliest movement; INT_MAX when there is none.
  int first_month() const;

  // Per currency (as currencies()): the figures of the months [first, last] over the accounts
  // of `tier` (kAnyTier: all).
  std::vector<PeriodFigures> Figures(int first, int last, int tier) const;
  // The same for many periods [first, last] in one pass over the accounts (each account's
  // steps stay in cache for all of them): result[period][currency]. `accounts`, when given,
  // narrows to those accounts (a segment's, an owner's).
  std::vector<std::vector<PeriodFigures>> Figures(
      std::span<const std::pair<int, int>> periods, int tier,
      const std::vector<long long>* accounts = nullptr) const;

  // The cohort tables: accounts grouped by the period (`months` long, aligned) of their first
  // "new" movement; cells[cohort][k][currency] sums MRR and counts accounts with MRR > 0 at the
  // end of the k-th period from the cohort's (capped at `through`).
  struct Cell {
    long long mrr = 0;
    long long logos = 0;
  };
  struct CohortRows {
    int first_period = 0;             // the first cohort's first month
    std::vector<long long> accounts;  // per cohort
    std::vector<std::vector<std::vector<Cell>>> cells;
  };
  CohortRows Cohorts(int months, int through, int tier,
                     const std::vector<long long>* accounts = nullptr) const;

  // Survival by years of tenure, pooled over every start (Kaplan–Meier): at[k] the accounts
  // paying k - 1 years after their first "new" movement whose k-th year had ended by `through`,
  // survived[k] those of them still paying k years after; [0] is every account started.
  // And today's customers' MRR by completed years of tenure, per currency:
  // mrr_by_tenure[years][currency].
  struct Tenure {
    std::vector<long long> at, survived;
    std::vector<std::vector<long long>> mrr_by_tenure;
    long long customers = 0;  // paying at the end of `through`
  };
  Tenure TenureSurvival(int through, int tier, const std::vector<long long>* accounts) const;

 private:
  struct Step {
    int32_t month;
    long long mrr_after;  // at the month's end
  };
  struct Move {
    int32_t month;
    RevenueMovement movement;
  };
  struct Slot {
    int16_t currency = 0;
    int8_t tier = kTiers - 1;
    int32_t cohort = INT_MAX;  // month of the first "new" movement
    uint32_t steps_begin = 0, steps_end = 0, moves_begin = 0, moves_end = 0;
  };
  long long MrrAtEnd(const Slot& s, int month) const;
  // Calls fn(slot) for the slots of the tier (kAnyTier: all), of `accounts` when given.
  template <class Fn>
  void ForEachSlot(int tier, const std::vector<long long>* accounts, Fn&& fn) const;
  int16_t CurrencyIndex(const std::string& currency);
  void CompactIfWasteful();

  std::vector<std::string> currencies_;
  std::unordered_map<long long, size_t> slot_of_;
  std::unordered_map<long long, int8_t> tier_of_;  // accounts with a tier other than none
  std::vector<Slot> slots_;
  std::vector<Step>
      steps_;  // per slot, its range: replaced ranges are left behind until compaction
  std::vector<Move> moves_;
  size_t live_steps_ = 0, live_moves_ = 0;
};

}  // namespace banso::revenue
