// Browser steps for the customer journey and the sales hand-off (issue 5), run by e2e/run.mjs
// after the success steps (as an admin, in Japanese):
//   the board (every stage with the count the API gives, Japanese names) → an account moved to
//   the next stage through the dialog (checked through the API: its stage, the transition with
//   the note; and after a reload) → the funnel (the first stage's reached figure is the API's)
//   → the account's ジャーニー tab (the move in its history) → the settings (stages, rules, a dry
//   run of the rules) → a hand-off recorded for an account without one (its fit score shown) →
//   /handoffs and the ICP → the same pages in English.
//
//   import { journeySteps } from './journey.mjs';
//   await journeySteps(page, baseUrl, { step, assert, getJson, screenshotDir });
//
// `step(name, fn)`, `assert(condition, message)` and `getJson(page, path)` are run.mjs's.
import { join } from 'node:path';

const TEMPLATE_NAME = '営業DX導入 90日';
const digits = (text) => Number(String(text).replace(/[^0-9]/g, ''));

export async function journeySteps(page, baseUrl, { step, assert, getJson, screenshotDir }) {
  const testId = (id) => page.getByTestId(id);
  const shot = (name, fullPage = true) =>
    page.screenshot({ path: join(screenshotDir, name), fullPage });
  const column = (key) => page.locator(`[data-testid="board-column"][data-stage="${key}"]`);
  const boardLoaded = () => page.locator('[data-testid="board"][data-loading="false"]').waitFor();
  const stages = (await getJson(page, '/api/v1/journey/stages')).data;

  /** Every column's count and name on screen are the API's. */
  async function checkBoard(board, lang) {
    assert(
      (await testId('board-column').count()) === board.stages.length,
      `the board shows ${await testId('board-column').count()} columns, the API has ${board.stages.length} stages`,
    );
    for (const s of board.stages) {
      const count = (await column(s.key).getByTestId('board-count').innerText()).trim();
      assert(count === String(s.count), `the column ${s.key} counts ${count}, the API ${s.count}`);
      const name = (await column(s.key).getByTestId('board-stage-name').innerText()).trim();
      const want = lang === 'ja' ? s.name_ja : s.name_en;
      assert(name === want, `the column ${s.key} is named 「${name}」, not 「${want}」`);
    }
  }

  const before = await step(
    'journey: the board shows every stage, under its moment, with the API’s counts',
    async () => {
      await page.goto(`${baseUrl}/app/accounts`, { waitUntil: 'domcontentloaded' });
      assert(
        (await testId('nav-journey').innerText()).trim() === 'ジャーニー',
        `the nav says 「${await testId('nav-journey').innerText()}」`,
      );
      await testId('nav-journey').click();
      await testId('journey-page').waitFor();
      await boardLoaded();
      const board = await getJson(page, '/api/v1/journey/board?per_stage=25');
      await checkBoard(board, 'ja');
      const moments = await page
        .locator('[data-testid="board-moment"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-moment')));
      assert(
        moments[0] === 'zmot' && moments.includes('smot'),
        `the moments are ${moments.join(', ')}`,
      );
      assert(
        (await testId('board-moment').first().innerText()).includes('ZMOT（情報収集）'),
        'the first moment is not labelled ZMOT（情報収集）',
      );
      console.log(`     ${board.stages.map((s) => `${s.key} ${s.count}`).join(', ')}`);
      await shot('journey-board.png');
      return board;
    },
  );

  const moved = await step(
    'journey: move an account to the next stage through the dialog; the API and a reload agree',
    async () => {
      const order = before.stages.filter((s) => s.moment !== 'churned');
      const from = order.find((s, i) => s.accounts.length > 0 && i < order.length - 1);
      assert(from, 'no stage before the last has an account to move');
      const to = order[order.indexOf(from) + 1];
      const account = from.accounts[0];
      const note = `e2e: ${from.key} → ${to.key} ${new Date().toISOString()}`;
      console.log(`     account #${account.id} 「${account.name}」: ${from.key} → ${to.key}`);

      const card = column(from.key).locator(
        `[data-testid="board-card"][data-account-id="${account.id}"]`,
      );
      await card.getByTestId('board-move').click();
      await testId('move-dialog').waitFor();
      await testId('move-to').selectOption(to.key);
      await testId('move-note').fill(note);
      await shot('journey-move-dialog.png', false);
      const posted = page.waitForResponse(
        (r) =>
          r.url().endsWith(`/api/v1/accounts/${account.id}/journey/moves`) &&
          r.request().method() === 'POST',
      );
      const reread = page.waitForResponse(
        (r) => r.url().includes('/api/v1/journey/board') && r.request().method() === 'GET',
      );
      await testId('move-submit').click();
      const answer = await posted;
      assert(
        answer.status() === 201,
        `POST /api/v1/accounts/${account.id}/journey/moves answered ${answer.status()}: ${(await answer.text()).slice(0, 200)}`,
      );
      const sent = answer.request().postDataJSON();
      assert(sent.to === to.key && sent.note === note, `the move sent ${JSON.stringify(sent)}`);
      await reread;
      await testId('board-moved').waitFor();
      await boardLoaded();
      assert((await testId('move-dialog').count()) === 0, 'the dialog is still open');

      const after = await getJson(page, '/api/v1/journey/board?per_stage=25');
      const count = (b, key) => b.stages.find((s) => s.key === key).count;
      assert(
        count(after, from.key) === from.count - 1 && count(after, to.key) === to.count + 1,
        `the API counts ${from.key} ${count(after, from.key)} (was ${from.count}), ${to.key} ${count(after, to.key)} (was ${to.count})`,
      );
      await checkBoard(after, 'ja');

      const journey = await getJson(page, `/api/v1/accounts/${account.id}/journey`);
      assert(journey.stage === to.key, `the account is in ${journey.stage}, not ${to.key}`);
      const last = journey.transitions[0];
      assert(
        last && last.from === from.key && last.to === to.key && last.note === note,
        `the newest transition is ${JSON.stringify(last)}`,
      );
      assert(last.by_user !== null || last.by_label, 'the transition does not say who moved it');

      await page.reload({ waitUntil: 'domcontentloaded' });
      await boardLoaded();
      await checkBoard(after, 'ja');
      await shot('journey-board-moved.png');
      return { id: account.id, name: account.name, from: from.key, to: to.key, note };
    },
  );

  await step(
    'journey: the funnel’s table is the API’s (the first stage’s reached figure, every row)',
    async () => {
      await testId('journey-tab-funnel').click();
      await page.locator('[data-testid="funnel-table"][data-loading="false"]').waitFor();
      await page.locator('[data-testid="funnel-chart"][data-ready="true"]').waitFor();
      const funnel = await getJson(page, '/api/v1/journey/funnel');
      const rows = await page
        .locator('[data-testid="funnel-row"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-stage')));
      assert(
        rows.join(',') === funnel.stages.map((s) => s.key).join(','),
        `the rows are ${rows.join(',')}`,
      );
      const first = await testId('funnel-row').first().getByTestId('funnel-reached').innerText();
      assert(
        digits(first) === funnel.stages[0].reached,
        `the first stage reached ${first}, the API says ${funnel.stages[0].reached}`,
      );
      const churned = funnel.stages.at(-1);
      assert(churned.moment === 'churned', `the last row is ${churned.key}, not churned`);
      assert(
        (await testId('funnel-moment').count()) === funnel.moments.length,
        'not every moment has its summary',
      );
      console.log(
        `     ${funnel.accounts} accounts; ${funnel.stages.map((s) => `${s.key} ${s.reached}`).join(', ')}`,
      );
      await shot('journey-funnel.png');
    },
  );

  await step(
    'journey: the account’s ジャーニー tab shows the move, who made it and the note',
    async () => {
      await page.goto(`${baseUrl}/app/accounts/${moved.id}`, { waitUntil: 'domcontentloaded' });
      await testId('account-page').waitFor();
      assert(
        (await testId('tab-journey').innerText()).trim() === 'ジャーニー',
        `the tab is labelled 「${await testId('tab-journey').innerText()}」`,
      );
      await testId('tab-journey').click();
      await testId('journey-tab').waitFor();
      assert(
        (await testId('journey-current').getAttribute('data-stage')) === moved.to,
        'the tab does not show the new stage',
      );
      const newest = testId('transition').first();
      assert(
        (await newest.getAttribute('data-from')) === moved.from &&
          (await newest.getAttribute('data-to')) === moved.to,
        'the newest transition is not the move',
      );
      assert(
        (await newest.getByTestId('transition-note').innerText()).trim() === moved.note,
        'the transition does not show the note',
      );
      const name = stages.find((s) => s.key === moved.to).name_ja;
      assert(
        (await testId('journey-stage').innerText()).includes(name),
        `the stage badge does not say 「${name}」`,
      );
      await shot('account-journey.png');
    },
  );

  await step(
    'journey settings: the stages and rules as the API has them; a dry run of the rules',
    async () => {
      await page.goto(`${baseUrl}/app/journey/settings`, { waitUntil: 'domcontentloaded' });
      await testId('stage-editor').waitFor();
      await testId('stage-row').first().waitFor();
      assert(
        (await testId('stage-row').count()) === stages.length,
        `${await testId('stage-row').count()} stage rows, the API has ${stages.length}`,
      );
      const rules = await getJson(page, '/api/v1/journey/rules');
      if (rules.data.length) await testId('rule-row').first().waitFor();
      assert(
        (await testId('rule-row').count()) === rules.data.length,
        `${await testId('rule-row').count()} rules shown, the API has ${rules.data.length}`,
      );
      const ran = page.waitForResponse(
        (r) => r.url().endsWith('/api/v1/journey/rules/run') && r.request().method() === 'POST',
      );
      await testId('rule-run-preview').click();
      const answer = await ran;
      assert(answer.status() === 200, `POST /api/v1/journey/rules/run answered ${answer.status()}`);
      assert(answer.request().postDataJSON().dry_run === true, 'the preview was not a dry run');
      const result = await answer.json();
      await testId('rule-run-summary').waitFor();
      assert(
        (await testId('rule-run-move').count()) === result.moves.length,
        `${await testId('rule-run-move').count()} moves listed, the API ${result.moves.length}`,
      );
      console.log(`     dry run: ${result.evaluated} evaluated, ${result.moved} would move`);
      await shot('journey-settings.png');
    },
  );

  const handoff = await step(
    'hand-off: an account without one — an empty state, the form, saved, who recorded it, its fit score shown',
    async () => {
      const list = (await getJson(page, '/api/v1/accounts?limit=100')).data;
      let target = null;
      for (const account of list.slice(0, 60)) {
        const answer = await page.request.get(`${baseUrl}/api/v1/accounts/${account.id}/handoff`, {
          failOnStatusCode: false,
        });
        // No hand-off yet is a null answer (200), not an error.
        if (!answer.ok() || (await answer.json()) !== null) continue;
        const contacts = (
          await getJson(page, `/api/v1/contacts?account_id=${account.id}&limit=10`)
        ).data.filter((c) => !c.departed);
        if (contacts.length === 0) continue;
        target = { account, contacts };
        break;
      }
      assert(target, 'no account among the first 60 is without a hand-off and with a contact');
      const { account, contacts } = target;
      console.log(`     account #${account.id} 「${account.name}」`);
      const templates = (await getJson(page, '/api/v1/success-plan-templates')).data;
      const template = templates.find((t) => t.name === TEMPLATE_NAME);

      await page.goto(`${baseUrl}/app/accounts/${account.id}`, { waitUntil: 'domcontentloaded' });
      await testId('tab-handoff').click();
      // No hand-off yet (the server answers null): an empty state, not an error; its button opens the form.
      await testId('handoff-empty').waitFor();
      assert(
        (await testId('error-banner').count()) === 0,
        'the missing hand-off shows as an error',
      );
      await shot('account-handoff-empty.png');
      await testId('handoff-start').click();
      await testId('handoff-form').waitFor();
      const why = '営業の報告作業が多く、顧客と話す時間が取れていなかった（e2e）';
      await testId('handoff-why').fill(why);
      await testId('handoff-outcome-0').fill('週次報告の作成時間を半分にする');
      await testId('handoff-outcome-add').click();
      await testId('handoff-outcome-1').fill('全営業が毎週使う');
      await testId('handoff-contact-0').selectOption(String(contacts[0].id));
      assert(
        (await testId('handoff-stakeholder-name-0').inputValue()) === contacts[0].name,
        'picking a contact did not fill the name',
      );
      await testId('handoff-stakeholder-role-0').selectOption('champion');
      await testId('handoff-stakeholder-note-0').fill('推進役');
      await testId('handoff-stakeholder-add').click();
      await testId('handoff-stakeholder-name-1').fill('木下 部長');
      await testId('handoff-stakeholder-role-1').selectOption('decision_maker');
      await testId('handoff-sales-owner').fill('営業部 木村');
      if (template) await testId('handoff-template').selectOption(template.key);
      await shot('account-handoff-form.png');
      const posted = page.waitForResponse(
        (r) =>
          r.url().endsWith(`/api/v1/accounts/${account.id}/handoff`) &&
          r.request().method() === 'POST',
      );
      await testId('handoff-save').click();
      const answer = await posted;
      assert(
        answer.status() === 201,
        `POST /api/v1/accounts/${account.id}/handoff answered ${answer.status()}: ${(await answer.text()).slice(0, 200)}`,
      );
      const sent = answer.request().postDataJSON();
      assert(
        sent.stakeholders.length === 2 &&
          sent.stakeholders[0].contact_id === contacts[0].id &&
          sent.stakeholders[1].contact_id === null,
        `the stakeholders sent: ${JSON.stringify(sent.stakeholders)}`,
      );
      const body = await answer.json();
      await testId('handoff-view').waitFor();
      // Who recorded it: the signed-in admin, by name (not "—").
      const me = await getJson(page, '/api/v1/auth/me');
      const when = await testId('handoff-when').innerText();
      assert(
        when.includes(me.user.name || me.user.email),
        `the hand-off says 「${when}」, not who recorded it (${me.user.name})`,
      );
      const shown = await testId('fit-at-handoff-score').getAttribute('data-score');
      assert(
        Number(shown) === body.handoff.fit_score,
        `the fit at hand-off shows ${shown}, the API ${body.handoff.fit_score}`,
      );
      const fit = await getJson(page, `/api/v1/accounts/${account.id}/fit`);
      assert(
        Number(await testId('fit-now-score').getAttribute('data-score')) === fit.score,
        'the fit now is not the API’s',
      );
      const stored = await getJson(page, `/api/v1/accounts/${account.id}/handoff`);
      assert(
        stored.why_bought === why && stored.expected_outcomes.length === 2,
        `the server kept ${JSON.stringify(stored).slice(0, 200)}`,
      );
      if (body.plan) {
        assert(
          (await testId('handoff-plan-link').getAttribute('href')).endsWith(`plan=${body.plan.id}`),
          'the hand-off does not link to its plan',
        );
        assert(
          stored.plan_id === body.plan.id,
          'the hand-off does not point to the plan made with it',
        );
      }
      console.log(
        `     fit at hand-off ${body.handoff.fit_score}, now ${fit.score}; plan ${body.plan ? `#${body.plan.id}` : 'none'}`,
      );
      await shot('account-handoff.png');
      return { account, body };
    },
  );

  await step('hand-offs: the poor-fit list is the API’s; the ICP', async () => {
    await testId('nav-handoffs').click();
    await testId('handoffs-page').waitFor();
    const list = await getJson(page, '/api/v1/handoffs?fit_below=50&since_days=180&limit=50');
    if (list.data.length) {
      await page.locator('[data-testid="handoffs-table"][data-loading="false"]').waitFor();
      assert(
        (await testId('handoff-row').count()) === list.data.length,
        `${await testId('handoff-row').count()} rows, the API has ${list.data.length}`,
      );
      assert(
        (await testId('handoff-row').first().getAttribute('data-account-id')) ===
          String(list.data[0].account_id),
        'the newest hand-off is not first',
      );
    } else {
      await page.locator('[data-testid="handoffs-panel-list"] .empty').waitFor();
    }
    const ours = list.data.some((h) => h.account_id === handoff.account.id);
    assert(
      ours === handoff.body.handoff.fit_score < 50,
      'the new hand-off is listed (or not) against its fit score',
    );
    console.log(`     ${list.data.length} poor-fit hand-offs in 180 days`);
    assert(
      (await page.title()) === '適合度の低い引き継ぎ · 引き継ぎ · Banso',
      `the page is titled 「${await page.title()}」`,
    );
    await shot('handoffs.png');
    await testId('handoffs-tab-icp').click();
    await testId('icp-editor').waitFor();
    const icp = await getJson(page, '/api/v1/icp');
    if (icp.criteria.length) await testId('icp-row').first().waitFor();
    assert(
      (await testId('icp-row').count()) === icp.criteria.length,
      `${await testId('icp-row').count()} criteria shown, the API has ${icp.criteria.length}`,
    );
    await shot('icp.png');
  });

  await step('journey and hand-offs in English', async () => {
    await testId('lang-en').click();
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.goto(`${baseUrl}/app/journey`, { waitUntil: 'domcontentloaded' });
    await boardLoaded();
    assert(
      (await testId('journey-tab-board').innerText()).trim() === 'Board',
      'the board tab is not labelled Board',
    );
    assert(
      (await testId('nav-journey').innerText()).trim() === 'Journey',
      'the nav does not say Journey',
    );
    await checkBoard(await getJson(page, '/api/v1/journey/board?per_stage=25'), 'en');
    assert(
      (await testId('board-moment').first().innerText()).includes('ZMOT (searching)'),
      'the first moment is not labelled in English',
    );
    await shot('journey-board-en.png');
    await testId('journey-tab-funnel').click();
    await page.locator('[data-testid="funnel-chart"][data-ready="true"]').waitFor();
    await shot('journey-funnel-en.png');
    await page.goto(`${baseUrl}/app/accounts/${moved.id}?tab=journey`, {
      waitUntil: 'domcontentloaded',
    });
    await testId('journey-tab').waitFor();
    assert(
      (await testId('tab-journey').innerText()).trim() === 'Journey',
      'the journey tab is not labelled Journey',
    );
    await shot('account-journey-en.png');
    await page.goto(`${baseUrl}/app/accounts/${handoff.account.id}?tab=handoff`, {
      waitUntil: 'domcontentloaded',
    });
    await testId('handoff-view').waitFor();
    assert(
      (await testId('fit-at-handoff').innerText()).includes('Fit at hand-off'),
      'the fit is not labelled in English',
    );
    await shot('account-handoff-en.png');
    await page.goto(`${baseUrl}/app/handoffs`, { waitUntil: 'domcontentloaded' });
    await testId('handoffs-page').waitFor();
    await page.waitForFunction(() => !document.querySelector('[data-testid="loading"], .skeleton'));
    await shot('handoffs-en.png');
    await testId('lang-ja').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
  });
  return { moved, handoff };
}
