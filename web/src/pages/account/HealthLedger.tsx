// "Why is this account yellow?": the score, its band and the scorecard it was computed with, the
// measures that cost the most points in words, and the whole ledger, the costliest first. Each
// measure's raw value is in its unit; one without data says so, with the rule applied to it.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountHealth } from '../../api';
import { formatDateTime, formatNumber } from '../../lib/format';
import { biggestCosts, formatPoints, formatRaw, ledgerRows } from '../../lib/health';
import { formatPercent } from '../../lib/usage';

export function HealthLedger({ health, action }: { health: AccountHealth; action?: ReactNode }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const rows = ledgerRows(health.contributions);
  const costs = biggestCosts(rows);
  const band = health.band ? t(`enum.healthBand.${health.band}`) : t('health.noBand');
  return (
    <section className="card" data-testid="health-why">
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('health.why.title', { band })}</h2>
          <div className="card-head-sub" data-testid="health-summary">
            {t('health.why.summary', {
              score: health.score === null ? '—' : formatPoints(health.score, lang),
              band,
              scorecard: health.scorecard.name,
              version: health.scorecard.version,
              at: formatDateTime(health.computed_at, lang),
            })}
            {health.override && health.computed_band && (
              <>
                {' '}
                {t('health.why.computedBand', {
                  band: t(`enum.healthBand.${health.computed_band}`),
                })}
              </>
            )}
          </div>
        </div>
        {action && <div className="card-head-tools">{action}</div>}
      </div>
      <p className="health-costs" data-testid="health-costs">
        {costs.length > 0
          ? t('health.why.costs', {
              list: costs
                .map((row) =>
                  t('health.why.cost', {
                    measure: t(`enum.healthMeasure.${row.measure}`),
                    points: formatPoints(row.lost, lang),
                  }),
                )
                .join(t('health.listSeparator')),
            })
          : t('health.why.noCosts')}
      </p>
      <div className="table-wrap table-wrap-full">
        <table className="table health-ledger" data-testid="health-ledger">
          <thead>
            <tr>
              <th>{t('health.col.measure')}</th>
              <th>{t('health.col.raw')}</th>
              <th>{t('health.col.normalised')}</th>
              <th className="num">{t('health.col.weight')}</th>
              <th className="num">{t('health.col.points')}</th>
              <th className="num">{t('health.col.lost')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr
                key={row.measure}
                data-testid="health-ledger-row"
                data-measure={row.measure}
                data-lost={row.lost.toFixed(3)}
              >
                <td>
                  <div className="strong">{t(`enum.healthMeasure.${row.measure}`)}</div>
                  <div className="muted small">{t(`enum.measureSource.${row.source}`)}</div>
                </td>
                <td data-testid="health-ledger-raw">
                  {formatRaw(row.raw, row.unit, row.measure, lang, t)}
                  {row.raw === null && row.missing && (
                    <div className="muted small">
                      {t('health.missingApplied', { rule: t(`enum.missingRule.${row.missing}`) })}
                    </div>
                  )}
                </td>
                <td>
                  {row.normalised === null ? (
                    <span className="muted">{t('health.leftOut')}</span>
                  ) : (
                    <NormalisedBar value={row.normalised} />
                  )}
                </td>
                <td className="num">
                  {formatNumber(row.weight, lang, 1)}
                  <div className="muted small">{formatPercent(row.share, lang)}</div>
                </td>
                <td className="num">{formatPoints(row.points, lang)}</td>
                <td className={`num ${row.lost >= 1 ? 'neg' : 'muted'}`}>
                  {formatPoints(-row.lost, lang, true)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** 0–100 as a short bar and its number. */
function NormalisedBar({ value }: { value: number }) {
  const { i18n } = useTranslation();
  const clamped = Math.min(100, Math.max(0, value));
  return (
    <span className="health-bar" data-value={Math.round(clamped)}>
      <span className="bar-track">
        <span
          className={`bar-fill health-bar-${clamped < 40 ? 'low' : clamped < 70 ? 'mid' : 'high'}`}
          style={{ width: `${clamped}%` }}
        />
      </span>
      <span className="health-bar-value">
        {formatNumber(clamped, i18n.resolvedLanguage ?? 'en')}
      </span>
    </span>
  );
}
