import { describe, expect, it } from 'vitest';
import { renewalFixture, renewalsFixture } from '../../test/renewalFixtures';
import { graceDaysLeft, readWithin, renewalSummary } from './renewals';

describe('renewals', () => {
  it('look 90 days ahead unless the address asks for another window offered', () => {
    expect(readWithin(new URLSearchParams('within=30'))).toBe(30);
    expect(readWithin(new URLSearchParams('within=180'))).toBe(180);
    expect(readWithin(new URLSearchParams('within=45'))).toBe(90);
    expect(readWithin(new URLSearchParams(''))).toBe(90);
  });

  it('count the grace days left after an end, none before it runs out', () => {
    expect(graceDaysLeft(-15, 30)).toBe(15);
    expect(graceDaysLeft(-30, 30)).toBe(0);
    expect(graceDaysLeft(-40, 30)).toBe(0);
    // Before the end, every grace day is still ahead.
    expect(graceDaysLeft(12, 30)).toBe(30);
  });

  it('sum each account’s ARR once in the reporting currency, and count those without a rate', () => {
    const { data } = renewalsFixture();
    // The yen account has two contracts due: its ARR counts once.
    const twice = [...data, renewalFixture({ days_until: 40 })];
    expect(renewalSummary(twice)).toEqual({
      due: 3,
      overdue: 1,
      arrReportingMinor: 1_215_648 + 1_200_000,
      unconverted: 1,
    });
  });
});
