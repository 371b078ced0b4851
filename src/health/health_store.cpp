#include "health/health_store.h"

#include <algorithm>
#include <cmath>

#include "auth/audit_log.h"
#include "core/error.h"
#include "core/text.h"
#include "customers/account.h"
#include "store/batches.h"
#include "store/statement.h"

namespace banso::health {
namespace {

// Stored forms: no score is -1, no band ''.
double ScoreColumn(std::optional<double> s) { return s.value_or(-1); }
std::optional<double> ScoreFromColumn(double v) { return v < 0 ? std::nullopt : std::optional(v); }
std::string BandColumn(std::optional<Band> b) { return b ? std::string(EnumToString(*b)) : ""; }
std::optional<Band> BandOf(const std::string& s) { return EnumFromString<Band>(s); }

std::vector<StoredScore> LoadScores(store::Tx& tx, std::optional<AccountId> only) {
  store::Query q(
      "SELECT h.account_id, h.score, h.band, h.scorecard_id, h.scorecard_version, "
      "h.contributions, h.computed_at, a.health_band FROM health_scores h JOIN accounts a ON a.id "
      "= h.account_id");
  if (only) q << " WHERE h.account_id = ", q.Bind(only->value);
  soci::statement st = q.Prepare(tx.sql());
  long long account = 0;
  double score = 0;
  std::string band, contributions, shown;
  StoredScore s;
  st.exchange(soci::into(account));
  st.exchange(soci::into(score));
  st.exchange(soci::into(band));
  st.exchange(soci::into(s.scorecard_id));
  st.exchange(soci::into(s.scorecard_version));
  st.exchange(soci::into(contributions));
  st.exchange(soci::into(s.computed_at.ms));
  st.exchange(soci::into(shown));
  std::vector<StoredScore> out;
  store::ForEachRow(st, [&] {
    StoredScore row = s;
    row.account = AccountId(account);
    row.score = ScoreFromColumn(score);
    row.band = BandOf(band);
    row.shown = BandOf(shown);
    row.contributions = nlohmann::json::parse(contributions, nullptr, false);
    out.push_back(std::move(row));
  });
  return out;
}

std::vector<HealthOverride> LoadOverrides(store::Tx& tx, const std::string& where) {
  store::Query q(
      "SELECT id, account_id, band, reason, expires_at, created_at, created_by, ended_at FROM "
      "health_overrides WHERE " +
      where + " ORDER BY id DESC");
  soci::statement st = q.Prepare(tx.sql());
  HealthOverride o;
  long long account = 0, ended = 0;
  std::string band;
  soci::indicator ended_i;
  st.exchange(soci::into(o.id));
  st.exchange(soci::into(account));
  st.exchange(soci::into(band));
  st.exchange(soci::into(o.reason));
  st.exchange(soci::into(o.expires_at.ms));
  st.exchange(soci::into(o.created_at.ms));
  st.exchange(soci::into(o.created_by));
  st.exchange(soci::into(ended, ended_i));
  std::vector<HealthOverride> out;
  store::ForEachRow(st, [&] {
    HealthOverride row = o;
    row.account = AccountId(account);
    row.band = BandOf(band).value_or(Band::kYellow);
    if (ended_i == soci::i_ok) row.ended_at = Timestamp{ended};
    out.push_back(std::move(row));
  });
  return out;
}

void InsertChanges(store::Tx& tx, const std::vector<BandChange>& changes) {
  for (const auto& c : changes) {
    store::Query q(
        "INSERT INTO health_band_changes (account_id, from_band, to_band, at, cause, score, "
        "moved_by) VALUES (");
    q.Bind(c.account.value) << ", ";
    q.Bind(BandColumn(c.from)) << ", ";
    q.Bind(BandColumn(c.to)) << ", ";
    q.Bind(c.at.ms) << ", ";
    q.Bind(std::string(EnumToString(c.cause))) << ", ";
    q.Bind(ScoreColumn(c.score)) << ", ";
    q.Bind(c.moved_by.dump()) << ")";
    q.Execute(tx.sql());
  }
}

std::vector<BandChange> LoadChanges(store::Query& q, soci::session& sql) {
  soci::statement st = q.Prepare(sql);
  BandChange c;
  long long account = 0;
  double score = 0;
  std::string from, to, cause, moved_by;
  st.exchange(soci::into(c.id));
  st.exchange(soci::into(account));
  st.exchange(soci::into(from));
  st.exchange(soci::into(to));
  st.exchange(soci::into(c.at.ms));
  st.exchange(soci::into(cause));
  st.exchange(soci::into(score));
  st.exchange(soci::into(moved_by));
  std::vector<BandChange> out;
  store::ForEachRow(st, [&] {
    BandChange row = c;
    row.account = AccountId(account);
    row.from = BandOf(from);
    row.to = BandOf(to);
    row.cause = EnumFromString<BandChangeCause>(cause).value_or(BandChangeCause::kScore);
    row.score = ScoreFromColumn(score);
    row.moved_by = nlohmann::json::parse(moved_by, nullptr, false);
    out.push_back(std::move(row));
  });
  return out;
}

void SetListBand(store::Tx& tx, AccountId account, std::optional<Band> band) {
  const std::string text = BandColumn(band);
  tx.sql() << "UPDATE accounts SET health_band = :b WHERE id = :a", soci::use(text),
      soci::use(account.value);
}

constexpr const char* kChangeColumns =
    "SELECT id, account_id, from_band, to_band, at, cause, score, moved_by FROM "
    "health_band_changes WHERE ";

// A band change shows on the timeline when it happened.
class BandChangeTimeline : public customers::TimelineSource {
 public:
  std::vector<customers::TimelineEntry> Entries(
      soci::session& sql, AccountId account,
      const std::optional<customers::TimelinePosition>& after, int limit) override {
    store::Query q(std::string(kChangeColumns) + "account_id = ");
    q.Bind(account.value);
    customers::AppendTimelineKeyset(q, "at", "id", "health_band_change", after, limit);
    std::vector<customers::TimelineEntry> out;
    for (const BandChange& c : LoadChanges(q, sql))
      out.push_back({"health_band_change", c.at, c.id, ToJson(c)});
    return out;
  }
};

}  // namespace

std::unique_ptr<customers::TimelineSource> HealthStore::TimelineSource() {
  return std::make_unique<BandChangeTimeline>();
}

std::vector<StoredScore> HealthStore::Scores() {
  return db_.Read([&](store::Tx& tx) { return LoadScores(tx, std::nullopt); });
}

std::optional<StoredScore> HealthStore::ScoreOf(AccountId account) {
  auto found = db_.Read([&](store::Tx& tx) { return LoadScores(tx, account); });
  if (found.empty()) return std::nullopt;
  return found.front();
}

void HealthStore::Save(const std::vector<StoredScore>& scores,
                       const std::vector<BandChange>& changes, Date today) {
  struct Row {
    long long account, scorecard_id, scorecard_version, computed_at, day, tenths;
    double score;
    std::string band, contributions, shown;
  };
  std::vector<Row> rows;
  rows.reserve(scores.size());
  for (const auto& s : scores)
    rows.push_back({s.account.value, s.scorecard_id, s.scorecard_version, s.computed_at.ms,
                    static_cast<long long>(today.days()),
                    s.score ? std::llround(*s.score * 10) : customers::Account::kNoHealthScore,
                    ScoreColumn(s.score), BandColumn(s.band), s.contributions.dump(),
                    BandColumn(s.shown)});
  // In id order, the order other writers of many accounts lock them in (no deadlock).
  std::sort(rows.begin(), rows.end(),
            [](const Row& a, const Row& b) { return a.account < b.account; });
  db_.Transact([&](store::Tx& tx) {
    store::WriteColumns(
        tx.sql(),
        "INSERT INTO health_scores (account_id, score, band, scorecard_id, scorecard_version, "
        "contributions, computed_at) VALUES (:a, :s, :b, :i, :v, :c, :t) ON CONFLICT "
        "(account_id) DO UPDATE SET score = excluded.score, band = excluded.band, scorecard_id = "
        "excluded.scorecard_id, scorecard_version = excluded.scorecard_version, contributions = "
        "excluded.contributions, computed_at = excluded.computed_at",
        rows, 500, &Row::account, &Row::score, &Row::band, &Row::scorecard_id,
        &Row::scorecard_version, &Row::contributions, &Row::computed_at);
    store::WriteColumns(tx.sql(),
                        "INSERT INTO health_snapshots (account_id, day, score, band) VALUES (:a, "
                        ":d, :s, :b) ON CONFLICT (account_id, day) DO UPDATE SET score = "
                        "excluded.score, band = excluded.band",
                        rows, 500, &Row::account, &Row::day, &Row::score, &Row::band);
    // The list's copy (customers/account.h); only when it differs, so an unchanged account's
    // row is not rewritten.
    store::WriteColumns(tx.sql(),
                        "UPDATE accounts SET health_score_tenths = :t, health_band = :b WHERE id "
                        "= :a AND (health_score_tenths <> :t2 OR health_band <> :b2)",
                        rows, 500, &Row::tenths, &Row::shown, &Row::account, &Row::tenths,
                        &Row::shown);
    InsertChanges(tx, changes);
  });
  // Written on a day before the list's `to` (a pass that began before midnight): the kept
  // day-before point may be older.
  std::lock_guard lock(trend_mu_);
  for (const auto& r : rows) trend_past_.erase(r.account);
}

void HealthStore::SaveSnapshots(const std::vector<std::pair<AccountId, Snapshot>>& snapshots) {
  struct Row {
    long long account, day;
    double score;
    std::string band;
  };
  std::vector<Row> rows;
  rows.reserve(snapshots.size());
  for (const auto& [account, s] : snapshots)
    rows.push_back({account.value, static_cast<long long>(s.day.days()), ScoreColumn(s.score),
                    BandColumn(s.band)});
  db_.Transact([&](store::Tx& tx) {
    store::WriteColumns(tx.sql(),
                        "INSERT INTO health_snapshots (account_id, day, score, band) VALUES (:a, "
                        ":d, :s, :b) ON CONFLICT (account_id, day) DO UPDATE SET score = "
                        "excluded.score, band = excluded.band",
                        rows, 500, &Row::account, &Row::day, &Row::score, &Row::band);
  });
  std::lock_guard lock(trend_mu_);
  trend_past_.clear();
}

std::vector<Snapshot> HealthStore::Snapshots(AccountId account, Date from, Date to) {
  return db_.Read([&](store::Tx& tx) {
    store::Query q("SELECT day, score, band FROM health_snapshots WHERE account_id = ");
    q.Bind(account.value) << " AND day >= ";
    q.Bind(from.days()) << " AND day <= ";
    q.Bind(to.days()) << " ORDER BY day";
    soci::statement st = q.Prepare(tx.sql());
    long long day = 0;
    double score = 0;
    std::string band;
    st.exchange(soci::into(day));
    st.exchange(soci::into(score));
    st.exchange(soci::into(band));
    std::vector<Snapshot> out;
    store::ForEachRow(st, [&] {
      out.push_back({Date::FromDays(static_cast<int>(day)), ScoreFromColumn(score), BandOf(band)});
    });
    return out;
  });
}

namespace {

using Lines = std::unordered_map<long long, std::vector<std::optional<double>>>;

// Each account's latest snapshot on or before each of `days` (ascending), from a week before
// the first; accounts with no snapshot there are left out.
Lines ReadPoints(store::Tx& tx, std::span<const AccountId> accounts,
                 const std::vector<long long>& days) {
  Lines out;
  // Points a snapshot answered, by account: a snapshot without a score (a former customer's)
  // answers its point too.
  std::unordered_map<long long, size_t> answered;
  auto read = [&](std::span<const AccountId> some, bool only_points) {
    store::Query q("SELECT account_id, day, score FROM health_snapshots WHERE account_id IN ");
    store::AppendInList(q, some, [](AccountId a) { return a.value; });
    if (only_points) {
      q << " AND day IN ";
      store::AppendInList(q, std::span<const long long>(days), [](long long d) { return d; });
    } else {
      q << " AND day >= ";
      q.Bind(days.front() - 7) << " AND day <= ";
      q.Bind(days.back());
    }
    q << " ORDER BY account_id, day";
    soci::statement st = q.Prepare(tx.sql());
    long long account = 0, day = 0;
    double score = 0;
    st.exchange(soci::into(account));
    st.exchange(soci::into(day));
    st.exchange(soci::into(score));
    store::ForEachRow(st, [&] {
      auto& line = out[account];
      if (line.empty()) line.assign(days.size(), std::nullopt);
      // Each snapshot holds for every point from its day until a later one replaces it.
      for (size_t i = 0; i < days.size(); ++i)
        if (only_points ? days[i] == day : days[i] >= day) line[i] = ScoreFromColumn(score);
      if (only_points) ++answered[account];
    });
  };
  // Snapshots are daily, so the points' own days nearly always answer (12 rows an account, not
  // 90); an account missing one reads its whole window.
  read(accounts, true);
  std::vector<AccountId> gaps;
  for (AccountId a : accounts)
    if (answered[a.value] < days.size()) {
      out.erase(a.value);
      gaps.push_back(a);
    }
  if (!gaps.empty()) read(gaps, false);
  return out;
}

}  // namespace

Lines HealthStore::Trends(const std::vector<AccountId>& accounts, Date to, int points, int step) {
  Lines out;
  if (accounts.empty()) return out;
  // The points before `to`, and the day before it (for a `to` without its own snapshot yet).
  std::vector<long long> days;
  const Date from = to.AddDays(-(points - 1) * step);
  for (int i = 0; i + 1 < points; ++i) days.push_back(from.AddDays(i * step).days());
  days.push_back(to.days() - 1);
  // Taken before reading: what is read below is at least as new as the mark.
  const auto mark = [&] {
    store::Session sql(db_.pool());
    return db_.ChangeMark(sql);
  }();
  Lines past;                                                  // by account; empty: no snapshot
  std::unordered_map<long long, std::optional<double>> on_to;  // only accounts with one
  std::vector<AccountId> past_misses, to_misses;
  {
    std::lock_guard lock(trend_mu_);
    if (trend_days_ != days) {
      trend_days_ = days;
      trend_past_.clear();
    }
    if (!mark || trend_mark_ != mark) {
      trend_mark_ = mark;
      trend_on_to_.clear();
    }
    for (AccountId a : accounts) {
      if (auto it = trend_past_.find(a.value); it != trend_past_.end())
        past[a.value] = it->second;
      else
        past_misses.push_back(a);
      if (auto it = trend_on_to_.find(a.value); it == trend_on_to_.end())
        to_misses.push_back(a);
      else if (it->second)
        on_to[a.value] = *it->second;
    }
  }
  if (!past_misses.empty() || !to_misses.empty())
    db_.Read([&](store::Tx& tx) {
      if (!past_misses.empty()) past.merge(ReadPoints(tx, past_misses, days));
      if (to_misses.empty()) return;
      // A range, not `day =`: on a unique (account, day) lookup SQLite prefers the primary key
      // and then reads each row from the table; the range takes the covering index.
      store::Query q("SELECT account_id, score FROM health_snapshots WHERE day >= ");
      q.Bind(to.days()) << " AND day <= ";
      q.Bind(to.days()) << " AND account_id IN ";
      store::AppendInList(q, std::span<const AccountId>(to_misses),
                          [](AccountId a) { return a.value; });
      soci::statement st = q.Prepare(tx.sql());
      long long account = 0;
      double score = 0;
      st.exchange(soci::into(account));
      st.exchange(soci::into(score));
      store::ForEachRow(st, [&] { on_to[account] = ScoreFromColumn(score); });
    });
  {
    std::lock_guard lock(trend_mu_);
    if (trend_days_ == days)
      for (AccountId a : past_misses) trend_past_[a.value] = past[a.value];
    if (mark && trend_mark_ == mark)
      for (AccountId a : to_misses) {
        auto& kept = trend_on_to_[a.value];
        if (auto it = on_to.find(a.value); it != on_to.end()) kept.emplace(it->second);
      }
  }
  for (AccountId a : accounts) {
    const auto& before = past[a.value];
    auto today = on_to.find(a.value);
    if (before.empty() && today == on_to.end()) continue;
    auto& line = out[a.value];
    line.assign(static_cast<size_t>(points), std::nullopt);
    std::copy(before.begin(), before.end(), line.begin());
    if (today != on_to.end()) line.back() = today->second;
  }
  return out;
}

std::vector<HealthOverride> HealthStore::OpenOverrides() {
  return db_.Read([&](store::Tx& tx) { return LoadOverrides(tx, "ended_at IS NULL"); });
}

std::vector<HealthOverride> HealthStore::Overrides(AccountId account) {
  return db_.Read([&](store::Tx& tx) {
    return LoadOverrides(tx, "account_id = " + std::to_string(account.value));
  });
}

HealthOverride HealthStore::SetOverride(const auth::Actor& actor, AccountId account, Band band,
                                        std::string reason, Timestamp expires_at, Timestamp now) {
  if (TrimAscii(reason).empty()) throw Invalid("reason", "is required");
  if (CodePointCount(reason) > 2000) throw Invalid("reason", "must be at most 2000 characters");
  if (expires_at <= now) throw Invalid("expires_at", "must be in the future");
  return db_.Transact([&](store::Tx& tx) {
    long long exists = 0;
    tx.sql() << "SELECT COUNT(*) FROM accounts WHERE id = :a", soci::use(account.value),
        soci::into(exists);
    if (!exists) throw NotFound("no account with id " + std::to_string(account.value));
    auto open =
        LoadOverrides(tx, "ended_at IS NULL AND account_id = " + std::to_string(account.value));
    auto scores = LoadScores(tx, account);
    std::optional<Band> shown = scores.empty() ? std::nullopt : scores.front().band;
    for (const auto& o : open)
      if (o.ActiveAt(now)) shown = o.band;
    tx.sql() << "UPDATE health_overrides SET ended_at = :t WHERE account_id = :a AND ended_at IS "
                "NULL",
        soci::use(now.ms), soci::use(account.value);
    store::Query q(
        "INSERT INTO health_overrides (account_id, band, reason, expires_at, created_at, "
        "created_by) VALUES (");
    q.Bind(account.value) << ", ";
    q.Bind(std::string(EnumToString(band))) << ", ";
    q.Bind(reason) << ", ";
    q.Bind(expires_at.ms) << ", ";
    q.Bind(now.ms) << ", ";
    q.Bind(actor.label) << ")";
    q.Execute(tx.sql());
    HealthOverride made = LoadOverrides(tx, "account_id = " + std::to_string(account.value))[0];
    SetListBand(tx, account, band);
    if (shown != band)
      InsertChanges(
          tx, {{0, account, shown, band, now, BandChangeCause::kOverride,
                scores.empty() ? std::nullopt : scores.front().score, nlohmann::json::array()}});
    auth::AuditLog::Record(tx, actor, "override", "health", account.value, nullptr,
                           ToJson(made, now));
    return made;
  });
}

HealthOverride HealthStore::EndOverride(const auth::Actor& actor, AccountId account,
                                        Timestamp now) {
  return db_.Transact([&](store::Tx& tx) {
    auto open =
        LoadOverrides(tx, "ended_at IS NULL AND account_id = " + std::to_string(account.value));
    if (open.empty()) throw NotFound("no such override");
    HealthOverride o = open.front();
    tx.sql() << "UPDATE health_overrides SET ended_at = :t WHERE id = :id", soci::use(now.ms),
        soci::use(o.id);
    o.ended_at = now;
    auto scores = LoadScores(tx, account);
    std::optional<Band> band = scores.empty() ? std::nullopt : scores.front().band;
    SetListBand(tx, account, band);
    if (band != o.band)
      InsertChanges(
          tx, {{0, account, o.band, band, now, BandChangeCause::kOverrideEnded,
                scores.empty() ? std::nullopt : scores.front().score, nlohmann::json::array()}});
    auth::AuditLog::Record(tx, actor, "end_override", "health", account.value, nullptr,
                           ToJson(o, now));
    return o;
  });
}

std::map<std::pair<std::string, std::string>, long long> HealthStore::BandsByTier(Timestamp now) {
  return db_.Read([&](store::Tx& tx) {
    store::Query q(
        "SELECT a.tier, COALESCE(o.band, s.band), COUNT(*) FROM health_scores s JOIN accounts a "
        "ON a.id = s.account_id LEFT JOIN health_overrides o ON o.account_id = s.account_id AND "
        "o.ended_at IS NULL AND o.expires_at > ");
    q.Bind(now.ms) << " GROUP BY a.tier, COALESCE(o.band, s.band)";
    soci::statement st = q.Prepare(tx.sql());
    std::string tier, band;
    long long n = 0;
    st.exchange(soci::into(tier));
    st.exchange(soci::into(band));
    st.exchange(soci::into(n));
    std::map<std::pair<std::string, std::string>, long long> out;
    store::ForEachRow(st, [&] { out[{tier, band}] += n; });
    return out;
  });
}

std::vector<BandChange> HealthStore::Changes(Timestamp since, long long after_id, int limit) {
  return db_.Read([&](store::Tx& tx) {
    store::Query q(std::string(kChangeColumns) + "(at > ");
    q.Bind(since.ms) << " OR (at = ";
    q.Bind(since.ms) << " AND id > ";
    q.Bind(after_id) << ")) ORDER BY at, id LIMIT ";
    q.Bind(limit);
    return LoadChanges(q, tx.sql());
  });
}

std::vector<BandChange> HealthStore::ChangesOf(AccountId account, int limit) {
  return db_.Read([&](store::Tx& tx) {
    store::Query q(std::string(kChangeColumns) + "account_id = ");
    q.Bind(account.value) << " ORDER BY at DESC, id DESC LIMIT ";
    q.Bind(limit);
    return LoadChanges(q, tx.sql());
  });
}

nlohmann::json ToJson(const HealthOverride& o, Timestamp now) {
  return {{"id", o.id},
          {"account_id", o.account.value},
          {"band", EnumToString(o.band)},
          {"reason", o.reason},
          {"expires_at", o.expires_at.ToString()},
          {"created_at", o.created_at.ToString()},
          {"created_by", o.created_by},
          {"ended_at", o.ended_at ? nlohmann::json(o.ended_at->ToString()) : nlohmann::json()},
          {"active", o.ActiveAt(now)}};
}

nlohmann::json ToJson(const BandChange& c) {
  auto band = [](std::optional<Band> b) {
    return b ? nlohmann::json(EnumToString(*b)) : nlohmann::json();
  };
  return {{"id", c.id},
          {"account_id", c.account.value},
          {"from", band(c.from)},
          {"to", band(c.to)},
          {"at", c.at.ToString()},
          {"cause", EnumToString(c.cause)},
          {"score", c.score ? nlohmann::json(*c.score) : nlohmann::json()},
          {"moved_by", c.moved_by}};
}

}  // namespace banso::health
