// Browser steps for health on the account list and timeline, and the touch model, run by
// e2e/run.mjs after the health steps (as an admin), in Japanese and then in English, on the
// demo data:
//   the account list sorted by health through its column header (the address says sort=health,
//   the rows are the API's first page in the same order, each with its score and trend), then
//   filtered to the yellow band beside the tier filter (every row yellow, the total the API's)
//   → an account's timeline with a band change from its history: the chip says "ヘルス：黄 → 緑"
//   / "Health: Yellow → Green" as the API's change has it, with the cause in words → the
//   touch-model page: each tier of the pyramid with the API's accounts, top first; the rules as
//   the API has them, a minimum ARR in yen; a rule added and left unsaved asks first, and is
//   removed again (nothing is saved). Each view is photographed.
//
//   import { touchModelSteps } from './touchModel.mjs';
//   await touchModelSteps(page, baseUrl, { step, assert, getJson, screenshotDir });
//
// `step(name, fn)`, `assert(condition, message)` and `getJson(page, path)` are run.mjs's.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { accountTableReady } from './accountTable.mjs';

/** A language's catalogue, as the console words bands, causes and tiers. */
async function catalogue(lang) {
  return JSON.parse(await readFile(new URL(`../src/i18n/${lang}.json`, import.meta.url), 'utf8'));
}

export async function touchModelSteps(page, baseUrl, { step, assert, getJson, screenshotDir }) {
  const testId = (id) => page.getByTestId(id);
  const shot = (name) => page.screenshot({ path: join(screenshotDir, name), fullPage: true });
  const rowIds = () =>
    page.$$eval('[data-testid="account-row"]', (trs) =>
      trs.map((tr) => Number(tr.getAttribute('data-account-id'))),
    );

  const changed = await step(
    'health: an account with a band change on its timeline (API)',
    async () => {
      const list = (await getJson(page, '/api/v1/accounts?limit=40')).data;
      for (const a of list) {
        const timeline = await getJson(page, `/api/v1/accounts/${a.id}/timeline?limit=50`);
        const entry = timeline.data.find(
          (e) => e.type === 'health_band_change' && e.item.from && e.item.to,
        );
        if (entry) return { account: a, change: entry.item };
      }
      throw new Error('none of the first 40 accounts has a band change on its timeline');
    },
  );
  console.log(`     account #${changed.account.id}: ${changed.change.from} → ${changed.change.to}`);

  for (const lang of ['ja', 'en']) {
    const words = await catalogue(lang);
    const band = (b) => words.enum.healthBand[b];
    await page.evaluate((l) => localStorage.setItem('banso.lang', l), lang);

    await step(
      `health (${lang}): the account list sorted by health, then the yellow band`,
      async () => {
        await page.goto(`${baseUrl}/app/accounts`, { waitUntil: 'domcontentloaded' });
        await accountTableReady(page, '');
        const header = (await testId('sort-health').innerText()).trim();
        assert(header === words.accounts.col.health, `the column header says "${header}"`);
        await testId('sort-health').click();
        await page.waitForURL(/sort=health/);
        await accountTableReady(page, '');
        const api = (await getJson(page, '/api/v1/accounts?limit=50&sort=health')).data;
        const shown = await rowIds();
        assert(
          shown.join(',') === api.map((a) => a.id).join(','),
          `the rows are ${shown.slice(0, 5).join(',')}…, the API's ${api
            .slice(0, 5)
            .map((a) => a.id)
            .join(',')}…`,
        );
        const scored = api.find((a) => a.health_score !== null);
        const cell = page.locator(
          `[data-testid="account-row"][data-account-id="${scored.id}"] [data-testid="account-health"]`,
        );
        assert(
          (await cell.getAttribute('data-band')) === scored.health_band,
          `account #${scored.id}'s health cell is not ${scored.health_band}`,
        );
        await testId('filter-band').selectOption('yellow');
        await page.waitForURL(/band=yellow/);
        await accountTableReady(page, '');
        const bands = await page.$$eval('[data-testid="account-health"]', (cells) =>
          cells.map((c) => c.getAttribute('data-band')),
        );
        assert(
          bands.length > 0 && bands.every((b) => b === 'yellow'),
          `the filtered rows' bands: ${bands.join(',')}`,
        );
        const yellow = await getJson(
          page,
          '/api/v1/accounts?limit=1&health_band=yellow&sort=health',
        );
        const total = (await testId('account-total').innerText()).replace(/[^\d]/g, '');
        assert(Number(total) === yellow.total, `the list says ${total}, the API ${yellow.total}`);
        await shot(`accounts-health-${lang}.png`);
      },
    );

    await step(`health (${lang}): a band change on the account's timeline`, async () => {
      await page.goto(`${baseUrl}/app/accounts/${changed.account.id}?tab=timeline`, {
        waitUntil: 'domcontentloaded',
      });
      await testId('timeline').waitFor();
      const item = page
        .locator(`[data-testid="timeline-item"][data-type="health_band_change"]`)
        .first();
      await item.waitFor();
      const chip = (await item.getByTestId('timeline-band-change').innerText()).trim();
      const want = words.timeline.bandChange
        .replace('{{from}}', band(changed.change.from))
        .replace('{{to}}', band(changed.change.to));
      assert(chip === want, `the chip says "${chip}", the API's change is "${want}"`);
      const text = await item.innerText();
      const cause = words.enum.bandChangeCause[changed.change.cause];
      assert(text.includes(cause), `the change does not say its cause "${cause}": "${text}"`);
      await item.scrollIntoViewIfNeeded();
      await shot(`timeline-band-change-${lang}.png`);
    });

    await step(`touch model (${lang}): the pyramid and the rules, nothing saved`, async () => {
      await testId('nav-touch-model').click();
      await testId('touch-pyramid').waitFor();
      await testId('touch-rule-table').waitFor();
      const pyramid = await getJson(page, '/api/v1/touch-model/pyramid');
      const tiers = await page.$$eval('[data-testid="pyramid-tier"]', (rows) =>
        rows.map((r) => ({
          tier: r.getAttribute('data-tier'),
          accounts: Number(
            r.querySelector('[data-testid="pyramid-accounts"]').textContent.replace(/[^\d]/g, ''),
          ),
        })),
      );
      assert(
        tiers.map((x) => x.tier).join(',') === 'high_touch,low_touch,tech_touch',
        `the pyramid's tiers, top first: ${tiers.map((x) => x.tier).join(',')}`,
      );
      for (const shown of tiers) {
        const want = pyramid.tiers.find((x) => x.tier === shown.tier);
        assert(
          shown.accounts === want.accounts,
          `${shown.tier}: the page says ${shown.accounts} accounts, the API ${want.accounts}`,
        );
      }
      const name = await testId('pyramid-tier').first().locator('.pyramid-slice-name').innerText();
      assert(name === words.enum.tier.high_touch, `the top tier is named "${name}"`);
      const model = await getJson(page, '/api/v1/touch-model');
      const rules = testId('touch-rule');
      assert(
        (await rules.count()) === model.rules.length,
        `${await rules.count()} rules shown, the API has ${model.rules.length}`,
      );
      // The demo reports in yen: a minimum ARR is typed in yen, which have no smaller unit.
      const minArr = await testId('touch-rule-min-arr').first().inputValue();
      assert(
        minArr === String(model.rules[0].min_arr_minor ?? ''),
        `the first rule's minimum ARR reads "${minArr}"`,
      );
      await shot(`touch-model-${lang}.png`);

      await testId('touch-rule-add').click();
      assert((await rules.count()) === model.rules.length + 1, 'no rule was added');
      await testId('nav-accounts').click();
      await testId('unsaved-dialog').waitFor();
      await testId('unsaved-stay').click();
      await testId('touch-rule-remove').last().click();
      await testId('nav-accounts').click();
      await testId('accounts-page').waitFor();
      const after = await getJson(page, '/api/v1/touch-model');
      assert(after.version === model.version, 'the touch model was saved');
    });
  }
  await page.evaluate(() => localStorage.setItem('banso.lang', 'ja'));
}
