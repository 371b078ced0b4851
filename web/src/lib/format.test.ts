import { describe, expect, it } from 'vitest';
import {
  currencyName,
  formatMonth,
  currencyDigits,
  daysUntil,
  formatDate,
  formatMoney,
  formatRelativeTime,
  initials,
  minorToMajor,
} from './format';

describe('money', () => {
  it('knows the minor digits of each currency', () => {
    expect(currencyDigits('JPY')).toBe(0);
    expect(currencyDigits('USD')).toBe(2);
    expect(currencyDigits('EUR')).toBe(2);
  });

  it('treats JPY minor units as whole yen, with no decimals', () => {
    expect(minorToMajor(1_200_000, 'JPY')).toBe(1_200_000);
    expect(formatMoney(1_200_000, 'JPY', 'en')).toBe('¥1,200,000');
    expect(formatMoney(1_200_000, 'JPY', 'ja')).toBe('￥1,200,000');
  });

  it('divides USD minor units by 100 and shows cents', () => {
    expect(minorToMajor(123_456, 'USD')).toBe(1234.56);
    expect(formatMoney(123_456, 'USD', 'en')).toBe('$1,234.56');
    expect(formatMoney(100_000, 'USD', 'en')).toBe('$1,000.00');
  });

  it('signs revenue movements', () => {
    expect(formatMoney(-60_000, 'JPY', 'en', { signed: true })).toBe('-¥60,000');
    expect(formatMoney(60_000, 'JPY', 'en', { signed: true })).toBe('+¥60,000');
    expect(formatMoney(-5_050, 'USD', 'en', { signed: true })).toBe('-$50.50');
    expect(formatMoney(0, 'USD', 'en', { signed: true })).toBe('$0.00');
  });

  it('words every currency alike, with the digits Intl gives it, in both languages', () => {
    // The board once showed "SGD 2688" beside "￥76.8万": one form now, wherever money shows.
    expect(formatMoney(268_800, 'SGD', 'en')).toBe('SGD\u00a02,688.00');
    expect(formatMoney(268_800, 'SGD', 'ja')).toBe('SGD\u00a02,688.00');
    expect(formatMoney(768_000, 'JPY', 'ja')).toBe('￥768,000');
    expect(formatMoney(768_000, 'JPY', 'en')).toBe('¥768,000');
    expect(formatMoney(1_000, 'KWD', 'en')).toBe('KWD\u00a01.000'); // three minor digits
    expect(formatMoney(5_000, 'EUR', 'ja')).toBe('€50.00');
  });

  it('falls back to number and code for an unknown currency', () => {
    expect(formatMoney(1234, 'XX1', 'en')).toBe('12.34 XX1');
  });
});

describe('dates', () => {
  it('formats a calendar date as that same day in each language', () => {
    expect(formatDate('2027-03-31', 'en')).toBe('Mar 31, 2027');
    expect(formatDate('2027-03-31', 'ja')).toBe('2027年3月31日');
    expect(formatDate(null, 'en')).toBe('');
  });

  it('counts whole days to a date', () => {
    const today = new Date(2026, 10, 23, 15, 30);
    expect(daysUntil('2026-11-23', today)).toBe(0);
    expect(daysUntil('2026-12-03', today)).toBe(10);
    expect(daysUntil('2026-11-20', today)).toBe(-3);
    expect(daysUntil(null, today)).toBeNull();
  });
});

describe('initials', () => {
  it('uses two Latin initials, or the first character of a Japanese name without the company form', () => {
    expect(initials('Emma Clarke')).toBe('EC');
    expect(initials('佐藤 花子')).toBe('佐');
    expect(initials('株式会社ばんそう')).toBe('ば');
    expect(initials('')).toBe('?');
  });
});

describe('relative time', () => {
  const now = new Date('2026-11-23T10:00:00Z');
  it('uses the largest unit that fits, in each language', () => {
    expect(formatRelativeTime('2026-11-23T09:59:30Z', 'en', now)).toBe('30 seconds ago');
    expect(formatRelativeTime('2026-11-23T07:00:00Z', 'en', now)).toBe('3 hours ago');
    expect(formatRelativeTime('2026-11-23T07:00:00Z', 'ja', now)).toBe('3 時間前');
    expect(formatRelativeTime('2026-11-22T10:00:00Z', 'en', now)).toBe('yesterday');
    expect(formatRelativeTime('2026-11-13T10:00:00Z', 'ja', now)).toBe('10 日前');
    expect(formatRelativeTime('2026-08-23T10:00:00Z', 'en', now)).toBe('3 months ago');
    expect(formatRelativeTime(null, 'en', now)).toBe('');
    expect(formatRelativeTime('garbage', 'en', now)).toBe('garbage');
  });
});

describe('months and currencies', () => {
  it('words a month of the rates in each language, and leaves anything else as it is', () => {
    expect(formatMonth('2026-11', 'ja')).toBe('2026年11月');
    expect(formatMonth('2026-01', 'en')).toBe('January 2026');
    expect(formatMonth('2026-13', 'en')).toBe('2026-13');
  });

  it('names a currency in the UI language, or by its code', () => {
    expect(currencyName('USD', 'ja')).toBe('米ドル');
    expect(currencyName('EUR', 'en')).toBe('Euro');
    expect(currencyName('??', 'en')).toBe('??');
  });
});
