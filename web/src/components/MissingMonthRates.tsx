// A revenue figure that leaves amounts out for want of an exchange rate says so, naming each
// currency and the months it lacks (the server never converts at 1.0): never a silent gap.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MonthRateMissing } from '../api';
import { formatMonth } from '../lib/format';
import { missingByCurrency } from '../lib/portfolio';
import { Alert } from './Alert';

export function MissingMonthRates({
  missing,
  reporting,
  testId = 'missing-rates',
}: {
  missing: readonly MonthRateMissing[];
  reporting: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  if (missing.length === 0) return null;
  const months = (list: string[]) =>
    list.map((m) => formatMonth(m, lang)).join(t('health.listSeparator'));
  return (
    <Alert tone="warning" role="alert" testId={testId} className="missing-rates">
      <strong>{t('portfolio.missingRates.title')}</strong>{' '}
      {t('portfolio.missingRates.body', { reporting })}
      <ul className="missing-rates-list">
        {missingByCurrency(missing).map(([currency, list]) => (
          <li key={currency} data-testid={`${testId}-currency`} data-currency={currency}>
            <span className="currency-code">{currency}</span> {months(list)}
          </li>
        ))}
      </ul>
      <Link to="/currency">{t('portfolio.missingRates.add')}</Link>
    </Alert>
  );
}
