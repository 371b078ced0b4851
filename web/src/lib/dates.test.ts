// The instant stored for a day entered in a form: kept when the day is the same, now for
// today, noon (local) for another day. Dates are fixed: nothing here depends on today.
import { describe, expect, it } from 'vitest';
import { addDays, isIsoDay, timestampForDay } from './dates';

const now = new Date(2026, 10, 23, 15, 42, 10); // 23 Nov 2026, 15:42 local

describe('timestampForDay', () => {
  it('is now for today', () => {
    expect(timestampForDay('2026-11-23', now)).toBe(now.toISOString());
  });

  it('is noon local time for another day', () => {
    expect(timestampForDay('2026-11-20', now)).toBe(new Date(2026, 10, 20, 12).toISOString());
  });

  it('keeps the original instant when its day is not changed', () => {
    const original = new Date(2026, 9, 5, 10, 30).toISOString();
    expect(timestampForDay('2026-10-05', now, original)).toBe(original);
    expect(timestampForDay('2026-10-06', now, original)).toBe(
      new Date(2026, 9, 6, 12).toISOString(),
    );
  });
});

describe('calendar days', () => {
  it('adds days across months and years', () => {
    expect(addDays('2026-11-23', 365)).toBe('2027-11-23');
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
  });

  it('knows a real day from text', () => {
    expect(isIsoDay('2026-02-28')).toBe(true);
    expect(isIsoDay('2026-02-30')).toBe(false);
    expect(isIsoDay('')).toBe(false);
    expect(isIsoDay('2026/02/01')).toBe(false);
  });
});
