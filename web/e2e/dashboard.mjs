// Browser steps for the portfolio, run by e2e/run.mjs (as an admin) on the demo data, in
// Japanese and then in English: the dashboard leads with the outcomes (NRR as the API has it,
// before the activity section), a tier filter goes into the address and the request, a segment
// (saved through the API) narrows it; then the revenue retention page's bridge, cohorts and
// lifetime value. Each view is photographed.
//
//   import { dashboardSteps } from './dashboard.mjs';
//   await dashboardSteps(page, baseUrl, { step, assert, getJson, screenshotDir });
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

async function catalogue(lang) {
  return JSON.parse(await readFile(new URL(`../src/i18n/${lang}.json`, import.meta.url), 'utf8'));
}

/** A ratio as the console words it: a percentage with one decimal. */
function rate(value, lang) {
  return new Intl.NumberFormat(lang === 'ja' ? 'ja-JP' : 'en-US', {
    style: 'percent',
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  }).format(value);
}

export async function dashboardSteps(page, baseUrl, { step, assert, getJson, screenshotDir }) {
  const testId = (id) => page.getByTestId(id);
  const shot = (name) => page.screenshot({ path: join(screenshotDir, name), fullPage: true });
  const bodyReady = async (scope) => {
    await page.waitForFunction((s) => {
      const body = document.querySelector('[data-testid="dashboard-body"]');
      return body && body.getAttribute('data-loading') === 'false' && body.dataset.scope === s;
    }, JSON.stringify(scope));
  };

  const segment = await step('dashboard: a segment saved through the API', async () => {
    const csrf = (await getJson(page, '/api/v1/auth/me')).csrf_token;
    const name = `e2e 高リスク ${Date.now()}`;
    const response = await page.request.post(`${baseUrl}/api/v1/segments`, {
      headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' },
      data: { name, description: null, filter: { tier: 'low_touch' } },
    });
    assert(response.status() === 201, `POST /segments answered ${response.status()}`);
    return response.json();
  });

  for (const lang of ['ja', 'en']) {
    const words = await catalogue(lang);
    await page.evaluate((l) => localStorage.setItem('banso.lang', l), lang);

    await step(`dashboard (${lang}): the outcomes first, activity last`, async () => {
      await page.goto(`${baseUrl}/app/`, { waitUntil: 'domcontentloaded' });
      await page.waitForURL(/\/app\/dashboard/);
      await bodyReady({});
      const api = await getJson(page, '/api/v1/dashboard');
      const nrr = (await testId('dashboard-nrr-value').innerText()).trim();
      assert(
        nrr === rate(api.retention.nrr, lang),
        `NRR reads ${nrr}, the API ${api.retention.nrr}`,
      );
      const label = (await testId('dashboard-nrr').locator('.tile-label').innerText()).trim();
      assert(label === words.dashboard.figure.nrr, `the NRR tile is labelled ${label}`);
      const before = await page.evaluate(() => {
        const outcomes = document.querySelector('[data-testid="dashboard-outcomes-section"]');
        const activity = document.querySelector('[data-testid="dashboard-activity"]');
        return Boolean(
          outcomes.compareDocumentPosition(activity) & Node.DOCUMENT_POSITION_FOLLOWING,
        );
      });
      assert(before, 'the activity section is not after the outcomes');
      const text = await testId('dashboard-page').innerText();
      assert(!/\b(dashboard|revenuePage|definition)\.[a-z]/.test(text), 'a catalogue key is shown');
      for (const chart of ['dashboard-bands-chart', 'dashboard-trend', 'dashboard-cohorts'])
        await page.locator(`[data-testid="${chart}"][data-ready="true"]`).waitFor();
      await shot(`dashboard-${lang}.png`);
    });

    await step(`dashboard (${lang}): a tier, then a segment`, async () => {
      await testId('scope-tier').selectOption('high_touch');
      await page.waitForURL(/tier=high_touch/);
      await bodyReady({ tier: 'high_touch' });
      const api = await getJson(page, '/api/v1/dashboard?tier=high_touch');
      const shown = (await testId('dashboard-as-of').innerText()).replace(/,/g, '');
      assert(
        shown.includes(String(api.accounts)),
        `the scope says ${shown}, the API ${api.accounts}`,
      );
      await testId('scope-tier').selectOption('');
      await testId('scope-segment').selectOption(String(segment.id));
      await page.waitForURL(new RegExp(`segment=${segment.id}`));
      await bodyReady({ segment_id: segment.id });
      const scoped = await getJson(page, `/api/v1/dashboard?segment_id=${segment.id}`);
      assert(
        scoped.accounts === segment.accounts,
        `the segment holds ${segment.accounts}, the dashboard ${scoped.accounts}`,
      );
      await page.reload({ waitUntil: 'domcontentloaded' });
      await bodyReady({ segment_id: segment.id });
      await shot(`dashboard-segment-${lang}.png`);
    });

    await step(`revenue (${lang}): the bridge, the cohorts, the lifetime value`, async () => {
      await testId('nav-revenue').click();
      await testId('revenuePage-page').waitFor();
      await testId('bridge-table').waitFor();
      const rows = await testId('bridge-row').count();
      assert(rows === 12, `the bridge shows ${rows} months`);
      const definitions = await testId('definitions').innerText();
      assert(
        definitions.includes(words.definition.retention.nrr.cohort_end_mrr_over_start_mrr),
        'the NRR definition is not worded',
      );
      await shot(`revenue-${lang}.png`);
      await testId('revenuePage-tab-cohorts').click();
      await page.locator('[data-testid="cohort-heatmap"][data-ready="true"]').waitFor();
      await testId('revenuePage-tab-lifetime').click();
      await page.locator('[data-testid="survival-chart"][data-ready="true"]').waitFor();
      await shot(`revenue-lifetime-${lang}.png`);
    });
  }
  await page.evaluate(() => localStorage.setItem('banso.lang', 'ja'));
}
