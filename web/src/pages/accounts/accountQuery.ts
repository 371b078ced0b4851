// The account list's state in its address (?q=, owner, stage, tier, band, renewal, the ARR range,
// the segment,
// sort, and the cursors of the pages gone through), so that a view can be shared, reloaded and
// gone back to: Back from an account returns to the same page of the same search. The ARR range
// (arr_min, arr_max) is in the reporting currency's smallest unit, as the API takes it, so that
// the list can be asked for before the reporting currency is read.
import { useSearchParams } from 'react-router-dom';
import {
  HEALTH_BANDS,
  TIERS,
  type AccountQuery,
  type AccountSort,
  type HealthBand,
  type Tier,
} from '../../api';

const SORTS: AccountSort[] = [
  'name',
  '-name',
  'renewal_date',
  '-renewal_date',
  'arr',
  '-arr',
  'health',
  '-health',
];
export type SortField = 'name' | 'renewal_date' | 'arr' | 'health';

/** A whole amount of the address (0 and up), else undefined. */
function amountParam(params: URLSearchParams, key: string): number | undefined {
  const text = params.get(key);
  if (!text || !/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}

export function readQuery(params: URLSearchParams): AccountQuery {
  const stage = params.get('stage');
  const tier = params.get('tier');
  const band = params.get('band');
  const owner = Number(params.get('owner'));
  const renewal = Number(params.get('renewal'));
  const segment = Number(params.get('segment'));
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? undefined,
    owner_id: owner > 0 ? owner : undefined,
    // Stages are editable: any key goes to the server, which names the known ones if it is not.
    journey_stage: stage?.trim() || undefined,
    tier: TIERS.includes(tier as Tier) ? (tier as Tier) : undefined,
    health_band: HEALTH_BANDS.includes(band as HealthBand) ? (band as HealthBand) : undefined,
    renewal_within_days: renewal > 0 ? renewal : undefined,
    arr_reporting_min: amountParam(params, ARR_MIN),
    arr_reporting_max: amountParam(params, ARR_MAX),
    sort: SORTS.includes(sort as AccountSort) ? (sort as AccountSort) : 'name',
    // A saved segment narrows the list together with the other filters.
    segment_id: Number.isSafeInteger(segment) && segment > 0 ? segment : undefined,
  };
}

export interface AccountQueryState {
  query: AccountQuery;
  /** The query as a string: a new one starts the paging again. */
  queryKey: string;
  /** Some filter or search narrows the list. */
  filtered: boolean;
  sortField: SortField;
  sortDesc: boolean;
  /** Sets (or, empty, removes) one parameter of the address. */
  updateParam: (key: string, value: string | number | undefined) => void;
  /** Sets the ARR range (undefined: no bound) in one step. */
  setArrRange: (min: number | undefined, max: number | undefined) => void;
  toggleSort: (field: SortField) => void;
  /** Removes every filter and the search; keeps the sort. */
  clearFilters: () => void;
}

export function useAccountQuery(): AccountQueryState {
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);

  // A new search, filter or sort starts again from the first page. An ARR bound of 0 is a bound.
  function update(values: Record<string, string | number | undefined>) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.delete(CURSOR);
        for (const [key, value] of Object.entries(values)) {
          const amount = key === ARR_MIN || key === ARR_MAX;
          if (value === undefined || value === '' || (value === 0 && !amount)) next.delete(key);
          else next.set(key, String(value));
        }
        return next;
      },
      { replace: true },
    );
  }
  const updateParam = (key: string, value: string | number | undefined) => update({ [key]: value });

  const sortField = (query.sort ?? 'name').replace('-', '') as SortField;
  const sortDesc = (query.sort ?? '').startsWith('-');
  function toggleSort(field: SortField) {
    // A new column sorts ascending (health: the accounts most at risk first), except the ARR:
    // the largest first.
    const next: AccountSort =
      sortField === field
        ? ((sortDesc ? field : `-${field}`) as AccountSort)
        : field === 'arr'
          ? '-arr'
          : field;
    updateParam('sort', next === 'name' ? undefined : next);
  }

  return {
    query,
    queryKey: JSON.stringify(query),
    filtered: Boolean(
      query.q ||
      query.owner_id ||
      query.journey_stage ||
      query.tier ||
      query.health_band ||
      query.renewal_within_days ||
      query.arr_reporting_min !== undefined ||
      query.arr_reporting_max !== undefined ||
      query.segment_id,
    ),
    sortField,
    sortDesc,
    updateParam,
    setArrRange: (min, max) => update({ [ARR_MIN]: min, [ARR_MAX]: max }),
    toggleSort,
    clearFilters: () =>
      setParams(query.sort && query.sort !== 'name' ? { sort: query.sort } : {}, { replace: true }),
  };
}

/** The address's parameters of the ARR range. */
export const ARR_MIN = 'arr_min';
export const ARR_MAX = 'arr_max';

/** The address's parameter holding the cursor of each page gone through, the current one last. */
export const CURSOR = 'cursor';

/**
 * The pages of the list, as cursors in the address: `?cursor=c2&cursor=c3` is the third page,
 * and Previous drops the last one. Each page move is a history entry of its own, so the
 * browser's Back walks back through the pages too.
 */
export function useCursorPaging() {
  const [params, setParams] = useSearchParams();
  const stack = params.getAll(CURSOR).filter(Boolean);
  function go(cursors: string[]) {
    setParams((prev) => {
      const next = new URLSearchParams(prev);
      next.delete(CURSOR);
      for (const cursor of cursors) next.append(CURSOR, cursor);
      return next;
    });
  }
  return {
    cursor: stack.at(-1) ?? null,
    /** How many pages come before this one. */
    pagesBefore: stack.length,
    back: () => go(stack.slice(0, -1)),
    forward: (next: string) => go([...stack, next]),
  };
}
