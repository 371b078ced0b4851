// An account fact as journey rules and ICP criteria name it (`account.arr_minor`, `industry`),
// worded for people: money in its currency (never the minor-unit number the API sends),
// industries, employee bands and countries in the UI language, other numbers grouped.
import { formatMoney, formatNumber, regionName } from './format';
import { employeeBandLabel, industryLabel } from './labels';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The fields holding an amount in minor units of the account's currency. */
const MONEY_FIELDS: ReadonlySet<string> = new Set(['arr_minor', 'account.arr_minor']);

export function isMoneyField(field: string | null | undefined): boolean {
  return MONEY_FIELDS.has(field ?? '');
}

export interface FieldValueContext {
  lang: string;
  t: Translate;
  /**
   * The account's currency, when the value is one account's. Without it (a rule's or a
   * criterion's threshold, compared with each account's own currency) an amount is a number
   * "in each account's currency".
   */
  currency?: string | null;
}

/** The value in words, or null when there is none (the caller says "no value"). */
export function fieldValueText(
  field: string | null | undefined,
  value: string | number | null | undefined,
  { lang, t, currency }: FieldValueContext,
): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (isMoneyField(field) && typeof value === 'number') {
    return currency
      ? formatMoney(value, currency, lang)
      : t('icp.amountInOwnCurrency', { amount: formatNumber(value, lang) });
  }
  if (typeof value === 'number') return formatNumber(value, lang, 2);
  if (field === 'industry') return industryLabel(value, t);
  if (field === 'employee_band') return employeeBandLabel(value, t);
  if (field === 'country') return regionName(value, lang) || value;
  return value;
}

/**
 * The worked example under an ARR threshold's input: what the number means for a yen and for a
 * dollar account (600000 → ¥600,000 / $6,000.00), since the server compares it with each
 * account's ARR in that account's own currency.
 */
export function amountHint(value: string, lang: string, t: Translate): string {
  const amount = Number(value.trim() === '' ? '0' : value);
  const n = Number.isFinite(amount) ? amount : 0;
  return t('icp.arrHint', { jpy: formatMoney(n, 'JPY', lang), usd: formatMoney(n, 'USD', lang) });
}
