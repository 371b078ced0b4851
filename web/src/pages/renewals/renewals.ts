// The renewals list's figures: the windows to look ahead, how long is left (before the end, or of
// the grace days after it), and what is at stake — each account's ARR once, in the reporting
// currency, the accounts without a rate counted apart rather than taken at 1.0.
import type { RenewalDue } from '../../api';

export const WITHIN_CHOICES = [30, 60, 90, 180] as const;
export const DEFAULT_WITHIN = 90;

/** The window of the address (?within=), else the default. */
export function readWithin(params: URLSearchParams): number {
  const within = Number(params.get('within'));
  return (WITHIN_CHOICES as readonly number[]).includes(within) ? within : DEFAULT_WITHIN;
}

/** Days of grace left after an end `days_until` away (negative: passed); 0 on the last day. */
export function graceDaysLeft(daysUntil: number, graceDays: number): number {
  return Math.max(0, graceDays + Math.min(0, daysUntil));
}

export interface RenewalSummary {
  due: number;
  overdue: number;
  /** The sum of the accounts' ARR in the reporting currency, each account once. */
  arrReportingMinor: number;
  /** Accounts whose ARR has no rate into the reporting currency (left out of the sum). */
  unconverted: number;
}

export function renewalSummary(renewals: readonly RenewalDue[]): RenewalSummary {
  const accounts = new Map<number, number | null>();
  let due = 0;
  let overdue = 0;
  for (const r of renewals) {
    if (r.status === 'overdue') overdue++;
    else due++;
    accounts.set(r.account.id, r.account.arr_reporting_minor);
  }
  let arrReportingMinor = 0;
  let unconverted = 0;
  for (const arr of accounts.values()) {
    if (arr === null) unconverted++;
    else arrReportingMinor += arr;
  }
  return { due, overdue, arrReportingMinor, unconverted };
}
