#!/usr/bin/env node
// End-to-end check of the Banso console in headless Chromium (playwright-core, no browser download).
//   BANSO_URL=http://127.0.0.1:18080 BANSO_EMAIL=… BANSO_PASSWORD=… SCREENSHOT_DIR=… node e2e/run.mjs
// Signs in through the UI, finds a Japanese-named account with touchpoints through the API,
// searches for it, opens its 360° page, checks the timeline and the language switch, then the
// product-usage pages (e2e/events.mjs: sources, live stream, events, feature mapping, the
// account's usage), then the customer's own success (e2e/success.mjs: a success plan from a
// template, a milestone achieved and saved, the printable page, templates, the relationship
// map), then the journey and the sales hand-off (e2e/journey.mjs: the board, a move through
// the dialog, the funnel, the account's journey tab, the settings, a hand-off, /handoffs), then
// staff management (e2e/staff.mjs: a colleague added, their role changed, their password reset;
// they sign in in a second browser context, are disabled and land on the sign-in page, are
// enabled again; their sessions ended; a token revoked; the page in both languages), then
// recording and editing on the account page (e2e/editing.mjs: a touchpoint, a contact, the
// owner and renewal, an NPS answer, a contract, in Japanese and in English), then money in one
// reporting currency and renewals (e2e/money.mjs: the currencies without a rate, a rate added and
// a CSV of rates imported, an account's ARR in yen, the list sorted and filtered by ARR, the
// renewals page, in Japanese and in English), then bulk actions and exports on the account list
// (e2e/bulk.mjs: three accounts' owner reassigned through the bulk dialog and checked through
// the API; the list exported as UTF-8 with a BOM and as Shift_JIS and read back; the renewals
// and an account's contacts, contracts and touchpoints downloaded through their menus and
// checked against the page, in Japanese and in English), then CSV imports that drop no column
// silently (e2e/imports.mjs: every field the server lists worded in both catalogues; a file of accounts
// with Japanese headers whose unknown column is listed, mapped to a custom attribute and
// imported with every value read back; the source's remembered mapping used and reset; a
// kind's accepted fields and sample file, in Japanese and in English), then health (e2e/health.mjs:
// a yellow account's ledger and what changed since last month, its band set by hand and ended,
// the scorecard's preview and backtest, in Japanese and in English), then health on the list and
// the touch model (e2e/touchModel.mjs: the list sorted by health and filtered by band, a band
// change on a timeline, the pyramid and the rules, in Japanese and in English), then the portfolio
// (e2e/dashboard.mjs: the dashboard's outcomes before its activity, a tier and a segment, the
// revenue retention pages, in Japanese and in English), and takes screenshots.
// Exits non-zero with the failing step's name on any failure.
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { accountTableReady } from './accountTable.mjs';
import { bulkSteps } from './bulk.mjs';
import { dashboardSteps } from './dashboard.mjs';
import { editingSteps } from './editing.mjs';
import { eventsSteps } from './events.mjs';
import { healthSteps } from './health.mjs';
import { importSteps } from './imports.mjs';
import { journeySteps } from './journey.mjs';
import { moneySteps } from './money.mjs';
import { scorecardSteps } from './scorecards.mjs';
import { staffSteps } from './staff.mjs';
import { successSteps } from './success.mjs';
import { touchModelSteps } from './touchModel.mjs';

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff]/;
const JAPANESE_RUN = /[\u3040-\u30ff\u4e00-\u9fff\u3005]+/g;
const COMPANY_WORDS = /株式会社|合同会社|有限会社|（株）|\(株\)/g;
const TOTAL_BUDGET_MS = 270_000;
const STEP_TIMEOUT_MS = 15_000;

const baseUrl = (process.env.BANSO_URL ?? '').replace(/\/+$/, '');
const email = process.env.BANSO_EMAIL ?? '';
const password = process.env.BANSO_PASSWORD ?? '';
const screenshotDir = resolve(process.env.SCREENSHOT_DIR ?? 'e2e/screenshots');
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function die(message) {
  console.error(`e2e FAILED: ${message}`);
  process.exit(1);
}

if (!baseUrl || !email || !password)
  die('set BANSO_URL, BANSO_EMAIL and BANSO_PASSWORD (SCREENSHOT_DIR is optional)');

const watchdog = setTimeout(
  () => die(`the run took longer than ${TOTAL_BUDGET_MS / 1000} s`),
  TOTAL_BUDGET_MS,
);
watchdog.unref();

const started = Date.now();
let browser;
const pageErrors = [];

async function step(name, fn) {
  const t0 = Date.now();
  try {
    const result = await fn();
    console.log(`ok   ${name} (${Date.now() - t0} ms)`);
    return result;
  } catch (error) {
    const detail =
      error instanceof Error
        ? error.message.split('\n').slice(0, 6).join('\n     ')
        : String(error);
    throw new Error(`${name}: ${detail}`, { cause: error });
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

async function getJson(page, path) {
  const response = await page.request.get(`${baseUrl}${path}`, {
    headers: { Accept: 'application/json' },
  });
  assert(
    response.ok(),
    `GET ${path} answered ${response.status()}: ${(await response.text()).slice(0, 200)}`,
  );
  return response.json();
}

/** A 2–4 character Japanese piece of the name that finds the account on the first result page; else the whole name. */
async function searchTermFor(page, account) {
  const runs = (account.name.replace(COMPANY_WORDS, ' ').match(JAPANESE_RUN) ?? []).sort(
    (a, b) => b.length - a.length,
  );
  for (const run of runs) {
    if (run.length < 2) continue;
    const term = run.slice(0, 4);
    const found = await getJson(page, `/api/v1/accounts?limit=50&q=${encodeURIComponent(term)}`);
    if (found.data.some((a) => a.id === account.id)) return term;
  }
  return account.name;
}

function firstLine(text, max = 60) {
  return (
    String(text)
      .split(/\r?\n/)
      .map((s) => s.trim())
      .find(Boolean)
      ?.slice(0, max) ?? ''
  );
}

async function main() {
  await mkdir(screenshotDir, { recursive: true });
  browser = await chromium.launch({
    executablePath,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'ja-JP',
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  page.on('pageerror', (error) => pageErrors.push(error.message));
  const testId = (id) => page.getByTestId(id);

  await step('sign in through the UI', async () => {
    await page.goto(`${baseUrl}/app/login`, { waitUntil: 'domcontentloaded' });
    // Start in Japanese whatever was remembered, so the language checks below know where they are.
    await page.evaluate(() => localStorage.setItem('banso.lang', 'ja'));
    await page.reload({ waitUntil: 'domcontentloaded' });
    await testId('login-email').fill(email);
    await testId('login-password').fill(password);
    await page.screenshot({ path: join(screenshotDir, 'login.png') });
    await testId('login-submit').click();
    await Promise.race([
      testId('dashboard-page').waitFor(),
      testId('login-error')
        .waitFor()
        .then(async () => {
          throw new Error(
            `the server refused the sign-in: ${await testId('login-error').innerText()}`,
          );
        }),
    ]);
    assert(
      new URL(page.url()).pathname === '/app/dashboard',
      `expected /app/dashboard after sign-in, at ${page.url()}`,
    );
  });

  const target = await step('find a Japanese-named account with touchpoints (API)', async () => {
    const list = await getJson(page, '/api/v1/accounts?limit=200');
    const candidates = list.data.filter((a) => JAPANESE.test(a.name));
    assert(candidates.length > 0, `none of ${list.data.length} accounts has a Japanese name`);
    for (const account of candidates.slice(0, 40)) {
      const timeline = await getJson(page, `/api/v1/accounts/${account.id}/timeline?limit=50`);
      const touchpoint = timeline.data.find(
        (entry) => entry.type === 'touchpoint' && firstLine(entry.item?.summary),
      );
      if (touchpoint) return { account, summary: firstLine(touchpoint.item.summary) };
    }
    throw new Error(
      `no Japanese-named account (of ${candidates.length}) has a touchpoint on its timeline`,
    );
  });
  console.log(
    `     account #${target.account.id} 「${target.account.name}」, touchpoint 「${target.summary}」`,
  );

  const term = await step('search for it in the account list', async () => {
    const term = await searchTermFor(page, target.account);
    console.log(`     search term 「${term}」`);
    // The console opens on the dashboard; the list is a click away.
    await testId('nav-accounts').click();
    await testId('accounts-page').waitFor();
    await testId('account-search').fill(term);
    await accountTableReady(page, term);
    const row = page.locator(`[data-testid="account-row"][data-account-id="${target.account.id}"]`);
    assert((await row.count()) === 1, `the account is not in the list searched for 「${term}」`);
    assert(
      (await row.innerText()).includes(target.account.name),
      'the row does not show the account name',
    );
    assert(
      (await page.title()) === `「${term}」 · 顧客 · Banso`,
      `the list is titled 「${await page.title()}」`,
    );
    await page.screenshot({ path: join(screenshotDir, 'accounts.png') });
    await page.evaluate(() => window.scrollTo(0, 0));
    await row.click();
    return term;
  });

  await step('the 360° page shows the account and its timeline', async () => {
    await testId('account-page').waitFor();
    const heading = testId('account-name');
    await heading.waitFor();
    assert(
      (await heading.innerText()).trim() === target.account.name,
      `heading is 「${await heading.innerText()}」`,
    );
    await page.screenshot({ path: join(screenshotDir, 'account.png') });
    await testId('tab-timeline').click();
    await testId('timeline').waitFor();
    const items = testId('timeline-item');
    assert((await items.count()) >= 1, 'the timeline lists no item');
    await items.filter({ hasText: target.summary }).first().waitFor();
    await page.screenshot({ path: join(screenshotDir, 'account-timeline.png') });
  });

  await step('Back from an account returns to the list as it was: search, sort, page', async () => {
    const tableReady = (q) => accountTableReady(page, q);
    await page.goBack();
    await tableReady(term);
    assert(
      new URL(page.url()).searchParams.get('q') === term,
      `the address lost the search: ${page.url()}`,
    );
    assert((await testId('account-search').inputValue()) === term, 'the search box lost its words');
    // The second page of the list by ARR, left for an account and come back to.
    await page.goto(`${baseUrl}/app/accounts`, { waitUntil: 'domcontentloaded' });
    await tableReady('');
    await testId('sort-arr').click();
    await page.waitForURL((url) => url.searchParams.get('sort') === '-arr');
    await tableReady('');
    await testId('page-next').click();
    await page.waitForURL((url) => url.searchParams.getAll('cursor').length === 1);
    await tableReady('');
    const address = page.url();
    const range = await testId('page-range').innerText();
    const first = await testId('account-row').first().getAttribute('data-account-id');
    assert(range.startsWith('51'), `the second page shows rows ${range}`);
    await testId('account-row').first().locator('a').click();
    await testId('account-page').waitFor();
    assert(
      (await page.title()).endsWith('顧客 · Banso'),
      `the account page is titled 「${await page.title()}」`,
    );
    await page.goBack();
    await tableReady('');
    assert(page.url() === address, `Back went to ${page.url()}, not ${address}`);
    assert((await testId('page-range').innerText()) === range, 'Back lost the page');
    assert(
      (await testId('account-row').first().getAttribute('data-account-id')) === first,
      'Back shows other rows',
    );
    // A copied address reopens the same view.
    await page.goto(address, { waitUntil: 'domcontentloaded' });
    await tableReady('');
    assert(
      (await testId('page-range').innerText()) === range,
      'the address did not reopen the page',
    );
    await page.goto(`${baseUrl}/app/accounts/${target.account.id}`, {
      waitUntil: 'domcontentloaded',
    });
    await testId('account-page').waitFor();
  });

  await step('switch language to English and back', async () => {
    const tab = testId('tab-timeline');
    assert(
      (await tab.innerText()).trim() === 'タイムライン',
      `Japanese tab label is 「${await tab.innerText()}」`,
    );
    await testId('lang-en').click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="tab-timeline"]')?.textContent?.trim() === 'Timeline',
    );
    assert(
      (await page.evaluate(() => localStorage.getItem('banso.lang'))) === 'en',
      'English was not remembered in localStorage',
    );
    assert(
      (await page.evaluate(() => document.documentElement.lang)) === 'en',
      '<html lang> did not follow',
    );
    await page.screenshot({ path: join(screenshotDir, 'account-timeline-en.png') });
    await testId('lang-ja').click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="tab-timeline"]')?.textContent?.trim() ===
        'タイムライン',
    );
    assert(
      (await page.evaluate(() => localStorage.getItem('banso.lang'))) === 'ja',
      'Japanese was not remembered in localStorage',
    );
  });

  await step('open the import page', async () => {
    await testId('nav-import').click();
    await testId('import-page').waitFor();
    await page.screenshot({ path: join(screenshotDir, 'import.png') });
  });

  await eventsSteps(page, baseUrl, {
    step,
    assert,
    getJson,
    screenshotDir,
    account: target.account,
  });
  await successSteps(page, baseUrl, {
    step,
    assert,
    getJson,
    screenshotDir,
    account: target.account,
  });
  await journeySteps(page, baseUrl, { step, assert, getJson, screenshotDir });
  await staffSteps(page, baseUrl, { step, assert, getJson, screenshotDir, browser });
  await editingSteps(page, baseUrl, {
    step,
    assert,
    getJson,
    screenshotDir,
    account: target.account,
  });

  await moneySteps(page, baseUrl, { step, assert, getJson, screenshotDir });
  await bulkSteps(page, baseUrl, { step, assert, getJson, screenshotDir });
  await importSteps(page, baseUrl, { step, assert, getJson, screenshotDir });
  await healthSteps(page, baseUrl, { step, assert, getJson, screenshotDir });
  await scorecardSteps(page, baseUrl, { step, assert, getJson, screenshotDir });
  await touchModelSteps(page, baseUrl, { step, assert, getJson, screenshotDir });
  await dashboardSteps(page, baseUrl, { step, assert, getJson, screenshotDir });

  assert(pageErrors.length === 0, `uncaught errors in the page: ${pageErrors.join(' | ')}`);
  await browser.close();
  console.log(
    `e2e passed in ${((Date.now() - started) / 1000).toFixed(1)} s; screenshots in ${screenshotDir}`,
  );
}

main().catch(async (error) => {
  if (browser) await browser.close().catch(() => {});
  die(error instanceof Error ? error.message : String(error));
});
