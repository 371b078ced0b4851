// The currencies accounts are billed in that have no rate into the reporting currency (this month
// or before): each with its number of accounts, whose ARR stays unconverted — never taken at 1.0 —
// until a rate is added. Editors add the rate from here.
import { useTranslation } from 'react-i18next';
import type { MissingRate } from '../../api';
import { Alert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { currencyName, formatNumber } from '../../lib/format';

export function MissingRates({
  missing,
  reporting,
  onAdd,
}: {
  missing: MissingRate[];
  reporting: string;
  /** Opens the rate form for the currency; undefined when the user may not write rates. */
  onAdd?: (currency: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  if (missing.length === 0)
    return (
      <Alert tone="success" role="status" testId="fx-missing-none">
        {t('fx.missing.none', { reporting })}
      </Alert>
    );
  const accounts = missing.reduce((n, m) => n + m.accounts, 0);
  return (
    <Alert tone="warning" role="alert" testId="fx-missing" className="fx-missing">
      <strong className="fx-missing-title">
        {t('fx.missing.title', { count: missing.length })}
      </strong>
      <p className="fx-missing-body">
        {t('fx.missing.body', {
          count: missing.length,
          reporting,
          accounts: formatNumber(accounts, lang),
        })}
      </p>
      <ul className="fx-missing-list">
        {missing.map((m) => (
          <li key={m.currency} data-testid="fx-missing-currency" data-currency={m.currency}>
            <span className="currency-code">{m.currency}</span>
            <span className="fx-missing-name">{currencyName(m.currency, lang)}</span>
            <span className="fx-missing-count">
              {t('fx.missing.accounts', { count: m.accounts })}
            </span>
            {onAdd && (
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                onClick={() => onAdd(m.currency)}
                data-testid="fx-missing-add"
              >
                <Icon name="plus" size={13} />
                {t('fx.missing.add', { currency: m.currency })}
              </button>
            )}
          </li>
        ))}
      </ul>
    </Alert>
  );
}
