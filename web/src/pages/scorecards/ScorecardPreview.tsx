// The draft against the version in force, side by side: today's accounts by score (ten buckets)
// and by band, and the backtest (how well each would have foretold churn at past monthly dates:
// AUC over all customers and over those with a renewal due, churn per band, each measure's own
// AUC). Asked 600 ms after the last change, and only for a definition without problems; until
// then the last answers stay, marked as waiting.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import {
  api,
  HEALTH_BANDS,
  type HealthBacktest,
  type HealthBand,
  type HealthDistribution,
  type ScorecardComparison,
  type ScorecardDefinition,
} from '../../api';
import { Badge } from '../../components/Badges';
import { CHART_AXIS, EChart } from '../../components/EChart';
import { ErrorBanner, Skeleton } from '../../components/States';
import { formatNumber, localeOf, numberFormat } from '../../lib/format';
import { BAND_TONE } from '../../lib/health';
import { useAsync, useDebounced } from '../../lib/useAsync';
import { formatPercent } from '../../lib/usage';

export const PREVIEW_DEBOUNCE_MS = 600;
export const BACKTEST_MONTHS = 24;
const BUCKETS = Array.from({ length: 10 }, (_, i) =>
  i === 9 ? '90–100' : `${i * 10}–${i * 10 + 9}`,
);

export function ScorecardPreview({
  scorecardId,
  definition,
  hasPublished,
}: {
  scorecardId: number;
  /** The definition to try; null while the draft has problems (nothing is asked). */
  definition: ScorecardDefinition | null;
  hasPublished: boolean;
}) {
  const { t } = useTranslation();
  // Compared as text: a new object for the same definition is no change.
  const wanted = definition ? JSON.stringify(definition) : null;
  const asked = useDebounced(wanted, PREVIEW_DEBOUNCE_MS);
  const preview = useAsync(
    (signal) =>
      asked === null
        ? Promise.resolve(undefined)
        : api.previewScorecard(scorecardId, JSON.parse(asked) as ScorecardDefinition, signal),
    [scorecardId, asked],
  );
  const backtest = useAsync(
    (signal) =>
      asked === null
        ? Promise.resolve(undefined)
        : api.backtestScorecard(
            scorecardId,
            JSON.parse(asked) as ScorecardDefinition,
            BACKTEST_MONTHS,
            signal,
          ),
    [scorecardId, asked],
  );
  const waiting = wanted === null || wanted !== asked || preview.loading || backtest.loading;

  return (
    <div
      className="grid-2 scorecard-preview"
      data-testid="scorecard-preview"
      data-waiting={waiting}
    >
      <section className="card" data-testid="scorecard-distribution">
        <div className="card-head">
          <div>
            <h2 className="card-head-title">{t('scorecards.preview.title')}</h2>
            <div className="card-head-sub">
              {hasPublished ? t('scorecards.preview.sub') : t('scorecards.preview.subAlone')}
            </div>
          </div>
        </div>
        {wanted === null && <ProblemsNotice />}
        <ErrorBanner error={preview.error} onRetry={preview.reload} />
        {preview.data ? (
          <Distribution comparison={preview.data} loading={waiting} />
        ) : (
          !preview.error && wanted !== null && <Skeleton />
        )}
      </section>
      <section className="card" data-testid="scorecard-backtest">
        <div className="card-head">
          <div>
            <h2 className="card-head-title">{t('scorecards.backtest.title')}</h2>
            <div className="card-head-sub">
              {t('scorecards.backtest.sub', { months: BACKTEST_MONTHS })}
            </div>
          </div>
        </div>
        {wanted === null && <ProblemsNotice />}
        <ErrorBanner error={backtest.error} onRetry={backtest.reload} />
        {backtest.data ? (
          <Backtest comparison={backtest.data} />
        ) : (
          !backtest.error && wanted !== null && <Skeleton />
        )}
      </section>
    </div>
  );
}

function ProblemsNotice() {
  const { t } = useTranslation();
  return (
    <p className="muted health-note" data-testid="scorecard-preview-problems">
      {t('scorecards.preview.problems')}
    </p>
  );
}

function BandLabel({ band }: { band: HealthBand }) {
  const { t } = useTranslation();
  return (
    <Badge tone={BAND_TONE[band]} dot>
      {t(`enum.healthBand.${band}`)}
    </Badge>
  );
}

function Distribution({
  comparison,
  loading,
}: {
  comparison: ScorecardComparison<HealthDistribution>;
  loading: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { candidate, published } = comparison;
  const option = useMemo(() => {
    const series = [
      ...(published
        ? [
            {
              name: t('scorecards.inForce'),
              type: 'bar',
              data: published.histogram,
              itemStyle: { color: '#c4c4cc' },
            },
          ]
        : []),
      {
        name: t('scorecards.draft'),
        type: 'bar',
        data: candidate.histogram,
        itemStyle: { color: '#4f46e5' },
      },
    ];
    return {
      grid: { left: 40, right: 12, top: 30, bottom: 28 },
      legend: { top: 0, right: 0, itemWidth: 12, itemHeight: 10, textStyle: CHART_AXIS.label },
      tooltip: { trigger: 'axis' },
      xAxis: {
        type: 'category',
        data: BUCKETS,
        axisLine: CHART_AXIS.line,
        axisTick: { show: false },
        axisLabel: CHART_AXIS.label,
      },
      yAxis: {
        type: 'value',
        minInterval: 1,
        splitLine: CHART_AXIS.split,
        axisLabel: CHART_AXIS.valueLabel,
      },
      series,
    };
  }, [candidate, published, t]);
  const count = (d: HealthDistribution | null, band: HealthBand) =>
    d?.bands.find((b) => b.band === band)?.accounts ?? 0;
  return (
    <>
      <EChart
        option={option}
        testId="scorecard-histogram"
        label={t('scorecards.preview.histogram')}
        loading={loading}
      />
      <div className="table-wrap table-wrap-full">
        <table className="table" data-testid="scorecard-band-counts">
          <thead>
            <tr>
              <th>{t('scorecards.col.band')}</th>
              <th className="num">{t('scorecards.draft')}</th>
              {published && <th className="num">{t('scorecards.inForce')}</th>}
              {published && <th className="num">{t('scorecards.col.difference')}</th>}
            </tr>
          </thead>
          <tbody>
            {HEALTH_BANDS.map((band) => {
              const difference = count(candidate, band) - count(published, band);
              return (
                <tr key={band} data-testid="scorecard-band-count" data-band={band}>
                  <td>
                    <BandLabel band={band} />
                  </td>
                  <td className="num strong">{formatNumber(count(candidate, band), lang)}</td>
                  {published && (
                    <td className="num">{formatNumber(count(published, band), lang)}</td>
                  )}
                  {published && (
                    <td className={`num ${difference === 0 ? 'muted' : ''}`}>
                      {numberFormat(localeOf(lang), { signDisplay: 'exceptZero' }).format(
                        difference,
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {candidate.unscored > 0 && (
        <p className="muted health-note">
          {t('scorecards.preview.unscored', { count: candidate.unscored })}
        </p>
      )}
    </>
  );
}

/** An AUC to three places ("0.791"); "—" when there was nothing to rank. */
function formatAuc(auc: number | null | undefined, lang: string): string {
  if (auc === null || auc === undefined) return '—';
  return numberFormat(localeOf(lang), {
    minimumFractionDigits: 3,
    maximumFractionDigits: 3,
  }).format(auc);
}

function Backtest({ comparison }: { comparison: ScorecardComparison<HealthBacktest> }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { candidate, published } = comparison;
  const rate = (b: HealthBacktest | null, band: HealthBand) =>
    formatPercent(b?.bands.find((x) => x.band === band)?.churn_rate, lang, 1);
  const measures = [...candidate.measures].sort((a, b) => (b.auc ?? -1) - (a.auc ?? -1));
  return (
    <>
      <div className="tiles scorecard-auc">
        <div className="tile" data-testid="scorecard-auc">
          <div className="tile-label">{t('scorecards.backtest.auc')}</div>
          <div className="tile-value">{formatAuc(candidate.auc, lang)}</div>
          {published && (
            <div className="tile-sub">
              {t('scorecards.backtest.inForce', { value: formatAuc(published.auc, lang) })}
            </div>
          )}
        </div>
        <div className="tile" data-testid="scorecard-renewal-auc">
          <div className="tile-label">{t('scorecards.backtest.renewalAuc')}</div>
          <div className="tile-value">{formatAuc(candidate.renewal_auc, lang)}</div>
          {published && (
            <div className="tile-sub">
              {t('scorecards.backtest.inForce', { value: formatAuc(published.renewal_auc, lang) })}
            </div>
          )}
        </div>
      </div>
      <p className="muted health-note" data-testid="scorecard-auc-explained">
        {t('scorecards.backtest.explain', {
          days: candidate.horizon_days,
          rows: formatNumber(candidate.rows, lang),
          churned: formatNumber(candidate.churned, lang),
          renewals: formatNumber(candidate.renewals_due, lang),
        })}
      </p>
      <div className="table-wrap table-wrap-full">
        <table className="table" data-testid="scorecard-churn-by-band">
          <thead>
            <tr>
              <th>{t('scorecards.col.band')}</th>
              <th className="num">{t('scorecards.backtest.scored')}</th>
              <th className="num">{t('scorecards.backtest.churnDraft')}</th>
              {published && <th className="num">{t('scorecards.backtest.churnInForce')}</th>}
            </tr>
          </thead>
          <tbody>
            {HEALTH_BANDS.map((band) => (
              <tr key={band} data-testid="scorecard-churn-band" data-band={band}>
                <td>
                  <BandLabel band={band} />
                </td>
                <td className="num">
                  {formatNumber(candidate.bands.find((b) => b.band === band)?.accounts ?? 0, lang)}
                </td>
                <td className="num strong">{rate(candidate, band)}</td>
                {published && <td className="num">{rate(published, band)}</td>}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3 className="health-subtitle">{t('scorecards.backtest.measures')}</h3>
      <div className="table-wrap table-wrap-full">
        <table className="table" data-testid="scorecard-measure-auc">
          <thead>
            <tr>
              <th>{t('scorecards.col.measure')}</th>
              <th className="num">{t('scorecards.backtest.measureAuc')}</th>
              <th className="num">{t('scorecards.backtest.rows')}</th>
            </tr>
          </thead>
          <tbody>
            {measures.map((m) => (
              <tr key={m.measure} data-testid="scorecard-measure-auc-row" data-measure={m.measure}>
                <td>{t(`enum.healthMeasure.${m.measure}`)}</td>
                <td className="num">{formatAuc(m.auc, lang)}</td>
                <td className="num muted">{formatNumber(m.rows, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </>
  );
}
