// Browser steps for CSV imports that never drop a column silently, run by e2e/run.mjs (as an
// admin), in Japanese and then in English:
//   every field of every kind the server lists (GET /imports/{kind}/fields) is worded in both
//   catalogues → (ja) a file of accounts with Japanese headers (顧客名, ドメイン, 担当者, ステージ,
//   契約更新日, 業種, and 地域メモ, which no field has) from "other" sources previewed: 地域メモ is
//   listed as not imported, mapped to a custom attribute through the page, the preview then
//   leaves nothing out, the file imported; the account read back (API) has every column's value
//   → (ja) a header with no column for the name refused: its columns listed as the server read
//   them, one mapped to the name, previewed again → (ja, en) a touchpoint of an unknown account
//   rejected, worded in the language → (en) a second file of accounts from the same source: the
//   remembered mapping is used and said so; reset to automatic, 地域メモ is listed again, mapped
//   to a custom attribute renamed on the page, imported, read back → the accepted fields of
//   touchpoints listed, their sample file downloaded and its header checked. Each page is
//   photographed.
//
//   import { importSteps } from './imports.mjs';
//   await importSteps(page, baseUrl, { step, assert, getJson, screenshotDir });
//
// `step(name, fn)`, `assert(condition, message)` and `getJson(page, path)` are run.mjs's.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const KINDS = ['accounts', 'contacts', 'contracts', 'touchpoints', 'tickets', 'fx_rates'];
const LANG = {
  ja: { notImported: '1 列は取り込まれません' },
  en: {
    notImported: '1 column will not be imported',
    remembered: 'Using your saved mapping for other files.',
  },
};

async function catalogue(lang) {
  return JSON.parse(await readFile(new URL(`../src/i18n/${lang}.json`, import.meta.url), 'utf8'));
}

export async function importSteps(page, baseUrl, { step, assert, getJson, screenshotDir }) {
  const testId = (id) => page.getByTestId(id);
  const shot = (name) => page.screenshot({ path: join(screenshotDir, name), fullPage: true });
  const stamp = Date.now().toString(36);
  const me = await getJson(page, '/api/v1/auth/me');
  const stages = (await getJson(page, '/api/v1/journey/stages')).data;
  // A stage other than where new accounts start, named as people write it (ja) or by key (en).
  const stage = stages[Math.min(2, stages.length - 1)];

  await step('imports: every field the server lists is worded in both catalogues', async () => {
    const words = { ja: await catalogue('ja'), en: await catalogue('en') };
    for (const kind of KINDS) {
      const format = await getJson(page, `/api/v1/imports/${kind}/fields`);
      assert(format.kind === kind, `GET /imports/${kind}/fields answered kind ${format.kind}`);
      const names = format.fields.map((f) => f.name);
      for (const lang of ['ja', 'en']) {
        const labels = words[lang].import.fields?.[kind] ?? {};
        const missing = names.filter((n) => typeof labels[n] !== 'string');
        assert(missing.length === 0, `${lang} has no label for ${kind}: ${missing.join(', ')}`);
        const stale = Object.keys(labels).filter((n) => !names.includes(n));
        assert(stale.length === 0, `${lang} labels ${kind} fields the server lacks: ${stale}`);
      }
      for (const field of format.fields)
        assert(field.example !== '', `${kind}.${field.name} has no example for the sample`);
    }
  });

  /** The file's rows: one account, every column with a value to find again. */
  function accountsCsv(lang) {
    const row = {
      顧客名: `取込確認 ${lang.toUpperCase()} ${stamp} 株式会社`,
      ドメイン: `import-${lang}-${stamp}.example`,
      担当者: me.user.email,
      ステージ: lang === 'ja' ? stage.name_ja : stage.key,
      契約更新日: lang === 'ja' ? '2027-03-31' : '2027-09-30',
      業種: lang === 'ja' ? '物流' : 'Logistics',
      地域メモ: lang === 'ja' ? '関西エリア、月次定例あり' : '九州エリア、四半期ごとに訪問',
    };
    const header = Object.keys(row);
    return { row, text: `${header.join(',')}\r\n${header.map((h) => row[h]).join(',')}\r\n` };
  }

  /** The account the file made, read back: each column's value arrived where it belongs. */
  async function checkNothingDropped(row, customKey) {
    const found = await getJson(
      page,
      `/api/v1/accounts?limit=5&q=${encodeURIComponent(row['ドメイン'])}`,
    );
    const listed = found.data.find((a) => a.domain === row['ドメイン']);
    assert(listed, `no account has the domain ${row['ドメイン']}`);
    const account = await getJson(page, `/api/v1/accounts/${listed.id}`);
    const want = {
      name: [account.name, row['顧客名']],
      domain: [account.domain, row['ドメイン']],
      owner: [account.owner_id, me.user.id],
      journey_stage: [account.journey_stage, stage.key],
      renewal_date: [account.renewal_date, row['契約更新日']],
      industry: [account.industry, row['業種']],
      [`custom_attributes.${customKey}`]: [account.custom_attributes?.[customKey], row['地域メモ']],
    };
    const dropped = Object.entries(want)
      .filter(([, [got, expected]]) => got !== expected)
      .map(([field, [got, expected]]) => `${field} is ${JSON.stringify(got)}, not ${expected}`);
    assert(dropped.length === 0, `dropped or changed: ${dropped.join('; ')}`);
    return account;
  }

  async function openPage(lang) {
    await page.evaluate((l) => localStorage.setItem('banso.lang', l), lang);
    await page.goto(`${baseUrl}/app/import`, { waitUntil: 'domcontentloaded' });
    await testId('import-page').waitFor();
  }

  /** Previews the file; waits for the answer shown as `shown` (a report, or a refused header). */
  async function upload(name, text, shown = 'import-report') {
    await testId('import-file').setInputFiles({
      name,
      mimeType: 'text/csv',
      buffer: Buffer.from(text, 'utf8'),
    });
    await testId('import-preview').click();
    await testId(shown).waitFor();
  }

  const ignoredRow = (header) =>
    page.locator(`[data-testid="import-ignored-column"][data-header="${header}"]`);

  /** Waits for the preview to list nothing left out. */
  async function nothingLeftOut() {
    await testId('import-all-columns').waitFor();
    assert((await testId('import-ignored').count()) === 0, 'the preview still lists columns');
    assert((await testId('import-rejected-count').innerText()) === '0', 'the preview rejects rows');
  }

  async function commit() {
    await testId('import-commit').click();
    await testId('import-done').waitFor();
  }

  const ja = accountsCsv('ja');
  await step('imports (ja): 地域メモ listed as not imported, with why', async () => {
    await openPage('ja');
    await testId('import-source').selectOption('other');
    await upload('顧客_ja.csv', ja.text);
    await ignoredRow('地域メモ').waitFor();
    const title = await testId('import-ignored-title').innerText();
    assert(title === LANG.ja.notImported, `the warning says 「${title}」`);
    const why = await ignoredRow('地域メモ').innerText();
    assert(why.includes('対応する項目がありません'), `地域メモ is not said why: 「${why}」`);
    const summary = await testId('import-no-rejected').innerText();
    assert(summary.includes('1 列は取り込まれません'), `the summary says only 「${summary}」`);
    // Every other column maps on its own, in the user's words.
    const mapped = await page
      .locator('[data-testid="import-column-map"]')
      .evaluateAll((selects) =>
        selects.map((s) => `${s.dataset.header}→${s.selectedOptions[0]?.textContent}`),
      );
    for (const expected of ['顧客名→顧客名', 'ドメイン→ドメイン', '契約更新日→契約更新日'])
      assert(mapped.includes(expected), `the columns read ${mapped.join(', ')}`);
    await shot('import-ignored-ja.png');
  });

  await step('imports (ja): mapped to a custom attribute; nothing left out; imported', async () => {
    await page
      .locator('[data-testid="import-ignored-map"][data-header="地域メモ"]')
      .selectOption('__custom');
    await nothingLeftOut();
    await shot('import-mapped-ja.png');
    await commit();
    await checkNothingDropped(ja.row, '地域メモ');
  });

  await step(
    'imports (ja): a header with no column for 顧客名 is refused, and mapped',
    async () => {
      await openPage('ja');
      await upload(
        '顧客_ja.csv',
        `Kunde,ドメイン\r\n取込拒否 ${stamp},refused-${stamp}.example\r\n`,
        'import-refused',
      );
      const refused = (header) =>
        page.locator(`[data-testid="import-refused-column"][data-header="${header}"]`);
      const headers = await testId('import-refused-column').evaluateAll((items) =>
        items.map((li) => li.dataset.header),
      );
      assert(headers.join() === 'Kunde,ドメイン', `the refused columns are ${headers.join(', ')}`);
      const why = await refused('Kunde').innerText();
      assert(why.includes('対応する項目がありません'), `Kunde is not said why: 「${why}」`);
      const domain = await page
        .locator('[data-testid="import-refused-map"][data-header="ドメイン"]')
        .evaluate((s) => s.selectedOptions[0]?.textContent);
      assert(domain === 'ドメイン', `ドメイン reads 「${domain}」, not as the server mapped it`);
      assert((await testId('import-report').count()) === 0, 'a refused header shows counts');
      assert(await testId('import-commit').isDisabled(), 'a refused header can be imported');
      await shot('import-refused-ja.png');
      await page
        .locator('[data-testid="import-refused-map"][data-header="Kunde"]')
        .selectOption('name');
      await nothingLeftOut();
      assert((await testId('import-refused').count()) === 0, 'the header is still refused');
      assert((await testId('import-error').count()) === 0, 'the refusal is still said');
      await shot('import-refused-mapped-ja.png');
    },
  );

  await step('imports: a rejected row is worded in each language', async () => {
    const words = { ja: await catalogue('ja'), en: await catalogue('en') };
    const missing = `no-such-${stamp}`;
    for (const lang of ['ja', 'en']) {
      await openPage(lang);
      await testId('import-kind-touchpoints').click();
      await upload(
        `タッチポイント_${lang}.csv`,
        `account_external_id,occurred_at,summary\r\n${missing},2026-01-05,hi\r\n`,
      );
      const text = await testId('import-rejected').innerText();
      const want = words[lang].errors.reason.unknown_account.replace('{{value}}', missing);
      assert(text.includes(want), `the rejected row reads 「${text}」, not 「${want}」`);
      assert(
        await testId('import-commit').isDisabled(),
        'a file with a rejected row can be imported',
      );
      await shot(`import-rejected-${lang}.png`);
    }
  });

  const en = accountsCsv('en');
  await step('imports (en): the saved mapping of the source is used, and said', async () => {
    await openPage('en');
    await testId('import-source').selectOption('other');
    await upload('顧客_en.csv', en.text);
    await testId('import-remembered').waitFor();
    const said = await testId('import-remembered').innerText();
    assert(said.includes(LANG.en.remembered), `the notice says 「${said}」`);
    await nothingLeftOut();
    await shot('import-remembered-en.png');
  });

  await step(
    'imports (en): reset to automatic, mapped again under another name, imported',
    async () => {
      await testId('import-remembered-reset').click();
      await ignoredRow('地域メモ').waitFor();
      assert((await testId('import-remembered').count()) === 0, 'the saved mapping is still used');
      const title = await testId('import-ignored-title').innerText();
      assert(title === LANG.en.notImported, `the warning says 「${title}」`);
      await shot('import-ignored-en.png');
      await page
        .locator('[data-testid="import-ignored-map"][data-header="地域メモ"]')
        .selectOption('__custom');
      await nothingLeftOut();
      const key = testId('import-column-map-key');
      await key.fill('region_note');
      await Promise.all([
        page.waitForResponse((r) => decodeURIComponent(r.url()).includes('custom.region_note')),
        key.press('Enter'),
      ]);
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="import-column-map-key"]')?.value === 'region_note',
      );
      await nothingLeftOut();
      await commit();
      await checkNothingDropped(en.row, 'region_note');
      await shot('import-done-en.png');
    },
  );

  await step('imports (en): touchpoints’ accepted fields and their sample file', async () => {
    await testId('import-kind-touchpoints').click();
    await page.locator('[data-testid="import-fields"][data-kind="touchpoints"]').waitFor();
    await testId('import-fields-toggle').click();
    await testId('import-fields-table').waitFor();
    const format = await getJson(page, '/api/v1/imports/touchpoints/fields');
    const rows = await testId('import-field').count();
    assert(rows === format.fields.length, `${rows} fields listed of ${format.fields.length}`);
    const text = await testId('import-fields-table').innerText();
    assert(text.includes('Date and time'), 'occurred_at is not worded');
    await shot('import-fields-en.png');
    const downloading = page.waitForEvent('download');
    await testId('import-sample').click();
    const download = await downloading;
    assert(
      download.suggestedFilename() === 'banso-touchpoints-sample.csv',
      `the sample is named ${download.suggestedFilename()}`,
    );
    const bytes = await readFile(await download.path());
    assert(
      bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
      'the sample has no BOM (Excel would not read it as UTF-8)',
    );
    const header = bytes.subarray(3).toString('utf8').split('\r\n')[0];
    const want = format.fields.map((f) => f.name).join(',');
    assert(header === want, `the sample's header is 「${header}」, not 「${want}」`);
  });

  await step('imports (ja): the accepted fields in Japanese', async () => {
    await openPage('ja');
    await testId('import-fields-toggle').click();
    await testId('import-fields-table').waitFor();
    const text = await testId('import-fields-table').innerText();
    assert(text.includes('契約更新日') && text.includes('必須'), 'the fields are not worded');
    await shot('import-fields-ja.png');
  });
}
