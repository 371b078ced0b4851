// Amounts typed in the currency's own unit become the API's integer by the currency's digits.
import { describe, expect, it } from 'vitest';
import { amountText, parseAmount } from './money';

describe('parseAmount', () => {
  it('reads yen (no decimals) with grouping, sign, full-width digits and 円', () => {
    expect(parseAmount('1,200,000', 'JPY')).toEqual({ minor: 1_200_000 });
    expect(parseAmount('¥1,200,000', 'JPY')).toEqual({ minor: 1_200_000 });
    expect(parseAmount('１，２００，０００', 'JPY')).toEqual({ minor: 1_200_000 });
    expect(parseAmount('1200000円', 'JPY')).toEqual({ minor: 1_200_000 });
    expect(parseAmount('1200000.0', 'JPY')).toEqual({ minor: 1_200_000 });
    expect(parseAmount('1200000.5', 'JPY')).toEqual({ problem: 'tooManyDecimals' });
  });

  it('reads dollars and euros to cents', () => {
    expect(parseAmount('$6,000.00', 'USD')).toEqual({ minor: 600_000 });
    expect(parseAmount('6000', 'USD')).toEqual({ minor: 600_000 });
    expect(parseAmount('6000.5', 'USD')).toEqual({ minor: 600_050 });
    expect(parseAmount('0.07', 'USD')).toEqual({ minor: 7 });
    expect(parseAmount('.5', 'EUR')).toEqual({ minor: 50 });
    expect(parseAmount('USD 12.34', 'USD')).toEqual({ minor: 1234 });
    expect(parseAmount('12.345', 'USD')).toEqual({ problem: 'tooManyDecimals' });
  });

  it('takes three decimals where the currency has them (Bahraini dinar)', () => {
    expect(parseAmount('1.234', 'BHD')).toEqual({ minor: 1234 });
  });

  it('says what is wrong: nothing typed, not an amount, negative, too large', () => {
    expect(parseAmount('  ', 'JPY')).toBeNull();
    expect(parseAmount('abc', 'JPY')).toEqual({ problem: 'notAmount' });
    expect(parseAmount('1.2.3', 'USD')).toEqual({ problem: 'notAmount' });
    expect(parseAmount('.', 'USD')).toEqual({ problem: 'notAmount' });
    expect(parseAmount('-5', 'USD')).toEqual({ problem: 'negative' });
    expect(parseAmount('99999999999999999', 'JPY')).toEqual({ problem: 'tooLarge' });
  });
});

describe('amountText', () => {
  it('shows the integer in the currency’s unit, with its decimals', () => {
    expect(amountText(1_200_000, 'JPY')).toBe('1200000');
    expect(amountText(600_000, 'USD')).toBe('6000.00');
    expect(amountText(7, 'USD')).toBe('0.07');
    expect(amountText(1234, 'BHD')).toBe('1.234');
  });

  it('reads back what it shows', () => {
    for (const [minor, currency] of [
      [1_200_000, 'JPY'],
      [600_050, 'USD'],
      [5, 'EUR'],
    ] as const)
      expect(parseAmount(amountText(minor, currency), currency)).toEqual({ minor });
  });
});
