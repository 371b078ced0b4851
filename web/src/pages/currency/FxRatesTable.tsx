// The monthly exchange rates into the reporting currency, newest month first (as the server
// lists them): "1 USD = 151.2 JPY". The latest ones first; years of them on request. Admins and
// managers add, edit and delete them (FxRateRow).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FxRate } from '../../api';
import { Icon } from '../../components/Icon';
import { TableCard, type TableColumn } from '../../components/TableCard';
import { FxRateRow } from './FxRateRow';

/** Rows shown before "show all": a couple of months of the usual handful of currencies. */
export const FIRST_ROWS = 20;

export function FxRatesTable({
  rates,
  reporting,
  onAdd,
  onEdit,
  onDeleted,
}: {
  rates: FxRate[];
  reporting: string;
  /** Undefined when the user may not write rates. */
  onAdd?: () => void;
  onEdit?: (rate: FxRate) => void;
  onDeleted: (rate: FxRate) => void;
}) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const shown = all ? rates : rates.slice(0, FIRST_ROWS);
  const columns: TableColumn[] = [
    { label: t('fx.col.month') },
    { label: t('fx.col.currency') },
    { label: t('fx.col.rate', { reporting }), numeric: true },
    { label: t('fx.col.updated') },
  ];
  if (onEdit) columns.push({ label: '' });
  return (
    <div className="fx-rates">
      <TableCard
        title={t('fx.ratesTitle', { reporting })}
        testId="fx-rates-table"
        empty={rates.length === 0 ? { icon: 'coins', title: t('fx.noRates') } : null}
        columns={columns}
        action={
          onAdd && (
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={onAdd}
              data-testid="fx-rate-add"
            >
              <Icon name="plus" size={14} />
              {t('fx.add')}
            </button>
          )
        }
      >
        {shown.map((rate) => (
          <FxRateRow
            key={rate.id}
            rate={rate}
            columns={columns.length}
            onEdit={onEdit}
            onDeleted={onDeleted}
          />
        ))}
      </TableCard>
      {shown.length < rates.length && (
        <button
          type="button"
          className="btn btn-ghost btn-sm fx-rates-more"
          onClick={() => setAll(true)}
          data-testid="fx-rates-all"
        >
          {t('fx.showAll', { count: rates.length })}
        </button>
      )}
    </div>
  );
}
