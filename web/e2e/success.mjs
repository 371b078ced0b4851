// Browser steps for the customer's own success (issue 5), run by e2e/run.mjs after sign-in (as
// an admin, in Japanese), with the account run.mjs found:
//   the success tab (self-sufficiency, plans) → a plan from the template 「営業DX導入 90日」 in
//   one click → its first milestone marked achieved, saved, still achieved after a reload (and
//   in the history) → the printable page and its Markdown download → the templates page → the
//   relationships tab (the breadth figure, warnings and contact cards as the API says) → the
//   same pages in English → the plan deleted again.
//
//   import { successSteps } from './success.mjs';
//   await successSteps(page, baseUrl, { step, assert, getJson, screenshotDir, account });
//
// `step(name, fn)`, `assert(condition, message)` and `getJson(page, path)` are run.mjs's.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

const TEMPLATE_NAME = '営業DX導入 90日';

export async function successSteps(
  page,
  baseUrl,
  { step, assert, getJson, screenshotDir, account },
) {
  const testId = (id) => page.getByTestId(id);
  const shot = (name, fullPage = true) =>
    page.screenshot({ path: join(screenshotDir, name), fullPage });
  const editorOf = (id) => page.locator(`[data-testid="plan-editor"][data-plan-id="${id}"]`);

  await step(
    'success: the account’s success tab shows its self-sufficiency and plans',
    async () => {
      await page.goto(`${baseUrl}/app/accounts/${account.id}`, { waitUntil: 'domcontentloaded' });
      await testId('account-page').waitFor();
      assert(
        (await testId('tab-success').innerText()).trim() === '成功計画',
        `the success tab is labelled 「${await testId('tab-success').innerText()}」`,
      );
      await testId('tab-success').click();
      await testId('success').waitFor();
      const self = await getJson(page, `/api/v1/accounts/${account.id}/self-sufficiency`);
      await page.locator(`[data-testid="self-sufficiency"][data-level="${self.level}"]`).waitFor();
      assert(
        (await testId('self-sufficiency').innerText()).includes('自走'),
        'the self-sufficiency card does not name the levels',
      );
    },
  );

  const plan = await step(
    `success: a plan from the template 「${TEMPLATE_NAME}」 in one click`,
    async () => {
      const templates = (await getJson(page, '/api/v1/success-plan-templates')).data;
      const template = templates.find((t) => t.name === TEMPLATE_NAME);
      assert(
        template,
        `no template is named 「${TEMPLATE_NAME}」: ${templates.map((t) => t.name).join(', ')}`,
      );
      await testId('plan-new').click();
      await testId('new-plan').waitFor();
      await page.locator(`[data-testid="template-choice"][data-key="${template.key}"]`).click();
      await shot('success-new-plan.png', false);
      const created = page.waitForResponse(
        (r) =>
          r.url().endsWith('/api/v1/success-plans/from-template') &&
          r.request().method() === 'POST',
      );
      await testId('new-plan-create').click();
      const answer = await created;
      assert(
        answer.status() === 201,
        `POST /api/v1/success-plans/from-template answered ${answer.status()}`,
      );
      const body = await answer.json();
      await editorOf(body.id).waitFor();
      assert(
        (await testId('plan-title').inputValue()) === TEMPLATE_NAME,
        `the editor's title is 「${await testId('plan-title').inputValue()}」`,
      );
      assert(
        (await testId('objective').count()) === template.objectives.length,
        `the editor shows ${await testId('objective').count()} objectives, the template has ${template.objectives.length}`,
      );
      assert(
        new URL(page.url()).searchParams.get('plan') === String(body.id),
        `the plan is not in the address: ${page.url()}`,
      );
      const badges = await testId('objective-type').allInnerTexts();
      assert(
        badges.some((b) => b.includes('CO') && b.includes('成果')),
        `no CO 成果 badge: ${badges.join(' | ')}`,
      );
      assert(
        body.objectives[0]?.milestones?.length > 0,
        'the first objective of the new plan has no milestone',
      );
      return body;
    },
  );

  await step(
    'success: mark the first milestone achieved and save; after a reload it still is',
    async () => {
      const first = editorOf(plan.id).getByTestId('milestone').first();
      assert(
        (await first.getAttribute('data-achieved')) === 'false',
        'the first milestone of a new plan is already achieved',
      );
      await first.getByTestId('milestone-toggle').click();
      assert(
        (await first.getAttribute('data-achieved')) === 'true',
        'the milestone did not turn achieved',
      );
      const saved = page.waitForResponse(
        (r) =>
          r.url().endsWith(`/api/v1/success-plans/${plan.id}`) && r.request().method() === 'PATCH',
      );
      await testId('plan-save').click();
      const answer = await saved;
      assert(
        answer.status() === 200,
        `PATCH /api/v1/success-plans/${plan.id} answered ${answer.status()}: ${(await answer.text()).slice(0, 200)}`,
      );
      const sent = answer.request().postDataJSON();
      assert(
        sent.version === plan.version,
        `the save sent version ${sent.version}, the plan was read at ${plan.version}`,
      );
      assert(
        sent.objectives[0].id === plan.objectives[0].id &&
          sent.objectives[0].milestones[0].id === plan.objectives[0].milestones[0].id,
        'the save did not keep the items’ ids',
      );
      await testId('plan-saved').waitFor();

      await page.reload({ waitUntil: 'domcontentloaded' });
      await editorOf(plan.id).waitFor();
      const again = editorOf(plan.id).getByTestId('milestone').first();
      assert(
        (await again.getAttribute('data-achieved')) === 'true',
        'after a reload the first milestone is not achieved',
      );
      assert(
        (await again.getByTestId('milestone-achieved-on').count()) === 1,
        'the achieved milestone does not say when',
      );
      const stored = await getJson(page, `/api/v1/success-plans/${plan.id}`);
      assert(stored.objectives[0].milestones[0].achieved_on, 'the server did not keep achieved_on');
      assert(stored.version === plan.version + 1, `the plan is at version ${stored.version}`);
      await page.locator('[data-testid="history-entry"][data-version="2"]').waitFor();
      assert(
        (await testId('history-line').count()) >= 1,
        'the history shows no change for version 2',
      );
      await shot('success-plan.png');
    },
  );

  await step('success: the printable page, and the plan as Markdown', async () => {
    await testId('plan-print-link').click();
    await testId('print-sheet').waitFor();
    assert(
      (await testId('print-sheet').innerText()).includes(TEMPLATE_NAME),
      'the printable page does not show the plan title',
    );
    assert(
      (await testId('print-objective').count()) === plan.objectives.length,
      'the printable page does not list every objective',
    );
    assert(
      (await page.locator('nav, .sidebar').count()) === 0,
      'the printable page shows the console navigation',
    );
    const downloading = page.waitForEvent('download');
    await testId('plan-markdown').click();
    const download = await downloading;
    assert(
      download.suggestedFilename().endsWith('.md'),
      `the download is named ${download.suggestedFilename()}`,
    );
    const markdown = await readFile(await download.path(), 'utf8');
    assert(
      markdown.startsWith(`# ${TEMPLATE_NAME}\n`),
      `the Markdown starts 「${markdown.slice(0, 40)}」`,
    );
    assert(
      markdown.includes('- [x] ') && markdown.includes('- [ ] '),
      'the Markdown has no milestone checklist with the achieved one ticked',
    );
    assert(
      markdown.includes(`## `) && markdown.includes('| '),
      'the Markdown has no sections or KPI table',
    );
    await shot('plan-print.png');
    await page.emulateMedia({ media: 'print' });
    await shot('plan-print-media.png');
    await page.emulateMedia({ media: 'screen' });
  });

  await step('success: the templates page lists the templates with their objectives', async () => {
    await page.goto(`${baseUrl}/app/accounts`, { waitUntil: 'domcontentloaded' });
    await testId('nav-success-templates').click();
    await testId('templates-page').waitFor();
    const templates = (await getJson(page, '/api/v1/success-plan-templates')).data;
    await testId('template-card').first().waitFor();
    assert(
      (await testId('template-card').count()) === templates.length,
      `the page shows ${await testId('template-card').count()} templates, the API ${templates.length}`,
    );
    const objectives = templates.reduce((n, t) => n + t.objectives.length, 0);
    assert(
      (await testId('template-objective').count()) === objectives,
      'the page does not list every template objective',
    );
    await shot('success-templates.png');
  });

  const map = await step(
    'relationships: the breadth figure, the warnings and the contacts by role',
    async () => {
      const map = await getJson(page, `/api/v1/accounts/${account.id}/relationships`);
      console.log(
        `     breadth ${map.breadth}, warnings [${map.warnings.join(', ')}], ${map.contacts.length} contacts`,
      );
      await page.goto(`${baseUrl}/app/accounts/${account.id}`, { waitUntil: 'domcontentloaded' });
      await testId('tab-relationships').click();
      await testId('relationships').waitFor();
      assert(
        (await testId('tab-relationships').innerText()).trim() === '関係マップ',
        'the relationships tab is not labelled 関係マップ',
      );
      const breadth = (await testId('relationship-breadth').innerText()).trim();
      assert(
        breadth === String(map.breadth),
        `the breadth shows 「${breadth}」, the API says ${map.breadth}`,
      );
      assert(
        (await testId('relationship-warning').count()) === map.warnings.length,
        `${await testId('relationship-warning').count()} warnings shown, the API has ${map.warnings.length}`,
      );
      if (map.warnings.includes('single_threaded') && map.breadth === 1) {
        assert(
          (await testId('relationship-warning').first().innerText()).includes('一人に依存'),
          'the single-threaded warning does not say the relationship hangs on one person',
        );
      }
      assert(
        (await testId('relationship-contact').count()) === map.contacts.length,
        'not every contact has a card',
      );
      assert(
        (await page
          .locator('[data-testid="relationship-contact"][data-departed="true"]')
          .count()) === map.contacts.filter((c) => c.departed).length,
        'departed contacts are not marked',
      );
      await shot('account-relationships.png');
      return map;
    },
  );

  await step('relationships: an account whose champion has left shows it', async () => {
    // The account above may have a quiet map; look for one with more to show (a few API calls).
    const list = (await getJson(page, '/api/v1/accounts?limit=60')).data;
    for (const candidate of list) {
      const other = await getJson(page, `/api/v1/accounts/${candidate.id}/relationships`);
      if (!other.warnings.includes('champion_departed') || other.contacts.length < 3) continue;
      await page.goto(`${baseUrl}/app/accounts/${candidate.id}?tab=relationships`, {
        waitUntil: 'domcontentloaded',
      });
      await testId('relationships').waitFor();
      const warning = page.locator(
        '[data-testid="relationship-warning"][data-warning="champion_departed"]',
      );
      assert(
        (await warning.innerText()).includes(other.departed_champions[0]),
        'the warning does not name the champion who left',
      );
      assert(
        (await testId('relationship-breadth').innerText()).trim() === String(other.breadth),
        'the breadth does not follow the API',
      );
      console.log(
        `     account #${candidate.id}: breadth ${other.breadth}, champion gone: ${other.departed_champions.join(', ')}`,
      );
      await shot('account-relationships-warnings.png');
      return;
    }
    console.log('     (no account among the first 60 has a departed champion and three contacts)');
  });

  await step('success and relationships in English', async () => {
    await testId('lang-en').click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="tab-relationships"]')?.textContent?.trim() ===
        'Relationships',
    );
    assert(
      (await testId('relationships').innerText()).includes('Relationship breadth'),
      'the breadth is not labelled in English',
    );
    await shot('account-relationships-en.png');
    await page.goto(`${baseUrl}/app/accounts/${account.id}?tab=success&plan=${plan.id}`, {
      waitUntil: 'domcontentloaded',
    });
    await editorOf(plan.id).waitFor();
    assert(
      (await testId('tab-success').innerText()).trim() === 'Success plan',
      'the success tab is not labelled Success plan',
    );
    const badges = await testId('objective-type').allInnerTexts();
    assert(
      badges.some((b) => b.includes('Outcome')),
      `no Outcome badge in English: ${badges.join(' | ')}`,
    );
    await testId('history-entry').first().waitFor();
    await shot('success-plan-en.png');
    await page.goto(`${baseUrl}/app/plans/${plan.id}/print`, { waitUntil: 'domcontentloaded' });
    await testId('print-sheet').waitFor();
    await shot('plan-print-en.png');
    await testId('lang-ja').click();
    await page.waitForFunction(() => document.documentElement.lang === 'ja');
  });

  await step('success: delete the plan again (API)', async () => {
    const me = await getJson(page, '/api/v1/auth/me');
    const answer = await page.request.delete(`${baseUrl}/api/v1/success-plans/${plan.id}`, {
      headers: { 'X-CSRF-Token': me.csrf_token },
      failOnStatusCode: false,
    });
    assert(
      answer.status() === 204,
      `DELETE /api/v1/success-plans/${plan.id} answered ${answer.status()}`,
    );
  });
  return { plan, map };
}
