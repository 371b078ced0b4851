import { describe, expect, it } from 'vitest';
import { kpiKind, kpiValueProblem, unitKind } from './kpiUnits';

describe('unitKind', () => {
  it('knows counts, percentages, money and time, in Japanese and English, any width', () => {
    expect(['人', '名', '件', 'users', 'People', 'seats'].map(unitKind)).toEqual(
      Array(6).fill('count'),
    );
    expect(['%', '％', 'percent'].map(unitKind)).toEqual(['percent', 'percent', 'percent']);
    expect(['円', '万円', 'JPY', 'usd', '$', '￥'].map(unitKind)).toEqual(Array(6).fill('money'));
    expect(['分', '日', 'hours', 'days'].map(unitKind)).toEqual(Array(4).fill('duration'));
    expect(['点', 'NPS', '', 'abc'].map(unitKind)).toEqual(Array(4).fill('other'));
  });

  it('takes a usage-bound KPI’s kind from its measure', () => {
    expect(kpiKind({ unit: '%', usage: { measure: 'wau', feature: '' } })).toBe('count');
    expect(kpiKind({ unit: '', usage: { measure: 'seat_utilisation', feature: '' } })).toBe(
      'percent',
    );
    expect(kpiKind({ unit: '人', usage: null })).toBe('count');
  });
});

describe('kpiValueProblem', () => {
  it('wants whole, non-negative counts: no −999999 people, no 2.5 people', () => {
    expect(kpiValueProblem(-999_999, 'count')).toBe('planForm.wholeNonNegative');
    expect(kpiValueProblem(2.5, 'count')).toBe('planForm.wholeNonNegative');
    expect(kpiValueProblem(0, 'count')).toBeNull();
    expect(kpiValueProblem(40_000, 'count')).toBeNull();
  });
  it('wants percentages from 0 to 1000, and no negative money or time', () => {
    expect(kpiValueProblem(100, 'percent')).toBeNull();
    expect(kpiValueProblem(120, 'percent')).toBeNull(); // NRR 120%
    expect(kpiValueProblem(1000.5, 'percent')).toBe('planForm.percentRange');
    expect(kpiValueProblem(-1, 'percent')).toBe('planForm.percentRange');
    expect(kpiValueProblem(-5, 'money')).toBe('planForm.nonNegative');
    expect(kpiValueProblem(1.5, 'money')).toBeNull();
    expect(kpiValueProblem(-5, 'duration')).toBe('planForm.durationNonNegative');
    expect(kpiValueProblem(-5, 'other')).toBeNull();
    expect(kpiValueProblem(Number.NaN, 'other')).toBe('planForm.notNumber');
  });
});
