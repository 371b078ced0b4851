// The console's landing page (/dashboard): the portfolio, the goal first (concept 8). Outcomes
// lead — retention over the trailing twelve months, ARR at risk and lifetime value, the
// customers' own success — then the charts of health, retention and cohorts; activity comes
// last, as context. Tier, owner and segment scope every figure and live in the address.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { MissingMonthRates } from '../../components/MissingMonthRates';
import { ScopeFilters } from '../../components/ScopeFilters';
import { ErrorBanner, Skeleton } from '../../components/States';
import { formatDate, formatMoney, formatNumber } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { useScope } from '../../lib/useScope';
import { ActivityContext } from './ActivityContext';
import { CustomerOutcomes } from './CustomerOutcomes';
import { DashboardCharts } from './DashboardCharts';
import { RetentionFigures } from './RetentionFigures';
import { ValueFigures } from './ValueFigures';

export function DashboardPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  useDocumentTitle([t('dashboard.title')]);
  const scopeState = useScope();
  const { scope, scopeKey } = scopeState;
  const dashboard = useAsync(
    async (signal) => ({ ...(await api.dashboard(scope, signal)), key: scopeKey }),
    [scopeKey],
  );
  const data = dashboard.data;
  const missing = data ? [...data.retention.missing_rates, ...data.lifetime.missing_rates] : [];

  return (
    <div className="page" data-testid="dashboard-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('dashboard.title')}</h1>
          <p className="page-sub">{t('dashboard.subtitle')}</p>
        </div>
      </div>
      <div className="card">
        <ScopeFilters state={scopeState} />
      </div>
      <ErrorBanner error={dashboard.error} onRetry={dashboard.reload} />
      {!data && !dashboard.error && <Skeleton rows={8} />}
      {data && (
        <div
          className={`stack ${dashboard.loading ? 'is-refreshing' : ''}`}
          data-testid="dashboard-body"
          data-scope={data.key}
          data-loading={dashboard.loading ? 'true' : 'false'}
        >
          <p className="muted small" data-testid="dashboard-as-of">
            {t('dashboard.asOf', {
              date: formatDate(data.as_of, lang),
              accounts: formatNumber(data.accounts, lang),
              customers: formatNumber(data.customers, lang),
              arr: formatMoney(data.arr, data.reporting_currency, lang),
            })}
            {data.arr_missing_rate > 0 &&
              ` ${t('dashboard.arrMissingRate', { count: data.arr_missing_rate })}`}
          </p>
          <MissingMonthRates
            missing={missing}
            reporting={data.reporting_currency}
            testId="dashboard-missing-rates"
          />
          <div className="outcomes" data-testid="dashboard-outcomes-section">
            <RetentionFigures retention={data.retention} currency={data.reporting_currency} />
            <ValueFigures dashboard={data} />
            <CustomerOutcomes outcomes={data.outcomes} />
          </div>
          <DashboardCharts dashboard={data} scope={scope} scopeKey={scopeKey} />
          <ActivityContext activity={data.activity} />
        </div>
      )}
    </div>
  );
}
