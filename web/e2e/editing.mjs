// Browser steps for recording and editing on the account page, run by e2e/run.mjs after the
// staff steps (as an admin), in Japanese on the account run.mjs found, then in English on an
// account billed in dollars:
//   a touchpoint logged from the header (the dialog's defaults: a meeting today; the summary
//   typed; the timeline shows it) → a contact added on the Contacts tab → the account's owner
//   and renewal date edited from the header, with a touch model set by hand and its reason (the
//   header shows them; the API has them, with the version moved on) → an NPS answer recorded on
//   the NPS tab by that contact → that contact (a champion) moved to another account through the
//   "record their new company" dialog (the account found by search; the row links the new
//   company; the new account's contacts and relationships tabs announce a former champion who
//   joined, linked back) → a contract added
//   on the Revenue tab, its amount typed in the currency's own unit (¥1,200,000 or $6,000.00)
//   and stored in the smallest unit → the unsaved-changes question when a dialog with a summary
//   typed is cancelled → the template editor opened and closed. Each dialog is photographed.
//   At the end what the steps made is deleted and the accounts' owner, renewal and touch model
//   put back.
//
//   import { editingSteps } from './editing.mjs';
//   await editingSteps(page, baseUrl, { step, assert, getJson, screenshotDir, account });
//
// `step(name, fn)`, `assert(condition, message)` and `getJson(page, path)` are run.mjs's.
import { join } from 'node:path';

const LANG = {
  ja: {
    tabTimeline: 'タイムライン',
    log: 'タッチポイントを記録',
    contactName: (stamp) => `山本 さくら ${stamp}`,
    summary: (stamp) => `e2e 電話で更新の意向を確認。次回は役員同席で打ち合わせ。${stamp}`,
    product: (stamp) => `Banso ビジネスプラン 追加 ${stamp}`,
    comment: '報告作業がとても楽になった',
    unsaved: '保存していない変更があります',
    tierReason: (stamp) => `e2e 戦略顧客として手厚く支援 ${stamp}`,
    tierReasonShown: '手動設定：',
    movedTitle: '経営企画部 部長',
    movedTo: '→ 新しい会社：',
    banner: '元チャンピオン',
    previously: (company) => `（以前は${company}）`,
  },
  en: {
    tabTimeline: 'Timeline',
    log: 'Log touchpoint',
    contactName: (stamp) => `Olivia Hart ${stamp}`,
    summary: (stamp) => `e2e Call about the renewal; next: a meeting with their VP. ${stamp}`,
    product: (stamp) => `Banso Business add-on ${stamp}`,
    comment: 'Reporting takes half the time now',
    unsaved: 'You have unsaved changes',
    tierReason: (stamp) => `e2e strategic logo, supported closely ${stamp}`,
    tierReasonShown: 'Set by hand: ',
    movedTitle: 'VP Operations',
    movedTo: '→ New company: ',
    banner: 'former champion',
    previously: (company) => ` (previously at ${company})`,
  },
};

/** The amount to type and what the API must store, by the currency's digits. */
function amountFor(currency) {
  const digits =
    new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions()
      .maximumFractionDigits ?? 2;
  return digits === 0
    ? { typed: '1,200,000', minor: 1_200_000, shown: '1,200,000' }
    : { typed: '6,000.00', minor: 6000 * 10 ** digits, shown: '6,000.00' };
}

export async function editingSteps(
  page,
  baseUrl,
  { step, assert, getJson, screenshotDir, account },
) {
  const testId = (id) => page.getByTestId(id);
  const shot = (name) => page.screenshot({ path: join(screenshotDir, name) });
  const answerTo = (method, path) =>
    page.waitForResponse(
      (r) => r.request().method() === method && new URL(r.url()).pathname === path,
    );
  const made = { touchpoints: [], surveys: [], contacts: [], contracts: [], accounts: [] };

  async function expectStatus(answer, status, what) {
    if (answer.status() === status) return answer.json();
    const body = await answer.text().catch(() => '');
    throw new Error(`${what} answered ${answer.status()}, not ${status}: ${body.slice(0, 300)}`);
  }

  async function openTab(accountId, tab) {
    await page.goto(`${baseUrl}/app/accounts/${accountId}?tab=${tab}`, {
      waitUntil: 'domcontentloaded',
    });
    await testId('account-page').waitFor();
    await testId(`panel-${tab}`).waitFor();
  }

  async function inLanguage(lang) {
    await page.evaluate((l) => localStorage.setItem('banso.lang', l), lang);
  }

  async function pass(lang, target, newCompany) {
    const words = LANG[lang];
    const stamp = `${lang}-${Date.now().toString(36)}`;
    const amount = amountFor(target.currency);
    let contact;

    await step(`editing (${lang}): log a touchpoint from the header in two clicks`, async () => {
      await inLanguage(lang);
      await openTab(target.id, 'timeline');
      assert(
        (await testId('tab-timeline').innerText()).trim() === words.tabTimeline,
        `the timeline tab is labelled 「${await testId('tab-timeline').innerText()}」`,
      );
      assert(
        (await testId('account-log-touchpoint').innerText()).trim() === words.log,
        `the header's button says 「${await testId('account-log-touchpoint').innerText()}」`,
      );
      await testId('account-log-touchpoint').click();
      await testId('touchpoint-dialog').waitFor();
      const today = await page.evaluate(() => {
        const d = new Date();
        return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
      });
      assert(
        (await testId('touchpoint-kind').inputValue()) === 'meeting',
        'the kind is not a meeting',
      );
      assert((await testId('touchpoint-day').inputValue()) === today, 'the day is not today');
      assert(
        await testId('touchpoint-summary').evaluate((el) => el === document.activeElement),
        'the summary does not have the focus',
      );
      const summary = words.summary(stamp);
      await page.keyboard.type(summary);
      await shot(`edit-touchpoint-${lang}.png`);
      const created = answerTo('POST', '/api/v1/touchpoints');
      await testId('touchpoint-dialog-save').click();
      const body = await expectStatus(await created, 201, 'POST /api/v1/touchpoints');
      made.touchpoints.push(body.id);
      await testId('touchpoint-dialog').waitFor({ state: 'detached' });
      await page
        .locator(`[data-testid="timeline-item"][data-touchpoint-id="${body.id}"]`)
        .filter({ hasText: summary })
        .waitFor();
      const stored = await getJson(page, `/api/v1/touchpoints/${body.id}`);
      assert(
        stored.summary === summary && stored.kind === 'meeting',
        'the API has another touchpoint',
      );
    });

    await step(`editing (${lang}): add a contact on the Contacts tab`, async () => {
      await openTab(target.id, 'contacts');
      await testId('contact-add').click();
      await testId('contact-dialog').waitFor();
      const name = words.contactName(stamp);
      await testId('contact-name').fill(name);
      await testId('contact-title').fill(lang === 'ja' ? 'DX推進室 室長' : 'Head of Operations');
      await testId('contact-email').fill(`e2e-${stamp}@example.com`);
      await testId('contact-role').selectOption('champion');
      await testId('contact-language').selectOption(lang);
      await testId('contact-consent').check();
      await shot(`edit-contact-${lang}.png`);
      const created = answerTo('POST', '/api/v1/contacts');
      await testId('contact-dialog-save').click();
      contact = await expectStatus(await created, 201, 'POST /api/v1/contacts');
      made.contacts.push(contact.id);
      await page.locator(`[data-testid="contact-row"][data-contact-id="${contact.id}"]`).waitFor();
      assert(
        (
          await page
            .locator(`[data-testid="contact-row"][data-contact-id="${contact.id}"]`)
            .innerText()
        ).includes(name),
        'the new row does not show the name',
      );
      assert(
        contact.role === 'champion' && contact.marketing_consent,
        'the API has another contact',
      );
    });

    await step(`editing (${lang}): change the owner and the renewal date`, async () => {
      const before = await getJson(page, `/api/v1/accounts/${target.id}`);
      made.accounts.push(before);
      const users = (await getJson(page, '/api/v1/users')).data;
      const owner = users.find((u) => !u.disabled && u.name && u.id !== before.owner_id);
      assert(owner, 'no other staff user to make the owner');
      const renewal = '2028-02-29';
      await testId('account-edit').click();
      await testId('account-dialog').waitFor();
      await page
        .locator('[data-testid="account-owner-select"] option', { hasText: owner.name })
        .first()
        .waitFor({ state: 'attached' });
      await testId('account-owner-select').selectOption(String(owner.id));
      await testId('account-renewal-input').fill(renewal);
      const tier = before.tier_override === 'high_touch' ? 'low_touch' : 'high_touch';
      const reason = words.tierReason(stamp);
      await testId('account-tier-override-select').selectOption(tier);
      await testId('account-tier-override-reason').fill(reason);
      await shot(`edit-account-${lang}.png`);
      const saved = answerTo('PATCH', `/api/v1/accounts/${target.id}`);
      await testId('account-dialog-save').click();
      const answer = await saved;
      const sent = answer.request().postDataJSON();
      assert(sent.version === before.version, `the save sent version ${sent.version}`);
      const after = await expectStatus(answer, 200, `PATCH /api/v1/accounts/${target.id}`);
      assert(
        after.owner_id === owner.id && after.renewal_date === renewal,
        'the API did not keep the owner and renewal',
      );
      assert(
        after.tier_override === tier && after.tier_override_reason === reason,
        `the API has the touch model ${after.tier_override} for 「${after.tier_override_reason}」`,
      );
      assert(after.version === before.version + 1, `the account is at version ${after.version}`);
      await testId('account-dialog').waitFor({ state: 'detached' });
      await page.waitForFunction(
        (name) =>
          document.querySelector('[data-testid="account-owner"]')?.textContent?.includes(name),
        owner.name,
      );
      assert(
        (await testId('account-renewal').innerText()).includes('2028'),
        `the header's renewal says 「${await testId('account-renewal').innerText()}」`,
      );
      await page.waitForFunction(
        (text) =>
          document.querySelector('[data-testid="account-tier-reason"]')?.textContent === text,
        words.tierReasonShown + reason,
      );
      await testId('account-header').screenshot({
        path: join(screenshotDir, `edit-tier-reason-${lang}.png`),
      });
    });

    await step(`editing (${lang}): record an NPS answer on the NPS tab`, async () => {
      await openTab(target.id, 'nps');
      await testId('survey-record').click();
      await testId('survey-dialog').waitFor();
      await testId('survey-contact').selectOption(String(contact.id));
      await testId('survey-score-9').click();
      await testId('survey-comment').fill(words.comment);
      await shot(`edit-survey-${lang}.png`);
      const created = answerTo('POST', '/api/v1/surveys');
      await testId('survey-dialog-save').click();
      const body = await expectStatus(await created, 201, 'POST /api/v1/surveys');
      made.surveys.push(body.id);
      assert(body.kind === 'nps' && body.score === 9, 'the API has another answer');
      await testId('survey-dialog').waitFor({ state: 'detached' });
      await testId('nps-table').filter({ hasText: contact.name }).waitFor();
    });

    await step(
      `editing (${lang}): the contact moves to another account (a former champion)`,
      async () => {
        await openTab(target.id, 'contacts');
        const row = page.locator(`[data-testid="contact-row"][data-contact-id="${contact.id}"]`);
        await row.getByTestId('contact-move').click();
        await testId('contact-move-dialog').waitFor();
        await testId('contact-move-account').fill(newCompany.name);
        const option = page.locator(
          `[data-testid="contact-move-account-option"][data-account-id="${newCompany.id}"]`,
        );
        await option.waitFor();
        await shot(`contact-move-search-${lang}.png`);
        assert(
          (await page
            .locator(`[data-testid="contact-move-account-option"][data-account-id="${target.id}"]`)
            .count()) === 0,
          'the account the contact leaves is offered',
        );
        await option.click();
        await testId('contact-move-account-chosen').filter({ hasText: newCompany.name }).waitFor();
        await testId('contact-move-role').selectOption('decision_maker');
        await testId('contact-move-title').fill(words.movedTitle);
        await shot(`contact-move-dialog-${lang}.png`);
        const posted = answerTo('POST', `/api/v1/contacts/${contact.id}/moves`);
        await testId('contact-move-dialog-save').click();
        const moved = await expectStatus(await posted, 201, 'POST /api/v1/contacts/{id}/moves');
        // The new contact goes before the one it links back to.
        made.contacts.unshift(moved.joined.id);
        assert(moved.left.departed, 'the contact who left is not departed');
        assert(
          moved.joined.account_id === newCompany.id &&
            moved.joined.previous_contact_id === contact.id &&
            moved.joined.role === 'decision_maker' &&
            moved.joined.title === words.movedTitle,
          'the API has another new contact',
        );
        await testId('contact-move-dialog').waitFor({ state: 'detached' });
        await testId('contact-moved').waitFor();
        const link = row.getByTestId('contact-moved-to-link');
        await link.waitFor();
        const movedTo = await row.getByTestId('contact-moved-to').innerText();
        assert(movedTo.trim() === words.movedTo + newCompany.name, `the row says 「${movedTo}」`);
        await shot(`contact-moved-row-${lang}.png`);

        // Followed through the link: the new account's contacts, where a CSM works.
        await link.click();
        await page.waitForURL((url) => url.pathname.endsWith(`/accounts/${newCompany.id}`));
        const banner = testId('former-champion-banner');
        // "A former champion joined: <name> (previously at <target>)", or a line of several.
        const expected = `${contact.name}${words.previously(target.name)}`;
        await banner.filter({ hasText: expected }).waitFor();
        assert((await banner.innerText()).includes(words.banner), 'the banner names no champion');
        assert(
          (await testId('contact-moved').count()) === 0,
          'the notice of the move is shown on the new account too',
        );
        const joinedRow = page.locator(
          `[data-testid="contact-row"][data-contact-id="${moved.joined.id}"]`,
        );
        const cameFrom = await joinedRow.getByTestId('contact-came-from').innerText();
        assert(cameFrom.includes(target.name), `the new contact's row says 「${cameFrom}」`);
        await shot(`contact-move-banner-contacts-${lang}.png`);

        // And on the relationships tab, linked back to the account they left.
        await openTab(newCompany.id, 'relationships');
        await banner.filter({ hasText: expected }).waitFor();
        const back = banner
          .getByTestId('former-champion')
          .filter({ hasText: contact.name })
          .getByTestId('former-champion-link');
        const href = await back.getAttribute('href');
        assert(
          href?.endsWith(`/accounts/${target.id}?tab=contacts`),
          `the banner links to ${href}`,
        );
        await shot(`contact-move-banner-${lang}.png`);
      },
    );

    await step(
      `editing (${lang}): add a contract, ${amount.typed} ${target.currency} sent as ${amount.minor}`,
      async () => {
        await openTab(target.id, 'revenue');
        await testId('contract-add').click();
        await testId('contract-dialog').waitFor();
        const product = words.product(stamp);
        await testId('contract-product').fill(product);
        await testId('contract-start_date').fill('2027-01-01');
        await testId('contract-end_date').fill('2027-12-31');
        await testId('contract-amount').fill(amount.typed);
        await testId('contract-seats').fill('25');
        await shot(`edit-contract-${lang}.png`);
        const dialog = await testId('contract-dialog').innerText();
        assert(!/minor/i.test(dialog), 'the contract dialog speaks of minor units');
        const created = answerTo('POST', '/api/v1/contracts');
        await testId('contract-dialog-save').click();
        const body = await expectStatus(await created, 201, 'POST /api/v1/contracts');
        made.contracts.push(body.id);
        assert(
          body.amount_minor === amount.minor && body.currency === target.currency,
          `the API stored ${body.amount_minor} ${body.currency}`,
        );
        const row = page.locator(`[data-testid="contract-row"][data-contract-id="${body.id}"]`);
        await row.waitFor();
        const shown = await row.getByTestId('contract-row-amount').innerText();
        assert(shown.includes(amount.shown), `the row shows the amount as 「${shown}」`);
      },
    );

    await step(
      `editing (${lang}): a dialog with a summary typed asks before it closes`,
      async () => {
        await testId('account-log-touchpoint').click();
        await testId('touchpoint-dialog').waitFor();
        await testId('touchpoint-summary').fill('書きかけ / half written');
        await testId('touchpoint-dialog-cancel').click();
        await testId('unsaved-dialog').waitFor();
        assert(
          (await testId('unsaved-dialog').innerText()).includes(words.unsaved),
          'the question is not in the page language',
        );
        await shot(`edit-unsaved-${lang}.png`);
        await testId('unsaved-leave').click();
        await testId('touchpoint-dialog').waitFor({ state: 'detached' });
      },
    );

    await step(`editing (${lang}): the template editor opens and closes`, async () => {
      await page.goto(`${baseUrl}/app/success-templates`, { waitUntil: 'domcontentloaded' });
      await testId('template-card').first().waitFor();
      await testId('template-edit').first().click();
      await testId('template-editor').waitFor();
      await shot(`edit-template-${lang}.png`);
      await testId('template-editor-cancel').click();
      await testId('template-editor').waitFor({ state: 'detached' });
      await testId('template-new').click();
      await testId('template-objective-add').click();
      await page.screenshot({
        path: join(screenshotDir, `edit-template-new-${lang}.png`),
        fullPage: true,
      });
      await testId('template-editor-cancel').click();
      await testId('template-editor').waitFor({ state: 'detached' });
    });
  }

  const list = (await getJson(page, '/api/v1/accounts?limit=200')).data;
  // Where each pass's contact moves: another account (one for each pass), found by its name.
  const taken = new Set([account.id]);
  const newCompanyFor = (target) => {
    const free = list.filter((a) => !taken.has(a.id) && a.id !== target.id);
    const company = free.find((a) => /[一-龯ァ-ン]/.test(a.name)) ?? free[0];
    taken.add(company.id);
    return company;
  };
  await pass('ja', account, newCompanyFor(account));
  const dollars = list.find((a) => a.currency === 'USD' && a.id !== account.id) ?? account;
  console.log(`     English on account #${dollars.id} 「${dollars.name}」 (${dollars.currency})`);
  await pass('en', dollars, newCompanyFor(dollars));

  await step('editing: put back what the steps changed (API)', async () => {
    const { csrf_token: csrf } = await getJson(page, '/api/v1/auth/me');
    const headers = { 'X-CSRF-Token': csrf, 'Content-Type': 'application/json' };
    const del = async (path) => {
      const answer = await page.request.delete(`${baseUrl}${path}`, {
        headers,
        failOnStatusCode: false,
      });
      assert(answer.status() === 204, `DELETE ${path} answered ${answer.status()}`);
    };
    for (const id of made.surveys) await del(`/api/v1/surveys/${id}`);
    for (const id of made.touchpoints) await del(`/api/v1/touchpoints/${id}`);
    for (const id of made.contracts) await del(`/api/v1/contracts/${id}`);
    for (const id of made.contacts) await del(`/api/v1/contacts/${id}`);
    for (const before of made.accounts) {
      const now = await getJson(page, `/api/v1/accounts/${before.id}`);
      const answer = await page.request.patch(`${baseUrl}/api/v1/accounts/${before.id}`, {
        headers,
        data: {
          version: now.version,
          owner_id: before.owner_id,
          renewal_date: before.renewal_date,
          tier_override: before.tier_override,
          tier_override_reason: before.tier_override_reason,
        },
        failOnStatusCode: false,
      });
      assert(
        answer.status() === 200,
        `PATCH /api/v1/accounts/${before.id} answered ${answer.status()}`,
      );
    }
    await inLanguage('ja');
  });
}
