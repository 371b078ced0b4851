// One month's rate in the rates table: "1 USD = 151.2 JPY", when it was last changed, and for
// admins and managers the edit and delete buttons; a deletion is confirmed in a row under it.
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type FxRate } from '../../api';
import { ConfirmRow } from '../../components/ConfirmRow';
import { Icon } from '../../components/Icon';
import { useRowEditor } from '../../components/useRowEditor';
import { errorText } from '../../lib/errorText';
import { currencyName, formatDateTime, formatMonth } from '../../lib/format';

export function FxRateRow({
  rate,
  columns,
  onEdit,
  onDeleted,
}: {
  rate: FxRate;
  columns: number;
  onEdit?: (rate: FxRate) => void;
  onDeleted: (rate: FxRate) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const row = useRowEditor();
  const what = t('fx.rateOf', { month: formatMonth(rate.month, lang), currency: rate.currency });
  const remove = () =>
    row.run(
      async () => {
        await api.deleteFxRate(rate.id);
        onDeleted(rate);
      },
      (cause) => errorText(cause, t),
    );
  return (
    <Fragment>
      <tr data-testid="fx-rate-row" data-currency={rate.currency} data-month={rate.month}>
        <td className="nowrap">{formatMonth(rate.month, lang)}</td>
        <td>
          <span className="currency-code">{rate.currency}</span>{' '}
          <span className="muted">{currencyName(rate.currency, lang)}</span>
        </td>
        <td className="num" data-testid="fx-rate-value">
          {t('fx.rateText', { currency: rate.currency, rate: rate.rate, reporting: rate.quote })}
        </td>
        <td className="muted nowrap">{formatDateTime(rate.updated_at, lang)}</td>
        {onEdit && (
          <td className="actions-cell actions-cell-pair">
            <button
              type="button"
              className="icon-button icon-button-sm"
              onClick={() => onEdit(rate)}
              title={t('fx.editTitle')}
              aria-label={`${t('fx.editTitle')}: ${what}`}
              data-testid="fx-rate-edit"
            >
              <Icon name="pencil" size={13} />
            </button>
            <button
              type="button"
              className="icon-button icon-button-sm"
              onClick={row.askToConfirm}
              disabled={row.busy}
              title={t('fx.delete')}
              aria-label={`${t('fx.delete')}: ${what}`}
              data-testid="fx-rate-delete"
            >
              <Icon name="trash" size={13} />
            </button>
          </td>
        )}
      </tr>
      {row.confirming && (
        <ConfirmRow
          colSpan={columns}
          label={what}
          question={t('fx.deleteConfirm', { what })}
          confirmLabel={t('fx.delete')}
          busyLabel={t('fx.deleting')}
          busy={row.busy}
          error={row.problem}
          onCancel={row.cancelConfirm}
          onConfirm={() => void remove()}
          testId="fx-rate-delete"
        />
      )}
    </Fragment>
  );
}
