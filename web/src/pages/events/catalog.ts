// The event catalogue table: client-side search and sort.
import type { CatalogEvent } from '../../api';

export const CATALOG_SORT_FIELDS = [
  'name',
  'type',
  'feature',
  'count',
  'first_seen',
  'last_seen',
] as const;
export type CatalogSortField = (typeof CATALOG_SORT_FIELDS)[number];

export interface CatalogSort {
  field: CatalogSortField;
  desc: boolean;
}

/** Case-insensitive substring match on the event name or its feature. */
export function filterCatalog(events: readonly CatalogEvent[], query: string): CatalogEvent[] {
  const q = query.trim().toLowerCase();
  if (!q) return [...events];
  return events.filter(
    (e) => e.name.toLowerCase().includes(q) || (e.feature ?? '').toLowerCase().includes(q),
  );
}

/** Sorted copy; ties (and events without a feature, always last) fall back to the name. */
export function sortCatalog(
  events: readonly CatalogEvent[],
  sort: CatalogSort,
  lang: string,
): CatalogEvent[] {
  const dir = sort.desc ? -1 : 1;
  const byName = (a: CatalogEvent, b: CatalogEvent) => a.name.localeCompare(b.name, 'en');
  return [...events].sort((a, b) => {
    let order = 0;
    switch (sort.field) {
      case 'name':
        return dir * byName(a, b);
      case 'type':
        order = a.type.localeCompare(b.type, 'en');
        break;
      case 'feature':
        if (a.feature === null || b.feature === null) {
          if (a.feature !== b.feature) return a.feature === null ? 1 : -1;
          return byName(a, b);
        }
        order = a.feature.localeCompare(b.feature, lang);
        break;
      case 'count':
        order = a.count - b.count;
        break;
      case 'first_seen':
      case 'last_seen':
        order = (Date.parse(a[sort.field] ?? '') || 0) - (Date.parse(b[sort.field] ?? '') || 0);
        break;
    }
    return order !== 0 ? dir * order : byName(a, b);
  });
}

/** The first click on a column: names and types A→Z, numbers and dates biggest/newest first. */
export function nextSort(current: CatalogSort, field: CatalogSortField): CatalogSort {
  if (current.field === field) return { field, desc: !current.desc };
  return { field, desc: field === 'count' || field === 'first_seen' || field === 'last_seen' };
}
