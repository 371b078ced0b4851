// The import page against a fake /api: the kind, encoding and source chosen go with the file, a
// preview (dry run) comes first, the import only after a preview that rejected nothing; every
// column the import would leave out is listed above the counts, with why, and can be mapped (to
// a field or a custom attribute), which previews again and is what the import sends; a source's
// remembered mapping is said and can be reset; a header the server refuses is mapped from the
// columns it answers; rejected rows are worded in the user's language; each kind's fields are
// listed with a sample file. Those the server does not let import are told so.
import { act } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ImportColumn, ImportMapping, ImportResult } from '../../api';
import { choose, click, renderPage, type, type ApiCall, type Rendered } from '../../test/harness';
import { importFieldsFixture, importReportFixture } from '../../test/importFixtures';
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

const HEADER = ['顧客名', 'ドメイン', '地域メモ', 'ARR'];
const AUTOMATIC: Record<string, Pick<ImportColumn, 'field' | 'ignored'>> = {
  顧客名: { field: 'name', ignored: null },
  ドメイン: { field: 'domain', ignored: null },
  地域メモ: { field: null, ignored: 'unknown' },
  ARR: { field: null, ignored: 'derived' },
};
/** What the fake server remembers for Salesforce accounts. */
const REMEMBERED: ImportMapping = { 地域メモ: 'custom.region' };

/** The server's mapping as the fake does it: an explicit mapping wins, else the source's remembered one. */
function accountsAnswer(call: ApiCall): ImportResult {
  const explicit = call.url.searchParams.get('mapping');
  const source = call.url.searchParams.get('source');
  const remembered = !explicit && source === 'salesforce';
  const mapping: ImportMapping = explicit
    ? (JSON.parse(explicit) as ImportMapping)
    : remembered
      ? REMEMBERED
      : {};
  return importReportFixture({
    dry_run: call.url.searchParams.get('dry_run') === 'true',
    columns: HEADER.map((header) =>
      header in mapping
        ? { header, field: mapping[header] || null, ignored: mapping[header] ? null : 'chosen' }
        : { header, ...AUTOMATIC[header]! },
    ),
    mapping,
    mapping_remembered: remembered,
  });
}

function answer(call: ApiCall) {
  const fields = /^\/api\/v1\/imports\/(\w+)\/fields$/.exec(call.url.pathname);
  if (fields) return { body: importFieldsFixture(fields[1] as 'accounts') };
  if (call.url.pathname === '/api/v1/imports/accounts') return { body: accountsAnswer(call) };
  if (call.url.pathname === '/api/v1/imports/contacts')
    return { body: report(call.url.searchParams.get('dry_run') === 'true') };
  return undefined;
}

async function chooseFile(text: string, name = 'accounts.csv') {
  const input = page.byTestId<HTMLInputElement>('import-file')!;
  Object.defineProperty(input, 'files', {
    value: [new File([text], name, { type: 'text/csv', lastModified: 1 })],
    configurable: true,
  });
  await act(async () => input.dispatchEvent(new Event('change', { bubbles: true })));
}

/** The import calls: dry_run, source and mapping of each. */
const imports = () =>
  page.calls
    .filter((c) => c.url.pathname === '/api/v1/imports/accounts')
    .map((c) => ({
      dry_run: c.url.searchParams.get('dry_run'),
      source: c.url.searchParams.get('source'),
      mapping: JSON.parse(c.url.searchParams.get('mapping') ?? 'null') as ImportMapping | null,
    }));

const ignoredHeaders = () =>
  page.allByTestId('import-ignored-column').map((li) => li.getAttribute('data-header'));

const ignoredSelect = (header: string) =>
  page.container.querySelector<HTMLSelectElement>(
    `[data-testid="import-ignored-map"][data-header="${header}"]`,
  );
const columnSelect = (header: string) =>
  page.container.querySelector<HTMLSelectElement>(
    `[data-testid="import-column-map"][data-header="${header}"]`,
  );

describe('ImportPage', () => {
  it.each(['csm', 'marketer', 'viewer'] as const)(
    'tells a %s that only admins and managers import, and asks the server nothing',
    async (role) => {
      page = await renderPage(<ImportPage />, { lang: 'en', role, answer });
      expect(page.byTestId('import-page')!.textContent).toContain(
        'Only admins and managers can import',
      );
      expect(page.byTestId('import-file')).toBeNull();
      expect(page.calls.some((c) => c.url.pathname.startsWith('/api/v1/imports/'))).toBe(false);
    },
  );

  it('previews the file as the kind and encoding chosen, then imports it', async () => {
    page = await renderPage(<ImportPage />, { lang: 'ja', answer });
    expect(page.container.querySelector('a[href="/currency"]')!.textContent).toBe('通貨と為替');
    await click(page.byTestId('import-kind-contacts'));
    await choose(page.byTestId('import-encoding'), 'cp932');
    await chooseFile('メール\n', 'contacts.csv');
    expect(page.byTestId<HTMLButtonElement>('import-commit')!.disabled).toBe(true);
    await click(page.byTestId('import-preview'));
    expect(page.byTestId('import-total')!.textContent).toBe('3');
    expect(page.byTestId('import-all-columns')!.textContent).toBe(
      'すべての列（1 列）を取り込みます。',
    );
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

  it('lists every column left out above the counts, and never says only that all rows are valid', async () => {
    page = await renderPage(<ImportPage />, { lang: 'ja', answer });
    await chooseFile('顧客名,ドメイン,地域メモ,ARR\n');
    await click(page.byTestId('import-preview'));
    const panel = page.byTestId('import-ignored')!;
    expect(page.byTestId('import-ignored-title')!.textContent).toBe('2 列は取り込まれません');
    expect(ignoredHeaders()).toEqual(['地域メモ', 'ARR']);
    expect(panel.textContent).toContain('対応する項目がありません');
    expect(panel.textContent).toContain('Banso が計算する値のため取り込みません');
    // Above the counts.
    const tiles = page.container.querySelector('.tiles')!;
    expect(panel.compareDocumentPosition(tiles) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(page.byTestId('import-no-rejected')!.textContent).toBe(
      'すべての行が有効です。ただし 2 列は取り込まれません。',
    );
    expect(page.byTestId('import-page')!.textContent).toContain(
      '取り込まれない列があります（上の一覧）',
    );
    // The columns that are imported read in the user's words.
    expect(columnSelect('ドメイン')!.selectedOptions[0]!.textContent).toBe('ドメイン');
    expect(columnSelect('顧客名')!.selectedOptions[0]!.textContent).toBe('顧客名');
    expect(page.byTestId<HTMLButtonElement>('import-commit')!.disabled).toBe(false);
  });

  it('maps a column to a custom attribute: previews again with the mapping, and imports with it', async () => {
    page = await renderPage(<ImportPage />, { lang: 'ja', answer });
    await chooseFile('顧客名,ドメイン,地域メモ,ARR\n');
    await click(page.byTestId('import-preview'));
    const options = [...ignoredSelect('地域メモ')!.options].map((o) => o.textContent);
    expect(options).toContain('取り込まない');
    expect(options).toContain('契約更新日');
    expect(options).toContain('カスタム属性として取り込む');
    await choose(ignoredSelect('地域メモ'), '__custom');
    expect(imports().at(-1)).toEqual({
      dry_run: 'true',
      source: null,
      mapping: { 地域メモ: 'custom.地域メモ' },
    });
    expect(ignoredHeaders()).toEqual(['ARR']);
    expect(page.byTestId('import-ignored-title')!.textContent).toBe('1 列は取り込まれません');
    // The attribute renamed in the column table.
    const key = page.container.querySelector<HTMLInputElement>(
      '[data-testid="import-column-map-key"]',
    )!;
    expect(key.value).toBe('地域メモ');
    await type(key, 'region');
    await act(async () =>
      key.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true })),
    );
    await act(async () => new Promise((resolve) => setTimeout(resolve, 0)));
    expect(imports().at(-1)!.mapping).toEqual({ 地域メモ: 'custom.region' });
    // ARR left out by choice: nothing is left out silently, and nothing is.
    await choose(ignoredSelect('ARR'), '');
    expect(imports().at(-1)!.mapping).toEqual({ 地域メモ: 'custom.region', ARR: '' });
    expect(page.byTestId('import-ignored')!.textContent).toContain(
      '取り込まないよう選択されました',
    );
    await click(page.byTestId('import-commit'));
    expect(imports().at(-1)).toEqual({
      dry_run: 'false',
      source: null,
      mapping: { 地域メモ: 'custom.region', ARR: '' },
    });
    expect(page.byTestId('import-done')).not.toBeNull();
    // After the import, what it left out is still said.
    expect(page.byTestId('import-ignored-title')!.textContent).toBe('1 列は取り込まれませんでした');
  });

  it('gives a field to one column: the column that filled it before is left out, and listed', async () => {
    page = await renderPage(<ImportPage />, { lang: 'en', answer });
    await chooseFile('顧客名,ドメイン,地域メモ,ARR\n');
    await click(page.byTestId('import-preview'));
    await choose(columnSelect('地域メモ'), 'domain');
    expect(imports().at(-1)!.mapping).toEqual({ 地域メモ: 'domain', ドメイン: '' });
    expect(ignoredHeaders()).toEqual(['ドメイン', 'ARR']);
    expect(page.byTestId('import-ignored-title')!.textContent).toBe(
      '2 columns will not be imported',
    );
    // Back to the automatic mapping for the column chosen by hand.
    await choose(columnSelect('ドメイン'), '__auto');
    expect(imports().at(-1)!.mapping).toEqual({ 地域メモ: 'domain' });
  });

  it('sends the source; says when its remembered mapping applies, and resets it to automatic', async () => {
    page = await renderPage(<ImportPage />, { lang: 'ja', answer });
    await choose(page.byTestId('import-source'), 'salesforce');
    await chooseFile('顧客名,ドメイン,地域メモ,ARR\n');
    await click(page.byTestId('import-preview'));
    expect(imports()).toEqual([{ dry_run: 'true', source: 'salesforce', mapping: null }]);
    expect(page.byTestId('import-remembered')!.textContent).toContain(
      '前回の Salesforce の割り当てを使用しています。',
    );
    expect(ignoredHeaders()).toEqual(['ARR']);
    await click(page.byTestId('import-remembered-reset'));
    // The automatic mapping learnt without a source, then sent explicitly with it.
    expect(imports().slice(1)).toEqual([
      { dry_run: 'true', source: null, mapping: null },
      { dry_run: 'true', source: 'salesforce', mapping: { 地域メモ: '' } },
    ]);
    expect(page.byTestId('import-remembered')).toBeNull();
    expect(page.byTestId('import-will-remember')!.textContent).toContain(
      '次に「Salesforce」のファイルを取り込むときにも使います',
    );
    expect(ignoredHeaders()).toEqual(['地域メモ', 'ARR']);
    await click(page.byTestId('import-commit'));
    expect(imports().at(-1)).toEqual({
      dry_run: 'false',
      source: 'salesforce',
      mapping: { 地域メモ: '' },
    });
  });

  it('previews again when the source changes after a preview', async () => {
    page = await renderPage(<ImportPage />, { lang: 'en', answer });
    await chooseFile('顧客名,ドメイン,地域メモ,ARR\n');
    await click(page.byTestId('import-preview'));
    await choose(page.byTestId('import-source'), 'salesforce');
    expect(imports().map((c) => c.source)).toEqual([null, 'salesforce']);
    expect(page.byTestId('import-remembered')!.textContent).toContain(
      'Using your saved Salesforce mapping.',
    );
  });

  it('maps the columns of a refused header as the server read them, and previews again', async () => {
    page = await renderPage(<ImportPage />, {
      lang: 'ja',
      answer: (call) => {
        if (call.url.pathname !== '/api/v1/imports/accounts') return answer(call);
        const mapping = JSON.parse(call.url.searchParams.get('mapping') ?? '{}') as ImportMapping;
        const kunde = mapping['Kunde'];
        const report = importReportFixture({
          columns: [
            kunde
              ? { header: 'Kunde', field: kunde, ignored: null }
              : { header: 'Kunde', field: null, ignored: 'unknown' },
            { header: 'ドメイン', field: 'domain', ignored: null },
          ],
          mapping,
        });
        if (kunde === 'name') return { body: report };
        // The server's 400: the error, and the report's fields beside it.
        const error = {
          code: 'invalid',
          message: 'no column for name (accepted headers: name, 顧客名)',
          field: 'file',
        };
        return { status: 400, body: { error, ...report, total_rows: 0, inserted: 0, updated: 0 } };
      },
    });
    const refusedSelect = (header: string) =>
      page.container.querySelector<HTMLSelectElement>(
        `[data-testid="import-refused-map"][data-header="${header}"]`,
      );
    const refusedColumn = (header: string) =>
      page.container.querySelector(
        `[data-testid="import-refused-column"][data-header="${header}"]`,
      );
    await chooseFile('Kunde,ドメイン\r\nかもめ,kamome.example\r\n');
    await click(page.byTestId('import-preview'));
    expect(page.byTestId('import-error')!.textContent).toContain('no column for name');
    expect(
      page.allByTestId('import-refused-column').map((c) => c.getAttribute('data-header')),
    ).toEqual(['Kunde', 'ドメイン']);
    expect(refusedColumn('Kunde')!.textContent).toContain('対応する項目がありません');
    expect(refusedColumn('ドメイン')!.textContent).toContain('自動で判定');
    expect(refusedSelect('ドメイン')!.selectedOptions[0]!.textContent).toBe('ドメイン');
    // A refused file has no counts to show, and cannot be imported.
    expect(page.byTestId('import-report')).toBeNull();
    expect(page.byTestId<HTMLButtonElement>('import-commit')!.disabled).toBe(true);
    expect(page.byTestId('import-page')!.textContent).toContain(
      '足りない項目に列を割り当ててください',
    );
    // Still refused: the list is the server's reading with the choice made.
    await choose(refusedSelect('Kunde'), 'industry');
    expect(imports().at(-1)!.mapping).toEqual({ Kunde: 'industry' });
    expect(refusedColumn('Kunde')!.textContent).toContain('手動で割り当て');
    expect(refusedSelect('Kunde')!.value).toBe('industry');
    await choose(refusedSelect('Kunde'), 'name');
    expect(imports().at(-1)!.mapping).toEqual({ Kunde: 'name' });
    expect(page.byTestId('import-refused')).toBeNull();
    expect(page.byTestId('import-error')).toBeNull();
    expect(page.byTestId('import-all-columns')).not.toBeNull();
    expect(page.byTestId<HTMLButtonElement>('import-commit')!.disabled).toBe(false);
  });

  it.each([
    [
      'ja',
      '先方担当者のメールアドレス',
      'この顧客に「nobody@tp.example」のメールアドレスの担当者はいません。先に担当者を取り込んでください。',
    ],
    [
      'en',
      "Contact's email",
      'The account has no contact with the email "nobody@tp.example": import the contacts first.',
    ],
  ] as const)('words a rejected row in %s', async (lang, label, worded) => {
    const message = 'the account has no contact with the email "nobody@tp.example"';
    page = await renderPage(<ImportPage />, {
      lang,
      answer: (call) =>
        call.url.pathname === '/api/v1/imports/touchpoints'
          ? {
              body: importReportFixture({
                kind: 'touchpoints',
                columns: [{ header: 'contact_email', field: 'contact_email', ignored: null }],
                rejected_count: 1,
                rejected: [
                  {
                    line: 3,
                    field: 'contact_email',
                    message,
                    reason: 'unknown_contact',
                    params: { value: 'nobody@tp.example' },
                  },
                ],
              }),
            }
          : answer(call),
    });
    await click(page.byTestId('import-kind-touchpoints'));
    await chooseFile('contact_email\nnobody@tp.example\n', 'touchpoints.csv');
    await click(page.byTestId('import-preview'));
    const cells = [...page.byTestId('import-rejected')!.querySelectorAll('tbody td')];
    expect(cells.map((c) => c.textContent)).toEqual(['3', label, worded]);
    expect(page.byTestId<HTMLButtonElement>('import-commit')!.disabled).toBe(true);
  });

  it('lists the accepted fields of the kind in the user’s words, and downloads a sample of them', async () => {
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
    page = await renderPage(<ImportPage />, { lang: 'ja', answer });
    expect(page.byTestId('import-fields-table')).toBeNull();
    await click(page.byTestId('import-fields-toggle'));
    const rows = page.allByTestId('import-field');
    expect(rows.map((r) => r.getAttribute('data-field'))).toEqual(
      importFieldsFixture('accounts').fields.map((f) => f.name),
    );
    const name = rows.find((r) => r.getAttribute('data-field') === 'name')!;
    expect(name.textContent).toContain('顧客名');
    expect(name.textContent).toContain('必須');
    expect(name.textContent).toContain('Account Name');
    expect(page.byTestId('import-fields')!.textContent).toContain('カスタム属性');

    await click(page.byTestId('import-kind-touchpoints'));
    expect(page.byTestId('import-fields')!.getAttribute('data-kind')).toBe('touchpoints');
    expect(page.byTestId('import-fields')!.textContent).toContain('取り込める項目：タッチポイント');
    expect(page.allByTestId('import-field').map((r) => r.textContent)).toContain(
      '日時必須occurred_at—occurred_at-1',
    );
    await click(page.byTestId('import-sample'));
    expect(names).toEqual(['banso-touchpoints-sample.csv']);
    const bytes = await new Promise<Uint8Array>((resolve) => {
      const reader = new FileReader();
      reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
      reader.readAsArrayBuffer(blobs[0]!);
    });
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes.slice(3))).toBe(
      'external_id,account_external_id,kind,occurred_at,summary,sentiment,contact_email,author\r\n' +
        'external_id-1,account_external_id-1,meeting,occurred_at-1,"定例会, 次回は ""QBR""",sentiment-1,contact_email-1,author-1\r\n',
    );
    clicked.mockRestore();
  });
});
