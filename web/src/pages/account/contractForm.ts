// A contract as its form holds it: the amount typed in the currency's own unit (¥1,200,000 or
// $6,000.00) per billing period, sent as the API's integer; the checks the server makes
// (product, dates in order, an amount not negative, 1–10,000,000 seats); what POST and PATCH take.
import type { BillingPeriod, Contract, ContractInput, ContractPatch } from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import { isIsoDay, todayIso } from '../../lib/dates';
import type { Translate } from '../../lib/errorText';
import { formatMoney } from '../../lib/format';
import { amountProblemText, amountText, parseAmount } from '../../lib/money';

export const MAX_SEATS = 10_000_000;

export interface ContractDraft {
  product: string;
  external_id: string;
  start_date: string;
  /** '' for a contract without an end. */
  end_date: string;
  /** Per billing period, in the currency's own unit, as typed. */
  amount: string;
  billing_period: BillingPeriod;
  /** '' for a plan not sold per seat. */
  seats: string;
}

/** A new contract (annual, from today) or the one being edited. */
export function contractDraft(contract: Contract | null, now: Date): ContractDraft {
  if (!contract)
    return {
      product: '',
      external_id: '',
      start_date: todayIso(now),
      end_date: '',
      amount: '',
      billing_period: 'annual',
      seats: '',
    };
  return {
    product: contract.product,
    external_id: contract.external_id ?? '',
    start_date: contract.start_date,
    end_date: contract.end_date ?? '',
    amount: amountText(contract.amount_minor, contract.currency),
    billing_period: contract.billing_period,
    seats: contract.seats === null ? '' : String(contract.seats),
  };
}

export function contractProblems(
  draft: ContractDraft,
  currency: string,
  t: Translate,
): FieldErrors {
  const problems: FieldErrors = {};
  if (!draft.product.trim()) problems.product = t('recordForm.problem.required');
  else if ([...draft.product].length > 200)
    problems.product = t('recordForm.problem.tooLong', { max: 200 });
  if ([...draft.external_id.trim()].length > 100)
    problems.external_id = t('recordForm.problem.tooLong', { max: 100 });
  if (!isIsoDay(draft.start_date)) problems.start_date = t('recordForm.problem.date');
  if (draft.end_date && !isIsoDay(draft.end_date)) problems.end_date = t('recordForm.problem.date');
  else if (draft.end_date && isIsoDay(draft.start_date) && draft.end_date < draft.start_date)
    problems.end_date = t('contractForm.problem.endBeforeStart');
  const amount = parseAmount(draft.amount, currency);
  if (amount === null) problems.amount = t('recordForm.problem.required');
  else if ('problem' in amount) problems.amount = amountProblemText(amount.problem, currency, t);
  const seats = draft.seats.trim();
  if (seats && (!/^\d+$/.test(seats) || Number(seats) < 1 || Number(seats) > MAX_SEATS))
    problems.seats = t('contractForm.problem.seats', { max: MAX_SEATS });
  return problems;
}

/** The fields both POST and PATCH send (the draft has passed contractProblems). */
function fields(draft: ContractDraft, currency: string) {
  const amount = parseAmount(draft.amount, currency);
  return {
    product: draft.product.trim(),
    external_id: draft.external_id.trim() || null,
    start_date: draft.start_date,
    end_date: draft.end_date || null,
    amount_minor: amount && 'minor' in amount ? amount.minor : 0,
    billing_period: draft.billing_period,
    seats: draft.seats.trim() ? Number(draft.seats.trim()) : null,
  };
}

/** A new contract is in the account's currency (the server takes no other). */
export function contractInput(
  accountId: number,
  currency: string,
  draft: ContractDraft,
): ContractInput {
  return { account_id: accountId, currency, ...fields(draft, currency) };
}

export function contractPatch(contract: Contract, draft: ContractDraft): ContractPatch {
  return { version: contract.version, ...fields(draft, contract.currency) };
}

const MONTHS: Record<BillingPeriod, number> = { monthly: 1, quarterly: 3, annual: 12 };

/** The MRR of an amount per billing period, rounded as the server rounds it. */
export function mrrOf(amountMinor: number, period: BillingPeriod): number {
  const months = MONTHS[period];
  return Math.floor(amountMinor / months) + (2 * (amountMinor % months) >= months ? 1 : 0);
}

/** "¥1,200,000 a year · MRR ¥100,000" for what is typed, when it is an amount; else the hint. */
export function amountPreview(
  draft: ContractDraft,
  currency: string,
  lang: string,
  t: Translate,
): string {
  const parsed = parseAmount(draft.amount, currency);
  if (!parsed || !('minor' in parsed)) return t('contractForm.amountHint', { currency });
  return t('contractForm.amountPreview', {
    amount: formatMoney(parsed.minor, currency, lang),
    period: t(`contractForm.per.${draft.billing_period}`),
    mrr: formatMoney(mrrOf(parsed.minor, draft.billing_period), currency, lang),
  });
}
