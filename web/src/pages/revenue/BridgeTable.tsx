// The MRR bridge, a row per period: how the opening MRR became the closing MRR, the logos, and
// the starting cohort's retention. A period still open (it reaches into this month) says so; a
// closed one has frozen rates.
import { useTranslation } from 'react-i18next';
import type { RetentionReport } from '../../api';
import { Badge } from '../../components/Badges';
import { formatMoney, formatNumber } from '../../lib/format';
import { formatRate } from '../../lib/portfolio';

const MOVEMENTS = [
  'new_mrr',
  'expansion_mrr',
  'contraction_mrr',
  'churn_mrr',
  'reactivation_mrr',
] as const;
/** Movements that take MRR away are shown with a minus (the answer has them as amounts). */
const LOSSES: ReadonlySet<string> = new Set(['contraction_mrr', 'churn_mrr']);

export function BridgeTable({ report, loading }: { report: RetentionReport; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const money = (minor: number, signed = false) =>
    formatMoney(minor, report.reporting_currency, lang, { signed });
  const columns = [
    'period',
    'opening_mrr',
    ...MOVEMENTS,
    'closing_mrr',
    'logos',
    'nrr',
    'grr',
    'logo_retention',
  ];
  return (
    <section className="card">
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('revenuePage.retention.bridge')}</h2>
          <div className="card-head-sub">
            {t('revenuePage.retention.bridgeSub', { currency: report.reporting_currency })}
          </div>
        </div>
      </div>
      <div className={`table-wrap ${loading ? 'is-refreshing' : ''}`}>
        <table className="table table-compact bridge-table" data-testid="bridge-table">
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c} className={c === 'period' ? undefined : 'num'}>
                  {t(`revenuePage.col.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {report.data.map((row) => (
              <tr key={row.period} data-testid="bridge-row" data-period={row.period}>
                <td className="nowrap bridge-period">
                  <div className="strong">{row.period}</div>
                  {row.partial && (
                    <Badge tone="amber" testId="bridge-partial">
                      {t('revenuePage.retention.partial')}
                    </Badge>
                  )}
                  {!row.complete && (
                    <Badge tone="red" testId="bridge-incomplete">
                      {t('revenuePage.retention.incomplete')}
                    </Badge>
                  )}
                </td>
                <td className="num">{money(row.opening_mrr)}</td>
                {MOVEMENTS.map((m) => (
                  <td key={m} className={`num ${LOSSES.has(m) && row[m] ? 'neg' : ''}`}>
                    {row[m] === 0 ? '—' : money(LOSSES.has(m) ? -row[m] : row[m], true)}
                  </td>
                ))}
                <td className="num strong">{money(row.closing_mrr)}</td>
                <td className="num nowrap" title={t('revenuePage.retention.logosHint')}>
                  <div>
                    {t('revenuePage.retention.logos', {
                      start: formatNumber(row.logos_start, lang),
                      end: formatNumber(row.logos_end, lang),
                    })}
                  </div>
                  <div className="muted small">
                    {t('revenuePage.retention.logoMoves', {
                      added: formatNumber(row.logos_new + row.logos_reactivated, lang),
                      lost: formatNumber(row.logos_churned, lang),
                    })}
                  </div>
                </td>
                <td className="num strong" data-testid="bridge-nrr">
                  {formatRate(row.nrr, lang)}
                </td>
                <td className="num">{formatRate(row.grr, lang)}</td>
                <td className="num">{formatRate(row.logo_retention, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
