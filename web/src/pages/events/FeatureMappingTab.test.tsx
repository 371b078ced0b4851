// The feature mapping editor against a fake /api: edit, save, and a server error by its field.
import { afterEach, describe, expect, it } from 'vitest';
import { click, renderPage, type, type ApiCall, type Rendered } from '../../test/harness';
import { FeatureMappingTab } from './FeatureMappingTab';

const mapping = [
  { event_name: 'report_exported', feature: 'レポート出力' },
  { event_name: 'dashboard_viewed', feature: 'ダッシュボード閲覧' },
];
const catalog = [
  {
    name: 'report_exported',
    type: 'track',
    count: 10,
    first_seen: '2026-11-01T00:00:00Z',
    last_seen: '2026-11-23T00:00:00Z',
    feature: 'レポート出力',
  },
  {
    name: 'csv_imported',
    type: 'track',
    count: 3,
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

let page: Rendered;
afterEach(() => page.unmount());

function api(put: (call: ApiCall) => { status?: number; body: unknown }) {
  return (call: ApiCall) => {
    if (call.url.pathname === '/api/v1/events/features' && call.method === 'GET')
      return { body: { data: mapping } };
    if (call.url.pathname === '/api/v1/events/features' && call.method === 'PUT') return put(call);
    if (call.url.pathname === '/api/v1/events/catalog') return { body: catalog };
    return undefined;
  };
}

describe('FeatureMappingTab', () => {
  it('shows the mapping, and saves every row in order with PUT', async () => {
    page = await renderPage(<FeatureMappingTab />, {
      answer: api((call) => ({ body: call.body })),
    });
    expect(page.allByTestId('feature-row')).toHaveLength(2);
    expect(page.byTestId<HTMLInputElement>('feature-name-0')!.value).toBe('レポート出力');
    expect(page.byTestId<HTMLButtonElement>('feature-save')!.disabled).toBe(true); // nothing changed yet

    // csv_imported is in the catalogue, not mapped; the page view Reports cannot be mapped.
    expect(page.byTestId('feature-add-unmapped')!.textContent).toContain('(1)');
    expect(
      [...page.container.querySelectorAll('#feature-event-names option')].map((o) =>
        o.getAttribute('value'),
      ),
    ).toEqual(['csv_imported', 'report_exported']);
    await click(page.byTestId('feature-add-unmapped'));
    expect(page.byTestId<HTMLInputElement>('feature-event-2')!.value).toBe('csv_imported');
    await type(page.byTestId('feature-name-2'), ' CSV インポート ');
    await click(page.byTestId('feature-save'));

    const put = page.calls.find((c) => c.method === 'PUT')!;
    expect(put.body).toEqual({
      data: [...mapping, { event_name: 'csv_imported', feature: 'CSV インポート' }],
    });
    expect(page.byTestId('feature-saved')).not.toBeNull();
    expect(page.byTestId<HTMLButtonElement>('feature-save')!.disabled).toBe(true);
  });

  it('refuses empty inputs before sending, next to each input', async () => {
    page = await renderPage(<FeatureMappingTab />, { answer: api(() => ({ body: {} })) });
    await click(page.byTestId('feature-add'));
    await click(page.byTestId('feature-save'));
    expect(page.byTestId('feature-event-2-error')!.textContent).toBe('Required.');
    expect(page.byTestId('feature-name-2-error')!.textContent).toBe('Required.');
    expect(page.calls.some((c) => c.method === 'PUT')).toBe(false);
  });

  it('shows a 4xx error body’s message next to the field it names (data[1].feature)', async () => {
    page = await renderPage(<FeatureMappingTab />, {
      answer: api(() => ({
        status: 400,
        body: {
          error: {
            code: 'invalid',
            reason: 'length_range',
            params: { min: 1, max: 100 },
            message: 'must be 1 to 100 characters',
            field: 'data[1].feature',
          },
        },
      })),
    });
    await type(page.byTestId('feature-name-1'), 'とても長い機能名');
    await click(page.byTestId('feature-save'));
    expect(page.byTestId('feature-name-1-error')!.textContent).toBe('Must be 1 to 100 characters.');
    expect(page.byTestId('feature-name-1')!.getAttribute('aria-invalid')).toBe('true');
    expect(page.byTestId('feature-name-0-error')).toBeNull();
    expect(page.byTestId('feature-error')).toBeNull();
    // Correcting the input takes its message away.
    await type(page.byTestId('feature-name-1'), '短い名前');
    expect(page.byTestId('feature-name-1-error')).toBeNull();
  });

  it('shows an error that names no input above the table', async () => {
    page = await renderPage(<FeatureMappingTab />, {
      answer: api(() => ({
        status: 403,
        body: { error: { code: 'forbidden', message: 'not allowed', field: null } },
      })),
    });
    await type(page.byTestId('feature-name-0'), '出力');
    await click(page.byTestId('feature-save'));
    expect(page.byTestId('feature-error')!.textContent).toContain('not allowed');
  });

  it('is read-only for roles other than admin and manager', async () => {
    page = await renderPage(<FeatureMappingTab />, {
      role: 'csm',
      answer: api(() => ({ body: {} })),
    });
    expect(page.byTestId('feature-readonly')).not.toBeNull();
    expect(page.byTestId<HTMLInputElement>('feature-name-0')!.disabled).toBe(true);
    expect(page.byTestId('feature-save')).toBeNull();
    expect(page.byTestId('feature-add')).toBeNull();
  });
});
