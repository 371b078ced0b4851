// The sample CSV of exchange rates the currency page offers: the headers the import reads (in
// Japanese for Japanese users: 月, 通貨, レート), and a row for each currency to fill in for the
// month — the rates left blank, since any figure written here could be imported as a real rate.
// A BOM first, so that Excel opens it as UTF-8.

const HEADERS: Record<string, string> = { ja: '月,通貨,レート', en: 'month,currency,rate' };

/** Without currencies missing a rate, the sample lists these. */
export const SAMPLE_CURRENCIES = ['USD', 'EUR'];

export function fxSampleCsv(lang: string, month: string, currencies: readonly string[]): string {
  const rows = (currencies.length > 0 ? currencies : SAMPLE_CURRENCIES).map(
    (currency) => `${month},${currency},`,
  );
  return `\uFEFF${[HEADERS[lang] ?? HEADERS.en, ...rows].join('\r\n')}\r\n`;
}

export function fxSampleFileName(month: string): string {
  return `fx-rates-${month}.csv`;
}
