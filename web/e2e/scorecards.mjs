// Browser steps for scorecards by scope, run by e2e/run.mjs after health (as an admin), in
// Japanese and then in English: a segment saved through the API for each language, and one that
// filters by health band; the scorecards page's "New scorecard" dialog offers the first and
// shows the second disabled with why; the new scorecard is created for the segment through the
// dialog, opens in the editor as draft v1, and the list names its segment and says it scores no
// one yet (it is left unpublished, so later steps' scores do not change). The page and the
// dialog are photographed.
//
//   import { scorecardSteps } from './scorecards.mjs';
//   await scorecardSteps(page, baseUrl, { step, assert, getJson, screenshotDir });
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

async function catalogue(lang) {
  return JSON.parse(await readFile(new URL(`../src/i18n/${lang}.json`, import.meta.url), 'utf8'));
}

export async function scorecardSteps(page, baseUrl, { step, assert, getJson, screenshotDir }) {
  const testId = (id) => page.getByTestId(id);
  const shot = (name) => page.screenshot({ path: join(screenshotDir, name), fullPage: true });
  const saveSegment = async (name, filter) => {
    const csrf = (await getJson(page, '/api/v1/auth/me')).csrf_token;
    const answer = await page.request.post(`${baseUrl}/api/v1/segments`, {
      headers: { 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' },
      data: { name, description: null, filter },
    });
    assert(answer.status() === 201, `POST /segments answered ${answer.status()}`);
    return answer.json();
  };
  const choice = (kind, value) =>
    page.locator(`[data-testid="new-scorecard-${kind}"][data-value="${value}"]`);

  const byHealth = await step('scorecards: a segment that filters by health band (API)', () =>
    saveSegment(`e2e レッド ${Date.now()}`, { health_band: 'red' }),
  );

  for (const lang of ['ja', 'en']) {
    const words = (await catalogue(lang)).scorecards;
    await page.evaluate((l) => localStorage.setItem('banso.lang', l), lang);

    const segment = await step(`scorecards (${lang}): a segment saved through the API`, () =>
      saveSegment(lang === 'ja' ? `e2e 東日本 ${Date.now()}` : `e2e East ${Date.now()}`, {
        tier: 'high_touch',
      }),
    );

    await step(
      `scorecards (${lang}): the dialog offers the segment, not the one by band`,
      async () => {
        await page.goto(`${baseUrl}/app/scorecards`, { waitUntil: 'domcontentloaded' });
        await testId('scorecard-new').click();
        await testId('new-scorecard-dialog').waitFor();
        const start = await testId('new-scorecard-start').innerText();
        const defaultCard = (await getJson(page, '/api/v1/scorecards')).data.find(
          (s) => !s.tier && s.segment_id === null,
        );
        assert(
          start.includes(`v${defaultCard.published.number}`),
          `the dialog says it starts from "${start}"`,
        );
        await testId('new-scorecard-name').fill(`${segment.name} scorecard`);
        await testId('new-scorecard-kind-segment').click();
        const refused = choice('segment', byHealth.id);
        assert(await refused.isDisabled(), 'the segment by health band can be chosen');
        assert(
          (await refused.innerText()).includes(words.create.byHealth),
          `the segment by band says "${await refused.innerText()}"`,
        );
        await choice('segment', segment.id).click();
        assert(
          (await choice('segment', segment.id).getAttribute('aria-checked')) === 'true',
          'the segment is not chosen',
        );
        await shot(`scorecard-new-${lang}.png`);
      },
    );

    await step(`scorecards (${lang}): created for the segment, opened as a draft`, async () => {
      const answered = page.waitForResponse(
        (r) => r.url().endsWith('/api/v1/scorecards') && r.request().method() === 'POST',
      );
      await testId('new-scorecard-dialog-save').click();
      const answer = await answered;
      assert(answer.status() === 201, `POST /scorecards answered ${answer.status()}`);
      const created = await answer.json();
      assert(created.segment_id === segment.id, `created for segment ${created.segment_id}`);
      await testId('new-scorecard-dialog').waitFor({ state: 'detached' });
      await page.waitForSelector(
        `[data-testid="scorecard-editor"][data-scorecard-id="${created.id}"]`,
      );
      await page.waitForURL((url) => url.searchParams.get('id') === String(created.id));
      const status = await testId('scorecard-status').innerText();
      assert(
        status === words.editingDraft.replace('{{number}}', '1'),
        `the editor says "${status}"`,
      );
      const row = page.locator(`[data-testid="scorecard-row"][data-scorecard-id="${created.id}"]`);
      const scope = words.scope.segment.replace('{{name}}', segment.name);
      await row.getByTestId('scorecard-scope').filter({ hasText: scope }).waitFor();
      const draftOnly = await row.getByTestId('scorecard-draft-only').textContent();
      assert(draftOnly === words.draftOnly, `the new scorecard's version in force: "${draftOnly}"`);
      await page.waitForSelector('[data-testid="scorecard-preview"][data-waiting="false"]');
      await shot(`scorecards-scope-${lang}.png`);
    });

    await step(
      `scorecards (${lang}): the segment now has one, so it cannot be chosen`,
      async () => {
        await testId('scorecard-new').click();
        await testId('new-scorecard-kind-segment').click();
        assert(
          await choice('segment', segment.id).isDisabled(),
          'the scored segment can be chosen',
        );
        // Back to where the dialog started, so that closing it asks nothing.
        await testId('new-scorecard-kind-tier').click();
        await testId('new-scorecard-dialog-cancel').click();
        await testId('new-scorecard-dialog').waitFor({ state: 'detached' });
      },
    );
  }
  await page.evaluate(() => localStorage.setItem('banso.lang', 'ja'));
}
