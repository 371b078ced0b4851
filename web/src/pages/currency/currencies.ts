// The currencies the currency page offers: the common ISO 4217 codes of a Japanese SaaS's
// customers, and any other the data names (an account's, a rate's), each once, code order.

export const COMMON_CURRENCIES = [
  'JPY',
  'USD',
  'EUR',
  'GBP',
  'CNY',
  'KRW',
  'TWD',
  'HKD',
  'SGD',
  'THB',
  'VND',
  'IDR',
  'MYR',
  'PHP',
  'INR',
  'AUD',
  'NZD',
  'CAD',
  'CHF',
] as const;

/** The common codes, then the others given (upper case, each once), leaving out `except`. */
export function currencyChoices(others: readonly string[], except?: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const code of [...COMMON_CURRENCIES, ...[...others].map((c) => c.toUpperCase()).sort()]) {
    if (code === except || seen.has(code)) continue;
    seen.add(code);
    out.push(code);
  }
  return out;
}
