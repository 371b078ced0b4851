#include "customers/portfolio_figures.h"

#include <algorithm>

#include "store/batches.h"
#include "store/statement.h"

namespace banso::customers {
namespace {

// " WHERE <filters>" over accounts, the scope's filter and its segment's.
void AppendScope(store::Query& q, const AccountQuery& scope, Date today) {
  q << " WHERE 1=1";
  AppendAccountFilter(q, scope, today);
  if (scope.segment) AppendAccountFilter(q, *scope.segment, today);
}

// " AND account_id IN (the scope's accounts)", or nothing when the scope is everyone.
void AppendScopedAccounts(store::Query& q, const AccountQuery& scope, Date today) {
  if (static_cast<const AccountFilter&>(scope) == AccountFilter{} && !scope.segment) return;
  q << " AND account_id IN (SELECT id FROM accounts";
  AppendScope(q, scope, today);
  q << ")";
}

}  // namespace

PortfolioFigures PortfolioFigureStore::Figures(const AccountQuery& scope) {
  // One pass over the scope's accounts, grouped by what the dashboard shows.
  store::Query q(
      "SELECT health_band, CASE WHEN health_score_tenths >= 1000 THEN 9 ELSE health_score_tenths / "
      "100 END, arr_minor > 0, arr_reporting_minor >= 0, COUNT(*), "
      "SUM(CASE WHEN arr_reporting_minor > 0 THEN arr_reporting_minor ELSE 0 END) FROM accounts");
  AppendScope(q, scope, clock_.Today());
  q << " GROUP BY 1, 2, 3, 4";
  store::Session sql(db_.pool());
  soci::statement st = q.Prepare(sql);
  std::string band;
  long long bucket = 0, customer = 0, has_rate = 0, count = 0, arr = 0;
  st.exchange(soci::into(band));
  st.exchange(soci::into(bucket));
  st.exchange(soci::into(customer));
  st.exchange(soci::into(has_rate));
  st.exchange(soci::into(count));
  st.exchange(soci::into(arr));
  PortfolioFigures f;
  store::ForEachRow(st, [&] {
    f.accounts += count;
    if (!customer) return;
    f.customers += count;
    f.arr_reporting_minor += arr;
    if (!has_rate) f.arr_missing_rate += count;
    BandFigures& b = f.bands[band];
    b.accounts += count;
    b.arr_reporting_minor += arr;
    if (!band.empty()) f.histogram[static_cast<size_t>(std::clamp(bucket, 0LL, 9LL))] += count;
  });
  return f;
}

ActivityFigures PortfolioFigureStore::Activity(const AccountQuery& scope, Timestamp since) {
  const Date today = clock_.Today();
  store::Session sql(db_.pool());
  ActivityFigures a;
  {
    store::Query q("SELECT kind, COUNT(*) FROM touchpoints WHERE occurred_at >= ");
    q.Bind(since.ms);
    AppendScopedAccounts(q, scope, today);
    q << " GROUP BY kind";
    soci::statement st = q.Prepare(sql);
    std::string kind;
    long long count = 0;
    st.exchange(soci::into(kind));
    st.exchange(soci::into(count));
    store::ForEachRow(st, [&] { a.touchpoints[kind] = count; });
  }
  auto count_since = [&](const char* table, const char* column) {
    store::Query q(std::string("SELECT COUNT(*) FROM ") + table + " WHERE " + column + " >= ");
    q.Bind(since.ms);
    AppendScopedAccounts(q, scope, today);
    return store::Count(sql, q);
  };
  a.tickets_opened = count_since("tickets", "opened_at");
  a.survey_responses = count_since("surveys", "responded_at");
  return a;
}

}  // namespace banso::customers
