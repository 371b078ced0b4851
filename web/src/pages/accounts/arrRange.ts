// The account list's ARR range as typed: amounts in the reporting currency's own unit
// (¥1,000,000 or $6,000.00), sent to the API (and kept in the address) as its integers.
import type { Translate } from '../../lib/errorText';
import { currencyDigits, minorToMajor, numberFormat } from '../../lib/format';
import { amountProblemText, parseAmount } from '../../lib/money';

export interface ArrRangeText {
  min: string;
  max: string;
}

export interface ArrRange {
  min: number | undefined;
  max: number | undefined;
}

export type ArrRangeResult =
  { range: ArrRange } | { problems: Partial<Record<keyof ArrRangeText, string>> };

/** The range of the address, as the inputs start: grouped ("1,000,000"), blank without a bound. */
export function arrRangeText(range: ArrRange, currency: string): ArrRangeText {
  // Grouped with commas whatever the language: what parseAmount reads back.
  const format = numberFormat('en-US', {
    maximumFractionDigits: currencyDigits(currency),
  });
  const text = (minor: number | undefined) =>
    minor === undefined ? '' : format.format(minorToMajor(minor, currency));
  return { min: text(range.min), max: text(range.max) };
}

/** The typed range, or what is wrong with it (a bound that is no amount; a minimum above the maximum). */
export function parseArrRange(text: ArrRangeText, currency: string, t: Translate): ArrRangeResult {
  const problems: Partial<Record<keyof ArrRangeText, string>> = {};
  const range: ArrRange = { min: undefined, max: undefined };
  for (const bound of ['min', 'max'] as const) {
    const parsed = parseAmount(text[bound], currency);
    if (parsed === null) continue;
    if ('problem' in parsed) problems[bound] = amountProblemText(parsed.problem, currency, t);
    else range[bound] = parsed.minor;
  }
  if (range.min !== undefined && range.max !== undefined && range.min > range.max)
    problems.max = t('accounts.filter.arrOrder');
  return Object.keys(problems).length > 0 ? { problems } : { range };
}
