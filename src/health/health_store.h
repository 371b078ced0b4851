#pragma once
// Health scores in the database: each account's current score and ledger, its daily
// snapshots, the overrides set by hand and the feed of band changes. The scoring engine
// (health/health_engine.h) writes them; the API reads them.
//
// Thread safety: shareable by all threads (the sparkline's kept points are under a mutex).
#include <nlohmann/json.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "auth/actor.h"
#include "core/date.h"
#include "core/ids.h"
#include "customers/timeline.h"
#include "health/scorecard.h"
#include "store/database.h"

namespace banso::health {

struct StoredScore {
  AccountId account;
  std::optional<double> score;
  std::optional<Band> band;
  long long scorecard_id = 0;
  long long scorecard_version = 0;
  nlohmann::json contributions = nlohmann::json::array();
  Timestamp computed_at;
  std::optional<Band> shown;  // the band shown (an override's): written to accounts.health_band
};

struct HealthOverride {
  long long id = 0;
  AccountId account;
  Band band = Band::kYellow;
  std::string reason;
  Timestamp expires_at;
  Timestamp created_at;
  std::string created_by;
  std::optional<Timestamp> ended_at;
  bool ActiveAt(Timestamp t) const { return !ended_at && expires_at > t; }
};

// What moved a band: the cause (a new score, an override set, an override ended or expired)
// and the measures whose points moved most.
enum class BandChangeCause { kScore, kOverride, kOverrideEnded };

struct BandChange {
  long long id = 0;
  AccountId account;
  std::optional<Band> from, to;
  Timestamp at;
  BandChangeCause cause = BandChangeCause::kScore;
  std::optional<double> score;
  nlohmann::json moved_by = nlohmann::json::array();  // [{measure, points_before, points}]
};

struct Snapshot {
  Date day;
  std::optional<double> score;
  std::optional<Band> band;
};

class HealthStore {
 public:
  explicit HealthStore(store::Database& db) : db_(db) {}

  // Every current score (the engine's start).
  std::vector<StoredScore> Scores();
  std::optional<StoredScore> ScoreOf(AccountId account);
  // Writes new scores (and today's snapshot of each) and band changes in one transaction.
  void Save(const std::vector<StoredScore>& scores, const std::vector<BandChange>& changes,
            Date today);
  // Snapshots for any days (the history backfill); replaces those present.
  void SaveSnapshots(const std::vector<std::pair<AccountId, Snapshot>>& snapshots);
  std::vector<Snapshot> Snapshots(AccountId account, Date from, Date to);
  // For a page of accounts: each one's score on `points` days `step` days apart, ending on
  // `to` (the latest snapshot on or before each day; null before the first): the sparkline.
  // Only a backfill writes days before today, so the points before `to` are read once an account
  // and kept until `to` moves or a backfill in this process (one by another process shows the
  // next day); the point on `to` is kept while the database's change mark stands.
  std::unordered_map<long long, std::vector<std::optional<double>>> Trends(
      const std::vector<AccountId>& accounts, Date to, int points, int step);

  // The overrides not ended (expired ones included: the engine ends their effect).
  std::vector<HealthOverride> OpenOverrides();
  std::vector<HealthOverride> Overrides(AccountId account);  // newest first
  // Invalid("reason") when empty, Invalid("expires_at") unless after now. Ends the open one.
  HealthOverride SetOverride(const auth::Actor& actor, AccountId account, Band band,
                             std::string reason, Timestamp expires_at, Timestamp now);
  // NotFound when the account has no override in force.
  HealthOverride EndOverride(const auth::Actor& actor, AccountId account, Timestamp now);

  // Accounts per (tier, band shown now), overrides in force included; "" for no score.
  std::map<std::pair<std::string, std::string>, long long> BandsByTier(Timestamp now);
  // Band changes at or after `since`, oldest first, at most `limit`; after_id breaks ties.
  std::vector<BandChange> Changes(Timestamp since, long long after_id, int limit);
  std::vector<BandChange> ChangesOf(AccountId account, int limit);  // newest first
  // Band changes on the account timeline ("health_band_change").
  static std::unique_ptr<customers::TimelineSource> TimelineSource();

 private:
  store::Database& db_;
  std::mutex trend_mu_;
  std::vector<long long> trend_days_;  // the days trend_past_ answers: points before `to`, to - 1
  std::unordered_map<long long, std::vector<std::optional<double>>> trend_past_;  // by account
  std::optional<std::string> trend_mark_;  // the change mark trend_on_to_ was read under
  // The point on `to` by account: the score (nullopt inside: none), nullopt: no snapshot.
  std::unordered_map<long long, std::optional<std::optional<double>>> trend_on_to_;
};

nlohmann::json ToJson(const HealthOverride& o, Timestamp now);
nlohmann::json ToJson(const BandChange& c);

}  // namespace banso::health

namespace banso {
template <>
inline constexpr auto kEnumNames<health::BandChangeCause> =
    std::to_array<EnumName<health::BandChangeCause>>({
        {health::BandChangeCause::kScore, "score"},
        {health::BandChangeCause::kOverride, "override"},
        {health::BandChangeCause::kOverrideEnded, "override_ended"},
    });
}  // namespace banso
