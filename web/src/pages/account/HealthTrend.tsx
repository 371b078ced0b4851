// The daily score over the last six months, on the scorecard's red, yellow and green bands, and
// the band changes of the period under it (newest first): from → to, when, why, and the
// measures whose points moved it.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type BandRange, type HealthBandChange, type HealthHistory } from '../../api';
import { BandBadge } from '../../components/Badges';
import { CHART_AXIS, EChart } from '../../components/EChart';
import { Empty, ErrorBanner } from '../../components/States';
import { formatDate, formatDateTime } from '../../lib/format';
import { BAND_COLOR, formatPoints, movedByText } from '../../lib/health';
import { todayIso } from '../../lib/plan';
import { useAsync } from '../../lib/useAsync';

const MONTHS = 6;

/** `YYYY-MM-DD` six months before today (local). */
function monthsAgo(months: number, now = new Date()): string {
  return todayIso(new Date(now.getFullYear(), now.getMonth() - months, now.getDate()));
}

export function HealthTrend({
  accountId,
  scorecardId,
  revision,
}: {
  accountId: number;
  scorecardId: number;
  /** Changes when the band was set or ended here: read again. */
  revision: number;
}) {
  const { t } = useTranslation();
  const history = useAsync(
    (signal) => api.healthHistory(accountId, monthsAgo(MONTHS), todayIso(), signal),
    [accountId, revision],
  );
  // The band boundaries drawn behind the line are those of the version in force.
  const scorecard = useAsync((signal) => api.scorecard(scorecardId, signal), [scorecardId]);
  const bands = scorecard.data?.published?.definition.bands ?? null;
  const changes = [...(history.data?.band_changes ?? [])].reverse();
  return (
    <section className="card" data-testid="health-trend">
      <h2 className="card-title">{t('health.trend.title', { months: MONTHS })}</h2>
      <ErrorBanner error={history.error} onRetry={history.reload} />
      {history.data && history.data.days.every((d) => d.score === null) ? (
        <Empty icon="activity" title={t('health.trend.empty')} />
      ) : (
        <HealthTrendChart history={history.data} bands={bands} loading={history.loading} />
      )}
      <h3 className="health-subtitle">{t('health.trend.changes')}</h3>
      {history.data && changes.length === 0 && (
        <p className="muted health-note" data-testid="health-changes-empty">
          {t('health.trend.noChanges')}
        </p>
      )}
      {changes.length > 0 && (
        <ul className="health-changes" data-testid="health-changes">
          {changes.map((change) => (
            <BandChangeItem key={change.id} change={change} />
          ))}
        </ul>
      )}
    </section>
  );
}

function BandChangeItem({ change }: { change: HealthBandChange }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <li className="health-change" data-testid="health-change" data-cause={change.cause}>
      <span className="health-change-bands">
        <BandBadge band={change.from} />
        <span aria-hidden="true">→</span>
        <BandBadge band={change.to} />
      </span>
      <span className="health-change-what">
        <span className="strong">{t(`enum.bandChangeCause.${change.cause}`)}</span>
        {change.score !== null && (
          <span className="muted">
            {' '}
            {t('health.trend.score', { score: formatPoints(change.score, lang) })}
          </span>
        )}
        {change.moved_by.length > 0 && (
          <span className="health-change-moved">{movedByText(change, lang, t)}</span>
        )}
      </span>
      <span className="muted nowrap">{formatDateTime(change.at, lang)}</span>
    </li>
  );
}

function HealthTrendChart({
  history,
  bands,
  loading,
}: {
  history: HealthHistory | undefined;
  bands: BandRange[] | null;
  loading: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const option = useMemo(() => {
    if (!history) return null;
    const areas = (bands ?? []).map((b) => [
      { yAxis: b.from, itemStyle: { color: BAND_COLOR[b.band], opacity: 0.07 } },
      { yAxis: b.to },
    ]);
    return {
      grid: { left: 36, right: 16, top: 16, bottom: 28 },
      tooltip: {
        trigger: 'axis',
        formatter: (items: unknown) => {
          const first = (items as { dataIndex: number }[])[0];
          const day = first ? history.days[first.dataIndex] : undefined;
          if (!day || day.score === null) return '';
          const band = day.band ? ` (${t(`enum.healthBand.${day.band}`)})` : '';
          return `${formatDate(day.day, lang)}<br/>${t('health.trend.scoreLabel')}: <b>${formatPoints(day.score, lang)}</b>${band}`;
        },
      },
      xAxis: {
        type: 'time',
        min: history.from,
        max: history.to,
        axisLine: CHART_AXIS.line,
        axisTick: { show: false },
        axisLabel: { ...CHART_AXIS.label, hideOverlap: true },
        splitLine: { show: false },
      },
      yAxis: {
        type: 'value',
        min: 0,
        max: 100,
        interval: 20,
        splitLine: CHART_AXIS.split,
        axisLabel: CHART_AXIS.valueLabel,
      },
      series: [
        {
          type: 'line',
          data: history.days.map((d) => [d.day, d.score]),
          connectNulls: false,
          showSymbol: false,
          lineStyle: { width: 2.5, color: '#4f46e5' },
          itemStyle: { color: '#4f46e5' },
          markArea: { silent: true, data: areas },
        },
      ],
    };
  }, [history, bands, lang, t]);
  return (
    <EChart
      option={option}
      testId="health-trend-chart"
      label={t('health.trend.chartLabel')}
      loading={loading}
    />
  );
}
