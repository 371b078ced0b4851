#pragma once
// The journey funnel: of the accounts (filtered by tier and cohort), how many reached each
// stage, the conversion from the stage before, the median days from entering a stage to
// entering the next, and where churned accounts left from — per stage and per moment of truth.
//
// Answering from the transitions table would read every transition per request, so the
// first-entry times are kept in memory and brought up to date before each answer with the
// transitions and account changes since (an indexed read of what is new); a deleted account
// or an edited stage list rebuilds them. Medians come from day histograms (no sorting).
//
// Thread safety: shareable by all threads (a shared mutex guards the index).
#include <nlohmann/json.hpp>

#include <cstdint>
#include <optional>
#include <shared_mutex>
#include <string>
#include <unordered_map>
#include <vector>

#include "customers/account.h"
#include "customers/journey_stage.h"
#include "store/database.h"

namespace banso::success {

struct FunnelFilter {
  std::optional<customers::Tier> tier;
  // Months (year * 12 + month - 1) of the account's first journey entry, inclusive.
  std::optional<std::pair<int, int>> cohort;
  std::string cohort_text;
};

// "2026", "2026-Q1" or "2026-03"; throws Invalid("cohort").
std::pair<int, int> ParseCohort(const std::string& text);

class JourneyFunnel {
 public:
  explicit JourneyFunnel(store::Database& db) : db_(db) {}

  nlohmann::json Compute(const FunnelFilter& filter);

 private:
  // Per account, in one flat vector so that an answer reads memory in order.
  struct Entry {
    int8_t tier = -1;          // customers::Tier, or -1
    int8_t current = -1;       // stage index
    int8_t churned_from = -1;  // the stage of the newest move into a churned stage
    int32_t cohort = -1;       // month of the first transition
    long long churned_at = 0;
  };
  struct Watermark {
    long long transition_id = 0, accounts_updated = 0, stages_updated = 0, stages = 0,
              deletions = 0;
  };

  Watermark Read(store::Tx& tx);
  void Refresh();
  void Rebuild(store::Tx& tx, const Watermark& w);
  void ApplyTransitions(store::Tx& tx, long long after_id);
  void ReadAccounts(store::Tx& tx, long long updated_after);
  size_t SlotOf(long long account);  // adds an entry for a new account

  store::Database& db_;
  std::shared_mutex mu_;
  Watermark seen_;
  bool built_ = false;
  Timestamp counted_at_;  // when the accounts were last counted (deletions by other processes)
  customers::JourneyStages stages_;
  std::unordered_map<std::string, int> stage_index_;
  std::unordered_map<long long, size_t> slots_;  // account id -> index into entries_
  std::vector<Entry> entries_;
  std::vector<long long> first_at_;  // entries_.size() x stages_.size(): first entry, ms; 0 = never
};

}  // namespace banso::success
