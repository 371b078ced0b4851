// The account list's state in its address (?q=, owner, stage, tier, renewal, sort), so that a
// search can be shared, reloaded and gone back to; and the cursor pages of one query.
import { useState } from 'react';
import { useSearchParams } from 'react-router-dom';
import { TIERS, type AccountQuery, type AccountSort, type Tier } from '../../api';

const SORTS: AccountSort[] = ['name', '-name', 'renewal_date', '-renewal_date', 'arr', '-arr'];
export type SortField = 'name' | 'renewal_date' | 'arr';

export function readQuery(params: URLSearchParams): AccountQuery {
  const stage = params.get('stage');
  const tier = params.get('tier');
  const owner = Number(params.get('owner'));
  const renewal = Number(params.get('renewal'));
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? undefined,
    owner_id: owner > 0 ? owner : undefined,
    // Stages are editable: any key goes to the server, which names the known ones if it is not.
    journey_stage: stage?.trim() || undefined,
    tier: TIERS.includes(tier as Tier) ? (tier as Tier) : undefined,
    renewal_within_days: renewal > 0 ? renewal : undefined,
    sort: SORTS.includes(sort as AccountSort) ? (sort as AccountSort) : 'name',
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
  toggleSort: (field: SortField) => void;
  /** Removes every filter and the search; keeps the sort. */
  clearFilters: () => void;
}

export function useAccountQuery(): AccountQueryState {
  const [params, setParams] = useSearchParams();
  const query = readQuery(params);

  function updateParam(key: string, value: string | number | undefined) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === undefined || value === '' || value === 0) next.delete(key);
        else next.set(key, String(value));
        return next;
      },
      { replace: true },
    );
  }

  const sortField = (query.sort ?? 'name').replace('-', '') as SortField;
  const sortDesc = (query.sort ?? '').startsWith('-');
  function toggleSort(field: SortField) {
    // A new column sorts ascending, except the ARR: the largest first.
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
      query.q || query.owner_id || query.journey_stage || query.tier || query.renewal_within_days,
    ),
    sortField,
    sortDesc,
    updateParam,
    toggleSort,
    clearFilters: () =>
      setParams(query.sort && query.sort !== 'name' ? { sort: query.sort } : {}, { replace: true }),
  };
}

/** A stack of cursors, one per page seen; it starts again whenever the query changes. */
export function useCursorPaging(queryKey: string) {
  const [paging, setPaging] = useState<{ key: string; stack: (string | null)[] }>({
    key: queryKey,
    stack: [null],
  });
  const stack = paging.key === queryKey ? paging.stack : [null];
  return {
    cursor: stack[stack.length - 1] ?? null,
    /** How many pages come before this one. */
    pagesBefore: stack.length - 1,
    back: () => setPaging({ key: queryKey, stack: stack.slice(0, -1) }),
    forward: (next: string) => setPaging({ key: queryKey, stack: [...stack, next] }),
  };
}
