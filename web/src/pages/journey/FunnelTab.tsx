// The journey funnel: how many accounts reached each stage, how many of them went on (conversion
// from the stage before), how long it took (median days to the next stage), and where accounts
// churned from; per stage and per moment of truth. Filtered by tier and by cohort (when accounts
// entered the journey: a year, a quarter or a month).
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, TIERS, type Tier } from '../../api';
import { MomentBadge } from '../../components/Badges';
import { EChart } from '../../components/EChart';
import { ErrorBanner, Skeleton } from '../../components/States';
import { formatNumber } from '../../lib/format';
import { cohortChoices, formatPercent, stageName } from '../../lib/journey';
import { useAsync } from '../../lib/useAsync';
import { funnelChartOption } from './funnel';

export function FunnelTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [params, setParams] = useSearchParams();
  const tier = TIERS.includes(params.get('tier') as Tier)
    ? (params.get('tier') as Tier)
    : undefined;
  const cohort = params.get('cohort') || undefined;
  const funnel = useAsync((signal) => api.journeyFunnel({ tier, cohort }, signal), [tier, cohort]);
  // The picker keeps the cohorts it has seen: a filtered answer may list fewer.
  const [known, setKnown] = useState<string[]>([]);
  useEffect(() => {
    if (funnel.data) setKnown((prev) => [...new Set([...prev, ...funnel.data!.cohorts])]);
  }, [funnel.data]);
  const choices = cohortChoices(known);

  function setFilter(key: 'tier' | 'cohort', value: string) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set(key, value);
        else next.delete(key);
        return next;
      },
      { replace: true },
    );
  }

  const data = funnel.data;
  const option = useMemo(
    () =>
      data
        ? funnelChartOption(data.stages, {
            lang,
            reached: t('journey.funnel.reached'),
            current: t('journey.funnel.current'),
            conversion: t('journey.funnel.conversion'),
          })
        : null,
    [data, lang, t],
  );

  return (
    <div className="stack">
      <div className="card">
        <div className="toolbar">
          <select
            className="select"
            value={tier ?? ''}
            onChange={(e) => setFilter('tier', e.target.value)}
            aria-label={t('accounts.filter.tier')}
            data-testid="funnel-tier"
          >
            <option value="">{t('accounts.filter.allTiers')}</option>
            {TIERS.map((item) => (
              <option key={item} value={item}>
                {t(`enum.tier.${item}`)}
              </option>
            ))}
          </select>
          <select
            className="select"
            value={cohort ?? ''}
            onChange={(e) => setFilter('cohort', e.target.value)}
            aria-label={t('journey.funnel.cohort')}
            data-testid="funnel-cohort"
          >
            <option value="">{t('journey.funnel.allCohorts')}</option>
            {cohort &&
              !known.includes(cohort) &&
              !choices.years.includes(cohort) &&
              !choices.quarters.includes(cohort) && <option value={cohort}>{cohort}</option>}
            {choices.years.length > 0 && (
              <optgroup label={t('journey.funnel.byYear')}>
                {choices.years.map((c) => (
                  <option key={c} value={c}>
                    {t('journey.funnel.year', { year: c })}
                  </option>
                ))}
              </optgroup>
            )}
            {choices.quarters.length > 0 && (
              <optgroup label={t('journey.funnel.byQuarter')}>
                {choices.quarters.map((c) => (
                  <option key={c} value={c}>
                    {t('journey.funnel.quarter', { year: c.slice(0, 4), quarter: c.slice(6) })}
                  </option>
                ))}
              </optgroup>
            )}
            {choices.months.length > 0 && (
              <optgroup label={t('journey.funnel.byMonth')}>
                {choices.months.map((c) => (
                  <option key={c} value={c}>
                    {t('journey.funnel.month', {
                      year: c.slice(0, 4),
                      month: Number(c.slice(5, 7)),
                    })}
                  </option>
                ))}
              </optgroup>
            )}
          </select>
          <div className="toolbar-spacer" />
          {data && (
            <span className="count" data-testid="funnel-accounts">
              {t('journey.funnel.accounts', { count: data.accounts })}
            </span>
          )}
        </div>
      </div>
      <ErrorBanner error={funnel.error} onRetry={funnel.reload} />
      {!data && !funnel.error && <Skeleton rows={6} />}
      {data && option && (
        <>
          <div className="tiles" data-testid="funnel-moments">
            {data.moments.map((m) => (
              <div
                key={m.moment}
                className={`tile moment-tile moment-${m.moment}`}
                data-testid="funnel-moment"
                data-moment={m.moment}
              >
                <div className="tile-label">{t(`enum.momentOfTruth.${m.moment}`)}</div>
                <div className="tile-value" data-testid="funnel-moment-reached">
                  {formatNumber(m.reached, lang)}
                  <span className="tile-of"> {t('journey.funnel.reachedUnit')}</span>
                </div>
                <div className="tile-sub">
                  {t('journey.funnel.conversion')}:{' '}
                  <strong data-testid="funnel-moment-conversion">
                    {formatPercent(m.conversion, lang)}
                  </strong>
                  {m.median_days_to_next !== null && (
                    <> · {t('journey.funnel.medianDays', { count: m.median_days_to_next })}</>
                  )}
                </div>
              </div>
            ))}
          </div>
          <section className={`card ${funnel.loading ? 'is-refreshing' : ''}`}>
            <div className="card-head">
              <div>
                <h2 className="card-head-title">{t('journey.funnel.title')}</h2>
                <div className="card-head-sub">{t('journey.funnel.hint')}</div>
              </div>
            </div>
            <div className="card-pad">
              <EChart
                option={option}
                testId="funnel-chart"
                label={t('journey.funnel.title')}
                className="chart chart-funnel"
                loading={funnel.loading}
              />
            </div>
            <div className="table-wrap">
              <table
                className="table"
                data-testid="funnel-table"
                data-loading={funnel.loading ? 'true' : 'false'}
              >
                <thead>
                  <tr>
                    <th>{t('journey.funnel.col.stage')}</th>
                    <th>{t('journey.funnel.col.moment')}</th>
                    <th className="num">{t('journey.funnel.col.reached')}</th>
                    <th className="num">{t('journey.funnel.col.current')}</th>
                    <th className="num">{t('journey.funnel.col.conversion')}</th>
                    <th className="num">{t('journey.funnel.col.medianDays')}</th>
                    <th className="num">{t('journey.funnel.col.churnedFrom')}</th>
                  </tr>
                </thead>
                <tbody>
                  {data.stages.map((s) => (
                    <tr key={s.key} data-testid="funnel-row" data-stage={s.key}>
                      <td className="strong">{stageName(s, lang)}</td>
                      <td>
                        <MomentBadge moment={s.moment} />
                      </td>
                      <td className="num" data-testid="funnel-reached">
                        {formatNumber(s.reached, lang)}
                      </td>
                      <td className="num" data-testid="funnel-current">
                        {formatNumber(s.current, lang)}
                      </td>
                      <td className="num" data-testid="funnel-conversion">
                        {formatPercent(s.conversion, lang)}
                      </td>
                      <td className="num" data-testid="funnel-median">
                        {s.median_days_to_next === null
                          ? '—'
                          : t('journey.days', { count: s.median_days_to_next })}
                      </td>
                      <td
                        className={`num ${s.churned_from > 0 ? 'neg-text' : ''}`}
                        data-testid="funnel-churned-from"
                      >
                        {formatNumber(s.churned_from, lang)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        </>
      )}
    </div>
  );
}
