// The account's contracts: product, status, period, billing, amount per period, MRR, external
// id; admins and managers add and edit them (ContractDialog). They export to CSV.
import { useTranslation } from 'react-i18next';
import type { Contract } from '../../api';
import { Badge } from '../../components/Badges';
import { ExportButton } from '../../components/ExportButton';
import { Icon } from '../../components/Icon';
import { TableCard, type TableColumn } from '../../components/TableCard';
import { formatDate, formatMoney } from '../../lib/format';

const STATUS_TONE = { active: 'green', upcoming: 'blue', ended: 'gray' } as const;

export function ContractsTable({
  contracts,
  onAdd,
  onEdit,
}: {
  contracts: Contract[];
  /** Undefined when the user may not write contracts. */
  onAdd?: () => void;
  onEdit?: (contract: Contract) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const columns: TableColumn[] = [
    { label: t('revenue.col.product') },
    { label: t('revenue.col.status') },
    { label: t('revenue.col.period') },
    { label: t('revenue.col.billing') },
    { label: t('revenue.col.amount'), numeric: true },
    { label: t('revenue.col.mrr'), numeric: true },
    { label: t('revenue.col.externalId') },
  ];
  if (onEdit) columns.push({ label: '' });
  // The account's, as its contracts say: with none there is nothing to export.
  const accountId = contracts[0]?.account_id;
  return (
    <TableCard
      title={t('revenue.contracts')}
      testId="contracts-table"
      empty={contracts.length === 0 ? { icon: 'file', title: t('revenue.noContracts') } : null}
      columns={columns}
      action={
        <div className="card-head-tools">
          {accountId !== undefined && (
            <ExportButton list="contracts" query={{ account_id: accountId }} />
          )}
          {onAdd && (
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={onAdd}
              data-testid="contract-add"
            >
              <Icon name="plus" size={14} />
              {t('contractForm.add')}
            </button>
          )}
        </div>
      }
    >
      {contracts.map((c) => (
        <tr
          key={c.id}
          className={c.status === 'ended' ? 'row-dim' : undefined}
          data-testid="contract-row"
          data-contract-id={c.id}
        >
          <td className="strong">{c.product}</td>
          <td>
            <Badge tone={STATUS_TONE[c.status] ?? 'gray'} dot>
              {t(`enum.contractStatus.${c.status}`)}
            </Badge>
          </td>
          <td className="nowrap">
            {formatDate(c.start_date, lang)} – {c.end_date ? formatDate(c.end_date, lang) : ''}
          </td>
          <td>{t(`enum.billing.${c.billing_period}`)}</td>
          <td className="num" data-testid="contract-row-amount">
            {formatMoney(c.amount_minor, c.currency, lang)}
          </td>
          <td className="num">{formatMoney(c.mrr_minor, c.currency, lang)}</td>
          <td>{c.external_id ? <code>{c.external_id}</code> : <span className="muted">—</span>}</td>
          {onEdit && (
            <td className="actions-cell">
              <button
                type="button"
                className="icon-button icon-button-sm"
                onClick={() => onEdit(c)}
                title={t('contractForm.editTitle')}
                aria-label={`${t('contractForm.editTitle')}: ${c.product}`}
                data-testid="contract-edit"
              >
                <Icon name="pencil" size={13} />
              </button>
            </td>
          )}
        </tr>
      ))}
    </TableCard>
  );
}
