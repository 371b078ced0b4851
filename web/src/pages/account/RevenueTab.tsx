// Contracts and revenue movements (new / expansion / contraction / churn / reactivation), and a
// notice for each contract due for renewal: an end is a renewal due, never a scheduled churn.
// Admins and managers add and edit contracts; the movements and the account's ARR follow.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Account, type Contract } from '../../api';
import { useCan } from '../../auth/permissions';
import { ArrAmount } from '../../components/ArrAmount';
import { Badge, MovementBadge } from '../../components/Badges';
import { TableCard } from '../../components/TableCard';
import { ErrorBanner, Skeleton } from '../../components/States';
import { formatDate, formatMoney } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { ContractDialog } from './ContractDialog';
import { ContractsTable } from './ContractsTable';
import { RenewalNotices } from './RenewalNotices';
import { DEFAULT_WITHIN } from '../renewals/renewals';

export function RevenueTab({
  account,
  onAccountChanged,
}: {
  account: Account;
  /** A contract saved: the account's ARR has changed. */
  onAccountChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const canWrite = useCan('writeRevenue');
  const [editing, setEditing] = useState<Contract | 'new' | null>(null);
  const data = useAsync(
    async (signal) => {
      const [contracts, movements, renewals] = await Promise.all([
        api.contracts(account.id, signal),
        api.revenueMovements(account.id, signal),
        // The renewal notices are a help, not the tab: without them the figures still show.
        api
          .renewals({ account_id: account.id, within_days: DEFAULT_WITHIN }, signal)
          .catch(() => null),
      ]);
      return {
        contracts,
        movements: [...movements].sort((a, b) => b.date.localeCompare(a.date)),
        renewals,
      };
    },
    [account.id],
  );
  if (data.error) return <ErrorBanner error={data.error} onRetry={data.reload} />;
  if (!data.data) return <Skeleton />;
  const { contracts, movements, renewals } = data.data;
  const active = contracts.filter((c) => c.status === 'active');
  const mrrByCurrency = new Map<string, number>();
  for (const c of active)
    mrrByCurrency.set(c.currency, (mrrByCurrency.get(c.currency) ?? 0) + c.mrr_minor);
  const productOf = new Map(contracts.map((c) => [c.id, c.product]));
  const dialog = editing && (
    <ContractDialog
      accountId={account.id}
      currency={account.currency}
      contract={editing === 'new' ? null : editing}
      onSaved={() => {
        setEditing(null);
        data.reload();
        onAccountChanged();
      }}
      onClose={() => setEditing(null)}
    />
  );

  return (
    <div className="stack">
      {renewals && <RenewalNotices renewals={renewals} />}
      <div className="tiles">
        <div className="tile">
          <div className="tile-label">{t('account.field.arr')}</div>
          <div className="tile-value">
            <ArrAmount arr={account} testId="revenue-arr" />
          </div>
        </div>
        <div className="tile">
          <div className="tile-label">{t('revenue.mrrActive')}</div>
          <div className="tile-value">
            {mrrByCurrency.size === 0
              ? '—'
              : [...mrrByCurrency.entries()]
                  .map(([currency, minor]) => formatMoney(minor, currency, lang))
                  .join(' · ')}
          </div>
        </div>
        <div className="tile">
          <div className="tile-label">{t('revenue.activeContracts')}</div>
          <div className="tile-value">
            {active.length}
            <span className="tile-of"> / {contracts.length}</span>
          </div>
        </div>
      </div>

      <ContractsTable
        contracts={contracts}
        onAdd={canWrite ? () => setEditing('new') : undefined}
        onEdit={canWrite ? setEditing : undefined}
      />

      <TableCard
        title={t('revenue.movements')}
        testId="movements-table"
        empty={movements.length === 0 ? { icon: 'trendUp', title: t('revenue.noMovements') } : null}
        columns={[
          { label: t('revenue.col.date') },
          { label: t('revenue.col.kind') },
          { label: t('revenue.col.contract') },
          { label: t('revenue.col.mrrDelta'), numeric: true },
          { label: t('revenue.col.arrDelta'), numeric: true },
        ]}
      >
        {movements.map((m) => (
          <tr key={m.id}>
            <td className="nowrap">{formatDate(m.date, lang)}</td>
            <td>
              <MovementBadge kind={m.kind} />
              {m.scheduled && (
                <>
                  {' '}
                  <Badge tone="gray" title={t('revenue.scheduledHint')} testId="movement-scheduled">
                    {t('revenue.scheduled')}
                  </Badge>
                </>
              )}
            </td>
            <td>
              {m.contract_id !== null ? (
                (productOf.get(m.contract_id) ?? `#${m.contract_id}`)
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td
              className={`num ${m.mrr_delta_minor < 0 ? 'neg' : m.mrr_delta_minor > 0 ? 'pos' : ''}`}
            >
              {formatMoney(m.mrr_delta_minor, m.currency, lang, { signed: true })}
            </td>
            <td
              className={`num strong ${m.arr_delta_minor < 0 ? 'neg' : m.arr_delta_minor > 0 ? 'pos' : ''}`}
            >
              {formatMoney(m.arr_delta_minor, m.currency, lang, { signed: true })}
            </td>
          </tr>
        ))}
      </TableCard>
      {dialog}
    </div>
  );
}
