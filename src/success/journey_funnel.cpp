#include "success/journey_funnel.h"

#include <algorithm>
#include <cmath>
#include <mutex>
#include <set>

#include "core/date.h"
#include "core/error.h"
#include "store/statement.h"

namespace banso::success {
namespace {

using customers::MomentOfTruth;

constexpr long long kDayMs = 86'400'000;
constexpr MomentOfTruth kMoments[] = {MomentOfTruth::kZmot, MomentOfTruth::kFmot, MomentOfTruth::kSmot, MomentOfTruth::kTmot};

int MonthOf(long long ms) {
  auto ymd = Timestamp{ms}.date().ymd();
  return static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month())) - 1;
}

std::string MonthText(int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", month / 12, month % 12 + 1);
  return buf;
}

nlohmann::json Median(std::vector<double>& days) {
  if (days.empty()) return nullptr;
  size_t mid = days.size() / 2;
  std::nth_element(days.begin(), days.begin() + mid, days.end());
  double median = days[mid];
  if (days.size() % 2 == 0) median = (median + *std::max_element(days.begin(), days.begin() + mid)) / 2;
  return std::round(median * 10) / 10;
}

nlohmann::json Ratio(long long part, long long whole) {
  if (whole == 0) return nullptr;
  return std::round(1000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 1000.0;
}

}  // namespace

std::pair<int, int> ParseCohort(const std::string& text) {
  auto bad = [] { return Invalid("cohort", "must be a year (2026), a quarter (2026-Q1) or a month (2026-03)"); };
  if (text.size() < 4 || !std::all_of(text.begin(), text.begin() + 4, ::isdigit)) throw bad();
  int year = std::stoi(text.substr(0, 4));
  if (text.size() == 4) return {year * 12, year * 12 + 11};
  if (text.size() == 7 && text[4] == '-' && text[5] == 'Q' && text[6] >= '1' && text[6] <= '4') {
    int q = text[6] - '1';
    return {year * 12 + q * 3, year * 12 + q * 3 + 2};
  }
  if (text.size() == 7 && text[4] == '-' && ::isdigit(text[5]) && ::isdigit(text[6])) {
    int month = std::stoi(text.substr(5));
    if (month >= 1 && month <= 12) return {year * 12 + month - 1, year * 12 + month - 1};
  }
  throw bad();
}

JourneyFunnel::Watermark JourneyFunnel::Read(store::Tx& tx) {
  Watermark w;
  tx.sql() << "SELECT COALESCE(MAX(id), 0) FROM journey_transitions", soci::into(w.transition_id);
  tx.sql() << "SELECT COUNT(*), COALESCE(MAX(updated_at), 0) FROM accounts", soci::into(w.accounts), soci::into(w.accounts_updated);
  tx.sql() << "SELECT COUNT(*), COALESCE(MAX(updated_at), 0) FROM journey_stages", soci::into(w.stages), soci::into(w.stages_updated);
  return w;
}

void JourneyFunnel::ReadAccounts(store::Tx& tx, long long updated_after) {
  // >=: rows written in the same millisecond as the last one seen are read again, harmlessly.
  store::Query q("SELECT id, tier_override, journey_stage FROM accounts WHERE updated_at >= ");
  q.Bind(updated_after);
  soci::statement st = q.Prepare(tx.sql());
  long long id = 0;
  std::string tier, stage;
  soci::indicator tier_i;
  st.exchange(soci::into(id));
  st.exchange(soci::into(tier, tier_i));
  st.exchange(soci::into(stage));
  store::ForEachRow(st, [&] {
    Entry& e = entries_[id];
    if (e.first_at.empty()) e.first_at.assign(stages_.size(), 0);
    e.tier = tier_i == soci::i_ok ? EnumFromString<customers::Tier>(tier) : std::nullopt;
    auto it = stage_index_.find(stage);
    e.current = it == stage_index_.end() ? -1 : it->second;
  });
}

void JourneyFunnel::ApplyTransitions(store::Tx& tx, long long after_id) {
  store::Query q("SELECT account_id, from_stage, to_stage, at FROM journey_transitions WHERE id > ");
  q.Bind(after_id);
  soci::statement st = q.Prepare(tx.sql());
  long long account = 0, at = 0;
  std::string from, to;
  soci::indicator from_i;
  st.exchange(soci::into(account));
  st.exchange(soci::into(from, from_i));
  st.exchange(soci::into(to));
  st.exchange(soci::into(at));
  std::unordered_map<long long, long long> newest_churn;  // account -> the newest churn move applied
  store::ForEachRow(st, [&] {
    auto entry = entries_.find(account);
    auto to_it = stage_index_.find(to);
    if (entry == entries_.end() || to_it == stage_index_.end()) return;  // a deleted account or stage
    Entry& e = entry->second;
    long long& first = e.first_at[to_it->second];
    if (first == 0 || at < first) first = at;
    int month = MonthOf(at);
    if (e.cohort < 0 || month < e.cohort) e.cohort = month;
    if (stages_[to_it->second].moment == MomentOfTruth::kChurned && at >= newest_churn[account]) {
      newest_churn[account] = at;
      auto from_it = from_i == soci::i_ok ? stage_index_.find(from) : stage_index_.end();
      e.churned_from = from_it == stage_index_.end() ? -1 : from_it->second;
    }
  });
}

void JourneyFunnel::Rebuild(store::Tx& tx, const Watermark& w) {
  stages_ = customers::JourneyStageStore::ListIn(tx);
  stage_index_.clear();
  for (size_t i = 0; i < stages_.size(); ++i) stage_index_.emplace(stages_[i].key, static_cast<int>(i));
  entries_.clear();
  ReadAccounts(tx, 0);
  ApplyTransitions(tx, 0);
  seen_ = w;
  built_ = true;
}

void JourneyFunnel::Refresh() {
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  Watermark w = Read(reader);
  {
    std::shared_lock lock(mu_);
    if (built_ && w.transition_id == seen_.transition_id && w.accounts == seen_.accounts &&
        w.accounts_updated == seen_.accounts_updated && w.stages == seen_.stages && w.stages_updated == seen_.stages_updated)
      return;
  }
  std::unique_lock lock(mu_);
  if (!built_ || w.stages != seen_.stages || w.stages_updated != seen_.stages_updated || w.accounts < seen_.accounts) {
    Rebuild(reader, w);
    return;
  }
  ReadAccounts(reader, seen_.accounts_updated);
  ApplyTransitions(reader, seen_.transition_id);
  seen_ = w;
  // An account deleted while another was added leaves the count equal but the index stale.
  if (entries_.size() != static_cast<size_t>(w.accounts)) Rebuild(reader, w);
}

nlohmann::json JourneyFunnel::Compute(const FunnelFilter& filter) {
  Refresh();
  std::shared_lock lock(mu_);
  const size_t n = stages_.size();
  std::vector<long long> reached(n, 0), current(n, 0), churned_from(n, 0);
  std::vector<std::vector<double>> to_next(n);
  std::vector<int> next(n, -1);  // the following stage of the journey (not churned)
  for (size_t i = 0; i + 1 < n; ++i)
    if (stages_[i + 1].moment != MomentOfTruth::kChurned) next[i] = static_cast<int>(i + 1);
  std::vector<long long> moment_reached(std::size(kMoments), 0);
  std::vector<std::vector<double>> moment_to_next(std::size(kMoments));
  std::set<int> cohorts;
  long long total = 0;
  for (const auto& [id, e] : entries_) {
    if (e.cohort >= 0) cohorts.insert(e.cohort);
    if (filter.tier && e.tier != filter.tier) continue;
    if (filter.cohort && (e.cohort < filter.cohort->first || e.cohort > filter.cohort->second)) continue;
    ++total;
    if (e.current >= 0) ++current[e.current];
    if (e.churned_from >= 0) ++churned_from[e.churned_from];
    // Reaching a stage counts as passing those before it: an imported customer starts later.
    int furthest = -1;
    for (size_t i = 0; i < n; ++i) {
      bool entered = e.first_at[i] > 0 || e.current == static_cast<int>(i);
      if (!entered) continue;
      if (stages_[i].moment == MomentOfTruth::kChurned) ++reached[i];
      else furthest = static_cast<int>(i);
    }
    for (int i = 0; i <= furthest; ++i) ++reached[i];
    std::array<long long, std::size(kMoments)> moment_first{};
    for (size_t i = 0; i < n; ++i) {
      if (next[i] >= 0 && e.first_at[i] > 0 && e.first_at[next[i]] >= e.first_at[i])
        to_next[i].push_back(static_cast<double>(e.first_at[next[i]] - e.first_at[i]) / kDayMs);
      auto m = static_cast<size_t>(stages_[i].moment);
      if (m < moment_first.size() && e.first_at[i] > 0 && (moment_first[m] == 0 || e.first_at[i] < moment_first[m]))
        moment_first[m] = e.first_at[i];
    }
    if (furthest >= 0)
      for (size_t m = 0; m <= static_cast<size_t>(stages_[furthest].moment); ++m) ++moment_reached[m];
    for (size_t m = 0; m + 1 < moment_first.size(); ++m)
      if (moment_first[m] > 0 && moment_first[m + 1] >= moment_first[m])
        moment_to_next[m].push_back(static_cast<double>(moment_first[m + 1] - moment_first[m]) / kDayMs);
  }
  nlohmann::json stages = nlohmann::json::array();
  for (size_t i = 0; i < n; ++i) {
    const auto& s = stages_[i];
    bool is_churned = s.moment == MomentOfTruth::kChurned;
    stages.push_back({{"key", s.key},
                      {"moment", EnumToString(s.moment)},
                      {"name_ja", s.name_ja},
                      {"name_en", s.name_en},
                      {"reached", reached[i]},
                      {"current", current[i]},
                      {"conversion", i == 0 || is_churned ? nlohmann::json() : Ratio(reached[i], reached[i - 1])},
                      {"median_days_to_next", Median(to_next[i])},
                      {"churned_from", churned_from[i]}});
  }
  nlohmann::json moments = nlohmann::json::array();
  for (size_t m = 0; m < std::size(kMoments); ++m)
    moments.push_back({{"moment", EnumToString(kMoments[m])},
                       {"reached", moment_reached[m]},
                       {"conversion", m == 0 ? nlohmann::json() : Ratio(moment_reached[m], moment_reached[m - 1])},
                       {"median_days_to_next", Median(moment_to_next[m])}});
  nlohmann::json cohort_list = nlohmann::json::array();
  for (int c : cohorts) cohort_list.push_back(MonthText(c));
  return {{"accounts", total},
          {"tier", filter.tier ? nlohmann::json(EnumToString(*filter.tier)) : nlohmann::json()},
          {"cohort", filter.cohort ? nlohmann::json(filter.cohort_text) : nlohmann::json()},
          {"stages", stages},
          {"moments", moments},
          {"cohorts", cohort_list}};
}

}  // namespace banso::success
