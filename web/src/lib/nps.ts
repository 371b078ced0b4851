// Net Promoter Score: % promoters (9–10) − % detractors (0–6), over the latest answer of each contact.
import type { Survey } from '../api/types';

export type NpsCategory = 'promoter' | 'passive' | 'detractor';

export function npsCategory(score: number): NpsCategory {
  if (score >= 9) return 'promoter';
  if (score >= 7) return 'passive';
  return 'detractor';
}

export interface NpsSummary {
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
  /** −100…100, rounded to an integer; null without responses. */
  nps: number | null;
  /** Mean score, one decimal; null without responses. */
  average: number | null;
}

export function summarizeNps(scores: readonly number[]): NpsSummary {
  let promoters = 0;
  let passives = 0;
  let detractors = 0;
  let sum = 0;
  for (const score of scores) {
    sum += score;
    const category = npsCategory(score);
    if (category === 'promoter') promoters++;
    else if (category === 'passive') passives++;
    else detractors++;
  }
  const n = scores.length;
  if (n === 0) return { responses: 0, promoters, passives, detractors, nps: null, average: null };
  return {
    responses: n,
    promoters,
    passives,
    detractors,
    nps: Math.round(((promoters - detractors) / n) * 100),
    average: Math.round((sum / n) * 10) / 10,
  };
}

/** The newest NPS answer of each contact (answers without a contact count on their own), newest first. */
export function latestNpsPerContact(surveys: readonly Survey[]): Survey[] {
  const latest = new Map<string, Survey>();
  for (const survey of surveys) {
    if (survey.kind !== 'nps') continue;
    const key = survey.contact_id == null ? `survey:${survey.id}` : `contact:${survey.contact_id}`;
    const current = latest.get(key);
    if (!current || Date.parse(survey.responded_at) > Date.parse(current.responded_at))
      latest.set(key, survey);
  }
  return [...latest.values()].sort(
    (a, b) => Date.parse(b.responded_at) - Date.parse(a.responded_at),
  );
}

export interface NpsTrendPoint {
  /** `YYYY-MM` */
  month: string;
  nps: number;
  average: number;
  responses: number;
}

/** NPS of the answers given in each calendar month (UTC), oldest first; months without answers are left out. */
export function npsTrend(surveys: readonly Survey[]): NpsTrendPoint[] {
  const byMonth = new Map<string, number[]>();
  for (const survey of surveys) {
    if (survey.kind !== 'nps') continue;
    const month = survey.responded_at.slice(0, 7);
    const scores = byMonth.get(month) ?? [];
    scores.push(survey.score);
    byMonth.set(month, scores);
  }
  return [...byMonth.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([month, scores]) => {
      const summary = summarizeNps(scores);
      return {
        month,
        nps: summary.nps ?? 0,
        average: summary.average ?? 0,
        responses: summary.responses,
      };
    });
}
