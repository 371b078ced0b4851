// Locale-aware formatting of money, dates and regions. `lang` is the UI language ('ja' | 'en').

const LOCALES: Record<string, string> = { ja: 'ja-JP', en: 'en-US' };

export function localeOf(lang: string): string {
  return LOCALES[lang] ?? lang;
}

// Intl's formatters take ~0.1–0.5 ms each to make and never change, so each is made once per
// locale and options: an account's page formats a few dozen values, a list page hundreds.
const formatters = new Map<string, object>();
function once<T extends object>(key: string, make: () => T): T {
  let made = formatters.get(key) as T | undefined;
  if (!made) {
    made = make(); // throws for an unknown currency, say: nothing is kept
    formatters.set(key, made);
  }
  return made;
}

export function numberFormat(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return once(
    `number ${locale} ${JSON.stringify(options)}`,
    () => new Intl.NumberFormat(locale, options),
  );
}

export function dateTimeFormat(
  locale: string,
  options: Intl.DateTimeFormatOptions,
): Intl.DateTimeFormat {
  return once(
    `date ${locale} ${JSON.stringify(options)}`,
    () => new Intl.DateTimeFormat(locale, options),
  );
}

function relativeTimeFormat(locale: string): Intl.RelativeTimeFormat {
  return once(`relative ${locale}`, () => new Intl.RelativeTimeFormat(locale, { numeric: 'auto' }));
}

function displayNames(locale: string, type: Intl.DisplayNamesType): Intl.DisplayNames {
  return once(`names ${locale} ${type}`, () => new Intl.DisplayNames([locale], { type }));
}

/** Number of minor-unit digits of an ISO 4217 currency (JPY 0, USD/EUR 2), as Intl knows it. */
export function currencyDigits(currency: string): number {
  try {
    return (
      numberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ??
      2
    );
  } catch {
    return 2;
  }
}

/** Integer minor units → major units (1234 USD cents → 12.34). */
export function minorToMajor(minor: number, currency: string): number {
  return minor / 10 ** currencyDigits(currency);
}

export interface MoneyOptions {
  /** Show + on positive amounts (revenue movements). */
  signed?: boolean;
}

/**
 * The one way the console shows money: an amount from the API, in minor units of `currency`
 * (JPY has none, USD cents), as Intl words it for that currency in the UI language — "¥768,000",
 * "SGD 2,688.00", "￥768,000". The currency's fraction digits come from Intl, so every amount of
 * one currency looks alike wherever it is shown (no compact forms: "SGD 2688" beside "￥76.8万"
 * could not be compared at a glance).
 */
export function formatMoney(
  minor: number,
  currency: string,
  lang: string,
  options: MoneyOptions = {},
): string {
  const digits = currencyDigits(currency);
  const major = minor / 10 ** digits;
  try {
    return numberFormat(localeOf(lang), {
      style: 'currency',
      currency,
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      signDisplay: options.signed ? 'exceptZero' : 'auto',
    }).format(major);
  } catch {
    // Unknown currency code: show the number and the code rather than fail.
    return `${formatNumber(major, lang, digits)} ${currency}`;
  }
}

export function formatNumber(value: number, lang: string, maximumFractionDigits = 0): string {
  return numberFormat(localeOf(lang), { maximumFractionDigits }).format(value);
}

/** A calendar date `YYYY-MM-DD`, shown as that same day whatever the browser's time zone. */
export function formatDate(date: string | null | undefined, lang: string): string {
  if (!date) return '';
  const parsed = parseIsoDate(date);
  if (!parsed) return date;
  return dateTimeFormat(localeOf(lang), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    timeZone: 'UTC',
  }).format(parsed);
}

export function formatDateTime(timestamp: string | null | undefined, lang: string): string {
  if (!timestamp) return '';
  const parsed = new Date(timestamp);
  if (Number.isNaN(parsed.getTime())) return timestamp;
  return dateTimeFormat(localeOf(lang), {
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(parsed);
}

export function formatTime(timestamp: string, lang: string): string {
  const parsed = new Date(timestamp);
  if (Number.isNaN(parsed.getTime())) return '';
  return dateTimeFormat(localeOf(lang), { hour: 'numeric', minute: '2-digit' }).format(parsed);
}

/** Long day heading for the timeline ("2026年11月23日(月)" / "Mon, Nov 23, 2026"). */
export function formatDayHeading(timestamp: string, lang: string): string {
  const parsed = new Date(timestamp);
  if (Number.isNaN(parsed.getTime())) return timestamp;
  return dateTimeFormat(localeOf(lang), {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    weekday: 'short',
  }).format(parsed);
}

/** Local calendar day key of a timestamp, for grouping. */
export function dayKey(timestamp: string): string {
  const d = new Date(timestamp);
  if (Number.isNaN(d.getTime())) return timestamp.slice(0, 10);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

export function parseIsoDate(date: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return null;
  return new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
}

/** Whole days from today (local) to a calendar date; negative when past. */
export function daysUntil(
  date: string | null | undefined,
  today: Date = new Date(),
): number | null {
  if (!date) return null;
  const target = parseIsoDate(date);
  if (!target) return null;
  const todayUtc = Date.UTC(today.getFullYear(), today.getMonth(), today.getDate());
  return Math.round((target.getTime() - todayUtc) / 86_400_000);
}

export function formatRelativeDays(days: number, lang: string): string {
  return relativeTimeFormat(localeOf(lang)).format(days, 'day');
}

export function regionName(code: string | null | undefined, lang: string): string {
  if (!code) return '';
  try {
    return displayNames(localeOf(lang), 'region').of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

export function languageName(code: string | null | undefined, lang: string): string {
  if (!code) return '';
  try {
    return displayNames(localeOf(lang), 'language').of(code) ?? code;
  } catch {
    return code;
  }
}

/** Two letters for an avatar: first letters of the first two words, or the first two characters (Japanese). */
export function initials(name: string | null | undefined): string {
  const trimmed = (name ?? '').replace(/株式会社|合同会社|有限会社|（株）|\(株\)/g, '').trim();
  if (!trimmed) return '?';
  const words = trimmed.split(/\s+/);
  if (words.length >= 2 && /^[A-Za-z]/.test(trimmed))
    return (words[0]![0]! + words[1]![0]!).toUpperCase();
  if (/^[A-Za-z]/.test(trimmed)) return trimmed.slice(0, 2).toUpperCase();
  return words[0]!.slice(0, 1);
}

const RELATIVE_STEPS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['second', 60],
  ['minute', 60],
  ['hour', 24],
  ['day', 30],
  ['month', 12],
  ['year', Number.POSITIVE_INFINITY],
];

/** "3 hours ago" / "3 時間前": a timestamp relative to now, in the largest unit that fits. */
export function formatRelativeTime(
  timestamp: string | null | undefined,
  lang: string,
  now: Date = new Date(),
): string {
  if (!timestamp) return '';
  const then = Date.parse(timestamp);
  if (Number.isNaN(then)) return timestamp;
  let value = (then - now.getTime()) / 1000;
  const format = relativeTimeFormat(localeOf(lang));
  for (const [unit, size] of RELATIVE_STEPS) {
    if (Math.abs(value) < size) return format.format(Math.round(value), unit);
    value /= size;
  }
  return format.format(Math.round(value), 'year');
}

/** A month `YYYY-MM` as words ("2026年12月" / "December 2026"); the text itself when it is none. */
export function formatMonth(month: string, lang: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m || Number(m[2]) < 1 || Number(m[2]) > 12) return month;
  return dateTimeFormat(localeOf(lang), {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, 1)));
}

/** A currency's name in the UI language ("米ドル" / "US Dollar"); the code when Intl has none. */
export function currencyName(code: string, lang: string): string {
  try {
    return displayNames(localeOf(lang), 'currency').of(code) ?? code;
  } catch {
    return code;
  }
}
