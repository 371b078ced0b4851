// Browser steps for health, run by e2e/run.mjs after the imports (as an admin), in Japanese and
// then in English, on the demo data (the default scorecard, six months of daily scores):
//   a yellow account's health tab: the header's badge and the summary as GET /health says, the
//   ledger with every measure of the answer, ordered by the points each costs (a measure without
//   data says so), the trend drawn → "what changed": the table as GET /health/diff says for the
//   default month, then for a day chosen further back → the band set by hand through the dialog
//   (a reason missing refused at its field first): the badge says 手動 / Manual, the API has the
//   override, and the band change is listed; then ended: the badge and the API lose it, and the
//   end is listed → the scorecards page: the default scorecard with its version in force, the
//   preview's band counts and the backtest's AUC as the API answers them for the same
//   definition; a weight changed asks for a new preview, and leaving with it unsaved asks first.
//   Each view is photographed.
//
//   import { healthSteps } from './health.mjs';
//   await healthSteps(page, baseUrl, { step, assert, getJson, screenshotDir });
//
// `step(name, fn)`, `assert(condition, message)` and `getJson(page, path)` are run.mjs's.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const LANG = {
  ja: { badge: 'ヘルス', manual: '手動', noData: 'データなし', required: '入力してください。' },
  en: { badge: 'Health', manual: 'Manual', noData: 'No data', required: 'This field is required.' },
};

/** A language's catalogue, as the console words the measures. */
async function catalogue(lang) {
  return JSON.parse(await readFile(new URL(`../src/i18n/${lang}.json`, import.meta.url), 'utf8'));
}

/** `YYYY-MM-DD` of a date, local time (as the page's date inputs). */
function isoDay(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export async function healthSteps(page, baseUrl, { step, assert, getJson, screenshotDir }) {
  const testId = (id) => page.getByTestId(id);
  const shot = (name) => page.screenshot({ path: join(screenshotDir, name), fullPage: true });
  const post = async (path, body) => {
    const csrf = (await getJson(page, '/api/v1/auth/me')).csrf_token;
    const answer = await page.request.post(`${baseUrl}${path}`, {
      headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' },
      data: body,
    });
    assert(answer.ok(), `POST ${path} answered ${answer.status()}`);
    return answer.json();
  };

  const account = await step('health: a yellow account without an override (API)', async () => {
    const list = (await getJson(page, '/api/v1/accounts?limit=60')).data;
    for (const a of list) {
      const health = await getJson(page, `/api/v1/accounts/${a.id}/health`);
      if (
        health.band === 'yellow' &&
        !health.override &&
        health.contributions.some((c) => c.raw === null)
      )
        return a;
    }
    throw new Error('no yellow account with a measure without data among the first 60');
  });
  console.log(`     account #${account.id} 「${account.name}」`);

  for (const lang of ['ja', 'en']) {
    const words = LANG[lang];
    const measureNames = (await catalogue(lang)).enum.healthMeasure;
    await page.evaluate((l) => localStorage.setItem('banso.lang', l), lang);

    await step(`health (${lang}): why the account is yellow`, async () => {
      await page.goto(`${baseUrl}/app/accounts/${account.id}?tab=health`, {
        waitUntil: 'domcontentloaded',
      });
      await testId('health-ledger').waitFor();
      const health = await getJson(page, `/api/v1/accounts/${account.id}/health`);
      const badge = (await testId('health-badge').innerText()).trim();
      assert(
        badge === `${words.badge} ${Math.round(health.score)}`,
        `the badge says "${badge}", the API's score is ${health.score}`,
      );
      const rows = await page.$$eval('[data-testid="health-ledger-row"]', (trs) =>
        trs.map((tr) => ({
          measure: tr.getAttribute('data-measure'),
          lost: Number(tr.getAttribute('data-lost')),
          raw: tr.querySelector('[data-testid="health-ledger-raw"]').textContent,
        })),
      );
      assert(
        rows.length === health.contributions.length,
        `${rows.length} ledger rows for ${health.contributions.length} measures`,
      );
      for (let i = 1; i < rows.length; i++)
        assert(rows[i - 1].lost >= rows[i].lost, `the ledger is not ordered by points lost`);
      const missing = health.contributions.find((c) => c.raw === null);
      const missingRow = rows.find((r) => r.measure === missing.measure);
      assert(
        missingRow.raw.includes(words.noData),
        `${missing.measure} has no data, its row says "${missingRow.raw}"`,
      );
      const costs = await testId('health-costs').innerText();
      assert(
        costs.includes(measureNames[rows[0].measure]),
        `the costliest measure (${rows[0].measure}) is not named: "${costs}"`,
      );
      await page.waitForSelector('[data-testid="health-trend-chart"][data-ready="true"]');
      await shot(`health-why-${lang}.png`);
    });

    await step(`health (${lang}): what changed since last month`, async () => {
      const diffRows = () =>
        page.$$eval('[data-testid="health-diff-row"]', (trs) =>
          trs.map((tr) => tr.getAttribute('data-measure')),
        );
      await testId('health-diff-table').waitFor();
      const from = await testId('health-diff-from').inputValue();
      const to = await testId('health-diff-to').inputValue();
      const diff = await getJson(
        page,
        `/api/v1/accounts/${account.id}/health/diff?from=${from}&to=${to}`,
      );
      const want = [...diff.measures]
        .sort((a, b) => Math.abs(b.change) - Math.abs(a.change))
        .map((m) => m.measure);
      const shown = await diffRows();
      assert(
        shown.length === want.length && shown[0] === want[0],
        `the diff shows ${shown.join(',')}; the API ${want.join(',')}`,
      );
      const earlier = new Date();
      earlier.setMonth(earlier.getMonth() - 3);
      const day = isoDay(earlier);
      const answered = page.waitForResponse(
        (r) => r.url().includes('/health/diff') && r.url().includes(`from=${day}`),
      );
      await testId('health-diff-from').fill(day);
      const answer = await (await answered).json();
      const summary = testId('health-diff-summary');
      await page.waitForFunction(
        ([score, lang]) =>
          document.querySelector('[data-testid="health-diff-summary"]')?.textContent?.includes(
            new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
              minimumFractionDigits: 1,
              maximumFractionDigits: 1,
            }).format(score),
          ),
        [answer.from.score, lang],
      );
      assert((await summary.innerText()).length > 0, 'no summary of the diff');
    });

    await step(`health (${lang}): the band set by hand, then ended`, async () => {
      await testId('health-override-set').click();
      await testId('health-override-dialog').waitFor();
      await testId('health-override-band').selectOption('red');
      await testId('health-override-dialog-save').click();
      const refused = await testId('health-override-reason-error').innerText();
      assert(refused === words.required, `a missing reason was refused with "${refused}"`);
      const reason =
        lang === 'ja' ? '役員面談で解約の意向を確認' : 'The sponsor said they will leave';
      await testId('health-override-reason').fill(reason);
      await testId('health-override-dialog-save').click();
      await testId('health-override-notice').waitFor();
      await testId('health-badge-manual').waitFor();
      assert(
        (await testId('health-badge-manual').innerText()).trim() === words.manual,
        'the badge does not say the band is manual',
      );
      const set = await getJson(page, `/api/v1/accounts/${account.id}/health`);
      assert(
        set.band === 'red' && set.override?.reason === reason,
        `the API's band is ${set.band}, override ${JSON.stringify(set.override)}`,
      );
      await page.waitForSelector('[data-testid="health-change"][data-cause="override"]');
      await shot(`health-override-${lang}.png`);

      await testId('health-override-end').click();
      await testId('health-override-notice').waitFor({ state: 'detached' });
      await testId('health-badge-manual').waitFor({ state: 'detached' });
      const ended = await getJson(page, `/api/v1/accounts/${account.id}/health`);
      assert(ended.override === null, 'the API still has the override');
      await page.waitForSelector('[data-testid="health-change"][data-cause="override_ended"]');
    });

    await step(`scorecards (${lang}): preview and backtest of the default scorecard`, async () => {
      await testId('nav-scorecards').click();
      await testId('scorecards-page').waitFor();
      await page.waitForSelector('[data-testid="scorecard-histogram"][data-ready="true"]');
      await testId('scorecard-measure-auc').waitFor();
      const scorecard = (await getJson(page, '/api/v1/scorecards')).data.find((s) => !s.tier);
      const inForce = await testId('scorecard-in-force').first().innerText();
      assert(
        inForce.includes(`v${scorecard.published.number}`),
        `the list says "${inForce}" for v${scorecard.published.number}`,
      );
      // As the editor sends it: unit and source are the server's to say (it refuses them).
      const shown = scorecard.draft?.definition ?? scorecard.published.definition;
      const definition = {
        ...shown,
        measures: shown.measures.map(({ unit: _unit, source: _source, ...m }) => m),
      };
      const preview = await post(`/api/v1/scorecards/${scorecard.id}/preview`, { definition });
      for (const band of preview.candidate.bands) {
        const cell = await page
          .locator(`[data-testid="scorecard-band-count"][data-band="${band.band}"] td`)
          .nth(1)
          .innerText();
        assert(
          Number(cell.replace(/[^\d]/g, '')) === band.accounts,
          `${band.band}: the page says ${cell}, the API ${band.accounts}`,
        );
      }
      const backtest = await post(`/api/v1/scorecards/${scorecard.id}/backtest?months=24`, {
        definition,
      });
      const auc = await testId('scorecard-auc').innerText();
      assert(
        auc.includes(backtest.candidate.auc.toFixed(3)),
        `the AUC tile says "${auc}", the API ${backtest.candidate.auc}`,
      );
      await shot(`scorecards-${lang}.png`);
    });

    await step(`scorecards (${lang}): a weight changed is previewed, and guarded`, async () => {
      const weight = testId('scorecard-weight').first();
      const before = await weight.inputValue();
      const asked = page.waitForRequest(
        (r) => r.url().includes('/preview') && r.postData()?.includes('"weight":77'),
      );
      await weight.fill('77');
      await asked;
      await page.waitForSelector('[data-testid="scorecard-preview"][data-waiting="false"]');
      await testId('nav-accounts').click();
      await testId('unsaved-dialog').waitFor();
      await testId('unsaved-stay').click();
      await weight.fill(before);
      await testId('nav-accounts').click();
      await testId('accounts-page').waitFor();
    });
  }
  await page.evaluate(() => localStorage.setItem('banso.lang', 'ja'));
}
