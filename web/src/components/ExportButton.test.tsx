// CSV exports: the address built from a list's filters (never its page), the two encodings of
// the menu, the file saved as the server sent and named it, a refusal said in the user's words,
// and the button on each list that has one (renewals, contacts, contracts, timeline).
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { api } from '../api';
import { fileNameOf } from '../api/client';
import i18n from '../i18n';
import { downloadBlob } from '../lib/download';
import { ContactsTab } from '../pages/account/ContactsTab';
import { ContractsTable } from '../pages/account/ContractsTable';
import { TimelineTab } from '../pages/account/TimelineTab';
import { RenewalsPage } from '../pages/renewals/RenewalsPage';
import {
  contactsFixture,
  contractFixture,
  pageOf,
  timelineOf,
  touchpointFixture,
} from '../test/editingFixtures';
import { click, flush, renderPage, type Rendered } from '../test/harness';
import { renewalsFixture } from '../test/renewalFixtures';
import { ExportButton } from './ExportButton';

vi.mock('../lib/download', () => ({ downloadBlob: vi.fn(), downloadText: vi.fn() }));
const saved = vi.mocked(downloadBlob);

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

describe('api.exportUrl', () => {
  it('sends the encoding and the filters, leaves out empty ones and never a page', () => {
    expect(
      api.exportUrl('accounts', 'shift_jis', {
        q: '旭',
        owner_id: 3,
        tier: undefined,
        journey_stage: '',
        arr_reporting_min: 0,
        sort: '-arr',
        limit: 50,
        cursor: 'c2',
      }),
    ).toBe(
      '/api/v1/exports/accounts?encoding=shift_jis&q=%E6%97%AD&owner_id=3&arr_reporting_min=0&sort=-arr',
    );
    expect(api.exportUrl('touchpoints', 'utf-8', { account_id: 12 })).toBe(
      '/api/v1/exports/touchpoints?encoding=utf-8&account_id=12',
    );
  });
});

describe('fileNameOf', () => {
  it('reads the name the server gives, the encoded one first', () => {
    expect(fileNameOf('attachment; filename="accounts-2026-05-01.csv"')).toBe(
      'accounts-2026-05-01.csv',
    );
    expect(fileNameOf('attachment; filename=contacts.csv')).toBe('contacts.csv');
    expect(
      fileNameOf(
        `attachment; filename="x.csv"; filename*=UTF-8''%E9%A1%A7%E5%AE%A2-2026-05-01.csv`,
      ),
    ).toBe('顧客-2026-05-01.csv');
    expect(fileNameOf('attachment')).toBeNull();
    expect(fileNameOf(null)).toBeNull();
  });
});

describe('ExportButton', () => {
  let container: HTMLDivElement;
  let root: Root;
  let requests: { url: string; init: RequestInit | undefined }[];
  let reply: () => Response;

  beforeEach(async () => {
    await i18n.changeLanguage('en');
    saved.mockClear();
    requests = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        requests.push({ url, init });
        return reply();
      }),
    );
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => {
      root.render(<ExportButton list="accounts" query={{ q: 'かもめ', sort: 'name' }} />);
    });
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.unstubAllGlobals();
  });

  const byTestId = (id: string) => container.querySelector<HTMLElement>(`[data-testid="${id}"]`);

  it('offers the two encodings, and saves the Shift_JIS bytes as sent under the server’s name', async () => {
    // "顧客" in Shift_JIS: bytes a UTF-8 round trip would spoil.
    const bytes = new Uint8Array([0x8c, 0xda, 0x8b, 0x71, 0x0d, 0x0a]);
    reply = () =>
      new Response(bytes, {
        status: 200,
        headers: {
          'Content-Type': 'text/csv; charset=Shift_JIS',
          'Content-Disposition': 'attachment; filename="accounts-2026-05-01.csv"',
        },
      });
    expect(byTestId('export-accounts-menu')).toBeNull();
    await click(byTestId('export-accounts'));
    const menu = byTestId('export-accounts-menu')!;
    expect(menu.getAttribute('role')).toBe('menu');
    expect(byTestId('export-accounts')!.getAttribute('aria-expanded')).toBe('true');
    expect(
      [...menu.querySelectorAll('.export-choice-label')].map((label) => label.textContent),
    ).toEqual(['CSV (Excel, UTF-8)', 'CSV (Shift_JIS)']);
    expect(document.activeElement).toBe(byTestId('export-accounts-utf-8'));

    await click(byTestId('export-accounts-shift_jis'));
    await flush();
    expect(requests.map((r) => r.url)).toEqual([
      '/api/v1/exports/accounts?encoding=shift_jis&q=%E3%81%8B%E3%82%82%E3%82%81&sort=name',
    ]);
    expect(requests[0]!.init?.credentials).toBe('same-origin');
    expect(saved).toHaveBeenCalledTimes(1);
    const [name, blob] = saved.mock.calls[0]!;
    expect(name).toBe('accounts-2026-05-01.csv');
    expect(new Uint8Array(await blob.arrayBuffer())).toEqual(bytes);
    expect(byTestId('export-accounts-menu')).toBeNull();
  });

  it('says why the server refused, in the user’s language, and saves nothing', async () => {
    await act(async () => {
      await i18n.changeLanguage('ja');
    });
    reply = () =>
      new Response(
        JSON.stringify({
          error: {
            code: 'invalid',
            reason: 'invalid',
            message: 'encoding must be utf-8 or shift_jis',
            field: 'encoding',
          },
        }),
        { status: 400, headers: { 'Content-Type': 'application/json' } },
      );
    await click(byTestId('export-accounts'));
    await click(byTestId('export-accounts-utf-8'));
    await flush();
    const error = byTestId('export-accounts-error')!;
    expect(error.getAttribute('role')).toBe('alert');
    expect(error.textContent).toContain('書き出せませんでした。');
    expect(error.textContent).toContain('encoding must be utf-8 or shift_jis');
    expect(saved).not.toHaveBeenCalled();
  });

  it('closes the menu on Escape, and moves between the choices with the arrow keys', async () => {
    await click(byTestId('export-accounts'));
    const menu = byTestId('export-accounts-menu')!;
    await act(async () => {
      menu.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true }));
    });
    expect(document.activeElement).toBe(byTestId('export-accounts-shift_jis'));
    await act(async () => {
      document.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    });
    expect(byTestId('export-accounts-menu')).toBeNull();
    expect(document.activeElement).toBe(byTestId('export-accounts'));
    expect(requests).toEqual([]);
  });
});

describe('the lists that export', () => {
  let page: Rendered;
  afterEach(() => page?.unmount());

  /** Chooses the encoding from the list's button; answers the export request made. */
  async function exportFrom(list: string, encoding: 'utf-8' | 'shift_jis' = 'utf-8') {
    await click(page.byTestId(`export-${list}`));
    await click(page.byTestId(`export-${list}-${encoding}`));
    await flush();
    const call = page.calls.find((c) => c.url.pathname.startsWith('/api/v1/exports/'));
    return call && `${call.url.pathname}${call.url.search}`;
  }
  const exportAnswer = (path: string) =>
    path.startsWith('/api/v1/exports/') ? { body: 'csv' } : undefined;

  it('renewals: the window shown', async () => {
    page = await renderPage(<RenewalsPage />, {
      path: '/renewals?within=30',
      answer: ({ url }) =>
        url.pathname === '/api/v1/renewals'
          ? { body: renewalsFixture() }
          : exportAnswer(url.pathname),
    });
    expect(await exportFrom('renewals', 'shift_jis')).toBe(
      '/api/v1/exports/renewals?encoding=shift_jis&within_days=30',
    );
  });

  it('contacts: the account’s', async () => {
    page = await renderPage(<ContactsTab accountId={12} />, {
      role: 'viewer',
      answer: ({ url }) =>
        url.pathname === '/api/v1/contacts'
          ? { body: pageOf(contactsFixture) }
          : exportAnswer(url.pathname),
    });
    expect(await exportFrom('contacts')).toBe(
      '/api/v1/exports/contacts?encoding=utf-8&account_id=12',
    );
  });

  it('contracts: the account’s, when it has any', async () => {
    page = await renderPage(<ContractsTable contracts={[contractFixture()]} />, {
      answer: ({ url }) => exportAnswer(url.pathname),
    });
    expect(await exportFrom('contracts')).toBe(
      '/api/v1/exports/contracts?encoding=utf-8&account_id=12',
    );
    page.unmount();
    page = await renderPage(<ContractsTable contracts={[]} />, { answer: () => undefined });
    expect(page.byTestId('export-contracts')).toBeNull();
  });

  it('timeline: the account’s touchpoints', async () => {
    page = await renderPage(<TimelineTab accountId={12} onLogTouchpoint={() => {}} />, {
      answer: ({ url }) =>
        url.pathname === '/api/v1/accounts/12/timeline'
          ? { body: pageOf(timelineOf([touchpointFixture()])) }
          : exportAnswer(url.pathname),
    });
    expect(await exportFrom('touchpoints')).toBe(
      '/api/v1/exports/touchpoints?encoding=utf-8&account_id=12',
    );
  });
});
