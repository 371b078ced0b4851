// Amounts as people type them, in the currency's own unit (¥1,200,000 or $6,000.00), and as the
// API keeps them: whole numbers of the currency's smallest unit. The number of decimals is the
// currency's (Intl's resolvedOptions().maximumFractionDigits, lib/format.ts: JPY 0, USD 2).
import { currencyDigits } from './format';

export type AmountProblem = 'notAmount' | 'negative' | 'tooManyDecimals' | 'tooLarge';

export type ParsedAmount = { minor: number } | { problem: AmountProblem };

const FULL_WIDTH = /[０-９．，－]/g;

/** Full-width digits and marks (a Japanese IME's) as ASCII. */
function halfWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) =>
    c === '．'
      ? '.'
      : c === '，'
        ? ','
        : c === '－'
          ? '-'
          : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
  );
}

/**
 * A typed amount → the API's integer. Grouping (1,200,000), a currency sign, the currency's
 * code and spaces are ignored; null when nothing is typed.
 */
export function parseAmount(text: string, currency: string): ParsedAmount | null {
  const code = new RegExp(`^${currency}|${currency}$`, 'i');
  const cleaned = halfWidth(text)
    .replace(/[\s,_'¥￥$€£]/g, '')
    .replace(/円$/, '')
    .replace(/^[A-Z]{3}$/i.test(currency) ? code : /$^/, '');
  if (cleaned === '') return null;
  const match = /^(-?)(\d*)(?:\.(\d*))?$/.exec(cleaned);
  if (!match || (match[2] === '' && !match[3])) return { problem: 'notAmount' };
  if (match[1] === '-') return { problem: 'negative' };
  const digits = currencyDigits(currency);
  const fraction = (match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) return { problem: 'tooManyDecimals' };
  const minor = Number(`${match[2] || '0'}${fraction.padEnd(digits, '0')}`);
  if (!Number.isSafeInteger(minor)) return { problem: 'tooLarge' };
  return { minor };
}

/** The API's integer → the text an amount input starts with ("1200000", "6000.00"). */
export function amountText(minor: number, currency: string): string {
  const digits = currencyDigits(currency);
  if (digits === 0) return String(minor);
  const text = String(Math.abs(minor)).padStart(digits + 1, '0');
  return `${minor < 0 ? '-' : ''}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** A typed amount's problem in words, naming the currency's decimals ("JPY has none"). */
export function amountProblemText(problem: AmountProblem, currency: string, t: Translate): string {
  const digits = currencyDigits(currency);
  const key = problem === 'tooManyDecimals' && digits === 0 ? 'noDecimals' : problem;
  return t(`money.problem.${key}`, { currency, digits });
}
