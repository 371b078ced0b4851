// An account fact as journey rules and ICP criteria name it (`account.arr_minor`, `industry`),
// worded for people: money in the reporting currency (never the integer the API sends),
// industries, employee bands and countries in the UI language, other numbers grouped. A money
// threshold is typed in the reporting currency's own unit (¥1,000,000 or $6,000.00).
import { formatMoney, formatNumber, regionName } from './format';
import { employeeBandLabel, industryLabel } from './labels';
import { amountProblemText, amountText, parseAmount } from './money';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/**
 * The fields holding an ARR: the server compares them in the reporting currency, in its
 * smallest unit — thresholds and accounts' values alike (an account without a rate has none).
 */
const MONEY_FIELDS: ReadonlySet<string> = new Set(['arr_minor', 'account.arr_minor']);

export function isMoneyField(field: string | null | undefined): boolean {
  return MONEY_FIELDS.has(field ?? '');
}

export interface FieldValueContext {
  lang: string;
  t: Translate;
  /** The reporting currency: money fields are in it. Until it is read, an amount shows as "…". */
  currency?: string | null;
}

/** The value in words, or null when there is none (the caller says "no value"). */
export function fieldValueText(
  field: string | null | undefined,
  value: string | number | null | undefined,
  { lang, t, currency }: FieldValueContext,
): string | null {
  if (value === null || value === undefined || value === '') return null;
  if (isMoneyField(field) && typeof value === 'number')
    return currency ? formatMoney(value, currency, lang) : '…';
  if (typeof value === 'number') return formatNumber(value, lang, 2);
  if (field === 'industry') return industryLabel(value, t);
  if (field === 'employee_band') return employeeBandLabel(value, t);
  if (field === 'country') return regionName(value, lang) || value;
  return value;
}

/** A threshold as its input starts: an amount in the currency's unit, any other number as it is. */
export function thresholdText(field: string, value: number | null, currency: string): string {
  if (value === null) return '';
  return isMoneyField(field) ? amountText(value, currency) : String(value);
}

/**
 * A typed threshold → the number the API takes: for a money field, an amount in the reporting
 * currency's unit (1,000,000 → 1000000 for JPY; 6000 → 600000 for USD); else any number.
 * `problem` words what is wrong (nothing typed is `notNumber`'s words).
 */
export function parseThreshold(
  field: string,
  text: string,
  currency: string,
  t: Translate,
  notNumber: string,
): { value: number } | { problem: string } {
  if (!isMoneyField(field)) {
    const value = Number(text);
    return text.trim() === '' || !Number.isFinite(value) ? { problem: notNumber } : { value };
  }
  const parsed = parseAmount(text, currency);
  if (parsed === null) return { problem: notNumber };
  if ('problem' in parsed) return { problem: amountProblemText(parsed.problem, currency, t) };
  return { value: parsed.minor };
}

/**
 * Under an ARR threshold's input: the currency it is typed in and compared in, and what is typed
 * as money ("= ¥1,000,000"), since accounts are compared by their ARR converted into it.
 */
export function amountHint(text: string, currency: string, lang: string, t: Translate): string {
  const parsed = parseAmount(text, currency);
  const amount = parsed && 'minor' in parsed ? formatMoney(parsed.minor, currency, lang) : null;
  return amount ? t('icp.arrHintAmount', { amount, currency }) : t('icp.arrHint', { currency });
}

/** What stands for a field without a value: for an ARR, that it has no rate into the reporting currency. */
export function noValueText(field: string | null | undefined, t: Translate): string {
  return isMoneyField(field) ? t('money.rateMissing') : t('journey.account.noValue');
}
