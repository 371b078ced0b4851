// Calendar days a form asks for, and the instants the API stores. A touchpoint or a survey
// answer is entered by its day; the time of day is kept when the day is not changed, is now for
// today, and is noon (local) for another day, so that the day shows the same in every nearby
// time zone.
import { dayKey, parseIsoDate } from './format';
import { todayIso } from './plan';

export { todayIso };

/** The instant to store for `day` (YYYY-MM-DD): the original's when it fell on that day. */
export function timestampForDay(day: string, now: Date, original?: string | null): string {
  if (original && dayKey(original) === day) return original;
  if (day === todayIso(now)) return now.toISOString();
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(year, month - 1, date, 12, 0, 0).toISOString();
}

/** `day` moved by whole days (UTC arithmetic on a calendar date). */
export function addDays(day: string, days: number): string {
  const parsed = parseIsoDate(day);
  if (!parsed) return day;
  return new Date(parsed.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** A calendar date the browser's date input gives (YYYY-MM-DD, a real day). */
export function isIsoDay(text: string): boolean {
  const parsed = parseIsoDate(text);
  return parsed !== null && parsed.toISOString().slice(0, 10) === text;
}
