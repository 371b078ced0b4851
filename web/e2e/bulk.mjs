// Browser steps for bulk actions and CSV exports on the account list, run by e2e/run.mjs after
// the money steps (as an admin), in Japanese and then in English, on the demo data:
//   the list searched for 「株式会社」 (Japanese names) → three accounts another colleague does
//   not own ticked (the bar counts them) → the touch model and journey stage dialogs opened and
//   photographed, then left (the unsaved-changes question answered) → the owner reassigned to
//   that colleague through the owner dialog (a name, not an id): the notice counts three, the
//   ticks are gone, and the API has the new owner on all three → the list filtered by that
//   owner and exported through the button: the UTF-8 file starts with a BOM, has Banso's import
//   header and one row per account the list counts, with the three names; the Shift_JIS file
//   decodes (TextDecoder('shift_jis')) to the same rows, a Japanese name among them → the export
//   menus of the renewals page and of an account's contacts, contracts and timeline offer the
//   same two choices, and each list is downloaded through its menu (UTF-8 in Japanese, Shift_JIS
//   in English) and read back: the BOM (or none), the header (renewals: the page's columns;
//   contacts, contracts, touchpoints: their import columns, GET /imports/{kind}/fields, and the
//   account's name), and one row per row the page shows (the renewals of the window chosen, the
//   account's contacts, contracts and the touchpoints of its whole timeline). Each bar, dialog
//   and menu is photographed. At the end the accounts' owners are put back (API).
//
//   import { bulkSteps } from './bulk.mjs';
//   await bulkSteps(page, baseUrl, { step, assert, getJson, screenshotDir });
//
// `step(name, fn)`, `assert(condition, message)` and `getJson(page, path)` are run.mjs's.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { accountTableReady } from './accountTable.mjs';

const SEARCH = '株式会社';
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** The first columns of an account export: Banso's own import columns. */
const HEADER_START = ['external_id', 'name', 'name_kana', 'domain'];
/** The first columns of the renewals export: the account, its owner, the contract's state. */
const RENEWALS_START = ['account_external_id', 'account_name', 'owner', 'status', 'end_date'];
/** The encoding each language's pass downloads the other lists in. */
const LIST_ENCODING = { ja: 'utf-8', en: 'shift_jis' };

const LANG = {
  ja: {
    selected: (n) => `${n} 件を選択`,
    done: (n) => `${n} 件を更新しました`,
    ownerTitle: (n) => `${n} 件のオーナーを変更`,
    choices: ['CSV（Excel 用・UTF-8）', 'CSV（Shift_JIS）'],
  },
  en: {
    selected: (n) => `${n} selected`,
    done: (n) => `Updated ${n} accounts`,
    ownerTitle: (n) => `Reassign the owner of ${n} accounts`,
    choices: ['CSV (Excel, UTF-8)', 'CSV (Shift_JIS)'],
  },
};

/** The records of a CSV text (RFC 4180: quoted fields may hold commas, quotes and line breaks). */
function parseCsv(text) {
  const records = [];
  let record = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      record.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += c;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  return records;
}

export async function bulkSteps(page, baseUrl, { step, assert, getJson, screenshotDir }) {
  const testId = (id) => page.getByTestId(id);
  const shot = (name) => page.screenshot({ path: join(screenshotDir, name) });
  /** Each account's owner before the steps changed it, to put back at the end. */
  const originalOwner = new Map();
  const csrfHeaders = async () => ({
    'X-CSRF-Token': (await getJson(page, '/api/v1/auth/me')).csrf_token,
  });

  async function inLanguage(lang) {
    await page.evaluate((l) => localStorage.setItem('banso.lang', l), lang);
  }

  const tableReady = (q) => accountTableReady(page, q);

  /** Leaves a dialog with something chosen: Cancel, then "discard" to the unsaved-changes question. */
  async function discard(dialog) {
    await testId(`${dialog}-cancel`).click();
    await testId('unsaved-dialog').waitFor();
    await testId('unsaved-leave').click();
    await testId(dialog).waitFor({ state: 'detached' });
  }

  /** Chooses an encoding from a list's export menu; answers the file's bytes and its name. */
  async function exportAs(encoding, list = 'accounts') {
    if (!(await testId(`export-${list}-menu`).isVisible())) await testId(`export-${list}`).click();
    await testId(`export-${list}-menu`).waitFor();
    const downloading = page.waitForEvent('download');
    await testId(`export-${list}-${encoding}`).click();
    const download = await downloading;
    const failure = await download.failure();
    assert(!failure, `the ${list} ${encoding} download failed: ${failure}`);
    return { bytes: await readFile(await download.path()), name: download.suggestedFilename() };
  }

  /** A downloaded file's records: UTF-8 after its BOM, or Shift_JIS (no BOM) decoded. */
  function recordsOf({ bytes, name }, encoding, what) {
    assert(name.endsWith('.csv'), `the ${what} file is named ${name}`);
    const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
    if (encoding === 'utf-8') {
      assert(bom, `the ${what} file starts with ${[...bytes.subarray(0, 3)]}, not a BOM`);
      return parseCsv(bytes.subarray(3).toString('utf8'));
    }
    assert(!bom, `the Shift_JIS ${what} file starts with a BOM`);
    return parseCsv(new TextDecoder('shift_jis', { fatal: true }).decode(bytes));
  }

  /** Checks an export's records: the import header, one row per account the list counts. */
  function checkRows(records, total, names, what) {
    const [header, ...rows] = records;
    assert(
      HEADER_START.every((column, i) => header[i] === column),
      `the ${what} header is ${header.slice(0, 5).join(',')}`,
    );
    assert(header.includes('owner_email'), `the ${what} header has no owner_email`);
    assert(
      rows.length === total,
      `the ${what} file has ${rows.length} rows; the list counts ${total}`,
    );
    const shown = new Set(rows.map((r) => r[1]));
    return names.filter((name) => shown.has(name));
  }

  async function pass(lang, owner) {
    const words = LANG[lang];
    const ownerLabel = owner.name.trim() || owner.email;
    let chosen;

    await step(`bulk (${lang}): three accounts ticked; the bar counts them`, async () => {
      await inLanguage(lang);
      await page.goto(`${baseUrl}/app/accounts?q=${encodeURIComponent(SEARCH)}`, {
        waitUntil: 'domcontentloaded',
      });
      await tableReady(SEARCH);
      // The first page as the list shows it (sorted by name), from the API.
      const listed = (
        await getJson(page, `/api/v1/accounts?limit=50&q=${encodeURIComponent(SEARCH)}`)
      ).data;
      chosen = listed.filter((a) => a.owner_id !== owner.id).slice(0, 3);
      assert(chosen.length === 3, `only ${chosen.length} accounts not owned by ${ownerLabel}`);
      for (const a of chosen) if (!originalOwner.has(a.id)) originalOwner.set(a.id, a.owner_id);
      for (const a of chosen)
        await page
          .locator(`[data-testid="account-row"][data-account-id="${a.id}"]`)
          .getByTestId('account-select')
          .check();
      assert(
        (await testId('bulk-count').innerText()).trim() === words.selected(3),
        `the bar says 「${await testId('bulk-count').innerText()}」`,
      );
      assert(
        new URL(page.url()).pathname === '/app/accounts',
        `ticking a row opened ${page.url()}`,
      );
      await shot(`bulk-bar-${lang}.png`);
      console.log(`     ${chosen.map((a) => `#${a.id} 「${a.name}」`).join(', ')} → ${ownerLabel}`);
    });

    await step(`bulk (${lang}): the touch model and stage dialogs, left unsaved`, async () => {
      await testId('bulk-tier').click();
      await testId('bulk-tier-dialog').waitFor();
      await testId('bulk-tier-select').selectOption('high_touch');
      await testId('bulk-tier-reason').fill(
        lang === 'ja' ? '戦略顧客のため役員が担当' : 'Strategic accounts: the VP covers them',
      );
      await shot(`bulk-tier-dialog-${lang}.png`);
      await discard('bulk-tier-dialog');
      await testId('bulk-stage').click();
      await testId('bulk-stage-dialog').waitFor();
      await testId('bulk-stage-select').selectOption('renewing');
      await testId('bulk-stage-note').fill(
        lang === 'ja' ? '更新交渉を開始' : 'Renewal talks began',
      );
      await shot(`bulk-stage-dialog-${lang}.png`);
      await discard('bulk-stage-dialog');
      assert(
        (await testId('bulk-count').innerText()).trim() === words.selected(3),
        'leaving a dialog lost the selection',
      );
    });

    await step(
      `bulk (${lang}): the owner reassigned through the dialog; the API has it`,
      async () => {
        await testId('bulk-owner').click();
        const dialog = testId('bulk-owner-dialog');
        await dialog.waitFor();
        const title = (await dialog.locator('.modal-title').innerText()).trim();
        assert(title === words.ownerTitle(3), `the dialog is titled 「${title}」`);
        // Chosen by the name shown: the select offers names, not ids.
        await testId('bulk-owner-select').selectOption({ label: ownerLabel });
        await shot(`bulk-owner-dialog-${lang}.png`);
        const [answer] = await Promise.all([
          page.waitForResponse(
            (r) =>
              r.request().method() === 'POST' &&
              new URL(r.url()).pathname === '/api/v1/accounts/bulk',
          ),
          testId('bulk-owner-dialog-save').click(),
        ]);
        const body = await answer.json();
        assert(answer.status() === 200, `POST /api/v1/accounts/bulk answered ${answer.status()}`);
        assert(body.updated === 3, `the server changed ${body.updated} accounts`);
        const sent = answer.request().postDataJSON();
        assert(
          sent.owner_id === owner.id && sent.account_ids.length === 3,
          `the dialog sent ${JSON.stringify(sent)}`,
        );
        await testId('bulk-notice').waitFor();
        const notice = await testId('bulk-notice').innerText();
        assert(notice.includes(words.done(3)), `the notice says 「${notice}」`);
        await testId('bulk-bar').waitFor({ state: 'detached' });
        for (const a of chosen) {
          const now = await getJson(page, `/api/v1/accounts/${a.id}`);
          assert(
            now.owner_id === owner.id,
            `#${a.id} is owned by ${now.owner_id}, not ${owner.id}`,
          );
          const row = page.locator(`[data-testid="account-row"][data-account-id="${a.id}"]`);
          await row.filter({ hasText: ownerLabel }).waitFor();
          assert(
            !(await row.getByTestId('account-select').isChecked()),
            `#${a.id} is still ticked`,
          );
        }
        await shot(`bulk-done-${lang}.png`);
      },
    );

    await step(`bulk (${lang}): the owner's accounts exported (UTF-8 with a BOM)`, async () => {
      await testId('filter-owner').selectOption(String(owner.id));
      await page.waitForURL((url) => url.searchParams.get('owner') === String(owner.id));
      await tableReady(SEARCH);
      const listed = await getJson(
        page,
        `/api/v1/accounts?limit=1&owner_id=${owner.id}&q=${encodeURIComponent(SEARCH)}`,
      );
      const total = listed.total;
      assert(total >= 3, `the list of ${ownerLabel}'s accounts counts ${total}`);
      await testId('export-accounts').click();
      const menu = testId('export-accounts-menu');
      await menu.waitFor();
      const labels = await menu.locator('.export-choice-label').allInnerTexts();
      assert(labels.join('|') === words.choices.join('|'), `the menu offers ${labels.join(', ')}`);
      await shot(`export-menu-${lang}.png`);
      await page.keyboard.press('Escape');
      await menu.waitFor({ state: 'detached' });

      const { bytes, name } = await exportAs('utf-8');
      assert(name.endsWith('.csv'), `the file is named ${name}`);
      assert(
        bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf,
        `the UTF-8 file starts with ${[...bytes.subarray(0, 3)].map((b) => b.toString(16))}, not a BOM`,
      );
      const records = parseCsv(bytes.subarray(3).toString('utf8'));
      const owners = new Set(records.slice(1).map((r) => r[records[0].indexOf('owner_email')]));
      assert(
        owners.size === 1 && owners.has(owner.email),
        `the file's owners are ${[...owners].join(', ')}`,
      );
      const found = checkRows(
        records,
        total,
        chosen.map((a) => a.name),
        'UTF-8',
      );
      assert(found.length === 3, `the UTF-8 file lacks ${chosen.map((a) => a.name)}`);
      console.log(`     ${name}: ${records.length - 1} rows, as the list counts`);
    });

    await step(
      `bulk (${lang}): the Shift_JIS export decodes, with the Japanese names`,
      async () => {
        const { total } = await getJson(
          page,
          `/api/v1/accounts?limit=1&owner_id=${owner.id}&q=${encodeURIComponent(SEARCH)}`,
        );
        const { bytes } = await exportAs('shift_jis');
        assert(!(bytes[0] === 0xef && bytes[1] === 0xbb), 'the Shift_JIS file starts with a BOM');
        assert(bytes.toString('utf8').includes('\ufffd'), 'the Shift_JIS file reads as UTF-8');
        const text = new TextDecoder('shift_jis', { fatal: true }).decode(bytes);
        const found = checkRows(
          parseCsv(text),
          total,
          chosen.map((a) => a.name).filter((n) => JAPANESE.test(n)),
          'Shift_JIS',
        );
        assert(found.length > 0, 'no Japanese account name is in the Shift_JIS file');
        console.log(`     Shift_JIS: 「${found[0]}」 decoded`);
      },
    );
  }

  /** The menu of a list's button offers the two encodings; photographed, left open. */
  async function menuShown(lang, list, name) {
    // In view first: the menu closes on a scroll, and a click's own scroll would close it.
    await testId(`export-${list}`).scrollIntoViewIfNeeded();
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done))));
    await testId(`export-${list}`).click();
    const menu = testId(`export-${list}-menu`);
    await menu.waitFor();
    const labels = await menu.locator('.export-choice-label').allInnerTexts();
    assert(
      labels.join('|') === LANG[lang].choices.join('|'),
      `the ${list} menu offers ${labels.join(', ')}`,
    );
    await shot(`export-${name}-${lang}.png`);
  }

  /** The import fields of each kind: the contacts, contracts and touchpoints exports' columns. */
  const importFormats = {};
  for (const kind of ['contacts', 'contracts', 'touchpoints'])
    importFormats[kind] = await getJson(page, `/api/v1/imports/${kind}/fields`);

  /** An account export's header: its kind's import columns (each required one), and account_name. */
  function checkImportHeader(header, kind, what) {
    const format = importFormats[kind];
    const fields = new Set(format.fields.map((f) => f.name));
    const other = header.filter((column) => column !== 'account_name' && !fields.has(column));
    assert(header.includes('account_name'), `the ${what} header has no account_name`);
    assert(other.length === 0, `the ${what} header has columns no import takes: ${other}`);
    const missing = format.required.filter((any) => !any.some((c) => header.includes(c)));
    assert(missing.length === 0, `the ${what} header lacks ${missing.map((any) => any[0])}`);
  }

  /** An account with contacts, contracts and touchpoints (the first found), for both passes. */
  let listsAccount;
  async function accountWithLists() {
    if (listsAccount) return listsAccount;
    const accounts = (await getJson(page, '/api/v1/accounts?limit=50&sort=-arr')).data;
    for (const a of accounts) {
      const has = async (path) =>
        (await getJson(page, `/api/v1/${path}?account_id=${a.id}&limit=1`)).data.length > 0;
      if ((await has('contacts')) && (await has('contracts')) && (await has('touchpoints'))) {
        listsAccount = a;
        return a;
      }
    }
    throw new Error('no account has contacts, contracts and touchpoints');
  }

  /** The other lists: on the renewals page and the account page's tabs, menus photographed. */
  async function otherLists(lang) {
    const encoding = LIST_ENCODING[lang];
    // Japanese: the default window; English: another, chosen by its address.
    const within = lang === 'ja' ? 90 : 30;

    await step(
      `bulk (${lang}): the renewals within ${within} days exported (${encoding})`,
      async () => {
        await page.goto(`${baseUrl}/app/renewals${lang === 'ja' ? '' : `?within=${within}`}`, {
          waitUntil: 'domcontentloaded',
        });
        await testId('renewals-page').waitFor();
        await testId(`renewals-within-${within}`)
          .and(page.locator('[aria-pressed="true"]'))
          .waitFor();
        await testId('renewals-table').waitFor();
        await page.waitForFunction(
          () => !document.querySelector('[data-testid="renewal-row"][data-loading="true"]'),
        );
        const rows = page.getByTestId('renewal-row');
        const shown = await rows.evaluateAll((trs) =>
          trs.map((tr) => ({ status: tr.dataset.status, name: tr.querySelector('a').textContent })),
        );
        assert(shown.length > 0, `no renewal within ${within} days on the page`);
        await menuShown(lang, 'renewals', 'renewals');
        const [header, ...records] = recordsOf(
          await exportAs(encoding, 'renewals'),
          encoding,
          'renewals',
        );
        assert(
          RENEWALS_START.every((column, i) => header[i] === column),
          `the renewals header is ${header.slice(0, 6).join(',')}`,
        );
        assert(
          records.length === shown.length,
          `the renewals file has ${records.length} rows; the page shows ${shown.length}`,
        );
        const column = (name) => records.map((r) => r[header.indexOf(name)]);
        const sorted = (list) => [...list].sort().join('|');
        assert(
          sorted(column('account_name')) === sorted(shown.map((r) => r.name)),
          'the renewals file names other accounts than the page',
        );
        assert(
          sorted(column('status')) === sorted(shown.map((r) => r.status)),
          'the renewals file has other due and overdue counts than the page',
        );
        console.log(`     renewals: ${records.length} rows, as the page shows`);
      },
    );

    await step(
      `bulk (${lang}): an account's contacts, contracts and touchpoints exported (${encoding})`,
      async () => {
        const account = await accountWithLists();
        const counts = [];
        for (const [tab, list, rowSelector] of [
          ['contacts', 'contacts', '[data-testid="contact-row"]'],
          ['revenue', 'contracts', '[data-testid="contract-row"]'],
          ['timeline', 'touchpoints', '[data-testid="timeline-item"][data-type="touchpoint"]'],
        ]) {
          await page.goto(`${baseUrl}/app/accounts/${account.id}?tab=${tab}`, {
            waitUntil: 'domcontentloaded',
          });
          await testId(`panel-${tab}`).waitFor();
          // The button shows once the list has loaded (and has rows).
          await testId(`export-${list}`).waitFor();
          // The whole timeline: its later pages too.
          for (let i = 0; i < 20 && (await testId('timeline-more').count()) > 0; i++) {
            const before = await page.locator(rowSelector).count();
            await testId('timeline-more').click();
            await page.waitForFunction(
              ([selector, n]) =>
                document.querySelectorAll(selector).length > n ||
                !document.querySelector('[data-testid="timeline-more"]'),
              [rowSelector, before],
            );
          }
          const shown = await page.locator(rowSelector).count();
          await menuShown(lang, list, `account-${list}`);
          const [header, ...records] = recordsOf(await exportAs(encoding, list), encoding, list);
          checkImportHeader(header, list, list);
          assert(
            records.length === shown,
            `the ${list} file has ${records.length} rows; the ${tab} tab shows ${shown}`,
          );
          const others = records.filter((r) => r[header.indexOf('account_name')] !== account.name);
          assert(others.length === 0, `the ${list} file has rows of other accounts`);
          counts.push(`${list} ${shown}`);
        }
        console.log(`     #${account.id} 「${account.name}」: ${counts.join(', ')} rows, as shown`);
      },
    );
  }

  const users = (await getJson(page, '/api/v1/users')).data.filter((u) => !u.disabled);
  const me = (await getJson(page, '/api/v1/auth/me')).user;
  const colleagues = users.filter((u) => u.id !== me.id);
  const pool = colleagues.length >= 2 ? colleagues : users;
  // A colleague with a Japanese name in Japanese, another in English, when there are.
  const ja = pool.find((u) => JAPANESE.test(u.name)) ?? pool[0];
  const en = pool.find((u) => u.id !== ja.id && !JAPANESE.test(u.name)) ?? pool[1] ?? pool[0];
  await pass('ja', ja);
  await otherLists('ja');
  await pass('en', en);
  await otherLists('en');

  await step('bulk: the accounts’ owners put back (API)', async () => {
    const headers = await csrfHeaders();
    const byOwner = new Map();
    for (const [id, ownerId] of originalOwner)
      byOwner.set(ownerId, [...(byOwner.get(ownerId) ?? []), id]);
    for (const [ownerId, ids] of byOwner) {
      const answer = await page.request.post(`${baseUrl}/api/v1/accounts/bulk`, {
        headers,
        data: { account_ids: ids, owner_id: ownerId },
        failOnStatusCode: false,
      });
      assert(answer.status() === 200, `POST /api/v1/accounts/bulk answered ${answer.status()}`);
    }
    await inLanguage('ja');
  });
}
