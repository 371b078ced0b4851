// The renewals, a row per contract: its account (a link), product and end date, whether it is
// due or overdue (and the grace days left), the account's owner and ARR in both currencies.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { RenewalDue } from '../../api';
import { ArrAmount } from '../../components/ArrAmount';
import { RenewalStatusBadge } from '../../components/Badges';
import { TableCard } from '../../components/TableCard';
import { formatDate, formatRelativeDays, initials } from '../../lib/format';
import { graceDaysLeft } from './renewals';

export function RenewalsTable({
  renewals,
  reporting,
  graceDays,
  within,
  loading,
}: {
  renewals: RenewalDue[];
  reporting: string;
  graceDays: number;
  within: number;
  loading: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <TableCard
      title={t('renewals.listTitle', { days: within })}
      testId="renewals-table"
      empty={
        renewals.length === 0
          ? { icon: 'calendar', title: t('renewals.empty', { days: within }) }
          : null
      }
      columns={[
        { label: t('renewals.col.account') },
        { label: t('renewals.col.contract') },
        { label: t('renewals.col.end') },
        { label: t('renewals.col.status') },
        { label: t('renewals.col.owner') },
        { label: t('renewals.col.arr', { currency: reporting }), numeric: true },
      ]}
    >
      {renewals.map((r) => (
        <tr
          key={r.contract.id}
          data-testid="renewal-row"
          data-status={r.status}
          data-account-id={r.account.id}
          data-loading={loading ? 'true' : 'false'}
        >
          <td className="cell-name">
            <Link className="account-name" to={`/accounts/${r.account.id}?tab=revenue`}>
              {r.account.name}
            </Link>
          </td>
          <td>{r.contract.product}</td>
          <td>
            <div className="date-cell">
              <span>{r.contract.end_date ? formatDate(r.contract.end_date, lang) : '—'}</span>
              <span className={`relative ${r.status === 'overdue' ? 'relative-soon' : ''}`}>
                {formatRelativeDays(r.days_until, lang)}
              </span>
            </div>
          </td>
          <td>
            <div className="date-cell status-cell">
              <RenewalStatusBadge status={r.status} />
              {r.status === 'overdue' && (
                <span className="relative relative-soon" data-testid="renewal-grace">
                  {t('renewals.graceLeft', { count: graceDaysLeft(r.days_until, graceDays) })}
                </span>
              )}
            </div>
          </td>
          <td>
            {r.account.owner_name ? (
              <span className="person">
                <span className="avatar avatar-sm">{initials(r.account.owner_name)}</span>
                {r.account.owner_name}
              </span>
            ) : (
              <span className="muted">{t('common.unassigned')}</span>
            )}
          </td>
          <td className="num">
            <ArrAmount arr={r.account} reportingCurrency={reporting} testId="renewal-arr" />
          </td>
        </tr>
      ))}
    </TableCard>
  );
}
