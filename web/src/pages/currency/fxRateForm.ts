// An exchange rate as its form holds it (month, currency, the rate as typed) and what POST and
// PATCH send. The rate is units of the reporting currency for one unit of the currency, kept as
// the decimal text given ("151.2"), since it is an input and must read back as typed.
import type { FxRate, FxRateInput, FxRatePatch } from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import type { Translate } from '../../lib/errorText';
import { todayIso } from '../../lib/dates';

export interface FxRateDraft {
  month: string;
  currency: string;
  rate: string;
}

/** This month (local), as `YYYY-MM`. */
export function monthOf(now: Date): string {
  return todayIso(now).slice(0, 7);
}

/** A new rate (this month; the currency given, say the first one missing) or the one edited. */
export function fxRateDraft(rate: FxRate | null, now: Date, currency = ''): FxRateDraft {
  if (!rate) return { month: monthOf(now), currency, rate: '' };
  return { month: rate.month, currency: rate.currency, rate: rate.rate };
}

const FULL_WIDTH = /[０-９．，]/g;

/** The rate as the server takes it: half-width, without grouping or spaces; null when it is none. */
export function normaliseRate(text: string): string | null {
  const cleaned = text
    .replace(FULL_WIDTH, (c) =>
      c === '．' ? '.' : c === '，' ? ',' : String.fromCharCode(c.charCodeAt(0) - 0xfee0),
    )
    .replace(/[\s,_]/g, '');
  if (!/^\d+(\.\d+)?$/.test(cleaned) || !/[1-9]/.test(cleaned)) return null;
  return cleaned;
}

export function isMonth(text: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(text);
}

/** The server's checks, worded before sending: a month, a currency other than the reporting one, a positive rate. */
export function fxRateProblems(draft: FxRateDraft, reporting: string, t: Translate): FieldErrors {
  const problems: FieldErrors = {};
  if (!isMonth(draft.month)) problems.month = t('errors.reason.not_a_month');
  const currency = draft.currency.trim().toUpperCase();
  if (!currency) problems.currency = t('recordForm.problem.required');
  else if (!/^[A-Z]{3}$/.test(currency)) problems.currency = t('errors.reason.not_a_currency');
  else if (currency === reporting) problems.currency = t('errors.reason.reporting_currency');
  if (!draft.rate.trim()) problems.rate = t('recordForm.problem.required');
  else if (normaliseRate(draft.rate) === null) problems.rate = t('errors.reason.not_a_rate');
  return problems;
}

/** What POST sends (the draft has passed fxRateProblems). */
export function fxRateInput(draft: FxRateDraft): FxRateInput {
  return {
    month: draft.month,
    currency: draft.currency.trim().toUpperCase(),
    rate: normaliseRate(draft.rate) ?? draft.rate.trim(),
  };
}

/** What PATCH sends: the version read and the fields changed. */
export function fxRatePatch(rate: FxRate, draft: FxRateDraft): FxRatePatch {
  const input = fxRateInput(draft);
  const patch: FxRatePatch = { version: rate.version };
  if (input.month !== rate.month) patch.month = input.month;
  if (input.currency !== rate.currency) patch.currency = input.currency;
  if (input.rate !== rate.rate) patch.rate = input.rate;
  return patch;
}
