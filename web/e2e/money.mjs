// Browser steps for money in one reporting currency and renewals, run by e2e/run.mjs after the
// editing steps (as an admin), in Japanese and then in English, on the demo data (reporting
// currency JPY; accounts also in USD, EUR, GBP…). First the rates of three currencies the demo
// accounts use are taken away (API), so that they are missing; then:
//   the currency page lists each currency without a rate with its accounts (as GET /fx-rates
//   says) → a rate added from that list through the dialog: the currency leaves the list, and
//   an account in it shows its ARR in yen, its own amount beneath (the header and the API
//   agree) → (Japanese) a small CSV with Japanese headers (月, 通貨, レート) previewed, then
//   imported: that currency leaves the list too → the account list sorted by ARR, largest first,
//   as the API sorts it, and filtered by an ARR range typed in yen (kept in the address) → the
//   renewals page (its rows as GET /renewals says, the window chosen kept in the address) and an
//   account's Revenue tab with its renewal notice. Each page is photographed. At the end the
//   rates the steps added are deleted and the demo's rates put back.
//
//   import { moneySteps } from './money.mjs';
//   await moneySteps(page, baseUrl, { step, assert, getJson, screenshotDir });
//
// `step(name, fn)`, `assert(condition, message)` and `getJson(page, path)` are run.mjs's.
import { join } from 'node:path';

const LANG = {
  ja: { arrColumn: 'ARR（JPY）', missing: '為替レートが未登録の通貨', renewals: '更新管理' },
  en: { arrColumn: 'ARR (JPY)', missing: 'no exchange rate', renewals: 'Renewals' },
};

/** Last month, `YYYY-MM` (UTC): a rate for it converts this month's ARR too. */
function lastMonth() {
  const now = new Date();
  const d = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  return d.toISOString().slice(0, 7);
}

export async function moneySteps(page, baseUrl, { step, assert, getJson, screenshotDir }) {
  const testId = (id) => page.getByTestId(id);
  const shot = (name) => page.screenshot({ path: join(screenshotDir, name) });
  const month = lastMonth();
  const added = [];
  let removed = [];
  const csrfHeaders = async () => ({
    'X-CSRF-Token': (await getJson(page, '/api/v1/auth/me')).csrf_token,
  });

  async function inLanguage(lang) {
    await page.evaluate((l) => localStorage.setItem('banso.lang', l), lang);
  }

  /** The currencies the page lists as missing, once it shows what GET /fx-rates says. */
  async function missingShown() {
    const api = await getJson(page, '/api/v1/fx-rates');
    const want = api.missing.map((m) => m.currency).join(',');
    await page.waitForFunction(
      (w) =>
        [...document.querySelectorAll('[data-testid="fx-missing-currency"]')]
          .map((li) => li.getAttribute('data-currency'))
          .join(',') === w,
      want,
    );
    return api.missing;
  }

  /** An account billed in `currency` with an ARR, and its ARR in yen now (the API's). */
  async function accountIn(currency) {
    const list = (await getJson(page, '/api/v1/accounts?limit=200&sort=-arr')).data;
    const account = list.find((a) => a.currency === currency && a.arr_minor > 0);
    assert(account, `no account billed in ${currency} has an ARR`);
    return account;
  }

  const yen = (minor, lang) =>
    page.evaluate(
      ([m, locale]) =>
        new Intl.NumberFormat(locale, { style: 'currency', currency: 'JPY' }).format(m),
      [minor, lang === 'ja' ? 'ja-JP' : 'en-US'],
    );

  await step('money: the rates of three currencies in use taken away (API)', async () => {
    const rates = await getJson(page, '/api/v1/fx-rates');
    const list = (await getJson(page, '/api/v1/accounts?limit=200')).data;
    const chosen = ['USD', 'EUR', 'GBP', 'SGD', 'AUD']
      .filter((c) => list.some((a) => a.currency === c && a.arr_minor > 0))
      .slice(0, 3);
    assert(chosen.length === 3, `only ${chosen} of the demo's currencies have accounts with ARR`);
    removed = rates.data.filter((r) => chosen.includes(r.currency));
    const headers = await csrfHeaders();
    for (const r of removed) {
      const answer = await page.request.delete(`${baseUrl}/api/v1/fx-rates/${r.id}`, {
        headers,
        failOnStatusCode: false,
      });
      assert(
        answer.status() === 204,
        `DELETE /api/v1/fx-rates/${r.id} answered ${answer.status()}`,
      );
    }
    const now = await getJson(page, '/api/v1/fx-rates');
    for (const c of chosen)
      assert(
        now.missing.some((m) => m.currency === c),
        `${c} is not listed as missing`,
      );
    console.log(`     ${chosen.join(', ')} without rates (${removed.length} rates taken away)`);
  });

  async function pass(lang) {
    await inLanguage(lang);
    const words = LANG[lang];
    let viaDialog;

    await step(
      `money (${lang}): the currency page lists the currencies without a rate`,
      async () => {
        await page.goto(`${baseUrl}/app/accounts`, { waitUntil: 'domcontentloaded' });
        await testId('nav-currency').click();
        await testId('currency-page').waitFor();
        const missing = await missingShown();
        assert(missing.length >= 1, 'no currency lacks a rate');
        assert(
          (await testId('fx-missing').innerText()).includes(words.missing),
          'the warning does not say rates are missing',
        );
        for (const m of missing) {
          const row = page.locator(
            `[data-testid="fx-missing-currency"][data-currency="${m.currency}"]`,
          );
          assert(
            (await row.innerText()).includes(String(m.accounts)),
            `${m.currency} does not show its ${m.accounts} accounts`,
          );
        }
        viaDialog = (missing.find((m) => m.currency === 'USD') ?? missing[0]).currency;
        await shot(`money-currency-${lang}.png`);
      },
    );

    await step(
      `money (${lang}): a ${viaDialog} rate added; the currency leaves the list`,
      async () => {
        const row = page.locator(
          `[data-testid="fx-missing-currency"][data-currency="${viaDialog}"]`,
        );
        await row.getByTestId('fx-missing-add').click();
        await testId('fx-rate-dialog').waitFor();
        assert(
          (await testId('fx-rate-currency').inputValue()) === viaDialog,
          'the dialog did not start with the currency',
        );
        await testId('fx-rate-month').fill(month);
        await testId('fx-rate-rate').fill(viaDialog === 'USD' ? '151.2' : '180.5');
        await shot(`money-rate-dialog-${lang}.png`);
        const [answer] = await Promise.all([
          page.waitForResponse(
            (r) =>
              r.request().method() === 'POST' && new URL(r.url()).pathname === '/api/v1/fx-rates',
          ),
          testId('fx-rate-dialog-save').click(),
        ]);
        assert(answer.status() === 201, `POST /api/v1/fx-rates answered ${answer.status()}`);
        added.push((await answer.json()).id);
        await testId('fx-notice').waitFor();
        const missing = await missingShown();
        assert(!missing.some((m) => m.currency === viaDialog), `${viaDialog} is still missing`);
        await page
          .locator(
            `[data-testid="fx-rate-row"][data-currency="${viaDialog}"][data-month="${month}"]`,
          )
          .waitFor();
      },
    );

    await step(`money (${lang}): an account in ${viaDialog} shows its ARR in yen`, async () => {
      const account = await accountIn(viaDialog);
      assert(account.arr_reporting_minor !== null, 'the API has no converted ARR');
      await page.goto(`${baseUrl}/app/accounts/${account.id}`, { waitUntil: 'domcontentloaded' });
      const arr = testId('account-arr');
      await arr.waitFor();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="account-arr"]')?.dataset.state === 'converted',
      );
      const text = await arr.innerText();
      const want = await yen(account.arr_reporting_minor, lang);
      assert(text.includes(want), `the header shows 「${text}」, not ${want}`);
      await shot(`money-account-${lang}.png`);
    });

    if (lang === 'ja') {
      await step('money (ja): a CSV with Japanese headers previewed, then imported', async () => {
        await page.goto(`${baseUrl}/app/currency`, { waitUntil: 'domcontentloaded' });
        const missing = await missingShown();
        const currency = missing[0].currency;
        await testId('fx-import-file').setInputFiles({
          name: '為替レート.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(`月,通貨,レート\n${month},${currency},98.25\n`, 'utf8'),
        });
        await testId('fx-import-preview').click();
        await testId('import-report').waitFor();
        assert((await testId('import-total').innerText()) === '1', 'the preview counts other rows');
        assert(
          (await testId('import-rejected-count').innerText()) === '0',
          'the preview rejected the row',
        );
        await shot('money-import-preview-ja.png');
        await testId('fx-import-commit').click();
        await testId('import-done').waitFor();
        const after = await missingShown();
        assert(!after.some((m) => m.currency === currency), `${currency} is still missing`);
        const rates = (await getJson(page, '/api/v1/fx-rates')).data;
        const rate = rates.find((r) => r.currency === currency && r.month === month);
        assert(rate?.rate === '98.25', `the API has the ${currency} rate as ${rate?.rate}`);
        added.push(rate.id);
        await shot('money-import-ja.png');
      });
    }

    await step(`money (${lang}): the account list sorted and filtered by ARR in yen`, async () => {
      const tableReady = () =>
        page.waitForFunction(
          () =>
            document
              .querySelector('[data-testid="account-table"]')
              ?.getAttribute('data-loading') === 'false',
        );
      await page.goto(`${baseUrl}/app/accounts`, { waitUntil: 'domcontentloaded' });
      await tableReady();
      const header = (await testId('sort-arr').innerText()).trim();
      assert(header === words.arrColumn, `the ARR column is headed 「${header}」`);
      await testId('sort-arr').click();
      await page.waitForURL((url) => url.searchParams.get('sort') === '-arr');
      // The rows the API gives for the largest ARR first, in its order.
      const api = (await getJson(page, '/api/v1/accounts?limit=5&sort=-arr')).data.map((a) =>
        String(a.id),
      );
      const rowsAre = (ids) =>
        page
          .waitForFunction(
            (want) =>
              [...document.querySelectorAll('[data-testid="account-row"]')]
                .slice(0, want.length)
                .map((r) => r.getAttribute('data-account-id'))
                .join() === want.join(),
            ids,
            { timeout: 10_000 },
          )
          .catch(async () => {
            const shown = await page
              .locator('[data-testid="account-row"]')
              .evaluateAll((rows) =>
                rows.slice(0, 5).map((r) => r.getAttribute('data-account-id')),
              );
            throw new Error(`rows ${shown} are not the API's ${ids}`);
          });
      await rowsAre(api);
      await testId('filter-arr-min').fill('1,000,000');
      await testId('filter-arr-min').press('Enter');
      await page.waitForURL((url) => url.searchParams.get('arr_min') === '1000000');
      const filtered = (
        await getJson(page, '/api/v1/accounts?limit=50&sort=-arr&arr_reporting_min=1000000')
      ).data;
      assert(filtered.length > 0, 'no account has an ARR of ¥1,000,000 or more');
      await rowsAre(filtered.map((a) => String(a.id)));
      await page.evaluate(() => window.scrollTo(0, 0));
      await shot(`money-accounts-arr-${lang}.png`);
    });

    await step(`money (${lang}): the renewals page and an account's renewal notice`, async () => {
      await testId('nav-renewals').click();
      await testId('renewals-page').waitFor();
      const api = await getJson(page, '/api/v1/renewals?within_days=90');
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="renewal-row"]').length === n,
        api.data.length,
      );
      assert(
        (await page.title()).startsWith(words.renewals),
        `the page is titled 「${await page.title()}」`,
      );
      await shot(`money-renewals-${lang}.png`);
      await testId('renewals-within-30').click();
      await page.waitForURL((url) => url.searchParams.get('within') === '30');
      const soon = await getJson(page, '/api/v1/renewals?within_days=30');
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="renewal-row"]').length === n,
        soon.data.length,
      );
      const due = api.data.find((r) => r.status === 'due') ?? api.data[0];
      if (!due) return;
      await page.goto(`${baseUrl}/app/accounts/${due.account.id}?tab=revenue`, {
        waitUntil: 'domcontentloaded',
      });
      await testId('renewal-notice').first().waitFor();
      const text = await testId('renewal-notice').first().innerText();
      assert(text.includes(due.contract.product), `the notice says 「${text}」`);
      await shot(`money-revenue-renewal-${lang}.png`);
    });
  }

  await pass('ja');
  await pass('en');

  await step('money: the rates the steps added deleted, the demo’s put back (API)', async () => {
    const headers = await csrfHeaders();
    for (const id of added) {
      const answer = await page.request.delete(`${baseUrl}/api/v1/fx-rates/${id}`, {
        headers,
        failOnStatusCode: false,
      });
      assert(answer.status() === 204, `DELETE /api/v1/fx-rates/${id} answered ${answer.status()}`);
    }
    for (const r of removed) {
      const answer = await page.request.post(`${baseUrl}/api/v1/fx-rates`, {
        headers,
        data: { month: r.month, currency: r.currency, rate: r.rate },
        failOnStatusCode: false,
      });
      assert(answer.status() === 201, `POST /api/v1/fx-rates answered ${answer.status()}`);
    }
    await inLanguage('ja');
  });
}
