// Sources against a fake /api: the write key shown once with the snippet, revoke with
// confirmation, field errors, and nothing at all for roles other than admin.
import { afterEach, describe, expect, it } from 'vitest';
import type { Source } from '../../api';
import { click, renderPage, type, type ApiCall, type Rendered } from '../../test/harness';
import { SourcesPage } from './SourcesPage';
import { analyticsNodeSnippet } from './snippet';

const web: Source = {
  id: 1,
  name: 'Web アプリ',
  key_prefix: 'bsk_AbCd',
  created_at: '2026-11-01T00:00:00.000Z',
  revoked_at: null,
  rate_limit_per_second: 1000,
  events_received: 1234,
  last_event_at: '2026-11-23T10:15:00.000Z',
};
const KEY = 'bsk_NewKey0123456789abcdef';

let page: Rendered;
afterEach(() => page.unmount());

function api(call: ApiCall) {
  if (call.url.pathname === '/api/v1/sources' && call.method === 'GET')
    return { body: { data: [web] } };
  if (call.url.pathname === '/api/v1/sources' && call.method === 'POST') {
    const body = call.body as { name: string; rate_limit_per_second?: number };
    if (body.name === 'Web アプリ')
      return {
        status: 409,
        body: {
          error: {
            code: 'conflict',
            reason: 'already_exists',
            params: { entity: 'source', field: 'name' },
            message: 'another source already has this name',
            field: 'name',
          },
        },
      };
    return {
      status: 201,
      body: {
        ...web,
        id: 2,
        name: body.name,
        key_prefix: KEY.slice(0, 8),
        rate_limit_per_second: body.rate_limit_per_second ?? 1000,
        events_received: 0,
        last_event_at: null,
        write_key: KEY,
      },
    };
  }
  if (call.url.pathname === '/api/v1/sources/1/revoke') {
    // As the server answers: the source without its event figures.
    const { events_received: _n, last_event_at: _at, ...plain } = web;
    return { body: { ...plain, revoked_at: '2026-11-23T11:00:00.000Z' } };
  }
  return undefined;
}

describe('SourcesPage', () => {
  it('creates a source and shows its write key once, with the analytics-node snippet', async () => {
    page = await renderPage(<SourcesPage />, { answer: api });
    expect(page.allByTestId('source-row')).toHaveLength(1);
    await type(page.byTestId('source-name'), '  モバイル  ');
    await type(page.byTestId('source-rate'), '500');
    await click(page.byTestId('source-create'));

    expect(page.calls.find((c) => c.method === 'POST')!.body).toEqual({
      name: 'モバイル',
      rate_limit_per_second: 500,
    });
    expect(page.byTestId('write-key')!.textContent).toBe(KEY);
    expect(page.byTestId('write-key-snippet')!.textContent).toBe(
      analyticsNodeSnippet(KEY, window.location.origin),
    );
    expect(page.allByTestId('source-row').map((r) => r.getAttribute('data-source-id'))).toEqual([
      '2',
      '1',
    ]);
    expect(page.allByTestId('source-row')[0]!.textContent).not.toContain(KEY);

    await click(page.byTestId('write-key-done'));
    expect(page.byTestId('write-key-panel')).toBeNull();
    expect(page.container.textContent).not.toContain(KEY);
  });

  it('leaves the rate out when empty, and checks it is a whole number', async () => {
    page = await renderPage(<SourcesPage />, { answer: api });
    await type(page.byTestId('source-name'), 'バッチ');
    await type(page.byTestId('source-rate'), '0');
    await click(page.byTestId('source-create'));
    expect(page.byTestId('source-rate-error')).not.toBeNull();
    expect(page.calls.some((c) => c.method === 'POST')).toBe(false);
    await type(page.byTestId('source-rate'), '');
    await click(page.byTestId('source-create'));
    expect(page.calls.find((c) => c.method === 'POST')!.body).toEqual({ name: 'バッチ' });
  });

  it('shows the server’s message by the field it names', async () => {
    page = await renderPage(<SourcesPage />, { answer: api });
    await click(page.byTestId('source-create'));
    expect(page.byTestId('source-name-error')!.textContent).toBe('Enter a name.');
    await type(page.byTestId('source-name'), 'Web アプリ');
    await click(page.byTestId('source-create'));
    expect(page.byTestId('source-name-error')!.textContent).toBe(
      'Another source already has this name.',
    );
    expect(page.byTestId('write-key-panel')).toBeNull();
  });

  it('revokes only after confirmation', async () => {
    page = await renderPage(<SourcesPage />, { answer: api });
    await click(page.byTestId('source-revoke'));
    await click(page.byTestId('source-revoke-cancel'));
    expect(page.calls.some((c) => c.url.pathname.endsWith('/revoke'))).toBe(false);
    await click(page.byTestId('source-revoke'));
    await click(page.byTestId('source-revoke-confirm'));
    expect(
      page.calls.filter(
        (c) => c.url.pathname === '/api/v1/sources/1/revoke' && c.method === 'POST',
      ),
    ).toHaveLength(1);
    expect(page.byTestId('source-revoked')).not.toBeNull();
    expect(page.byTestId('source-revoke')).toBeNull();
    expect(page.allByTestId('source-row')[0]!.textContent).toContain('1,234'); // the figures it had
  });

  it('says admins only, and asks nothing of the server, for other roles', async () => {
    page = await renderPage(<SourcesPage />, { role: 'manager', answer: api });
    expect(page.container.textContent).toContain('Only admins can manage event sources');
    expect(page.calls.some((c) => c.url.pathname.startsWith('/api/v1/sources'))).toBe(false);
  });
});

describe('the analytics-node snippet', () => {
  it('points analytics-node at this server with the key', () => {
    const snippet = analyticsNodeSnippet('bsk_x', 'https://banso.example.com');
    expect(snippet).toContain(
      "new Analytics({ writeKey: 'bsk_x', host: 'https://banso.example.com' })",
    );
    expect(snippet).toContain("from '@segment/analytics-node'");
  });
});
