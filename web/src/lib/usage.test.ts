import { describe, expect, it } from 'vitest';
import { fillDays, formatPercent, formatTrend, lastDays } from './usage';

describe('date ranges', () => {
  it('counts the last N days back from today (UTC), both ends included', () => {
    expect(lastDays(30, new Date('2026-11-23T10:00:00Z'))).toEqual({
      from: '2026-10-25',
      to: '2026-11-23',
    });
    expect(lastDays(90, new Date('2026-11-23T23:59:00Z'))).toEqual({
      from: '2026-08-26',
      to: '2026-11-23',
    });
    // 08:00 in Tokyo is still the previous day in UTC.
    expect(lastDays(30, new Date('2026-11-22T23:00:00Z')).to).toBe('2026-11-22');
  });

  it('fills the days a series leaves out', () => {
    const days = fillDays(
      [{ date: '2026-11-02', count: 5 }],
      { from: '2026-10-31', to: '2026-11-03' },
      (date) => ({ date, count: 0 }),
    );
    expect(days).toEqual([
      { date: '2026-10-31', count: 0 },
      { date: '2026-11-01', count: 0 },
      { date: '2026-11-02', count: 5 },
      { date: '2026-11-03', count: 0 },
    ]);
  });

  it('leaves a series alone when the range is not dates', () => {
    expect(
      fillDays([{ date: 'x' }], { from: 'bad', to: '2026-11-03' }, (date) => ({ date })),
    ).toEqual([{ date: 'x' }]);
  });
});

describe('usage figures', () => {
  it('writes fractions as whole percentages', () => {
    expect(formatPercent(0.18, 'en')).toBe('18%');
    expect(formatPercent(0.46, 'ja')).toBe('46%');
    expect(formatPercent(1.25, 'en')).toBe('125%');
    expect(formatPercent(null, 'en')).toBe('—');
    expect(formatPercent(Number.NaN, 'en')).toBe('—');
  });

  it('writes the 4-week trend as an arrow and a percentage', () => {
    expect(formatTrend(-0.21, 'en')).toEqual({ direction: 'down', text: '↓ 21%' });
    expect(formatTrend(0.125, 'ja')).toEqual({ direction: 'up', text: '↑ 13%' });
    expect(formatTrend(0.004, 'en')).toEqual({ direction: 'flat', text: '→ 0%' });
    expect(formatTrend(-0.004, 'en')).toEqual({ direction: 'flat', text: '→ 0%' });
    expect(formatTrend(1.5, 'en')).toEqual({ direction: 'up', text: '↑ 150%' });
    expect(formatTrend(null, 'en')).toBeNull();
    expect(formatTrend(Number.POSITIVE_INFINITY, 'en')).toBeNull();
  });
});
