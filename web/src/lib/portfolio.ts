// The portfolio's scope (which accounts a dashboard or revenue figure is of: a tier, an owner, a
// segment) as the address keeps it — ?tier=, ?owner=, ?segment=, the account list's names — so
// that a view can be shared and reloaded; and retention figures as the console words them.
import { TIERS, type MonthRateMissing, type PortfolioScope, type Tier } from '../api';
import { localeOf, numberFormat } from './format';

/** The address's scope → the API's (?tier=, ?owner_id=, ?segment_id=); unknown values are dropped. */
export function readScope(params: URLSearchParams): PortfolioScope {
  const tier = params.get('tier');
  const owner = Number(params.get('owner'));
  const segment = Number(params.get('segment'));
  return {
    tier: TIERS.includes(tier as Tier) ? (tier as Tier) : undefined,
    owner_id: Number.isSafeInteger(owner) && owner > 0 ? owner : undefined,
    segment_id: Number.isSafeInteger(segment) && segment > 0 ? segment : undefined,
  };
}

/** The address's name of each scope parameter. */
export const SCOPE_PARAM = { tier: 'tier', owner_id: 'owner', segment_id: 'segment' } as const;
export type ScopeKey = keyof typeof SCOPE_PARAM;

/**
 * A ratio (0.865) as a percentage with one decimal ("86.5%"), always one, so that figures side
 * by side line up; "—" when there is nothing to divide by.
 */
export function formatRate(fraction: number | null | undefined, lang: string): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return '—';
  return numberFormat(localeOf(lang), {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(fraction);
}

/** The missing rates by currency, months in order: USD → [2024-01, 2024-04]. */
export function missingByCurrency(missing: readonly MonthRateMissing[]): [string, string[]][] {
  const by = new Map<string, Set<string>>();
  for (const m of missing) by.set(m.currency, (by.get(m.currency) ?? new Set()).add(m.month));
  return [...by.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([currency, months]) => [currency, [...months].sort()]);
}

/** A month `YYYY-MM` `count` months before (negative: after) `month`. */
export function addMonths(month: string, count: number): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const index = y * 12 + (m - 1) - count;
  return `${Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

/** The month `now` is in, `YYYY-MM` (local time: the month the user sees on their calendar). */
export function monthOf(now: Date): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}`;
}
