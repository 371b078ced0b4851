// Rates from a CSV file: a preview (dry run) first, the import offered only once a preview of the
// same file rejected nothing (its rows worded in the user's language), the rates read again after;
// a header the server refuses mapped from the columns it answers; a sample to fill in, with a row
// for each currency missing a rate and no rate of its own.
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportColumn, ImportMapping, ImportResult } from '../../api';
import { choose, click, renderPage, type ApiCall, type Rendered } from '../../test/harness';
import { importFieldsFixture } from '../../test/importFixtures';
import { FxImportCard } from './FxImportCard';

let page: Rendered;
afterEach(() => page?.unmount());

const report = (overrides: Partial<ImportResult> = {}): ImportResult => ({
  kind: 'fx_rates',
  dry_run: true,
  encoding: 'utf-8',
  total_rows: 2,
  inserted: 2,
  updated: 0,
  rejected_count: 0,
  rejected: [],
  columns: [
    { header: '月', field: 'month', ignored: null },
    { header: '通貨', field: 'currency', ignored: null },
    { header: 'レート', field: 'rate', ignored: null },
  ],
  mapping: {},
  mapping_remembered: false,
  ...overrides,
});

async function chooseFile(input: HTMLInputElement | null, text: string) {
  const file = new File([text], 'rates.csv', { type: 'text/csv', lastModified: 1 });
  Object.defineProperty(input!, 'files', { value: [file], configurable: true });
  await act(async () => input!.dispatchEvent(new Event('change', { bubbles: true })));
}

function render(
  answer: (call: ApiCall) => { status?: number; body: unknown },
  lang: 'ja' | 'en' = 'ja',
) {
  const imported = vi.fn();
  return {
    imported,
    ready: renderPage(
      <FxImportCard
        reporting="JPY"
        missing={['GBP', 'SGD']}
        onImported={imported}
        now={() => new Date(2026, 11, 6)}
      />,
      {
        lang,
        answer: (call) =>
          call.url.pathname === '/api/v1/imports/fx_rates/fields'
            ? { body: importFieldsFixture('fx_rates') }
            : call.url.pathname === '/api/v1/imports/fx_rates'
              ? answer(call)
              : undefined,
      },
    ),
  };
}

const imports = () =>
  page.calls
    .filter((c) => c.url.pathname === '/api/v1/imports/fx_rates')
    .map((c) => c.url.searchParams.get('dry_run'));

describe('FxImportCard', () => {
  it('previews the file, then imports it, and says so', async () => {
    const { imported, ready } = render((call) =>
      call.url.searchParams.get('dry_run') === 'true'
        ? { body: report() }
        : { body: report({ dry_run: false }) },
    );
    page = await ready;
    expect(page.byTestId<HTMLButtonElement>('fx-import-commit')!.disabled).toBe(true);
    await chooseFile(page.byTestId('fx-import-file'), '月,通貨,レート\n2026-11,GBP,190.5\n');
    await click(page.byTestId('fx-import-preview'));
    expect(page.byTestId('import-total')!.textContent).toBe('2');
    expect(page.byTestId('import-columns')!.textContent).toContain('通貨');
    await click(page.byTestId('fx-import-commit'));
    expect(imports()).toEqual(['true', 'false']);
    expect(page.byTestId('import-done')).not.toBeNull();
    expect(imported).toHaveBeenCalledTimes(1);
  });

  it('lists a column it would leave out, which can be mapped to a field', async () => {
    const { ready } = render((call) => {
      const mapping = JSON.parse(call.url.searchParams.get('mapping') ?? '{}') as Record<
        string,
        string
      >;
      return {
        body: report({
          columns: [
            { header: '月', field: 'month', ignored: null },
            { header: '通貨', field: 'currency', ignored: null },
            mapping['TTM']
              ? { header: 'TTM', field: mapping['TTM'], ignored: null }
              : { header: 'TTM', field: null, ignored: 'unknown' },
          ],
          mapping,
        }),
      };
    });
    page = await ready;
    await chooseFile(page.byTestId('fx-import-file'), '月,通貨,TTM\n2026-11,GBP,190.5\n');
    await click(page.byTestId('fx-import-preview'));
    expect(page.byTestId('import-ignored-title')!.textContent).toBe('1 列は取り込まれません');
    await choose(page.byTestId('import-ignored-map'), 'rate');
    expect(page.calls.at(-1)!.url.searchParams.get('mapping')).toBe('{"TTM":"rate"}');
    expect(page.byTestId('import-ignored')).toBeNull();
    expect(page.byTestId('import-all-columns')).not.toBeNull();
  });

  it.each([
    ['ja', 'レート', '151.2 のような正の数で入力してください。', '除外された行をファイルで直して'],
    ['en', 'Rate', 'Must be a positive number such as 151.2.', 'Fix the rejected rows in the file'],
  ] as const)(
    'offers no import while the preview rejects a row, and words the row (%s)',
    async (lang, label, worded, hint) => {
      const { imported, ready } = render(
        () => ({
          body: report({
            rejected_count: 1,
            rejected: [
              {
                line: 3,
                field: 'rate',
                message: 'must be a positive decimal number such as 151.2',
                reason: 'not_a_rate',
                params: {},
              },
            ],
          }),
        }),
        lang,
      );
      page = await ready;
      await chooseFile(page.byTestId('fx-import-file'), '月,通貨,レート\n2026-11,GBP,\n');
      await click(page.byTestId('fx-import-preview'));
      const cells = [...page.byTestId('import-rejected')!.querySelectorAll('tbody td')];
      expect(cells.map((c) => c.textContent)).toEqual(['3', label, worded]);
      expect(page.byTestId<HTMLButtonElement>('fx-import-commit')!.disabled).toBe(true);
      expect(page.byTestId('fx-import')!.textContent).toContain(hint);
      expect(imported).not.toHaveBeenCalled();
    },
  );

  it('maps the columns of a header it refused, and previews again', async () => {
    const { ready } = render((call) => {
      const mapping = JSON.parse(call.url.searchParams.get('mapping') ?? '{}') as ImportMapping;
      const columns: ImportColumn[] = [
        { header: '月', field: 'month', ignored: null },
        { header: '通貨', field: 'currency', ignored: null },
        mapping['TTM']
          ? { header: 'TTM', field: mapping['TTM'], ignored: null }
          : { header: 'TTM', field: null, ignored: 'unknown' },
      ];
      if (mapping['TTM']) return { body: report({ columns, mapping }) };
      // The server's 400: the error, and the report's fields beside it.
      const error = { code: 'invalid', message: 'no column for rate', field: 'file' };
      return { status: 400, body: { error, ...report({ columns, mapping, total_rows: 0 }) } };
    });
    page = await ready;
    await chooseFile(page.byTestId('fx-import-file'), '月,通貨,TTM\n2026-11,GBP,190.5\n');
    await click(page.byTestId('fx-import-preview'));
    expect(page.byTestId('fx-import-error')!.textContent).toContain('no column for rate');
    expect(
      page.allByTestId('import-refused-column').map((c) => c.getAttribute('data-header')),
    ).toEqual(['月', '通貨', 'TTM']);
    expect(page.byTestId('import-report')).toBeNull();
    await choose(
      page.container.querySelector('[data-testid="import-refused-map"][data-header="TTM"]'),
      'rate',
    );
    expect(page.calls.at(-1)!.url.searchParams.get('mapping')).toBe('{"TTM":"rate"}');
    expect(page.byTestId('import-refused')).toBeNull();
    expect(page.byTestId('import-all-columns')).not.toBeNull();
    expect(page.byTestId<HTMLButtonElement>('fx-import-commit')!.disabled).toBe(false);
  });

  it('downloads a sample with the Japanese headers and a row per missing currency', async () => {
    const blobs: Blob[] = [];
    Object.assign(URL, {
      createObjectURL: vi.fn((blob: Blob) => {
        blobs.push(blob);
        return 'blob:sample';
      }),
      revokeObjectURL: vi.fn(),
    });
    const names: string[] = [];
    const clicked = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (
      this: HTMLAnchorElement,
    ) {
      names.push(this.download);
    });
    page = await render(() => ({ body: report() })).ready;
    await click(page.byTestId('fx-sample'));
    expect(names).toEqual(['fx-rates-2026-12.csv']);
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blobs[0]!);
    });
    // A BOM, so that Excel opens it as UTF-8; the rates left to fill in.
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(
      '月,通貨,レート\r\n2026-12,GBP,\r\n2026-12,SGD,\r\n',
    );
    clicked.mockRestore();
  });
});
