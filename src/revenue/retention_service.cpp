#include "revenue/retention_service.h"

#include <set>

#include "core/error.h"
#include "customers/account.h"
#include "revenue/ltv.h"
#include "revenue/revenue_movement_store.h"
#include "revenue/revenue_settings_store.h"
#include "store/statement.h"

namespace banso::revenue {
namespace {

constexpr int kMaxMonths = 120;  // ten years

// Text keys, not prose: the console words them in the user's language.
const nlohmann::json& Definitions() {
  static const nlohmann::json kDefinitions = {
      {"cohort", "retention.cohort.accounts_with_mrr_at_period_start"},
      {"nrr", "retention.nrr.cohort_end_mrr_over_start_mrr"},
      {"grr", "retention.grr.cohort_min_of_end_and_start_mrr_over_start_mrr"},
      {"logo_retention", "retention.logo_retention.cohort_accounts_with_mrr_at_end_over_cohort"},
      {"bridge", "retention.bridge.movements_dated_in_period"},
      {"currency", "retention.currency.rates_of_period_first_month_frozen_when_closed"},
  };
  return kDefinitions;
}

nlohmann::json Ratio(std::optional<double> r) { return r ? nlohmann::json(*r) : nullptr; }

// Sums per-currency figures into the reporting currency at the rates of `rate_month`, noting
// the rates that are missing.
PeriodFigures Convert(const std::vector<PeriodFigures>& by_currency,
                      const std::vector<std::string>& currencies, const PeriodRates& rates,
                      int rate_month, std::set<std::pair<std::string, int>>& missing) {
  PeriodFigures out;
  for (size_t c = 0; c < currencies.size(); ++c) {
    std::optional<double> factor = rates.Factor(currencies[c], rate_month);
    const PeriodFigures& f = by_currency[c];
    bool has_money = f.opening_mrr || f.closing_mrr || f.new_mrr || f.expansion || f.contraction ||
                     f.churn || f.reactivation || f.cohort.start_mrr;
    if (!factor && has_money) missing.emplace(currencies[c], rate_month);
    AddConverted(out, f, factor);
  }
  return out;
}

nlohmann::json MissingJson(const std::set<std::pair<std::string, int>>& missing) {
  nlohmann::json out = nlohmann::json::array();
  for (const auto& [currency, month] : missing)
    out.push_back({{"currency", currency}, {"month", MonthText(month)}});
  return out;
}

nlohmann::json FiguresJson(const PeriodFigures& f) {
  const CohortSums& c = f.cohort;
  return {{"opening_mrr", f.opening_mrr},
          {"opening_arr", 12 * f.opening_mrr},
          {"new_mrr", f.new_mrr},
          {"expansion_mrr", f.expansion},
          {"contraction_mrr", f.contraction},
          {"churn_mrr", f.churn},
          {"reactivation_mrr", f.reactivation},
          {"closing_mrr", f.closing_mrr},
          {"closing_arr", 12 * f.closing_mrr},
          {"logos_start", f.logos_start},
          {"logos_new", f.logos_new},
          {"logos_reactivated", f.logos_reactivated},
          {"logos_churned", f.logos_churned},
          {"logos_end", f.logos_end},
          {"cohort",
           {{"start_mrr", c.start_mrr},
            {"end_mrr", c.end_mrr},
            {"retained_mrr", c.retained_mrr},
            {"expansion_mrr", c.expansion},
            {"contraction_mrr", c.contraction},
            {"churn_mrr", c.churn},
            {"logos", c.logos},
            {"logos_retained", c.logos_retained}}},
          {"nrr", Ratio(Nrr(c))},
          {"grr", Ratio(Grr(c))},
          {"logo_retention", Ratio(LogoRetention(c))}};
}

std::string QuarterText(int first) {
  return std::to_string(first / 12) + "-Q" + std::to_string(first % 12 / 3 + 1);
}

int TierIndex(std::optional<int> tier) { return tier.value_or(RetentionLedger::kAnyTier); }

nlohmann::json TierJson(std::optional<int> tier) {
  if (!tier) return nullptr;
  return EnumToString(static_cast<customers::Tier>(*tier));
}

}  // namespace

void RetentionService::ReadTiers(soci::session& sql, long long updated_since) {
  store::Query q("SELECT id, tier, updated_at FROM accounts WHERE updated_at >= ");
  q.Bind(updated_since);
  soci::statement st = q.Prepare(sql);
  long long id = 0, updated = 0;
  std::string tier;
  st.exchange(soci::into(id));
  st.exchange(soci::into(tier));
  st.exchange(soci::into(updated));
  store::ForEachRow(st, [&] {
    auto t = EnumFromString<customers::Tier>(tier).value_or(customers::Tier::kTechTouch);
    ledger_.SetTier(id, static_cast<int>(t));
    seen_accounts_updated_ = std::max(seen_accounts_updated_, updated);
  });
}

void RetentionService::Rebuild(soci::session& sql) {
  ledger_.Clear();
  for (const auto& [account, movements] : RevenueMovementStore::ByAccount(sql, std::nullopt))
    ledger_.Put(account, movements.front().currency, movements);
  seen_accounts_updated_ = 0;
  ReadTiers(sql, 0);
}

PeriodRates RetentionService::Prepare() {
  const Date today = clock_.Today();
  store::Session sql(db_.pool());
  // Months due to close are closed (a write) before their figures are answered.
  long long grace = 0;
  sql << "SELECT churn_grace_days FROM revenue_settings WHERE id = 1", soci::into(grace);
  auto through = ClosedPeriodStore::ClosedThrough(sql);
  if (!through || *through < ClosedPeriodStore::DueThrough(today, static_cast<int>(grace)))
    db_.Transact([&](store::Tx& tx) { ClosedPeriodStore::CloseDueIn(tx, today); });

  std::unique_lock lock(mu_);
  long long newest = RevenueMovementStore::NewestId(sql);
  std::vector<long long> rewritten;
  bool changed = false;
  if (!built_ || !MovementRewrites::Since(seen_rewrite_, rewritten)) {
    seen_rewrite_ = MovementRewrites::Latest();
    Rebuild(sql);
    built_ = changed = true;
  } else if (!rewritten.empty()) {
    std::vector<AccountId> ids(rewritten.begin(), rewritten.end());
    auto movements = RevenueMovementStore::ByAccount(sql, std::span<const AccountId>(ids));
    for (AccountId id : ids) {
      auto it = movements.find(id.value);
      if (it == movements.end())
        ledger_.Put(id.value, "", {});
      else
        ledger_.Put(id.value, it->second.front().currency, it->second);
    }
    ReadTiers(sql, seen_accounts_updated_);
    changed = true;
  } else if (newest != seen_newest_id_) {
    Rebuild(sql);  // another process (or a bulk write) rewrote movements
    changed = true;
  } else {
    long long before = seen_accounts_updated_;
    ReadTiers(sql, seen_accounts_updated_);
    changed = seen_accounts_updated_ != before;
  }
  seen_newest_id_ = newest;
  if (changed) {
    std::lock_guard cache_lock(cache_mu_);
    figures_cache_.clear();
    cohorts_cache_.clear();
  }
  return ClosedPeriodStore::LoadRates(sql);
}

std::vector<std::vector<PeriodFigures>> RetentionService::FiguresOf(
    const std::vector<std::pair<int, int>>& periods, int tier,
    const std::optional<std::vector<long long>>& accounts) {
  if (accounts) return ledger_.Figures(periods, tier, &*accounts);
  auto key = std::make_pair(periods, tier);
  {
    std::lock_guard lock(cache_mu_);
    if (auto it = figures_cache_.find(key); it != figures_cache_.end()) return it->second;
  }
  auto figures = ledger_.Figures(periods, tier);
  std::lock_guard lock(cache_mu_);
  if (figures_cache_.size() > 1'000) figures_cache_.clear();
  figures_cache_[key] = figures;
  return figures;
}

RetentionLedger::CohortRows RetentionService::CohortsOf(
    int months, int through, int tier, const std::optional<std::vector<long long>>& accounts) {
  if (accounts) return ledger_.Cohorts(months, through, tier, &*accounts);
  auto key = std::make_tuple(months, through, tier);
  {
    std::lock_guard lock(cache_mu_);
    if (auto it = cohorts_cache_.find(key); it != cohorts_cache_.end()) return it->second;
  }
  auto rows = ledger_.Cohorts(months, through, tier);
  std::lock_guard lock(cache_mu_);
  if (cohorts_cache_.size() > 100) cohorts_cache_.clear();
  cohorts_cache_[key] = rows;
  return rows;
}

nlohmann::json RetentionService::Retention(const RetentionQuery& query) {
  const int now = MonthNumber(clock_.Today());
  const int to = query.to.value_or(now), from = query.from.value_or(to - 11);
  if (to > now) throw Invalid("to", "must not be in the future");
  if (to < from) throw Invalid("to", "must not be before from");
  if (to - from >= kMaxMonths) throw Invalid("from", "the range may span at most ten years");

  struct Span {
    std::string label;
    int first, last;
    bool partial;
  };
  std::vector<Span> spans;
  switch (query.period) {
    case RetentionPeriod::kMonth:
      for (int m = from; m <= to; ++m) spans.push_back({MonthText(m), m, m, m == now});
      break;
    case RetentionPeriod::kQuarter:
      for (int q = from - from % 3; q <= to; q += 3)
        spans.push_back({QuarterText(q), q, std::min(q + 2, now), q + 2 >= now});
      break;
    case RetentionPeriod::kTtm:
      for (int m = from; m <= to; ++m) spans.push_back({MonthText(m), m - 11, m, m == now});
      break;
  }

  PeriodRates rates = Prepare();
  std::shared_lock lock(mu_);
  std::vector<std::pair<int, int>> periods;
  for (const Span& s : spans) periods.emplace_back(s.first, s.last);
  auto figures = FiguresOf(periods, TierIndex(query.tier), query.accounts);
  std::set<std::pair<std::string, int>> all_missing;
  nlohmann::json data = nlohmann::json::array();
  for (size_t i = 0; i < spans.size(); ++i) {
    const Span& s = spans[i];
    std::set<std::pair<std::string, int>> missing;
    PeriodFigures f = Convert(figures[i], ledger_.currencies(), rates, s.first, missing);
    nlohmann::json row = {{"period", s.label},
                          {"first_month", MonthText(s.first)},
                          {"last_month", MonthText(s.last)},
                          {"closed", rates.Closed(s.last)},
                          {"partial", s.partial},
                          {"complete", missing.empty()},
                          {"missing_rates", MissingJson(missing)}};
    row.update(FiguresJson(f));
    data.push_back(std::move(row));
    all_missing.insert(missing.begin(), missing.end());
  }
  return {{"period", EnumToString(query.period)},
          {"from", MonthText(from)},
          {"to", MonthText(to)},
          {"tier", TierJson(query.tier)},
          {"reporting_currency", rates.reporting_currency},
          {"definition", Definitions()},
          {"complete", all_missing.empty()},
          {"missing_rates", MissingJson(all_missing)},
          {"data", std::move(data)}};
}

nlohmann::json RetentionService::Cohorts(const CohortQuery& query) {
  const int now = MonthNumber(clock_.Today());
  const int months = query.by == CohortBy::kMonth ? 1 : 3;
  PeriodRates rates = Prepare();
  std::shared_lock lock(mu_);
  RetentionLedger::CohortRows rows = CohortsOf(months, now, TierIndex(query.tier), query.accounts);
  const auto& currencies = ledger_.currencies();
  std::set<std::pair<std::string, int>> missing;
  nlohmann::json data = nlohmann::json::array();
  for (size_t c = 0; c < rows.cells.size(); ++c) {
    int first = rows.first_period + static_cast<int>(c) * months;
    // Constant currency: every period of a cohort at the rates of its first month.
    std::vector<long long> amounts, logos;
    for (const auto& by_currency : rows.cells[c]) {
      double mrr = 0;
      long long alive = 0;
      for (size_t i = 0; i < currencies.size(); ++i) {
        alive += by_currency[i].logos;
        if (by_currency[i].mrr == 0) continue;
        if (auto factor = rates.Factor(currencies[i], first))
          mrr += static_cast<double>(by_currency[i].mrr) * *factor;
        else
          missing.emplace(currencies[i], first);
      }
      amounts.push_back(std::llround(mrr));
      logos.push_back(alive);
    }
    nlohmann::json retention = nlohmann::json::array();
    for (size_t k = 0; k < amounts.size(); ++k) {
      if (query.measure == CohortMeasure::kRevenue)
        retention.push_back(amounts[0] > 0 ? nlohmann::json(static_cast<double>(amounts[k]) /
                                                            static_cast<double>(amounts[0]))
                                           : nullptr);
      else
        retention.push_back(rows.accounts[c] > 0
                                ? nlohmann::json(static_cast<double>(logos[k]) /
                                                 static_cast<double>(rows.accounts[c]))
                                : nullptr);
    }
    data.push_back({{"cohort", months == 1 ? MonthText(first) : QuarterText(first)},
                    {"accounts", rows.accounts[c]},
                    {"start_mrr", amounts.empty() ? 0 : amounts[0]},
                    {"mrr", amounts},
                    {"logos", logos},
                    {"retention", std::move(retention)}});
  }
  return {{"by", EnumToString(query.by)},
          {"measure", EnumToString(query.measure)},
          {"tier", TierJson(query.tier)},
          {"reporting_currency", rates.reporting_currency},
          {"definition",
           {{"cohort", "retention.cohorts.cohort.period_of_first_new_movement"},
            {"revenue", "retention.cohorts.revenue.mrr_at_period_end_over_first_period_end"},
            {"logos", "retention.cohorts.logos.accounts_with_mrr_at_period_end_over_cohort"},
            {"currency", "retention.cohorts.currency.rates_of_cohort_first_month"}}},
          {"complete", missing.empty()},
          {"missing_rates", MissingJson(missing)},
          {"data", std::move(data)}};
}

nlohmann::json RetentionService::Lifetime(const LifetimeQuery& query) {
  // Survival points past this many accounts at risk are noise, not a curve.
  constexpr long long kMinAtRisk = 10;
  const int now = MonthNumber(clock_.Today());
  PeriodRates rates = Prepare();
  std::shared_lock lock(mu_);
  RetentionLedger::Tenure tenure = ledger_.TenureSurvival(
      now, TierIndex(query.tier), query.accounts ? &*query.accounts : nullptr);
  std::vector<double> survival;
  nlohmann::json at_risk = nlohmann::json::array();
  double s = 1;
  for (size_t k = 0; k < tenure.at.size() && tenure.at[k] >= kMinAtRisk; ++k) {
    if (k > 0) s *= static_cast<double>(tenure.survived[k]) / static_cast<double>(tenure.at[k]);
    if (s <= 0) break;
    survival.push_back(s);
    at_risk.push_back(tenure.at[k]);
  }
  std::optional<SbgModel> model;
  if (survival.size() >= 3) model = FitSbg(survival);

  // Today's customers' ARR, in total and weighted by each tenure's residual lifetime.
  const auto& currencies = ledger_.currencies();
  std::set<std::pair<std::string, int>> missing;
  double arr = 0, residual = 0;
  long long customers = 0;
  for (size_t years = 0; years < tenure.mrr_by_tenure.size(); ++years) {
    double arr_here = 0;
    for (size_t c = 0; c < currencies.size(); ++c) {
      long long mrr = tenure.mrr_by_tenure[years][c];
      if (!mrr) continue;
      if (auto factor = rates.Factor(currencies[c], now))
        arr_here += 12.0 * static_cast<double>(mrr) * *factor;
      else
        missing.emplace(currencies[c], now);
    }
    arr += arr_here;
    if (model)
      residual += arr_here * model->DiscountedExpectedResidualLifetime(query.discount,
                                                                       static_cast<int>(years));
  }
  customers = tenure.customers;
  nlohmann::json fitted = nullptr, lifetime = nullptr, ltv = nullptr, residual_json = nullptr;
  if (model) {
    double del = model->DiscountedExpectedLifetime(query.discount);
    fitted = {{"alpha", model->alpha}, {"beta", model->beta}};
    lifetime = del;
    if (customers > 0) ltv = std::llround(arr / static_cast<double>(customers) * del);
    residual_json = std::llround(residual);
  }
  return {{"tier", TierJson(query.tier)},
          {"reporting_currency", rates.reporting_currency},
          {"discount", query.discount},
          {"survival", survival},
          {"at_risk", std::move(at_risk)},
          {"model", std::move(fitted)},
          {"expected_lifetime_years", std::move(lifetime)},
          {"customers", customers},
          {"arr", std::llround(arr)},
          {"ltv", std::move(ltv)},
          {"residual_value", std::move(residual_json)},
          {"definition",
           {{"survival", "ltv.survival.kaplan_meier_by_years_of_tenure"},
            {"model", "ltv.model.shifted_beta_geometric"},
            {"ltv", "ltv.value.average_arr_times_discounted_expected_lifetime"},
            {"residual_value", "ltv.residual.arr_times_derl_at_tenure"}}},
          {"complete", missing.empty()},
          {"missing_rates", MissingJson(missing)}};
}

}  // namespace banso::revenue
