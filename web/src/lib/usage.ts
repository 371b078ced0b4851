// Product usage: date ranges for the range pickers, gap-free daily series, and the ways the
// usage figures are written (percentages, the 4-week trend arrow).
import { localeOf, numberFormat } from './format';

export const RANGE_DAYS = [30, 90] as const;
export type RangeDays = (typeof RANGE_DAYS)[number];

export interface DateRange {
  /** `YYYY-MM-DD`, both ends included. */
  from: string;
  to: string;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * The last `days` calendar days up to and including today, in UTC (the server keeps usage per
 * UTC day): 30 days ending 2026-11-23 start on 2026-10-25.
 */
export function lastDays(days: number, now: Date = new Date()): DateRange {
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  return { from: isoDay(today - (days - 1) * 86_400_000), to: isoDay(today) };
}

/** Every date from `from` to `to` (included), with the value the series has for it, or `fill`. */
export function fillDays<T extends { date: string }>(
  series: readonly T[],
  range: DateRange,
  fill: (date: string) => T,
): T[] {
  const byDate = new Map(series.map((point) => [point.date, point]));
  const out: T[] = [];
  const start = Date.parse(`${range.from}T00:00:00Z`);
  const end = Date.parse(`${range.to}T00:00:00Z`);
  if (Number.isNaN(start) || Number.isNaN(end)) return [...series];
  for (let ms = start, guard = 0; ms <= end && guard < 3660; ms += 86_400_000, guard++) {
    const date = isoDay(ms);
    out.push(byDate.get(date) ?? fill(date));
  }
  return out;
}

/** A 0–1 fraction as a whole percentage in the UI language ("18%"); "—" when unknown. */
export function formatPercent(
  fraction: number | null | undefined,
  lang: string,
  maximumFractionDigits = 0,
): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return numberFormat(localeOf(lang), { style: 'percent', maximumFractionDigits }).format(fraction);
}

export interface Trend {
  direction: 'up' | 'down' | 'flat';
  /** "↑ 12%", "↓ 21%", "→ 0%". */
  text: string;
}

/**
 * A relative change (−0.21 = 21 % fewer) as an arrow and a whole percentage. A change that rounds
 * to 0 % is flat. null (no earlier period to compare with) gives null.
 */
export function formatTrend(change: number | null | undefined, lang: string): Trend | null {
  if (change === null || change === undefined || !Number.isFinite(change)) return null;
  const percent = Math.round(Math.abs(change) * 100);
  const direction = percent === 0 ? 'flat' : change > 0 ? 'up' : 'down';
  const arrow = { up: '↑', down: '↓', flat: '→' }[direction];
  const number = numberFormat(localeOf(lang), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(percent / 100);
  return { direction, text: `${arrow} ${number}` };
}
