#pragma once
// The health scoring engine: holds every account's history in memory, scores the portfolio
// with the scorecards in force, and keeps the stored scores fresh. A watcher thread follows
// the audit log (every hub write is audited in its transaction, so the log is a change feed
// that also covers other processes) and the rollups' usage changes, reloads the touched
// accounts' history and rescores them, within a second of the write. A band change is stored
// with the measures that moved it; overrides hold the band shown until they end or expire.
//
// Thread safety: all methods may be called from any thread.
#include <array>
#include <atomic>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <set>
#include <shared_mutex>
#include <thread>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "core/clock.h"
#include "events/event_service.h"
#include "health/account_history.h"
#include "health/health_store.h"
#include "health/measures_at.h"
#include "health/rescoring_stats.h"
#include "health/scorecard_store.h"
#include "revenue/revenue_settings_store.h"

namespace banso::health {

// One account scored at one date.
struct Evaluation {
  Date day;
  MeasureValues values;
  Scored scored;
  long long scorecard_id = 0, scorecard_version = 0;
};

struct BandStats {
  Band band = Band::kRed;
  long long accounts = 0, churned = 0;
};

// A scorecard scored at past dates against who churned within 90 days of each.
struct BacktestResult {
  std::vector<Date> dates;
  long long rows = 0, churned = 0;
  std::optional<double> auc;  // ROC AUC of (100 - score) for "churned within 90 days"
  // The same over the accounts with a renewal due in those 90 days (churners against
  // renewers: the others could not churn in the window, whatever their health).
  long long renewals_due = 0;
  std::optional<double> renewal_auc;
  std::vector<BandStats> bands;
  long long unscored = 0;  // rows with no score (nothing measured)
  // Each measure's own renewal AUC (its normalised value, over the renewals due where it has
  // data): which measures carry the signal.
  struct MeasureAuc {
    Measure measure;
    long long rows = 0;
    std::optional<double> auc;
  };
  std::vector<MeasureAuc> measures;
};

// How the portfolio's scores fall today under a scorecard.
struct Distribution {
  std::vector<long long> histogram;  // ten buckets of ten points
  std::vector<BandStats> bands;      // churned: 0 (today's)
  long long unscored = 0;
};

// The customers' success-plan outcomes and self-sufficiency today (the dashboard's goals).
struct OutcomeFigures {
  long long customers = 0;
  long long with_plan = 0;  // customers with objectives in force (not abandoned)
  long long achieving = 0;  // of those, every objective on track or achieved
  long long objectives = 0, objectives_on_track = 0;  // on track or achieved
  std::array<long long, 4> sufficiency{};             // customers last assessed at each level
  long long not_assessed = 0;
};

class HealthEngine final : public events::UsageListener {
 public:
  HealthEngine(store::Database& db, events::EventService& events, ScorecardStore& scorecards,
               HealthStore& store, revenue::RevenueSettingsStore& settings, const Clock& clock);
  ~HealthEngine() override;

  // Loads everything and scores every account; watch: also start the thread that follows
  // changes (serve), else scores are refreshed only by Rescore calls (CLI, demo).
  void Start(bool watch);
  void Stop();

  void OnAccountUsageChanged(const std::vector<AccountId>& accounts) override;
  // Reloads and rescores now: the accounts given, or all.
  void Rescore(const std::vector<AccountId>& accounts);
  void RescoreAll();
  // Scores every account from the histories held (no reload) and stores what changed.
  void ScoreAll();
  // Passes of the watcher that found something to do (tests wait on it).
  long long passes() const { return passes_.load(); }
  // The CPU and wall time of the rescorings so far.
  const RescoringStats& rescoring() const { return rescoring_; }
  // Every account's measures today, as the scores use them (benchmarks compare them with SQL).
  std::vector<std::pair<AccountId, MeasureValues>> MeasuresToday();

  // With the scorecard in force for the account, or a given definition.
  Evaluation Evaluate(AccountId account, Date day);
  Evaluation Evaluate(AccountId account, Date day, const ScorecardDefinition& d);
  // The accounts the scorecard scores (its tier's, or those of no tier with their own for the
  // default), at monthly dates back from `today` - 90 days, at most `months` of them.
  BacktestResult Backtest(const Scorecard& scorecard, const ScorecardDefinition& d, int months);
  Distribution Preview(const Scorecard& scorecard, const ScorecardDefinition& d);
  // Over the customers among `accounts` (all when null) of the tier (all when none).
  OutcomeFigures Outcomes(const std::vector<AccountId>* accounts,
                          const std::optional<std::string>& tier);
  // Daily snapshots over [from, to] with the scorecards in force, for every account that was a
  // customer on the day (the demo's health history). Returns the snapshots written.
  long long Backfill(Date from, Date to, int step_days);

 private:
  struct Current {
    std::optional<double> score;
    std::optional<Band> band;   // computed
    std::optional<Band> shown;  // as written to the list: an override's written meanwhile differs
    std::vector<Contribution> ledger;
    bool known = false;  // stored before
    Date day;            // when stored: that day's snapshot holds it
  };
  void Load();
  void Watch();
  void Pass();
  // Scores `ids` (all when empty) at today and stores what changed. Requires mu_ held shared.
  void ScoreAndStore(const std::vector<AccountId>& ids, bool all);
  const std::string& TierOf(const AccountHistory& h) const;
  // The published scorecard in force for the account: its segment's (the first by id when
  // segments overlap), else its tier's, else the default.
  const Scorecard& ScorecardFor(const AccountHistory& h) const;
  // Whether the scorecard scores the account; for one never published, whether it would.
  bool Scores(const Scorecard& s, const AccountHistory& h) const;
  bool InSegment(const Scorecard& s, AccountId id) const;
  // The members of each segment a scorecard scores, by scorecard id (a query per segment).
  std::unordered_map<long long, std::unordered_set<long long>> SegmentMembers(
      const std::vector<Scorecard>& cards);
  void RefreshSegmentMembers();
  // A scorecard just made may not be among cards_ yet: its members, for a preview or backtest.
  void EnsureMembers(const Scorecard& card);
  const AccountHistory* Find(AccountId id) const;
  const AccountHistory& Get(AccountId id) const;  // NotFound when unknown
  // Requires mu_ held (shared).
  Evaluation EvaluateLocked(const AccountHistory& h, Date day, const ScorecardDefinition& d);
  void ReloadAccounts(const std::vector<AccountId>& ids);
  // Reloads `reload`'s history (written to) and rescores `accounts` (those and the accounts
  // whose usage alone changed), timing it.
  void Rescore(const std::vector<AccountId>& reload, const std::vector<AccountId>& accounts);
  // Brings the kept usage up to date with `fresh`, read for `ids` alone. Requires store_mu_.
  void KeepUsage(const std::vector<AccountId>& ids,
                 const std::optional<events::HealthUsageDay>& fresh, Date today);
  void CheckOverrides(Timestamp now);
  // Whether this process writes the scores: it applies the event log (or runs without it).
  bool Leads() const;
  std::optional<Band> Shown(AccountId id, std::optional<Band> computed, Timestamp now) const;

  store::Database& db_;
  events::EventService& events_;
  ScorecardStore& scorecards_;
  HealthStore& store_;
  revenue::RevenueSettingsStore& settings_;
  const Clock& clock_;

  // histories_, index_, cards_, segment_members_, portfolio_, grace_days_, audit_seen_:
  // written under a unique
  // lock, read under a shared one (scoring, backtests and previews read concurrently).
  mutable std::shared_mutex mu_;
  std::vector<AccountHistory> histories_;
  std::unordered_map<long long, size_t> index_;
  std::vector<Scorecard> cards_;
  std::unordered_map<long long, std::unordered_set<long long>> segment_members_;
  std::optional<PortfolioAt> portfolio_;  // today's
  int grace_days_ = 30;
  // By scorecard id, from the last full pass; guarded by store_mu_.
  std::map<long long, PercentileTable> percentiles_;
  std::vector<MeasureValues> measures_scratch_;  // a pass's measures; guarded by store_mu_

  std::mutex state_mu_;  // current_, overrides_, scored_day_
  std::unordered_map<long long, Current> current_;
  std::unordered_map<long long, HealthOverride> overrides_;  // open, by account
  std::set<long long> dirty_;  // accounts whose usage changed since the last pass; wake_mu_
  Date scored_day_;

  std::mutex store_mu_;  // one scoring-and-storing at a time
  // Today's usage of every account, guarded by store_mu_: read once for the portfolio (the
  // rollups' unions of 30, 28 and 90 days of people are most of a rescoring's cost), then kept
  // up to date account by account as their usage changes; read again after a reload.
  std::optional<events::HealthUsageDay> usage_;
  std::atomic<bool> usage_stale_{true};
  long long audit_seen_ = 0;
  std::atomic<long long> passes_{0};
  RescoringStats rescoring_;
  bool leading_ = true;  // this process wrote the scores at the last pass (watcher thread only)
  std::atomic<bool> stop_{false};
  std::condition_variable wake_;
  std::mutex wake_mu_;
  bool woken_ = false;  // a change arrived since the last wait; guarded by wake_mu_
  std::thread watcher_;
};

nlohmann::json ToJson(const BacktestResult& r);
nlohmann::json ToJson(const Distribution& d);

}  // namespace banso::health
