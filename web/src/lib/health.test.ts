import { describe, expect, it } from 'vitest';
import type { HealthContribution, HealthDiffMeasure } from '../api';
import i18n from '../i18n';
import { biggestCosts, diffRows, formatPoints, formatRaw, ledgerRows } from './health';

const ja = i18n.getFixedT('ja');
const en = i18n.getFixedT('en');

function line(over: Partial<HealthContribution>): HealthContribution {
  return {
    measure: 'open_tickets',
    raw: 0,
    normalised: 100,
    weight: 10,
    points: 0,
    missing: null,
    unit: 'count',
    source: 'tickets',
    ...over,
  };
}

describe('formatRaw', () => {
  it('words each unit in Japanese and English', () => {
    expect(formatRaw(44.8276, 'percent', 'seat_utilisation', 'ja', ja)).toBe('45%');
    expect(formatRaw(278, 'days', 'days_since_meaningful_touch', 'ja', ja)).toBe('278日');
    expect(formatRaw(278, 'days', 'days_since_meaningful_touch', 'en', en)).toBe('278 days');
    expect(formatRaw(1, 'days', 'days_to_renewal', 'en', en)).toBe('1 day');
    expect(formatRaw(1234, 'days', 'days_to_renewal', 'en', en)).toBe('1,234 days');
    expect(formatRaw(3, 'count', 'open_tickets', 'ja', ja)).toBe('3件');
    expect(formatRaw(3, 'count', 'open_tickets', 'en', en)).toBe('3');
    expect(formatRaw(4.25, 'score', 'csat', 'en', en)).toBe('4.3');
    expect(formatRaw(1.8, 'ratio', 'stage_time_ratio', 'ja', ja)).toBe('1.8倍');
    expect(formatRaw(1.8, 'ratio', 'stage_time_ratio', 'en', en)).toBe('1.8×');
    expect(formatRaw(1, 'flag', 'champion_departed', 'ja', ja)).toBe('はい');
    expect(formatRaw(0, 'flag', 'single_threaded', 'en', en)).toBe('No');
    expect(formatRaw(2, 'level', 'self_sufficiency', 'ja', ja)).toBe('自走');
    expect(formatRaw(0, 'level', 'self_sufficiency', 'en', en)).toBe('Dependent');
  });

  it('signs the measures that are changes', () => {
    expect(formatRaw(-50, 'percent', 'active_user_trend', 'en', en)).toBe('-50%');
    expect(formatRaw(12, 'percent', 'active_user_trend', 'en', en)).toBe('+12%');
    expect(formatRaw(2, 'points', 'nps_change', 'en', en)).toBe('+2 pts');
    expect(formatRaw(-4, 'points', 'nps_change', 'ja', ja)).toBe('-4ポイント');
    // A level is never signed.
    expect(formatRaw(12, 'percent', 'plan_progress', 'en', en)).toBe('12%');
  });

  it('says "no data" for a missing raw value', () => {
    expect(formatRaw(null, 'days', 'ticket_median_age', 'ja', ja)).toBe('データなし');
    expect(formatRaw(null, 'percent', 'seat_utilisation', 'en', en)).toBe('No data');
  });
});

describe('ledgerRows', () => {
  // Weights 30 + 10 + 10 counted (csat left out): shares 60%, 20%, 20%.
  const contributions = [
    line({ measure: 'open_tickets', weight: 30, normalised: 100, points: 60 }),
    line({ measure: 'nps_latest', weight: 10, normalised: 0, points: 0, unit: 'score' }),
    line({ measure: 'seat_utilisation', weight: 10, normalised: 50, points: 10, unit: 'percent' }),
    line({ measure: 'csat', weight: 40, raw: null, normalised: null, missing: 'leave_out' }),
  ];

  it('orders by the points each measure costs: its share × (100 − normalised)', () => {
    const rows = ledgerRows(contributions);
    expect(rows.map((r) => [r.measure, r.lost])).toEqual([
      ['nps_latest', 20],
      ['seat_utilisation', 10],
      ['csat', 0],
      ['open_tickets', 0],
    ]);
    expect(rows.find((r) => r.measure === 'open_tickets')!.share).toBeCloseTo(0.6);
  });

  it('gives a left-out measure no share, and points + points lost make 100', () => {
    const rows = ledgerRows(contributions);
    expect(rows.find((r) => r.measure === 'csat')!.share).toBe(0);
    const total = rows.reduce((sum, r) => sum + r.points + r.lost, 0);
    expect(total).toBeCloseTo(100);
  });

  it('names at most three measures, each costing a point or more', () => {
    const rows = ledgerRows([
      ...contributions,
      line({ measure: 'urgent_tickets', weight: 0.1, normalised: 0 }),
    ]);
    expect(biggestCosts(rows).map((r) => r.measure)).toEqual(['nps_latest', 'seat_utilisation']);
    expect(biggestCosts(rows, 1).map((r) => r.measure)).toEqual(['nps_latest']);
  });
});

describe('diffRows and formatPoints', () => {
  it('puts the measures whose points moved most first, up or down', () => {
    const m = (measure: HealthDiffMeasure['measure'], change: number): HealthDiffMeasure => ({
      measure,
      unit: 'count',
      raw_from: 0,
      raw_to: 0,
      points_from: 0,
      points_to: change,
      change,
    });
    expect(
      diffRows([m('csat', 0.5), m('open_tickets', -6), m('nps_latest', 3)]).map((r) => r.measure),
    ).toEqual(['open_tickets', 'nps_latest', 'csat']);
  });

  it('writes points to one place, signed on request', () => {
    expect(formatPoints(62.456, 'en')).toBe('62.5');
    expect(formatPoints(3, 'ja', true)).toBe('+3.0');
    expect(formatPoints(0, 'ja', true)).toBe('0.0');
  });
});
