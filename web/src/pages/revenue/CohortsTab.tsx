// Cohorts by the month or quarter of their first revenue: what each keeps, period by period, of
// its revenue or its logos (a heatmap), with the definitions beneath.
import { useTranslation } from 'react-i18next';
import { api, COHORT_BYS, COHORT_MEASURES } from '../../api';
import { DefinitionList } from '../../components/Definition';
import { MissingMonthRates } from '../../components/MissingMonthRates';
import { ScopeFilters } from '../../components/ScopeFilters';
import { ErrorBanner } from '../../components/States';
import { useAsync } from '../../lib/useAsync';
import { useScope } from '../../lib/useScope';
import { CohortHeatmap } from './CohortHeatmap';
import { Segmented } from './Segmented';
import { oneOf, useParam } from './useParam';

export function CohortsTab() {
  const { t } = useTranslation();
  const scopeState = useScope();
  const [byParam, setBy] = useParam('by');
  const [measureParam, setMeasure] = useParam('measure');
  const by = oneOf(COHORT_BYS, byParam);
  const measure = oneOf(COHORT_MEASURES, measureParam);
  const report = useAsync(
    (signal) => api.cohorts({ ...scopeState.scope, by, measure }, signal),
    [scopeState.scopeKey, by, measure],
  );
  const data = report.data;
  return (
    <div className="stack" data-testid="cohorts-tab">
      <div className="card">
        <ScopeFilters state={scopeState}>
          <Segmented
            values={COHORT_BYS}
            value={by}
            onChange={(v) => setBy(v === COHORT_BYS[0] ? undefined : v)}
            prefix="enum.cohortBy"
            label={t('revenuePage.cohorts.by')}
            testId="cohorts-by"
          />
          <Segmented
            values={COHORT_MEASURES}
            value={measure}
            onChange={(v) => setMeasure(v === COHORT_MEASURES[0] ? undefined : v)}
            prefix="enum.cohortMeasure"
            label={t('revenuePage.cohorts.measure')}
            testId="cohorts-measure"
          />
        </ScopeFilters>
      </div>
      <ErrorBanner error={report.error} onRetry={report.reload} />
      {data && (
        <MissingMonthRates missing={data.missing_rates} reporting={data.reporting_currency} />
      )}
      {!report.error && (
        <section className="card">
          <div className="card-head">
            <div>
              <h2 className="card-head-title">{t(`revenuePage.cohorts.title.${measure}`)}</h2>
              <div className="card-head-sub">{t('revenuePage.cohorts.sub')}</div>
            </div>
          </div>
          <CohortHeatmap report={data} loading={report.loading} />
        </section>
      )}
      {data && (
        <section className="card">
          <h2 className="card-title">{t('revenuePage.definitions')}</h2>
          <DefinitionList
            definition={data.definition}
            nameOf={(figure) => t(`revenuePage.figure.${figure}`)}
          />
        </section>
      )}
    </div>
  );
}
