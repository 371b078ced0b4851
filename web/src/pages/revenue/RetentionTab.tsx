// The MRR bridge per month, quarter or trailing twelve months, from one month to another:
// opening, new, expansion, contraction, churn, reactivation, closing, the logos, and the
// starting cohort's NRR, GRR and logo retention; the definitions beneath.
import { useTranslation } from 'react-i18next';
import { api, RETENTION_PERIODS } from '../../api';
import { DefinitionList } from '../../components/Definition';
import { MissingMonthRates } from '../../components/MissingMonthRates';
import { ScopeFilters } from '../../components/ScopeFilters';
import { ErrorBanner, Skeleton } from '../../components/States';
import { addMonths, monthOf } from '../../lib/portfolio';
import { useAsync } from '../../lib/useAsync';
import { useScope } from '../../lib/useScope';
import { BridgeTable } from './BridgeTable';
import { Segmented } from './Segmented';
import { oneOf, useParam } from './useParam';

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

export function RetentionTab({ now = () => new Date() }: { now?: () => Date }) {
  const { t } = useTranslation();
  const scopeState = useScope();
  const [periodParam, setPeriod] = useParam('period');
  const [fromParam, setFrom] = useParam('from');
  const [toParam, setTo] = useParam('to');
  const period = oneOf(RETENTION_PERIODS, periodParam);
  // The last twelve months to this one unless the address says otherwise (as the server's default).
  const to = toParam && MONTH.test(toParam) ? toParam : monthOf(now());
  const from = fromParam && MONTH.test(fromParam) ? fromParam : addMonths(to, 11);
  const report = useAsync(
    (signal) => api.retention({ ...scopeState.scope, period, from, to }, signal),
    [scopeState.scopeKey, period, from, to],
  );
  const data = report.data;
  return (
    <div className="stack" data-testid="retention-tab">
      <div className="card">
        <ScopeFilters state={scopeState}>
          <Segmented
            values={RETENTION_PERIODS}
            value={period}
            onChange={(p) => setPeriod(p === 'month' ? undefined : p)}
            prefix="enum.retentionPeriod"
            label={t('revenuePage.retention.period')}
            testId="retention-period"
          />
          <label className="toolbar-field">
            {t('revenuePage.retention.from')}
            <input
              type="month"
              className="input"
              value={from}
              max={to}
              onChange={(e) => setFrom(e.target.value)}
              data-testid="retention-from"
            />
          </label>
          <label className="toolbar-field">
            {t('revenuePage.retention.to')}
            <input
              type="month"
              className="input"
              value={to}
              min={from}
              onChange={(e) => setTo(e.target.value)}
              data-testid="retention-to"
            />
          </label>
        </ScopeFilters>
      </div>
      <ErrorBanner error={report.error} onRetry={report.reload} />
      {!data && !report.error && <Skeleton rows={8} />}
      {data && (
        <>
          <MissingMonthRates missing={data.missing_rates} reporting={data.reporting_currency} />
          <BridgeTable report={data} loading={report.loading} />
          <section className="card">
            <h2 className="card-title">{t('revenuePage.definitions')}</h2>
            <DefinitionList
              definition={data.definition}
              nameOf={(figure) => t(`revenuePage.figure.${figure}`)}
            />
          </section>
        </>
      )}
    </div>
  );
}
