#include "revenue/closed_period_store.h"

#include <cstdlib>

#include "core/error.h"
#include "revenue/revenue_movement_store.h"
#include "revenue/revenue_settings_store.h"
#include "store/statement.h"

namespace banso::revenue {
namespace {

using FiguresByCurrency = std::map<std::string, PeriodFigures>;

nlohmann::json ToJson(const FiguresByCurrency& figures) {
  nlohmann::json j = nlohmann::json::object();
  for (const auto& [currency, f] : figures) j[currency] = ToJson(f);
  return j;
}

PeriodFigures InReportingCurrency(const FiguresByCurrency& figures, const PeriodRates& rates,
                                  int month) {
  PeriodFigures out;
  for (const auto& [currency, f] : figures) AddConverted(out, f, rates.Factor(currency, month));
  return out;
}

// The stored figures of closed months from `first` on.
std::map<int, FiguresByCurrency> StoredFigures(soci::session& sql, int first) {
  std::map<int, FiguresByCurrency> out;
  std::string month, text;
  std::string from = MonthText(first);
  soci::statement st = (sql.prepare << "SELECT month, figures FROM revenue_closed_months WHERE "
                                       "month >= :m ORDER BY month",
                        soci::use(from), soci::into(month), soci::into(text));
  store::ForEachRow(st, [&] {
    FiguresByCurrency& figures = out[*ParseMonth(month)];
    nlohmann::json parsed = nlohmann::json::parse(text);
    for (const auto& [currency, f] : parsed.items()) figures[currency] = PeriodFiguresFromJson(f);
  });
  return out;
}

void StoreFigures(store::Tx& tx, int month, const FiguresByCurrency& figures, bool exists) {
  std::string text = ToJson(figures).dump(), m = MonthText(month);
  long long now = Timestamp::Now().ms;
  if (exists)
    tx.sql() << "UPDATE revenue_closed_months SET figures = :f WHERE month = :m", soci::use(text),
        soci::use(m);
  else
    tx.sql() << "INSERT INTO revenue_closed_months (month, closed_at, figures) VALUES (:m, :t, :f)",
        soci::use(m), soci::use(now), soci::use(text);
}

bool SameMovement(const RevenueMovement& a, const RevenueMovement& b) {
  return a.date == b.date && a.kind == b.kind && a.mrr_delta_minor == b.mrr_delta_minor &&
         a.currency == b.currency;
}

// The first month where the two histories differ; nullopt when they do not.
std::optional<int> FirstDifference(const std::vector<RevenueMovement>& a,
                                   const std::vector<RevenueMovement>& b) {
  size_t i = 0;
  while (i < a.size() && i < b.size() && SameMovement(a[i], b[i])) ++i;
  if (i == a.size() && i == b.size()) return std::nullopt;
  if (i == a.size()) return MonthNumber(b[i].date);
  if (i == b.size()) return MonthNumber(a[i].date);
  return MonthNumber(std::min(a[i].date, b[i].date));
}

const std::vector<RevenueMovement>& Of(const MovementsByAccount& by, long long account) {
  static const std::vector<RevenueMovement> kNone;
  auto it = by.find(account);
  return it == by.end() ? kNone : it->second;
}

}  // namespace

nlohmann::json ToJson(const Restatement& r) {
  auto value = [](const std::optional<double>& v) { return v ? nlohmann::json(*v) : nullptr; };
  return {{"id", r.id},
          {"month", r.month},
          {"metric", r.metric},
          {"old_value", value(r.old_value)},
          {"new_value", value(r.new_value)},
          {"currency", r.quote},
          {"actor_id", r.actor_id ? nlohmann::json(r.actor_id->value) : nullptr},
          {"actor", r.actor_label},
          {"at", r.at.ToString()}};
}

std::optional<double> PeriodRates::Factor(const std::string& currency, int month) const {
  if (currency == reporting_currency) return 1.0;
  if (Closed(month))
    if (auto it = frozen.find({month, currency}); it != frozen.end()) return it->second;
  return ConversionFactor(live, currency, reporting_currency, MonthText(month));
}

int ClosedPeriodStore::DueThrough(Date today, int grace_days) {
  return MonthNumber(today.AddDays(-grace_days)) - 1;
}

std::optional<int> ClosedPeriodStore::ClosedThrough(soci::session& sql) {
  std::string month;
  soci::indicator ind;
  sql << "SELECT MAX(month) FROM revenue_closed_months", soci::into(month, ind);
  if (ind != soci::i_ok) return std::nullopt;
  return ParseMonth(month);
}

PeriodRates ClosedPeriodStore::LoadRates(soci::session& sql) {
  PeriodRates rates;
  sql << "SELECT reporting_currency FROM revenue_settings WHERE id = 1",
      soci::into(rates.reporting_currency);
  std::string month, currency, rate;
  soci::statement live =
      (sql.prepare << "SELECT month, currency, rate FROM fx_rates WHERE quote = :q",
       soci::use(rates.reporting_currency), soci::into(month), soci::into(currency),
       soci::into(rate));
  store::ForEachRow(live,
                    [&] { rates.live[currency][month] = std::strtod(rate.c_str(), nullptr); });
  soci::statement frozen =
      (sql.prepare << "SELECT month, currency, rate FROM revenue_closed_rates WHERE quote = :q",
       soci::use(rates.reporting_currency), soci::into(month), soci::into(currency),
       soci::into(rate));
  store::ForEachRow(frozen, [&] {
    RateTable one{{currency, {{month, std::strtod(rate.c_str(), nullptr)}}}};
    if (auto f = ConversionFactor(one, currency, rates.reporting_currency, month))
      rates.frozen[{*ParseMonth(month), currency}] = *f;
  });
  rates.closed_through = ClosedThrough(sql);
  return rates;
}

void ClosedPeriodStore::CloseDueIn(store::Tx& tx, Date today) {
  const int due = DueThrough(today, RevenueSettingsStore::In(tx).churn_grace_days);
  std::optional<int> through = ClosedThrough(tx.sql());
  if (through && *through >= due) return;
  // Writers that find the same month due close it one at a time: the settings row's lock
  // (PostgreSQL; SQLite runs one writer anyway) holds the others until the first commits, and
  // they then read its closure (read committed) instead of inserting the month twice.
  tx.sql() << "UPDATE revenue_settings SET id = id WHERE id = 1";
  through = ClosedThrough(tx.sql());
  if (through && *through >= due) return;
  MovementsByAccount all = RevenueMovementStore::ByAccount(tx.sql(), std::nullopt);
  if (all.empty() && !through) return;  // nothing to close before the first revenue
  int first = due;
  if (through) {
    first = *through + 1;
  } else {
    for (const auto& [account, movements] : all)
      if (!movements.empty()) first = std::min(first, MonthNumber(movements.front().date));
  }
  std::map<int, FiguresByCurrency> figures;
  for (int month = first; month <= due; ++month) figures[month];  // a row for every month
  for (const auto& [account, movements] : all) {
    if (movements.empty()) continue;
    for (int month = std::max(first, MonthNumber(movements.front().date)); month <= due; ++month) {
      PeriodFigures f = AccountFigures(movements, month, month);
      if (f != PeriodFigures()) figures[month][movements.front().currency] += f;
    }
  }
  for (const auto& [month, by_currency] : figures) StoreFigures(tx, month, by_currency, false);
  FreezeMissingRatesIn(tx);
}

void ClosedPeriodStore::FreezeMissingRatesIn(store::Tx& tx) {
  PeriodRates rates = LoadRates(tx.sql());
  if (!rates.closed_through) return;
  // The rate texts as entered, by currency and month.
  std::map<std::string, std::map<std::string, std::string>> texts;
  std::string month, currency, rate;
  soci::statement st = (tx.sql().prepare << "SELECT month, currency, rate FROM fx_rates WHERE "
                                            "quote = :q",
                        soci::use(rates.reporting_currency), soci::into(month),
                        soci::into(currency), soci::into(rate));
  store::ForEachRow(st, [&] { texts[currency][month] = rate; });
  for (const auto& [m, figures] : StoredFigures(tx.sql(), 0)) {
    for (const auto& [cur, f] : figures) {
      if (cur == rates.reporting_currency || rates.frozen.count({m, cur})) continue;
      auto& by_month = texts[cur];
      auto latest = by_month.upper_bound(MonthText(m));
      if (latest == by_month.begin()) continue;  // still missing
      --latest;
      std::string text = MonthText(m), c = cur, quote = rates.reporting_currency;
      std::string rate_text = latest->second, rate_month = latest->first;
      tx.sql() << "INSERT INTO revenue_closed_rates (month, currency, quote, rate, rate_month) "
                  "VALUES (:m, :c, :q, :r, :rm)",
          soci::use(text), soci::use(c), soci::use(quote), soci::use(rate_text),
          soci::use(rate_month);
    }
  }
}

void ClosedPeriodStore::RestateIn(store::Tx& tx, const auth::Actor& actor,
                                  const MovementsByAccount& before,
                                  const MovementsByAccount& after) {
  std::optional<int> through = ClosedThrough(tx.sql());
  if (!through) return;
  // Each closed month's change: what the accounts give now less what they gave.
  std::map<int, FiguresByCurrency> changes;
  std::vector<long long> accounts;
  for (const auto& [a, m] : before) accounts.push_back(a);
  for (const auto& [a, m] : after) accounts.push_back(a);
  std::sort(accounts.begin(), accounts.end());
  accounts.erase(std::unique(accounts.begin(), accounts.end()), accounts.end());
  for (long long account : accounts) {
    const auto &old_moves = Of(before, account), &new_moves = Of(after, account);
    auto first = FirstDifference(old_moves, new_moves);
    if (!first || *first > *through) continue;
    const std::string& currency = (new_moves.empty() ? old_moves : new_moves).front().currency;
    for (int month = *first; month <= *through; ++month) {
      PeriodFigures change = AccountFigures(new_moves, month, month);
      change -= AccountFigures(old_moves, month, month);
      if (change != PeriodFigures()) changes[month][currency] += change;
    }
  }
  if (changes.empty()) return;
  PeriodRates rates = LoadRates(tx.sql());
  std::map<int, FiguresByCurrency> stored = StoredFigures(tx.sql(), changes.begin()->first);
  long long now = Timestamp::Now().ms;
  std::optional<long long> actor_id;
  if (actor.user.valid()) actor_id = actor.user.value;
  for (const auto& [month, change] : changes) {
    bool exists = stored.count(month) > 0;
    FiguresByCurrency figures = stored[month];
    PeriodFigures old_total = InReportingCurrency(figures, rates, month);
    for (const auto& [currency, f] : change) figures[currency] += f;
    PeriodFigures new_total = InReportingCurrency(figures, rates, month);
    auto old_named = NamedFigures(old_total), new_named = NamedFigures(new_total);
    for (size_t i = 0; i < old_named.size(); ++i) {
      if (old_named[i].second == new_named[i].second) continue;
      store::Query q(
          "INSERT INTO revenue_restatements (month, metric, old_value, new_value, quote, "
          "actor_id, actor_label, created_at) VALUES (");
      q.Bind(MonthText(month)) << ", ";
      q.Bind(old_named[i].first) << ", ";
      q.Bind(old_named[i].second) << ", ";
      q.Bind(new_named[i].second) << ", ";
      q.Bind(rates.reporting_currency) << ", ";
      q.Bind(actor_id) << ", ";
      q.Bind(actor.label) << ", ";
      q.Bind(now) << ")";
      q.Execute(tx.sql());
    }
    StoreFigures(tx, month, figures, exists);
  }
  FreezeMissingRatesIn(tx);
}

std::vector<Restatement> ClosedPeriodStore::Restatements(int limit, std::optional<int> month) {
  if (limit < 1 || limit > 500) throw Invalid("limit", "must be 1 to 500");
  store::Session sql(db_.pool());
  store::Query q(
      "SELECT id, month, metric, old_value, new_value, quote, actor_id, actor_label, created_at "
      "FROM revenue_restatements");
  if (month) q << " WHERE month = ", q.Bind(MonthText(*month));
  q << " ORDER BY created_at DESC, id DESC LIMIT ";
  q.Bind(limit);
  soci::statement st = q.Prepare(sql);
  Restatement r;
  double old_value = 0, new_value = 0;
  long long actor = 0;
  soci::indicator old_i, new_i, actor_i;
  st.exchange(soci::into(r.id));
  st.exchange(soci::into(r.month));
  st.exchange(soci::into(r.metric));
  st.exchange(soci::into(old_value, old_i));
  st.exchange(soci::into(new_value, new_i));
  st.exchange(soci::into(r.quote));
  st.exchange(soci::into(actor, actor_i));
  st.exchange(soci::into(r.actor_label));
  st.exchange(soci::into(r.at.ms));
  std::vector<Restatement> out;
  store::ForEachRow(st, [&] {
    out.push_back(r);
    if (old_i == soci::i_ok) out.back().old_value = old_value;
    if (new_i == soci::i_ok) out.back().new_value = new_value;
    if (actor_i == soci::i_ok) out.back().actor_id = UserId(actor);
  });
  return out;
}

}  // namespace banso::revenue
