// The catalogue against a fake /api: search, sort, and a click that charts one event.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { click, renderPage, type, type ApiCall, type Rendered } from '../../test/harness';
import { lastDays } from '../../lib/usage';
import { CatalogTab } from './CatalogTab';

vi.mock('../../components/EChart', () => ({
  CHART_AXIS: { line: {}, label: {}, valueLabel: {}, split: {} },
  EChart: ({ testId }: { testId: string }) => <div data-testid={testId} />,
}));

const catalog = [
  {
    name: 'report_exported',
    type: 'track',
    count: 120,
    first_seen: '2026-11-01T00:00:00Z',
    last_seen: '2026-11-23T00:00:00Z',
    feature: 'レポート出力',
  },
  {
    name: 'dashboard_viewed',
    type: 'track',
    count: 900,
    first_seen: '2026-11-01T00:00:00Z',
    last_seen: '2026-11-23T00:00:00Z',
    feature: null,
  },
  {
    name: 'Reports',
    type: 'page',
    count: 40,
    first_seen: '2026-11-01T00:00:00Z',
    last_seen: '2026-11-23T00:00:00Z',
    feature: null,
  },
];

function answer(call: ApiCall) {
  if (call.url.pathname === '/api/v1/events/catalog') return { body: catalog };
  if (call.url.pathname === '/api/v1/events/volume') {
    const p = call.url.searchParams;
    return {
      body: {
        from: p.get('from'),
        to: p.get('to'),
        name: p.get('name'),
        days: [{ date: p.get('to'), count: p.get('name') ? 7 : 1060 }],
      },
    };
  }
  return undefined;
}

let page: Rendered;
afterEach(() => page.unmount());
const names = () => page.allByTestId('catalog-row').map((r) => r.getAttribute('data-name'));
const volumeCalls = () =>
  page.calls
    .filter((c) => c.url.pathname === '/api/v1/events/volume')
    .map((c) => c.url.searchParams);

describe('CatalogTab', () => {
  it('lists the events by count, sorts by name, and filters by the search box', async () => {
    page = await renderPage(<CatalogTab />, { answer });
    expect(names()).toEqual(['dashboard_viewed', 'report_exported', 'Reports']);
    await click(page.byTestId('catalog-sort-name'));
    expect(names()).toEqual(['dashboard_viewed', 'report_exported', 'Reports']);
    await click(page.byTestId('catalog-sort-name'));
    expect(names()).toEqual(['Reports', 'report_exported', 'dashboard_viewed']);
    await type(page.byTestId('catalog-search'), 'report');
    expect(names()).toEqual(['Reports', 'report_exported']);
    expect(page.byTestId('catalog-count')!.textContent).toBe('2 of 3 events');
  });

  it('charts all events over 30 days, then the clicked event, then 90 days', async () => {
    page = await renderPage(<CatalogTab />, { answer });
    const month = lastDays(30);
    expect(volumeCalls()[0]!.toString()).toBe(`from=${month.from}&to=${month.to}`);
    expect(page.byTestId('volume-total')!.textContent).toContain('1,060 events in total');

    await click(page.container.querySelector('[data-name="report_exported"]'));
    expect(volumeCalls().at(-1)!.get('name')).toBe('report_exported');
    expect(
      page.container.querySelector('[data-name="report_exported"]')!.getAttribute('aria-selected'),
    ).toBe('true');
    expect(page.byTestId('volume-total')!.textContent).toContain('7 events in total');

    await click(page.byTestId('volume-range-90'));
    expect(volumeCalls().at(-1)!.get('from')).toBe(lastDays(90).from);
    expect(volumeCalls().at(-1)!.get('name')).toBe('report_exported');
  });

  it('charts and maps track events only: a page view has neither a volume of its own nor a feature', async () => {
    page = await renderPage(<CatalogTab />, { answer });
    const options = [...page.byTestId<HTMLSelectElement>('volume-event')!.options].map(
      (o) => o.value,
    );
    expect(options).toEqual(['', 'dashboard_viewed', 'report_exported']);
    const reports = page.container.querySelector('[data-name="Reports"]')!;
    expect(reports.getAttribute('title')).toBeNull();
    expect(reports.textContent).not.toContain('Not mapped');
    const asked = volumeCalls().length;
    await click(reports);
    expect(volumeCalls()).toHaveLength(asked);
    expect(reports.getAttribute('aria-selected')).toBeNull();
  });
});
