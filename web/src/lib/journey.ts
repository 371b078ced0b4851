// The journey's pure logic: stage names in the UI language, stages grouped by moment of truth,
// percentages, how long is "long" in a stage, rule conditions in symbols, and the fit score's tone.
import { MOMENTS, type JourneyStage, type Moment, type RuleOp } from '../api/types';
import { localeOf, numberFormat } from './format';

type Named = Pick<JourneyStage, 'key' | 'name_ja' | 'name_en'>;

/** The stage's name in the UI language (Japanese → name_ja, anything else → name_en), else its key. */
export function stageName(stage: Named, lang: string): string {
  const name = lang === 'ja' ? stage.name_ja : stage.name_en;
  return name || stage.name_en || stage.name_ja || stage.key;
}

/** A stage key's name; a key the list does not have (deleted, or not loaded yet) shows as the key. */
export function stageLabel(
  key: string | null | undefined,
  stages: readonly Named[] | undefined,
  lang: string,
): string {
  if (!key) return '';
  const stage = stages?.find((s) => s.key === key);
  return stage ? stageName(stage, lang) : key;
}

/** The stages under each moment of truth, in journey order; moments without a stage are left out. */
export function groupByMoment<T extends { moment: Moment }>(
  stages: readonly T[],
): { moment: Moment; stages: T[] }[] {
  return MOMENTS.map((moment) => ({
    moment,
    stages: stages.filter((s) => s.moment === moment),
  })).filter((g) => g.stages.length > 0);
}

/** 0–1 as a percentage with one decimal when it matters ("62.5%", "100%"); null as an em dash. */
export function formatPercent(ratio: number | null | undefined, lang: string): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return numberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: 1,
  }).format(ratio);
}

/** Days without moving: a quarter is worth a look, half a year a warning. Churned accounts stay. */
export const LONG_IN_STAGE_DAYS = 90;
export const STALE_IN_STAGE_DAYS = 180;

export function stayTone(days: number, moment: Moment | null): 'normal' | 'long' | 'stale' {
  if (moment === 'churned') return 'normal';
  if (days >= STALE_IN_STAGE_DAYS) return 'stale';
  if (days >= LONG_IN_STAGE_DAYS) return 'long';
  return 'normal';
}

export const OP_SYMBOL: Record<RuleOp, string> = {
  eq: '=',
  ne: '≠',
  gt: '>',
  gte: '≥',
  lt: '<',
  lte: '≤',
};

/** Poor fit below 50 (the hand-off list's default threshold), fair below 70. */
export function fitTone(score: number): 'green' | 'amber' | 'red' {
  if (score >= 70) return 'green';
  if (score >= 50) return 'amber';
  return 'red';
}

/** The cohorts the funnel accepts, from the months that exist: years, quarters, months, newest first. */
export function cohortChoices(months: readonly string[]): {
  years: string[];
  quarters: string[];
  months: string[];
} {
  const valid = [...new Set(months.filter((m) => /^\d{4}-(0[1-9]|1[0-2])$/.test(m)))]
    .sort()
    .reverse();
  const years = [...new Set(valid.map((m) => m.slice(0, 4)))];
  const quarters = [
    ...new Set(valid.map((m) => `${m.slice(0, 4)}-Q${Math.ceil(Number(m.slice(5, 7)) / 3)}`)),
  ];
  return { years, quarters, months: valid };
}

/** Splits a list typed by a person: commas (also the Japanese 、 and ，) or new lines; blanks dropped. */
export function splitList(text: string): string[] {
  return text
    .split(/[,、，\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** A field path the server names (`conditions[2].field`) as [list, index, key]; null when it is not one. */
export function indexedField(
  field: string | null | undefined,
): { list: string; index: number; key: string | null } | null {
  const m = /^([a-z_]+)\[(\d+)\](?:\.([a-z_]+))?$/.exec(field ?? '');
  return m ? { list: m[1]!, index: Number(m[2]), key: m[3] ?? null } : null;
}
