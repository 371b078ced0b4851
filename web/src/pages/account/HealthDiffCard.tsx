// "What changed since last month?": the score and each measure on two days (a month ago and
// today unless chosen), the measures whose points moved most first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type HealthDiff } from '../../api';
import { Field } from '../../components/FormFields';
import { ErrorBanner, Skeleton } from '../../components/States';
import { isIsoDay, todayIso } from '../../lib/dates';
import { diffRows, formatPoints, formatRaw } from '../../lib/health';
import { useAsync } from '../../lib/useAsync';

/** A month before today (local), `YYYY-MM-DD`. */
function monthAgo(now = new Date()): string {
  return todayIso(new Date(now.getFullYear(), now.getMonth() - 1, now.getDate()));
}

export function HealthDiffCard({ accountId, revision }: { accountId: number; revision: number }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(monthAgo);
  const [to, setTo] = useState(() => todayIso());
  const valid = isIsoDay(from) && isIsoDay(to) && from <= to;
  const diff = useAsync(
    (signal) => (valid ? api.healthDiff(accountId, from, to, signal) : Promise.resolve(undefined)),
    [accountId, from, to, valid, revision],
  );
  return (
    <section className="card" data-testid="health-diff">
      <div className="card-head">
        <h2 className="card-head-title">{t('health.diff.title')}</h2>
        <div className="card-head-tools health-diff-dates">
          <Field label={t('health.diff.from')} small>
            <input
              type="date"
              value={from}
              max={to}
              onChange={(e) => setFrom(e.target.value)}
              data-testid="health-diff-from"
            />
          </Field>
          <Field label={t('health.diff.to')} small>
            <input
              type="date"
              value={to}
              min={from}
              max={todayIso()}
              onChange={(e) => setTo(e.target.value)}
              data-testid="health-diff-to"
            />
          </Field>
        </div>
      </div>
      {!valid && (
        <p className="field-error health-note" role="alert" data-testid="health-diff-invalid">
          {t('health.diff.invalid')}
        </p>
      )}
      <ErrorBanner error={diff.error} onRetry={diff.reload} />
      {valid && !diff.data && !diff.error && <Skeleton />}
      {valid && diff.data && <DiffTable diff={diff.data} />}
    </section>
  );
}

function DiffTable({ diff }: { diff: HealthDiff }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const score = (s: number | null) => (s === null ? '—' : formatPoints(s, lang));
  const band = (b: HealthDiff['from']['band']) =>
    b ? t(`enum.healthBand.${b}`) : t('health.noBand');
  return (
    <>
      <p className="health-costs" data-testid="health-diff-summary">
        {t('health.diff.summary', {
          from: score(diff.from.score),
          fromBand: band(diff.from.band),
          to: score(diff.to.score),
          toBand: band(diff.to.band),
        })}
      </p>
      <div className="table-wrap table-wrap-full">
        <table className="table" data-testid="health-diff-table">
          <thead>
            <tr>
              <th>{t('health.col.measure')}</th>
              <th>{t('health.diff.raw')}</th>
              <th className="num">{t('health.diff.points')}</th>
              <th className="num">{t('health.diff.change')}</th>
            </tr>
          </thead>
          <tbody>
            {diffRows(diff.measures).map((m) => {
              const raw = (value: number | null) => formatRaw(value, m.unit, m.measure, lang, t);
              const moved = Math.abs(m.change) >= 0.05;
              return (
                <tr key={m.measure} data-testid="health-diff-row" data-measure={m.measure}>
                  <td className="strong">{t(`enum.healthMeasure.${m.measure}`)}</td>
                  <td>
                    {raw(m.raw_from)} <span className="muted">→</span> {raw(m.raw_to)}
                  </td>
                  <td className="num">
                    {formatPoints(m.points_from, lang)} <span className="muted">→</span>{' '}
                    {formatPoints(m.points_to, lang)}
                  </td>
                  <td
                    className={`num strong ${!moved ? 'muted' : m.change > 0 ? 'pos' : 'neg'}`}
                    data-testid="health-diff-change"
                  >
                    {formatPoints(moved ? m.change : 0, lang, true)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
