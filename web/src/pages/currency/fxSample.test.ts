import { describe, expect, it } from 'vitest';
import { fxSampleCsv, fxSampleFileName } from './fxSample';

describe('the sample CSV of rates', () => {
  it('has the import’s Japanese headers and a row to fill in per currency missing a rate', () => {
    expect(fxSampleCsv('ja', '2026-12', ['GBP', 'USD'])).toBe(
      '\uFEFF月,通貨,レート\r\n2026-12,GBP,\r\n2026-12,USD,\r\n',
    );
    expect(fxSampleFileName('2026-12')).toBe('fx-rates-2026-12.csv');
  });

  it('never writes a rate of its own; without missing currencies it lists USD and EUR', () => {
    expect(fxSampleCsv('en', '2027-01', [])).toBe(
      '\uFEFFmonth,currency,rate\r\n2027-01,USD,\r\n2027-01,EUR,\r\n',
    );
  });
});
