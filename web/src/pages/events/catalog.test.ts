import { describe, expect, it } from 'vitest';
import type { CatalogEvent } from '../../api';
import { filterCatalog, nextSort, sortCatalog } from './catalog';

const ev = (
  name: string,
  count: number,
  feature: string | null,
  last = '2026-11-20T00:00:00Z',
  type: CatalogEvent['type'] = 'track',
): CatalogEvent => ({
  name,
  type,
  count,
  first_seen: '2026-01-01T00:00:00Z',
  last_seen: last,
  feature,
});
const events = [
  ev('report_exported', 120, 'レポート出力', '2026-11-22T00:00:00Z'),
  ev('dashboard_viewed', 900, 'ダッシュボード閲覧', '2026-11-23T00:00:00Z'),
  ev('signed_in', 900, null, '2026-11-21T00:00:00Z'),
  ev('Reports', 40, null, '2026-11-19T00:00:00Z', 'page'),
];
const names = (list: CatalogEvent[]) => list.map((e) => e.name);

describe('the event catalogue', () => {
  it('filters on the name or the feature, ignoring case', () => {
    expect(names(filterCatalog(events, 'REPORT'))).toEqual(['report_exported', 'Reports']);
    expect(names(filterCatalog(events, 'レポート'))).toEqual(['report_exported']);
    expect(filterCatalog(events, '  ')).toHaveLength(4);
  });

  it('sorts by count, ties by name', () => {
    expect(names(sortCatalog(events, { field: 'count', desc: true }, 'en'))).toEqual([
      'dashboard_viewed',
      'signed_in',
      'report_exported',
      'Reports',
    ]);
    expect(names(sortCatalog(events, { field: 'count', desc: false }, 'en'))).toEqual([
      'Reports',
      'report_exported',
      'dashboard_viewed',
      'signed_in',
    ]);
  });

  it('sorts by last seen and by type', () => {
    expect(names(sortCatalog(events, { field: 'last_seen', desc: true }, 'en'))[0]).toBe(
      'dashboard_viewed',
    );
    expect(names(sortCatalog(events, { field: 'type', desc: false }, 'en'))[0]).toBe('Reports');
  });

  it('puts events without a feature last, whichever the direction', () => {
    expect(names(sortCatalog(events, { field: 'feature', desc: false }, 'ja')).slice(2)).toEqual([
      'Reports',
      'signed_in',
    ]);
    expect(names(sortCatalog(events, { field: 'feature', desc: true }, 'ja')).slice(2)).toEqual([
      'Reports',
      'signed_in',
    ]);
  });

  it('does not change the list it is given', () => {
    const copy = [...events];
    sortCatalog(events, { field: 'name', desc: true }, 'en');
    expect(events).toEqual(copy);
  });

  it('sorts numbers and dates biggest first on the first click, then flips', () => {
    expect(nextSort({ field: 'name', desc: false }, 'count')).toEqual({
      field: 'count',
      desc: true,
    });
    expect(nextSort({ field: 'count', desc: true }, 'name')).toEqual({
      field: 'name',
      desc: false,
    });
    expect(nextSort({ field: 'name', desc: false }, 'name')).toEqual({ field: 'name', desc: true });
  });
});
