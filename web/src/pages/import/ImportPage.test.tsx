// The import page against a fake /api: the kind and encoding chosen go with the file, a preview
// (dry run) comes first, the import only after a preview that rejected nothing; the exchange
// rates are pointed to the currency page.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ImportResult } from '../../api';
import { choose, click, renderPage, type Rendered } from '../../test/harness';
import { ImportPage } from './ImportPage';

let page: Rendered;
afterEach(() => page?.unmount());

const report = (dryRun: boolean): ImportResult => ({
  kind: 'contacts',
  dry_run: dryRun,
  encoding: 'cp932',
  total_rows: 3,
  inserted: 2,
  updated: 1,
  rejected_count: 0,
  rejected: [],
  columns: [{ header: 'メール', field: 'email', ignored: null }],
  mapping: {},
  mapping_remembered: false,
});

describe('ImportPage', () => {
  it('previews the file as the kind and encoding chosen, then imports it', async () => {
    page = await renderPage(<ImportPage />, {
      lang: 'ja',
      answer: (call) =>
        call.url.pathname === '/api/v1/imports/contacts'
          ? { body: report(call.url.searchParams.get('dry_run') === 'true') }
          : undefined,
    });
    expect(page.container.querySelector('a[href="/currency"]')!.textContent).toBe('通貨と為替');
    await click(page.byTestId('import-kind-contacts'));
    await choose(page.byTestId('import-encoding'), 'cp932');
    const input = page.byTestId<HTMLInputElement>('import-file')!;
    Object.defineProperty(input, 'files', {
      value: [new File(['メール\n'], 'contacts.csv', { type: 'text/csv', lastModified: 1 })],
    });
    await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
    expect(page.byTestId<HTMLButtonElement>('import-commit')!.disabled).toBe(true);
    await click(page.byTestId('import-preview'));
    expect(page.byTestId('import-total')!.textContent).toBe('3');
    await click(page.byTestId('import-commit'));
    const sent = page.calls
      .filter((c) => c.url.pathname === '/api/v1/imports/contacts')
      .map((c) => [c.url.searchParams.get('dry_run'), c.url.searchParams.get('encoding')]);
    expect(sent).toEqual([
      ['true', 'cp932'],
      ['false', 'cp932'],
    ]);
    expect(page.byTestId('import-done')!.textContent).toContain('追加 2 件、更新 1 件');
  });
});
