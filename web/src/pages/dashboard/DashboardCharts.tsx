// After the outcomes: the health of the portfolio (ARR by band, customers by score), the trend of
// NRR and GRR month by month, and revenue retention by start quarter (its own request: the
// cohort answer, in the dashboard's scope).
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Dashboard, type PortfolioScope } from '../../api';
import { EChart } from '../../components/EChart';
import { MissingMonthRates } from '../../components/MissingMonthRates';
import { ErrorBanner } from '../../components/States';
import { useAsync } from '../../lib/useAsync';
import { CohortHeatmap } from '../revenue/CohortHeatmap';
import { healthBandsOption, histogramOption, retentionTrendOption } from './dashboardCharts';

export function DashboardCharts({
  dashboard,
  scope,
  scopeKey,
}: {
  dashboard: Dashboard;
  scope: PortfolioScope;
  scopeKey: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const currency = dashboard.reporting_currency;
  const bands = useMemo(
    () => healthBandsOption(dashboard.health.bands, currency, lang, t),
    [dashboard, currency, lang, t],
  );
  const histogram = useMemo(() => histogramOption(dashboard.health.histogram, t), [dashboard, t]);
  const trend = useMemo(
    () => retentionTrendOption(dashboard.retention.trend, lang, t),
    [dashboard, lang, t],
  );
  const cohorts = useAsync(
    (signal) => api.cohorts({ ...scope, by: 'quarter', measure: 'revenue' }, signal),
    [scopeKey],
  );
  return (
    <section className="stack" data-testid="dashboard-charts">
      <div className="grid-2">
        <Chart title={t('dashboard.chart.bands', { currency })}>
          <EChart
            option={bands}
            testId="dashboard-bands-chart"
            label={t('dashboard.chart.bands', { currency })}
          />
        </Chart>
        <Chart title={t('dashboard.chart.histogram')}>
          <EChart
            option={histogram}
            testId="dashboard-histogram"
            label={t('dashboard.chart.histogram')}
          />
        </Chart>
      </div>
      <Chart title={t('dashboard.chart.trend')} sub={t('dashboard.chart.trendSub')}>
        <EChart option={trend} testId="dashboard-trend" label={t('dashboard.chart.trend')} />
      </Chart>
      <Chart title={t('dashboard.chart.cohorts')} sub={t('dashboard.chart.cohortsSub')}>
        <ErrorBanner error={cohorts.error} onRetry={cohorts.reload} />
        {cohorts.data && (
          <div className="card-pad-x">
            <MissingMonthRates
              missing={cohorts.data.missing_rates}
              reporting={cohorts.data.reporting_currency}
              testId="dashboard-cohorts-missing"
            />
          </div>
        )}
        {!cohorts.error && (
          <CohortHeatmap
            report={cohorts.data}
            loading={cohorts.loading}
            testId="dashboard-cohorts"
          />
        )}
      </Chart>
    </section>
  );
}

function Chart({
  title,
  sub,
  children,
}: {
  title: string;
  sub?: string;
  children: React.ReactNode;
}) {
  return (
    <div className="card">
      <div className="card-head">
        <div>
          <h3 className="card-head-title">{title}</h3>
          {sub && <div className="card-head-sub">{sub}</div>}
        </div>
      </div>
      {children}
    </div>
  );
}
