// The sample CSV of exchange rates the currency page offers: the headers the import reads (in
// Japanese for Japanese users: 月, 通貨, レート), and a row for each currency to fill in for the
// month — the rates left blank, since any figure written here could be imported as a real rate.
// Written by the console's one sample builder (lib/csvSample.ts: a BOM, CRLF).
import { sampleCsv } from '../../lib/csvSample';

const JA_HEADER = ['月', '通貨', 'レート'];
const EN_HEADER = ['month', 'currency', 'rate'];

/** Without currencies missing a rate, the sample lists these. */
export const SAMPLE_CURRENCIES = ['USD', 'EUR'];

export function fxSampleCsv(lang: string, month: string, currencies: readonly string[]): string {
  const rows = (currencies.length > 0 ? currencies : SAMPLE_CURRENCIES).map((currency) => [
    month,
    currency,
    '',
  ]);
  return sampleCsv(lang === 'ja' ? JA_HEADER : EN_HEADER, rows);
}

export function fxSampleFileName(month: string): string {
  return `fx-rates-${month}.csv`;
}
