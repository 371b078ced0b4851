// The hand-offs whose fit score was below a threshold within a period, newest first: for the CS
// leader and sales to talk about which deals should not have been signed, and why.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router-dom';
import { api, type Handoff } from '../../api';
import { FitScore } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { useStaffNames } from '../../lib/useStaffNames';
import { handedOffBy } from './handoff';

export const FIT_THRESHOLDS = [30, 40, 50, 60, 70, 80, 101];
export const PERIODS = [30, 90, 180, 365, 730];
const PAGE = 50;

export function PoorFitList() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [params, setParams] = useSearchParams();
  const nameOf = useStaffNames();
  const below = FIT_THRESHOLDS.includes(Number(params.get('fit_below')))
    ? Number(params.get('fit_below'))
    : 50;
  const since = PERIODS.includes(Number(params.get('since'))) ? Number(params.get('since')) : 180;
  const key = `${below}/${since}`;
  const [cursor, setCursor] = useState<{ key: string; value: string | null }>({ key, value: null });
  const current = cursor.key === key ? cursor.value : null;
  const page = useAsync(
    (signal) =>
      api.handoffs({ fit_below: below, since_days: since, limit: PAGE, cursor: current }, signal),
    [key, current],
  );
  // Pages add up under "more"; a new filter starts again.
  const [rows, setRows] = useState<{ key: string; items: Handoff[] }>({ key, items: [] });
  useEffect(() => {
    if (!page.data) return;
    const data = page.data.data;
    setRows((prev) =>
      prev.key === key && current !== null
        ? {
            key,
            items: [...prev.items, ...data.filter((h) => !prev.items.some((p) => p.id === h.id))],
          }
        : { key, items: data },
    );
  }, [page.data]);
  const items = rows.key === key ? rows.items : [];

  function setFilter(name: 'fit_below' | 'since', value: string) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set(name, value);
        return next;
      },
      { replace: true },
    );
  }

  return (
    <div className="card">
      <div className="toolbar">
        <label className="toolbar-field">
          <span>{t('handoffs.fitBelow')}</span>
          <select
            className="select"
            value={below}
            onChange={(e) => setFilter('fit_below', e.target.value)}
            data-testid="handoffs-fit-below"
          >
            {FIT_THRESHOLDS.map((n) => (
              <option key={n} value={n}>
                {n > 100 ? t('handoffs.anyFit') : t('handoffs.below', { score: n })}
              </option>
            ))}
          </select>
        </label>
        <label className="toolbar-field">
          <span>{t('handoffs.period')}</span>
          <select
            className="select"
            value={since}
            onChange={(e) => setFilter('since', e.target.value)}
            data-testid="handoffs-since"
          >
            {PERIODS.map((n) => (
              <option key={n} value={n}>
                {t('handoffs.lastDays', { days: n })}
              </option>
            ))}
          </select>
        </label>
        <div className="toolbar-spacer" />
        {page.data && (
          <span className="count" data-testid="handoffs-count">
            {t('handoffs.count', { count: items.length })}
            {page.data.next_cursor ? '+' : ''}
          </span>
        )}
      </div>
      <ErrorBanner error={page.error} onRetry={page.reload} />
      {!page.data && !page.error && <Skeleton rows={6} />}
      {page.data && items.length === 0 && !page.loading && (
        <Empty
          icon="check"
          title={t('handoffs.empty')}
          hint={t('handoffs.emptyHint', { score: below > 100 ? 100 : below, days: since })}
        />
      )}
      {items.length > 0 && (
        <div className="table-wrap">
          <table
            className="table"
            data-testid="handoffs-table"
            data-loading={page.loading ? 'true' : 'false'}
          >
            <thead>
              <tr>
                <th>{t('handoffs.col.account')}</th>
                <th>{t('handoffs.col.fit')}</th>
                <th>{t('handoffs.col.handedOff')}</th>
                <th>{t('handoffs.col.salesOwner')}</th>
                <th>{t('handoffs.col.whyBought')}</th>
                <th>{t('handoffs.col.plan')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((h) => (
                <tr
                  key={h.id}
                  data-testid="handoff-row"
                  data-account-id={h.account_id}
                  data-fit={h.fit_score ?? ''}
                >
                  <td className="cell-name">
                    <Link to={`/accounts/${h.account_id}?tab=handoff`} className="account-name">
                      {h.account_name}
                    </Link>
                  </td>
                  <td>
                    <FitScore score={h.fit_score} testId="handoff-row-fit" />
                  </td>
                  <td>
                    <div className="date-cell">
                      <span>{formatDateTime(h.handed_off_at, lang)}</span>
                      <HandedOffBy by={handedOffBy(h, nameOf)} />
                    </div>
                  </td>
                  <td>{h.sales_owner || <span className="muted">—</span>}</td>
                  <td className="cell-clip" title={h.why_bought}>
                    {h.why_bought}
                  </td>
                  <td>
                    {h.plan_id !== null ? (
                      <Link to={`/accounts/${h.account_id}?tab=success&plan=${h.plan_id}`}>
                        {t('handoff.openPlan')}
                      </Link>
                    ) : (
                      <span className="muted">{t('handoffs.noPlan')}</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {page.data?.next_cursor && (
        <div className="card-foot">
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            disabled={page.loading}
            onClick={() => setCursor({ key, value: page.data!.next_cursor })}
            data-testid="handoffs-more"
          >
            <Icon name="chevronDown" size={14} />
            {t('handoffs.more')}
          </button>
        </div>
      )}
    </div>
  );
}

/** Who recorded it, under the date: a name, or that the system did (no staff user). */
function HandedOffBy({ by }: { by: { system: boolean; name: string | null } }) {
  const { t } = useTranslation();
  return (
    <span className="muted" data-testid="handoff-row-by">
      {by.system ? t('handoffs.bySystem') : (by.name ?? t('handoff.unknownStaff'))}
    </span>
  );
}
