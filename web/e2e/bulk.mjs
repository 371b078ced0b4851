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
//   menus of the renewals page and of an account's contacts, contracts and timeline open with
//   the same two choices (their files are read back once the server writes them). Each bar,
//   dialog and menu is photographed. At the end the accounts' owners are put back (API).
//
//   import { bulkSteps } from './bulk.mjs';
//   await bulkSteps(page, baseUrl, { step, assert, getJson, screenshotDir });
//
// `step(name, fn)`, `assert(condition, message)` and `getJson(page, path)` are run.mjs's.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const SEARCH = '株式会社';
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
/** The first columns of an account export: Banso's own import columns. */
const HEADER_START = ['external_id', 'name', 'name_kana', 'domain'];

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

  /** The table shows the search `q` (and the address's filters), loaded. */
  const tableReady = (q) =>
    page.waitForFunction((want) => {
      const table = document.querySelector('[data-testid="account-table"]');
      return (
        table?.getAttribute('data-q') === want && table.getAttribute('data-loading') === 'false'
      );
    }, q);

  /** Leaves a dialog with something chosen: Cancel, then "discard" to the unsaved-changes question. */
  async function discard(dialog) {
    await testId(`${dialog}-cancel`).click();
    await testId('unsaved-dialog').waitFor();
    await testId('unsaved-leave').click();
    await testId(dialog).waitFor({ state: 'detached' });
  }

  /** Chooses an encoding from the export menu; answers the file's bytes and its name. */
  async function exportAs(encoding) {
    await testId('export-accounts').click();
    await testId('export-accounts-menu').waitFor();
    const downloading = page.waitForEvent('download');
    await testId(`export-accounts-${encoding}`).click();
    const download = await downloading;
    const failure = await download.failure();
    assert(!failure, `the ${encoding} download failed: ${failure}`);
    return { bytes: await readFile(await download.path()), name: download.suggestedFilename() };
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

  /** The other lists' buttons: on the renewals page and the account page's tabs, photographed. */
  async function otherLists(lang) {
    await step(
      `bulk (${lang}): the renewals, contacts, contracts and timeline export buttons`,
      async () => {
        const menuShown = async (list, name) => {
          await testId(`export-${list}`).click();
          const labels = await testId(`export-${list}-menu`)
            .locator('.export-choice-label')
            .allInnerTexts();
          assert(
            labels.join('|') === LANG[lang].choices.join('|'),
            `the ${list} menu offers ${labels.join(', ')}`,
          );
          await shot(`export-${name}-${lang}.png`);
          await page.keyboard.press('Escape');
          await testId(`export-${list}-menu`).waitFor({ state: 'detached' });
        };
        await page.goto(`${baseUrl}/app/renewals`, { waitUntil: 'domcontentloaded' });
        await testId('renewals-page').waitFor();
        await menuShown('renewals', 'renewals');
        // An account with contacts, contracts and touchpoints.
        const accounts = (await getJson(page, '/api/v1/accounts?limit=50&sort=-arr')).data;
        let account;
        for (const a of accounts) {
          const has = async (path) =>
            (await getJson(page, `/api/v1/${path}?account_id=${a.id}&limit=1`)).data.length > 0;
          if ((await has('contacts')) && (await has('contracts')) && (await has('touchpoints'))) {
            account = a;
            break;
          }
        }
        assert(account, 'no account has contacts, contracts and touchpoints');
        for (const [tab, list] of [
          ['contacts', 'contacts'],
          ['revenue', 'contracts'],
          ['timeline', 'touchpoints'],
        ]) {
          await page.goto(`${baseUrl}/app/accounts/${account.id}?tab=${tab}`, {
            waitUntil: 'domcontentloaded',
          });
          await testId(`panel-${tab}`).waitFor();
          await menuShown(list, `account-${list}`);
        }
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
