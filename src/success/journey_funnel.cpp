#include "success/journey_funnel.h"

#include <algorithm>
#include <cmath>
#include <mutex>

#include "core/date.h"
#include "core/error.h"
#include "customers/account_store.h"
#include "store/statement.h"

namespace banso::success {
namespace {

using customers::MomentOfTruth;

constexpr long long kDayMs = 86'400'000;
constexpr MomentOfTruth kMoments[] = {MomentOfTruth::kZmot, MomentOfTruth::kFmot,
                                      MomentOfTruth::kSmot, MomentOfTruth::kTmot};

int MonthOf(long long ms) {
  auto ymd = Timestamp{ms}.date().ymd();
  return static_cast<int>(ymd.year()) * 12 + static_cast<int>(static_cast<unsigned>(ymd.month())) -
         1;
}

std::string MonthText(int month) {
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02d", month / 12, month % 12 + 1);
  return buf;
}

nlohmann::json Ratio(long long part, long long whole) {
  if (whole == 0) return nullptr;
  return std::round(1000.0 * static_cast<double>(part) / static_cast<double>(whole)) / 1000.0;
}

}  // namespace

std::pair<int, int> ParseCohort(const std::string& text) {
  auto bad = [] {
    return Invalid("cohort", "must be a year (2026), a quarter (2026-Q1) or a month (2026-03)");
  };
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
  tx.sql() << "SELECT COALESCE(MAX(updated_at), 0) FROM accounts", soci::into(w.accounts_updated);
  tx.sql() << "SELECT COUNT(*), COALESCE(MAX(updated_at), 0) FROM journey_stages",
      soci::into(w.stages), soci::into(w.stages_updated);
  w.deletions = customers::AccountStore::Deletions();
  return w;
}

size_t JourneyFunnel::SlotOf(long long account) {
  auto [it, added] = slots_.emplace(account, entries_.size());
  if (added) {
    entries_.emplace_back();
    first_at_.resize(first_at_.size() + stages_.size(), 0);
  }
  return it->second;
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
    Entry& e = entries_[SlotOf(id)];
    auto t = tier_i == soci::i_ok ? EnumFromString<customers::Tier>(tier) : std::nullopt;
    e.tier = t ? static_cast<int8_t>(*t) : -1;
    auto it = stage_index_.find(stage);
    e.current = it == stage_index_.end() ? -1 : static_cast<int8_t>(it->second);
  });
}

void JourneyFunnel::ApplyTransitions(store::Tx& tx, long long after_id) {
  store::Query q(
      "SELECT account_id, from_stage, to_stage, at FROM journey_transitions WHERE id > ");
  q.Bind(after_id);
  soci::statement st = q.Prepare(tx.sql());
  long long account = 0, at = 0;
  std::string from, to;
  soci::indicator from_i;
  st.exchange(soci::into(account));
  st.exchange(soci::into(from, from_i));
  st.exchange(soci::into(to));
  st.exchange(soci::into(at));
  const size_t n = stages_.size();
  store::ForEachRow(st, [&] {
    auto slot = slots_.find(account);
    auto to_it = stage_index_.find(to);
    if (slot == slots_.end() || to_it == stage_index_.end()) return;  // a deleted account or stage
    Entry& e = entries_[slot->second];
    long long& first = first_at_[slot->second * n + to_it->second];
    if (first == 0 || at < first) first = at;
    int month = MonthOf(at);
    if (e.cohort < 0 || month < e.cohort) e.cohort = month;
    if (stages_[to_it->second].moment == MomentOfTruth::kChurned && at >= e.churned_at) {
      e.churned_at = at;
      auto from_it = from_i == soci::i_ok ? stage_index_.find(from) : stage_index_.end();
      e.churned_from = from_it == stage_index_.end() ? -1 : static_cast<int8_t>(from_it->second);
    }
  });
}

void JourneyFunnel::Rebuild(store::Tx& tx, const Watermark& w) {
  stages_ = customers::JourneyStageStore::ListIn(tx);
  if (stages_.size() > 100)
    throw Invalid("stages", "the funnel supports at most 100 journey stages");
  stage_index_.clear();
  for (size_t i = 0; i < stages_.size(); ++i)
    stage_index_.emplace(stages_[i].key, static_cast<int>(i));
  slots_.clear();
  entries_.clear();
  first_at_.clear();
  ReadAccounts(tx, 0);
  ApplyTransitions(tx, 0);
  seen_ = w;
  built_ = true;
  counted_at_ = Timestamp::Now();
}

void JourneyFunnel::Refresh() {
  constexpr long long kCountEveryMs = 30'000;  // deletions made by other processes
  store::Session sql(db_.pool());
  store::Tx reader(sql, db_.backend());
  Watermark w = Read(reader);
  auto same = [&](const Watermark& a) {
    return a.transition_id == w.transition_id && a.accounts_updated == w.accounts_updated &&
           a.stages == w.stages && a.stages_updated == w.stages_updated &&
           a.deletions == w.deletions;
  };
  bool count_due;
  {
    std::shared_lock lock(mu_);
    count_due = Timestamp::Now().ms - counted_at_.ms > kCountEveryMs;
    if (built_ && same(seen_) && !count_due) return;
  }
  std::unique_lock lock(mu_);
  if (!built_ || w.stages != seen_.stages || w.stages_updated != seen_.stages_updated ||
      w.deletions != seen_.deletions) {
    Rebuild(reader, w);
    return;
  }
  ReadAccounts(reader, seen_.accounts_updated);
  ApplyTransitions(reader, seen_.transition_id);
  seen_ = w;
  if (count_due) {
    long long accounts = 0;
    reader.sql() << "SELECT COUNT(*) FROM accounts", soci::into(accounts);
    counted_at_ = Timestamp::Now();
    if (static_cast<size_t>(accounts) != entries_.size()) Rebuild(reader, w);
  }
}

namespace {

// Counts of whole days, for medians without sorting.
class DayHistogram {
 public:
  static constexpr int kMaxDays = 3660;  // longer waits count as ten years
  void Add(long long ms) {
    ++days_[static_cast<size_t>(std::clamp<long long>(ms / kDayMs, 0, kMaxDays))];
    ++count_;
  }
  nlohmann::json Median() const {
    if (count_ == 0) return nullptr;
    return (Nth((count_ - 1) / 2) + Nth(count_ / 2)) / 2.0;
  }

 private:
  double Nth(long long k) const {  // the k-th smallest (0-based)
    for (size_t d = 0; d < days_.size(); ++d) {
      if (k < days_[d]) return static_cast<double>(d);
      k -= days_[d];
    }
    return kMaxDays;
  }
  std::vector<long long> days_ = std::vector<long long>(kMaxDays + 1, 0);
  long long count_ = 0;
};

}  // namespace

nlohmann::json JourneyFunnel::Compute(const FunnelFilter& filter) {
  Refresh();
  std::shared_lock lock(mu_);
  const size_t n = stages_.size();
  constexpr size_t kMomentCount = std::size(kMoments);
  std::vector<long long> reached(n, 0), current(n, 0), churned_from(n, 0), furthest_count(n, 0);
  std::vector<DayHistogram> to_next(n);
  std::vector<int> next(n, -1);  // the following stage of the journey (not churned)
  std::vector<int> moment_of(n);
  for (size_t i = 0; i < n; ++i) {
    moment_of[i] = static_cast<int>(stages_[i].moment);
    if (i + 1 < n && stages_[i + 1].moment != MomentOfTruth::kChurned)
      next[i] = static_cast<int>(i + 1);
  }
  std::vector<long long> moment_reached(kMomentCount, 0);
  std::vector<DayHistogram> moment_to_next(kMomentCount);
  std::vector<uint8_t> cohorts(12 * 10000, 0);  // months of years 0-9999 that have accounts
  const int tier = filter.tier ? static_cast<int>(*filter.tier) : -1;
  long long total = 0;
  for (size_t a = 0; a < entries_.size(); ++a) {
    const Entry& e = entries_[a];
    if (e.cohort >= 0 && e.cohort < static_cast<int>(cohorts.size())) cohorts[e.cohort] = 1;
    if (filter.tier && e.tier != tier) continue;
    if (filter.cohort && (e.cohort < filter.cohort->first || e.cohort > filter.cohort->second))
      continue;
    ++total;
    const long long* first = &first_at_[a * n];
    if (e.current >= 0) ++current[e.current];
    if (e.churned_from >= 0) ++churned_from[e.churned_from];
    // Reaching a stage counts as passing those before it: an imported customer starts later.
    int furthest = -1;
    std::array<long long, kMomentCount> moment_first{};
    for (size_t i = 0; i < n; ++i) {
      if (first[i] == 0 && e.current != static_cast<int>(i)) continue;
      if (stages_[i].moment == MomentOfTruth::kChurned)
        ++reached[i];
      else
        furthest = static_cast<int>(i);
      if (next[i] >= 0 && first[i] > 0 && first[next[i]] >= first[i])
        to_next[i].Add(first[next[i]] - first[i]);
      auto m = static_cast<size_t>(moment_of[i]);
      if (m < kMomentCount && first[i] > 0 && (moment_first[m] == 0 || first[i] < moment_first[m]))
        moment_first[m] = first[i];
    }
    if (furthest < 0) continue;
    ++furthest_count[furthest];
    for (int m = 0; m <= moment_of[furthest] && m < static_cast<int>(kMomentCount); ++m)
      ++moment_reached[m];
    for (size_t m = 0; m + 1 < kMomentCount; ++m)
      if (moment_first[m] > 0 && moment_first[m + 1] >= moment_first[m])
        moment_to_next[m].Add(moment_first[m + 1] - moment_first[m]);
  }
  // reached[i] (not churned) = accounts whose furthest stage is i or later.
  long long running = 0;
  for (size_t i = n; i-- > 0;) {
    if (stages_[i].moment == MomentOfTruth::kChurned) continue;
    running += furthest_count[i];
    reached[i] = running;
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
                      {"conversion",
                       i == 0 || is_churned ? nlohmann::json() : Ratio(reached[i], reached[i - 1])},
                      {"median_days_to_next", to_next[i].Median()},
                      {"churned_from", churned_from[i]}});
  }
  nlohmann::json moments = nlohmann::json::array();
  for (size_t m = 0; m < kMomentCount; ++m)
    moments.push_back({{"moment", EnumToString(kMoments[m])},
                       {"reached", moment_reached[m]},
                       {"conversion", m == 0 ? nlohmann::json()
                                             : Ratio(moment_reached[m], moment_reached[m - 1])},
                       {"median_days_to_next", moment_to_next[m].Median()}});
  nlohmann::json cohort_list = nlohmann::json::array();
  for (size_t c = 0; c < cohorts.size(); ++c)
    if (cohorts[c]) cohort_list.push_back(MonthText(static_cast<int>(c)));
  return {{"accounts", total},
          {"tier", filter.tier ? nlohmann::json(EnumToString(*filter.tier)) : nlohmann::json()},
          {"cohort", filter.cohort ? nlohmann::json(filter.cohort_text) : nlohmann::json()},
          {"stages", stages},
          {"moments", moments},
          {"cohorts", cohort_list}};
}

}  // namespace banso::success
