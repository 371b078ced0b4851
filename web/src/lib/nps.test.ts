import { describe, expect, it } from 'vitest';
import type { Survey } from '../api/types';
import { latestNpsPerContact, npsCategory, npsTrend, summarizeNps } from './nps';

function survey(
  id: number,
  contactId: number,
  score: number,
  respondedAt: string,
  kind: 'nps' | 'csat' = 'nps',
): Survey {
  return {
    id,
    version: 1,
    account_id: 1,
    contact_id: contactId,
    contact_name: `contact ${contactId}`,
    kind,
    score,
    comment: null,
    responded_at: respondedAt,
    created_at: respondedAt,
    updated_at: respondedAt,
  };
}

describe('NPS', () => {
  it('classifies scores', () => {
    expect([0, 6, 7, 8, 9, 10].map(npsCategory)).toEqual([
      'detractor',
      'detractor',
      'passive',
      'passive',
      'promoter',
      'promoter',
    ]);
  });

  it('is % promoters minus % detractors', () => {
    // 3 promoters, 1 passive, 1 detractor of 5 → 60 − 20 = 40
    const summary = summarizeNps([10, 9, 9, 7, 3]);
    expect(summary).toMatchObject({
      responses: 5,
      promoters: 3,
      passives: 1,
      detractors: 1,
      nps: 40,
      average: 7.6,
    });
    expect(summarizeNps([0, 0]).nps).toBe(-100);
    expect(summarizeNps([10]).nps).toBe(100);
    expect(summarizeNps([7, 8]).nps).toBe(0);
  });

  it('has no score without answers', () => {
    expect(summarizeNps([])).toMatchObject({ responses: 0, nps: null, average: null });
  });

  it('rounds to whole points', () => {
    // 1 promoter of 3 → 33.33…
    expect(summarizeNps([9, 7, 8]).nps).toBe(33);
  });

  it('takes the latest NPS answer of each contact, ignoring CSAT', () => {
    const latest = latestNpsPerContact([
      survey(1, 10, 3, '2026-01-01T00:00:00Z'),
      survey(2, 10, 9, '2026-06-01T00:00:00Z'),
      survey(3, 11, 6, '2026-03-01T00:00:00Z'),
      survey(4, 11, 5, '2026-09-01T00:00:00Z', 'csat'),
      survey(5, 12, 10, '2026-02-01T00:00:00Z'),
      survey(6, 13, 0, '2026-02-02T00:00:00Z'),
    ]);
    expect(latest.map((s) => s.id)).toEqual([2, 3, 6, 5]);
    expect(summarizeNps(latest.map((s) => s.score)).nps).toBe(0); // 2 promoters, 2 detractors
  });

  it('gives a monthly trend, oldest first', () => {
    const trend = npsTrend([
      survey(1, 1, 10, '2026-02-10T00:00:00Z'),
      survey(2, 2, 2, '2026-02-11T00:00:00Z'),
      survey(3, 1, 9, '2026-01-05T00:00:00Z'),
      survey(4, 1, 1, '2026-01-05T00:00:00Z', 'csat'),
    ]);
    expect(trend).toEqual([
      { month: '2026-01', nps: 100, average: 9, responses: 1 },
      { month: '2026-02', nps: 0, average: 6, responses: 2 },
    ]);
  });
});
