import { describe, expect, it } from 'vitest';
import type { FxRate } from '../../api';
import i18n from '../../i18n';
import {
  fxRateDraft,
  fxRateInput,
  fxRatePatch,
  fxRateProblems,
  monthOf,
  normaliseRate,
} from './fxRateForm';

const t = i18n.getFixedT('ja');
const rate: FxRate = {
  id: 4,
  version: 2,
  month: '2026-11',
  currency: 'USD',
  quote: 'JPY',
  rate: '151.2',
  created_at: '2026-11-01T00:00:00Z',
  updated_at: '2026-11-01T00:00:00Z',
};

describe('an exchange rate’s form', () => {
  it('starts a new rate in the month of the date given, with the currency given', () => {
    expect(monthOf(new Date(2027, 0, 31))).toBe('2027-01');
    expect(fxRateDraft(null, new Date(2026, 10, 5), 'SGD')).toEqual({
      month: '2026-11',
      currency: 'SGD',
      rate: '',
    });
    expect(fxRateDraft(rate, new Date(2030, 0, 1))).toEqual({
      month: '2026-11',
      currency: 'USD',
      rate: '151.2',
    });
  });

  it('takes a rate as a positive decimal, written as typed (full-width and grouping allowed)', () => {
    expect(normaliseRate('151.20')).toBe('151.20');
    expect(normaliseRate('１５１．２')).toBe('151.2');
    expect(normaliseRate('1,512.3')).toBe('1512.3');
    expect(normaliseRate('0.0066')).toBe('0.0066');
    for (const bad of ['0', '0.00', '-1', '1e3', 'abc', '.5', '', '1.'])
      expect(normaliseRate(bad), bad).toBeNull();
  });

  it('words what is wrong as the server would, before sending', () => {
    expect(fxRateProblems({ month: '2026-13', currency: 'JPY', rate: '0' }, 'JPY', t)).toEqual({
      month: '月を YYYY-MM の形で入力してください（例：2026-11）。',
      currency: 'レポート通貨とは別の通貨を指定してください。',
      rate: '151.2 のような正の数で入力してください。',
    });
    expect(fxRateProblems({ month: '2026-12', currency: 'usd', rate: '151.2' }, 'JPY', t)).toEqual(
      {},
    );
    expect(fxRateProblems({ month: '', currency: '', rate: '' }, 'JPY', t)).toMatchObject({
      currency: '入力してください。',
      rate: '入力してください。',
    });
  });

  it('sends the rate as decimal text; an edit sends the version and what changed', () => {
    expect(fxRateInput({ month: '2026-12', currency: 'usd ', rate: '1,51.2' })).toEqual({
      month: '2026-12',
      currency: 'USD',
      rate: '151.2',
    });
    expect(fxRatePatch(rate, { month: '2026-11', currency: 'USD', rate: '152' })).toEqual({
      version: 2,
      rate: '152',
    });
    expect(fxRatePatch(rate, { month: '2026-10', currency: 'EUR', rate: '151.2' })).toEqual({
      version: 2,
      month: '2026-10',
      currency: 'EUR',
    });
  });
});
