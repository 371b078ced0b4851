// The restatement log: each change a back-dated contract change made to a closed month's figure,
// newest first — the month, the figure, from what to what, who and when.
import { useTranslation } from 'react-i18next';
import { api, type Restatement } from '../../api';
import { ErrorBanner, Skeleton } from '../../components/States';
import { TableCard } from '../../components/TableCard';
import { formatDateTime, formatMoney, formatMonth, formatNumber } from '../../lib/format';
import { formatRate } from '../../lib/portfolio';
import { useAsync } from '../../lib/useAsync';

const RATES: ReadonlySet<string> = new Set(['nrr', 'grr', 'logo_retention']);

/** A restated value as its metric reads: a rate, a count of logos, else an amount of money. */
export function restatedValue(row: Restatement, value: number | null, lang: string): string {
  if (value === null) return '—';
  if (RATES.has(row.metric)) return formatRate(value, lang);
  if (row.metric.includes('logos')) return formatNumber(value, lang);
  return formatMoney(value, row.currency, lang);
}

export function RestatementsTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const log = useAsync((signal) => api.restatements(signal), []);
  const rows = log.data?.data ?? [];
  return (
    <div className="stack" data-testid="restatements-tab">
      <p className="muted">{t('revenuePage.restatements.hint')}</p>
      <ErrorBanner error={log.error} onRetry={log.reload} />
      {!log.data && !log.error && <Skeleton rows={4} />}
      {log.data && (
        <TableCard
          title={t('revenuePage.restatements.title')}
          testId="restatements-table"
          columns={[
            { label: t('revenuePage.restatements.col.month') },
            { label: t('revenuePage.restatements.col.metric') },
            { label: t('revenuePage.restatements.col.old'), numeric: true },
            { label: t('revenuePage.restatements.col.new'), numeric: true },
            { label: t('revenuePage.restatements.col.by') },
            { label: t('revenuePage.restatements.col.at') },
          ]}
          empty={
            rows.length === 0
              ? { icon: 'history', title: t('revenuePage.restatements.empty') }
              : null
          }
        >
          {rows.map((row) => (
            <tr key={row.id} data-testid="restatement-row">
              <td>{formatMonth(row.month, lang)}</td>
              <td>{t(`revenuePage.metric.${row.metric}`, { defaultValue: row.metric })}</td>
              <td className="num">{restatedValue(row, row.old_value, lang)}</td>
              <td className="num strong">{restatedValue(row, row.new_value, lang)}</td>
              <td>{row.actor}</td>
              <td className="nowrap">{formatDateTime(row.at, lang)}</td>
            </tr>
          ))}
        </TableCard>
      )}
    </div>
  );
}
