#include "health/health_engine.h"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <chrono>
#include <cmath>

#include "auth/audit_log.h"
#include "core/error.h"
#include "core/parallel.h"
#include "customers/account_store.h"
#include "customers/segment_store.h"

namespace banso::health {
namespace {

constexpr int kChurnHorizonDays = 90;
// Below this many accounts, usage is read account by account rather than for the portfolio.
constexpr size_t kFewAccounts = 64;

// Writes that change what every account's score reads (rates, settings, the feature map, a
// scorecard, an import of any kind).
bool ChangesEveryAccount(const auth::AuditEntry& e) {
  static const std::set<std::string> kEntities{
      "exchange rate", "exchange rates", "revenue settings", "event_features",
      "journey stage", "scorecard",      "touch model",      "segment"};
  return e.action == "import" || kEntities.count(e.entity) > 0;
}

// The accounts a write touched: the record itself for an account, else its account_id before
// and after (a contact who moved touches both accounts).
void AccountsOf(const auth::AuditEntry& e, std::set<long long>& out) {
  if ((e.entity == "account" || e.entity == "self-sufficiency" || e.entity == "health") &&
      e.entity_id) {
    out.insert(*e.entity_id);
    return;
  }
  for (const auto* j : {&e.before, &e.after})
    if (j->is_object())
      if (auto it = j->find("account_id"); it != j->end() && it->is_number_integer())
        out.insert(it->get<long long>());
}

// The measures whose points moved most between two ledgers, largest first (at most three).
nlohmann::json MovedBy(const std::vector<Contribution>& before,
                       const std::vector<Contribution>& after) {
  std::map<Measure, double> was;
  for (const auto& c : before) was[c.measure] = c.points;
  std::vector<std::pair<double, nlohmann::json>> moves;
  for (const auto& c : after) {
    double then = was.count(c.measure) ? was[c.measure] : 0.0;
    if (std::abs(c.points - then) < 0.05) continue;
    moves.push_back({std::abs(c.points - then),
                     {{"measure", EnumToString(c.measure)},
                      {"points_before", then},
                      {"points", c.points},
                      {"raw", c.raw ? nlohmann::json(*c.raw) : nlohmann::json()}}});
  }
  std::sort(moves.begin(), moves.end(),
            [](const auto& a, const auto& b) { return a.first > b.first; });
  nlohmann::json out = nlohmann::json::array();
  for (size_t i = 0; i < moves.size() && i < 3; ++i) out.push_back(moves[i].second);
  return out;
}

nlohmann::json LedgerJson(const Scored& s) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& c : s.contributions) out.push_back(ToJson(c));
  return out;
}

// ROC AUC of a risk value (higher: more likely to churn) by ranks, ties counting half.
std::optional<double> Auc(std::vector<std::pair<double, bool>> rows) {
  long long pos = 0, neg = 0;
  for (const auto& r : rows) (r.second ? pos : neg)++;
  if (!pos || !neg) return std::nullopt;
  std::sort(rows.begin(), rows.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  double rank_sum = 0;
  for (size_t i = 0; i < rows.size();) {
    size_t j = i;
    while (j < rows.size() && rows[j].first == rows[i].first) ++j;
    double mid_rank = (static_cast<double>(i + 1) + static_cast<double>(j)) / 2;
    for (size_t k = i; k < j; ++k)
      if (rows[k].second) rank_sum += mid_rank;
    i = j;
  }
  return (rank_sum - static_cast<double>(pos) * static_cast<double>(pos + 1) / 2) /
         (static_cast<double>(pos) * static_cast<double>(neg));
}

double MsSince(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - since)
      .count();
}

std::vector<BandStats> EmptyBands() {
  return {{Band::kRed, 0, 0}, {Band::kYellow, 0, 0}, {Band::kGreen, 0, 0}};
}

}  // namespace

HealthEngine::HealthEngine(store::Database& db, events::EventService& events,
                           ScorecardStore& scorecards, HealthStore& store,
                           revenue::RevenueSettingsStore& settings, const Clock& clock)
    : db_(db),
      events_(events),
      scorecards_(scorecards),
      store_(store),
      settings_(settings),
      clock_(clock) {}

HealthEngine::~HealthEngine() { Stop(); }

void HealthEngine::Start(bool watch) {
  scorecards_.EnsureDefault();
  Load();
  {
    std::lock_guard lock(state_mu_);
    for (auto& s : store_.Scores())
      current_[s.account.value] = {s.score, s.band,
                                   s.shown, ContributionsFromJson(s.contributions),
                                   true,    s.computed_at.date()};
    for (auto& o : store_.OpenOverrides()) overrides_.emplace(o.account.value, o);
  }
  if (Leads()) RescoreAll();
  leading_ = Leads();
  if (watch && !watcher_.joinable()) {
    stop_ = false;
    watcher_ = std::thread([this] { Watch(); });
  }
}

void HealthEngine::Stop() {
  stop_ = true;
  wake_.notify_all();
  if (watcher_.joinable()) watcher_.join();
}

void HealthEngine::Load() {
  auto newest = auth::AuditLog::List(db_, {.limit = 1});
  // Read before the histories, so that no write falls between the two.
  long long seen = newest.empty() ? 0 : newest.front().id;
  auto histories = db_.Read([&](store::Tx& tx) { return LoadHistories(tx, std::nullopt); });
  auto cards = scorecards_.List();
  auto members = SegmentMembers(cards);
  int grace = settings_.Get().churn_grace_days;
  std::unique_lock lock(mu_);
  histories_ = std::move(histories);
  index_.clear();
  for (size_t i = 0; i < histories_.size(); ++i) index_[histories_[i].id.value] = i;
  cards_ = std::move(cards);
  segment_members_ = std::move(members);
  grace_days_ = grace;
  portfolio_ = PortfolioOn(histories_, clock_.Today());
  audit_seen_ = seen;
  usage_stale_ = true;  // a reload may follow a feature-map change: read usage again
}

void HealthEngine::ReloadAccounts(const std::vector<AccountId>& ids) {
  std::vector<AccountHistory> fresh;
  for (AccountId id : ids) {
    auto one = db_.Read([&](store::Tx& tx) { return LoadHistories(tx, id); });
    for (auto& h : one) fresh.push_back(std::move(h));
  }
  std::unique_lock lock(mu_);
  for (auto& h : fresh) {
    auto it = index_.find(h.id.value);
    if (it != index_.end()) {
      histories_[it->second] = std::move(h);
    } else {
      index_[h.id.value] = histories_.size();
      histories_.push_back(std::move(h));
    }
  }
}

void HealthEngine::OnAccountUsageChanged(const std::vector<AccountId>& accounts) {
  {
    // Not under state_mu_, which scoring holds for a whole pass: the event applier, which
    // calls this after each chunk, waited for it. woken_ under the same lock, so that a change
    // made while a pass runs wakes the next wait at once instead of being lost.
    std::lock_guard lock(wake_mu_);
    for (AccountId a : accounts) dirty_.insert(a.value);
    woken_ = true;
  }
  wake_.notify_all();
}

void HealthEngine::Rescore(const std::vector<AccountId>& accounts) { Rescore(accounts, accounts); }

void HealthEngine::Rescore(const std::vector<AccountId>& reload,
                           const std::vector<AccountId>& accounts) {
  const double cpu = RescoringStats::ThreadCpuMs();
  const auto wall = std::chrono::steady_clock::now();
  ReloadAccounts(reload);
  {
    std::shared_lock lock(mu_);
    ScoreAndStore(accounts, false);
  }
  rescoring_.RecordChange({static_cast<long long>(accounts.size()),
                           RescoringStats::ThreadCpuMs() - cpu, MsSince(wall)});
}

void HealthEngine::RescoreAll() {
  Load();
  ScoreAll();
}

void HealthEngine::ScoreAll() {
  const double cpu = RescoringStats::ThreadCpuMs();
  const auto wall = std::chrono::steady_clock::now();
  std::shared_lock lock(mu_);
  ScoreAndStore({}, true);
  rescoring_.RecordFull({static_cast<long long>(histories_.size()),
                         RescoringStats::ThreadCpuMs() - cpu, MsSince(wall)});
}

std::vector<std::pair<AccountId, MeasureValues>> HealthEngine::MeasuresToday() {
  std::shared_lock lock(mu_);
  const Date today = clock_.Today();
  PortfolioAt portfolio = PortfolioOn(histories_, today);
  auto usage = events_.usage().ForHealth(today, std::nullopt);
  std::vector<std::pair<AccountId, MeasureValues>> out;
  out.reserve(histories_.size());
  for (const auto& h : histories_)
    out.emplace_back(h.id, MeasuresAt(h, today, usage ? &*usage : nullptr, portfolio, grace_days_));
  return out;
}

void HealthEngine::Watch() {
  auto next_pass = std::chrono::steady_clock::now();
  while (!stop_) {
    {
      std::unique_lock lock(wake_mu_);
      wake_.wait_for(lock, std::chrono::milliseconds(200), [this] { return woken_ || stop_; });
      // A long pass (a bulk load changes every account's usage) is followed by a rest of three
      // times its length, at most a second: scoring, which runs on both cores, then takes at
      // most a quarter of the time from ingest and the event applier, and the changes made
      // meanwhile make one pass.
      wake_.wait_until(lock, next_pass, [this] { return stop_.load(); });
      woken_ = false;
    }
    if (stop_) break;
    const auto started = std::chrono::steady_clock::now();
    try {
      Pass();
      const auto now = std::chrono::steady_clock::now();
      next_pass = now + std::min<std::chrono::steady_clock::duration>(std::chrono::seconds(1),
                                                                      3 * (now - started));
    } catch (const std::exception& e) {
      // The database may be away for a moment: the next pass tries again from the same place.
      spdlog::warn("health scoring pass failed: {}", e.what());
    }
  }
}

void HealthEngine::Pass() {
  long long seen;
  {
    std::shared_lock lock(mu_);
    seen = audit_seen_;
  }
  auth::AuditQuery q;
  q.after_id = seen;
  q.limit = 5000;
  auto entries = auth::AuditLog::List(db_, q);
  std::set<long long> touched;  // by writes: their history is reloaded
  std::set<long long> usage;    // by usage alone: the history held is current
  bool full = false, overrides_changed = false;
  for (const auto& e : entries) {
    full = full || ChangesEveryAccount(e);
    overrides_changed = overrides_changed || e.entity == "health";
    AccountsOf(e, touched);
  }
  {
    std::lock_guard wake(wake_mu_);
    usage.swap(dirty_);
  }
  {
    std::lock_guard lock(state_mu_);
    full = full || scored_day_ != clock_.Today();
    if (overrides_changed) {
      overrides_.clear();
      for (auto& o : store_.OpenOverrides()) overrides_.emplace(o.account.value, o);
    }
  }
  if (!entries.empty()) {
    std::unique_lock lock(mu_);
    audit_seen_ = std::max(audit_seen_, entries.back().id);
  }
  // With several processes on PostgreSQL, the one applying the event log writes the scores;
  // another that takes over from it starts with a full rescoring.
  if (!Leads()) {
    leading_ = false;
    return;
  }
  full = full || !leading_;
  leading_ = true;
  CheckOverrides(clock_.Now());
  // A hub write may move accounts into or out of a segment that a scorecard scores (usage
  // alone cannot: no filter reads it).
  if (!full && !entries.empty()) RefreshSegmentMembers();
  if (full) {
    RescoreAll();
    ++passes_;
  } else if (!touched.empty() || !usage.empty()) {
    // Usage is read from the rollups at scoring: an account whose usage alone changed needs no
    // reload (reloading the 10k accounts of every applied chunk, one at a time, took as much
    // CPU as applying the events did).
    std::vector<AccountId> reload, ids;
    for (long long id : touched) reload.emplace_back(id);
    usage.insert(touched.begin(), touched.end());
    for (long long id : usage) ids.emplace_back(id);
    Rescore(reload, ids);
    ++passes_;
  }
}

// An override that expired ends: the band shown goes back to the computed one.
void HealthEngine::CheckOverrides(Timestamp now) {
  std::vector<HealthOverride> expired;
  {
    std::lock_guard lock(state_mu_);
    for (auto it = overrides_.begin(); it != overrides_.end();)
      if (it->second.expires_at <= now) {
        expired.push_back(it->second);
        it = overrides_.erase(it);
      } else {
        ++it;
      }
  }
  for (const auto& o : expired) {
    try {
      store_.EndOverride(auth::Actor::System("health"), o.account, o.expires_at);
    } catch (const NotFound&) {
      // Ended by hand meanwhile.
    }
  }
}

bool HealthEngine::Leads() const { return events_.analytics() || !events_.started(); }

std::optional<Band> HealthEngine::Shown(AccountId id, std::optional<Band> computed,
                                        Timestamp now) const {
  auto it = overrides_.find(id.value);
  if (it != overrides_.end() && it->second.ActiveAt(now)) return it->second.band;
  return computed;
}

const std::string& HealthEngine::TierOf(const AccountHistory& h) const { return h.tier; }

bool HealthEngine::InSegment(const Scorecard& s, AccountId id) const {
  auto it = segment_members_.find(s.id);
  return it != segment_members_.end() && it->second.count(id.value) > 0;
}

const Scorecard& HealthEngine::ScorecardFor(const AccountHistory& h) const {
  const Scorecard *by_tier = nullptr, *fallback = nullptr;
  for (const auto& s : cards_) {
    if (!s.published) continue;
    if (s.segment_id) {
      if (InSegment(s, h.id)) return s;  // segments' cards are listed by id
    } else if (s.tier) {
      if (*s.tier == h.tier) by_tier = &s;
    } else {
      fallback = &s;
    }
  }
  if (by_tier) return *by_tier;
  if (!fallback) throw Unavailable("no scorecard is published");
  return *fallback;
}

bool HealthEngine::Scores(const Scorecard& s, const AccountHistory& h) const {
  if (s.published) return ScorecardFor(h).id == s.id;
  if (s.segment_id) return InSegment(s, h.id);
  return s.tier && *s.tier == h.tier && !ScorecardFor(h).segment_id;
}

void HealthEngine::RefreshSegmentMembers() {
  std::vector<Scorecard> cards;
  {
    std::shared_lock lock(mu_);
    cards = cards_;
  }
  auto members = SegmentMembers(cards);
  std::unique_lock lock(mu_);
  segment_members_ = std::move(members);
}

void HealthEngine::EnsureMembers(const Scorecard& card) {
  if (!card.segment_id) return;
  auto members = SegmentMembers({card});
  std::unique_lock lock(mu_);
  segment_members_[card.id] = std::move(members[card.id]);
}

std::unordered_map<long long, std::unordered_set<long long>> HealthEngine::SegmentMembers(
    const std::vector<Scorecard>& cards) {
  std::unordered_map<long long, std::unordered_set<long long>> out;
  for (const auto& card : cards) {
    if (!card.segment_id) continue;
    customers::AccountQuery q;
    q.segment = customers::SegmentStore(db_).Get(SegmentId(*card.segment_id)).filter;
    // The band comes from the scorecard: it cannot also choose it (creation refuses such a
    // segment; an edit that adds a band afterwards is ignored here).
    q.segment->health_band.reset();
    auto& members = out[card.id];
    for (AccountId id : customers::AccountStore(db_, clock_).Ids(q)) members.insert(id.value);
  }
  return out;
}

const AccountHistory* HealthEngine::Find(AccountId id) const {
  auto it = index_.find(id.value);
  return it == index_.end() ? nullptr : &histories_[it->second];
}

void HealthEngine::ScoreAndStore(const std::vector<AccountId>& ids, bool all) {
  std::lock_guard serial(store_mu_);
  const Date today = clock_.Today();
  const Timestamp now = clock_.Now();
  PortfolioAt portfolio =
      portfolio_ && portfolio_->day == today ? *portfolio_ : PortfolioOn(histories_, today);
  std::optional<events::HealthUsageDay> usage;
  if (all) {
    if (usage_stale_.exchange(false) || !usage_ || usage_->day != today)
      usage_ = events_.usage().ForHealth(today, std::nullopt);
  } else if (ids.size() > kFewAccounts) {
    usage = events_.usage().ForHealth(today, std::nullopt);
  } else {
    for (AccountId id : ids) {
      auto one = events_.usage().ForHealth(today, id);
      if (!one) break;
      if (!usage)
        usage = std::move(one);
      else
        usage->accounts.merge(one->accounts);
    }
  }
  if (!all) KeepUsage(ids, usage, today);
  const events::HealthUsageDay* usage_now =
      all ? (usage_ ? &*usage_ : nullptr) : (usage ? &*usage : nullptr);
  std::vector<const AccountHistory*> targets;
  if (all)
    for (const auto& h : histories_) targets.push_back(&h);
  else
    for (AccountId id : ids)
      if (const auto* h = Find(id)) targets.push_back(h);

  // Kept between passes: a fresh 29 MB array each time cost more in page faults than the
  // measures themselves.
  std::vector<MeasureValues>& values = measures_scratch_;
  values.resize(targets.size());
  ParallelFor(targets.size(), [&](size_t i) {
    if (i + 4 < targets.size()) PrefetchFacts(*targets[i + 4]);
    values[i] = MeasuresAt(*targets[i], today, usage_now, portfolio, grace_days_);
  });
  if (all) {
    percentiles_.clear();
    for (const auto& card : cards_) {
      const auto* v = card.Version(card.published);
      if (!v ||
          std::none_of(v->definition.measures.begin(), v->definition.measures.end(),
                       [](const auto& m) { return m.normalisation == Normalisation::kPercentile; }))
        continue;
      PercentileTable& table = percentiles_[card.id];
      for (size_t i = 0; i < targets.size(); ++i) {
        const std::string& tier = TierOf(*targets[i]);
        for (const auto& m : v->definition.measures)
          if (m.normalisation == Normalisation::kPercentile)
            if (auto raw = values[i][static_cast<size_t>(m.measure)])
              table.Add(tier, m.measure, *raw);
      }
      table.Seal();
    }
  }

  std::vector<StoredScore> changed;
  std::vector<BandChange> changes;
  {
    std::lock_guard state(state_mu_);
    // Scored on both cores into a buffer per thread; only the scores that differ from the one
    // kept are copied out. Compared as numbers: the ledger's JSON is made only for those. One
    // stored today is in today's snapshot already, so a restart rewrites none of them.
    std::vector<const Scorecard*> cards(targets.size());
    std::vector<std::optional<Scored>> fresh(targets.size());
    ParallelFor(targets.size(), [&](size_t i) {
      thread_local Scored s;
      const AccountHistory& h = *targets[i];
      const Scorecard& card = *(cards[i] = &ScorecardFor(h));
      auto table = percentiles_.find(card.id);
      // A former customer has no health to watch: no score, so the list sorts it last.
      if (Churned(h, today))
        s = Scored{};
      else
        ScoreInto(card.Version(card.published)->definition, values[i], TierOf(h),
                  table == percentiles_.end() ? nullptr : &table->second, s);
      auto kept = current_.find(h.id.value);
      if (kept != current_.end() && kept->second.known && kept->second.day == today &&
          kept->second.score == s.score && kept->second.band == s.band &&
          kept->second.shown == Shown(h.id, s.band, now) && kept->second.ledger == s.contributions)
        return;
      fresh[i] = s;
    });
    for (size_t i = 0; i < targets.size(); ++i) {
      if (!fresh[i]) continue;
      const AccountHistory& h = *targets[i];
      const Scorecard& card = *cards[i];
      const ScorecardVersion* version = card.Version(card.published);
      Scored& s = *fresh[i];
      Current& cur = current_[h.id.value];
      auto shown_before = cur.known ? Shown(h.id, cur.band, now) : std::nullopt;
      auto shown_after = Shown(h.id, s.band, now);
      if (cur.known && shown_before != shown_after)
        changes.push_back({0, h.id, shown_before, shown_after, now, BandChangeCause::kScore,
                           s.score, MovedBy(cur.ledger, s.contributions)});
      changed.push_back(
          {h.id, s.score, s.band, card.id, version->number, LedgerJson(s), now, shown_after});
      cur = {s.score, s.band, shown_after, std::move(s.contributions), true, today};
    }
    if (all) scored_day_ = today;
  }
  if (changed.empty() && changes.empty()) return;
  try {
    store_.Save(changed, changes, today);
  } catch (...) {
    // Not stored: forget them, so that the next pass writes them again.
    std::lock_guard state(state_mu_);
    for (const auto& c : changed) current_.erase(c.account.value);
    if (all) scored_day_ = Date();
    throw;
  }
}

void HealthEngine::KeepUsage(const std::vector<AccountId>& ids,
                             const std::optional<events::HealthUsageDay>& fresh, Date today) {
  if (!usage_ || usage_->day != today || !fresh) {
    usage_.reset();  // the next full pass reads the portfolio's again
    return;
  }
  if (ids.size() > kFewAccounts) {
    usage_ = fresh;
    return;
  }
  usage_->first_day = fresh->first_day;
  usage_->features_mapped = fresh->features_mapped;
  for (AccountId id : ids)
    if (auto it = fresh->accounts.find(id.value); it != fresh->accounts.end())
      usage_->accounts[id.value] = it->second;
    else
      usage_->accounts.erase(id.value);
}

Evaluation HealthEngine::Evaluate(AccountId account, Date day) {
  std::shared_lock lock(mu_);
  const AccountHistory& h = Get(account);
  const Scorecard& card = ScorecardFor(h);
  Evaluation e = EvaluateLocked(h, day, card.Version(card.published)->definition);
  e.scorecard_id = card.id;
  e.scorecard_version = *card.published;
  return e;
}

Evaluation HealthEngine::Evaluate(AccountId account, Date day, const ScorecardDefinition& d) {
  std::shared_lock lock(mu_);
  return EvaluateLocked(Get(account), day, d);
}

const AccountHistory& HealthEngine::Get(AccountId account) const {
  const AccountHistory* h = Find(account);
  if (!h) throw NotFound("no account with id " + std::to_string(account.value));
  return *h;
}

Evaluation HealthEngine::EvaluateLocked(const AccountHistory& h, Date day,
                                        const ScorecardDefinition& d) {
  auto usage = events_.usage().ForHealth(day, h.id);
  Evaluation e;
  e.day = day;
  e.values =
      MeasuresAt(h, day, usage ? &*usage : nullptr, PortfolioOn(histories_, day), grace_days_);
  e.scored = Score(d, e.values, TierOf(h), nullptr);
  return e;
}

BacktestResult HealthEngine::Backtest(const Scorecard& scorecard, const ScorecardDefinition& d,
                                      int months) {
  EnsureMembers(scorecard);
  std::shared_lock lock(mu_);
  BacktestResult r;
  r.bands = EmptyBands();
  const Date today = clock_.Today();
  std::vector<std::pair<double, bool>> rows, renewals;
  std::vector<std::vector<std::pair<double, bool>>> by_measure(d.measures.size());
  for (int k = 0; k < months; ++k) {
    const Date day = today.AddDays(-kChurnHorizonDays).AddMonths(-k);
    auto usage = events_.usage().ForHealth(day, std::nullopt);
    PortfolioAt portfolio = PortfolioOn(histories_, day);
    PercentileTable table;
    std::vector<std::pair<const AccountHistory*, MeasureValues>> scored;
    for (const auto& h : histories_) {
      if (!Scores(scorecard, h) || !CustomerOn(h, day)) continue;
      scored.emplace_back(&h,
                          MeasuresAt(h, day, usage ? &*usage : nullptr, portfolio, grace_days_));
      for (const auto& m : d.measures)
        if (m.normalisation == Normalisation::kPercentile)
          if (auto raw = scored.back().second[static_cast<size_t>(m.measure)])
            table.Add(TierOf(h), m.measure, *raw);
    }
    if (scored.empty()) continue;
    table.Seal();
    r.dates.push_back(day);
    for (const auto& [h, values] : scored) {
      Scored s = Score(d, values, TierOf(*h), &table);
      bool churned = ChurnsWithin(*h, day, kChurnHorizonDays, today, grace_days_);
      ++r.rows;
      r.churned += churned;
      if (!s.score) {
        ++r.unscored;
        continue;
      }
      rows.emplace_back(100 - *s.score, churned);
      if (RenewalDueWithin(*h, day, kChurnHorizonDays)) {
        renewals.emplace_back(100 - *s.score, churned);
        for (size_t i = 0; i < s.contributions.size(); ++i)
          if (s.contributions[i].raw && s.contributions[i].normalised)
            by_measure[i].emplace_back(100 - *s.contributions[i].normalised, churned);
      }
      BandStats& b = r.bands[static_cast<size_t>(*s.band)];
      ++b.accounts;
      b.churned += churned;
    }
  }
  r.auc = Auc(std::move(rows));
  r.renewals_due = static_cast<long long>(renewals.size());
  r.renewal_auc = Auc(std::move(renewals));
  for (size_t i = 0; i < d.measures.size(); ++i)
    r.measures.push_back({d.measures[i].measure, static_cast<long long>(by_measure[i].size()),
                          Auc(std::move(by_measure[i]))});
  return r;
}

Distribution HealthEngine::Preview(const Scorecard& scorecard, const ScorecardDefinition& d) {
  EnsureMembers(scorecard);
  std::shared_lock lock(mu_);
  Distribution out;
  out.histogram.assign(10, 0);
  out.bands = EmptyBands();
  const Date today = clock_.Today();
  auto usage = events_.usage().ForHealth(today, std::nullopt);
  PortfolioAt portfolio = PortfolioOn(histories_, today);
  std::vector<std::pair<const AccountHistory*, MeasureValues>> scored;
  PercentileTable table;
  for (const auto& h : histories_) {
    if (!Scores(scorecard, h)) continue;
    scored.emplace_back(&h,
                        MeasuresAt(h, today, usage ? &*usage : nullptr, portfolio, grace_days_));
    for (const auto& m : d.measures)
      if (m.normalisation == Normalisation::kPercentile)
        if (auto raw = scored.back().second[static_cast<size_t>(m.measure)])
          table.Add(TierOf(h), m.measure, *raw);
  }
  table.Seal();
  for (const auto& [h, values] : scored) {
    Scored s = Score(d, values, TierOf(*h), &table);
    if (!s.score) {
      ++out.unscored;
      continue;
    }
    ++out.histogram[std::min<size_t>(9, static_cast<size_t>(*s.score / 10))];
    ++out.bands[static_cast<size_t>(*s.band)].accounts;
  }
  return out;
}

OutcomeFigures HealthEngine::Outcomes(const std::vector<AccountId>* accounts,
                                      const std::optional<std::string>& tier) {
  std::shared_lock lock(mu_);
  const Date today = clock_.Today();
  OutcomeFigures out;
  auto add = [&](const AccountHistory& h) {
    if ((tier && h.tier != *tier) || !CustomerOn(h, today)) return;
    ++out.customers;
    auto objectives = ObjectivesAt(h, today);
    if (objectives.counted) {
      ++out.with_plan;
      out.achieving += objectives.good == objectives.counted;
      out.objectives += objectives.counted;
      out.objectives_on_track += objectives.good;
    }
    if (auto level = SelfSufficiencyAt(h, today))
      ++out.sufficiency[static_cast<size_t>(std::clamp(*level, 0, 3))];
    else
      ++out.not_assessed;
  };
  if (!accounts) {
    for (const auto& h : histories_) add(h);
  } else {
    for (AccountId id : *accounts)
      if (const AccountHistory* h = Find(id)) add(*h);
  }
  return out;
}

long long HealthEngine::Backfill(Date from, Date to, int step_days) {
  std::shared_lock lock(mu_);
  long long written = 0;
  // Each account's band and ledger at the step before, to record the band changes between.
  std::unordered_map<long long, std::pair<std::optional<Band>, std::vector<Contribution>>> before;
  for (Date day = from; day <= to; day = day.AddDays(step_days)) {
    auto usage = events_.usage().ForHealth(day, std::nullopt);
    PortfolioAt portfolio = PortfolioOn(histories_, day);
    std::vector<std::pair<AccountId, Snapshot>> snapshots;
    std::vector<BandChange> changes;
    for (const auto& h : histories_) {
      if (!CustomerOn(h, day)) continue;
      const Scorecard& card = ScorecardFor(h);
      Scored s = Score(card.Version(card.published)->definition,
                       MeasuresAt(h, day, usage ? &*usage : nullptr, portfolio, grace_days_),
                       TierOf(h), nullptr);
      snapshots.push_back({h.id, {day, s.score, s.band}});
      auto it = before.find(h.id.value);
      if (it != before.end() && it->second.first != s.band)
        changes.push_back({0, h.id, it->second.first, s.band, Timestamp::FromDate(day),
                           BandChangeCause::kScore, s.score,
                           MovedBy(it->second.second, s.contributions)});
      before[h.id.value] = {s.band, std::move(s.contributions)};
    }
    store_.SaveSnapshots(snapshots);
    if (!changes.empty()) store_.Save({}, changes, day);
    written += static_cast<long long>(snapshots.size());
  }
  return written;
}

nlohmann::json ToJson(const BacktestResult& r) {
  nlohmann::json dates = nlohmann::json::array(), bands = nlohmann::json::array();
  for (Date d : r.dates) dates.push_back(d.ToString());
  for (const auto& b : r.bands)
    bands.push_back({{"band", EnumToString(b.band)},
                     {"accounts", b.accounts},
                     {"churned", b.churned},
                     {"churn_rate", b.accounts ? nlohmann::json(static_cast<double>(b.churned) /
                                                                static_cast<double>(b.accounts))
                                               : nlohmann::json()}});
  nlohmann::json measures = nlohmann::json::array();
  for (const auto& m : r.measures)
    measures.push_back({{"measure", EnumToString(m.measure)},
                        {"rows", m.rows},
                        {"auc", m.auc ? nlohmann::json(*m.auc) : nlohmann::json()}});
  return {{"dates", dates},
          {"rows", r.rows},
          {"measures", measures},
          {"churned", r.churned},
          {"unscored", r.unscored},
          {"auc", r.auc ? nlohmann::json(*r.auc) : nlohmann::json()},
          {"renewals_due", r.renewals_due},
          {"renewal_auc", r.renewal_auc ? nlohmann::json(*r.renewal_auc) : nlohmann::json()},
          {"horizon_days", kChurnHorizonDays},
          {"bands", bands}};
}

nlohmann::json ToJson(const Distribution& d) {
  nlohmann::json bands = nlohmann::json::array();
  for (const auto& b : d.bands)
    bands.push_back({{"band", EnumToString(b.band)}, {"accounts", b.accounts}});
  return {{"histogram", d.histogram}, {"bands", bands}, {"unscored", d.unscored}};
}

}  // namespace banso::health
