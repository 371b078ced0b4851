// Browser steps for staff management (admins), run by e2e/run.mjs after the journey steps (as an
// admin, in Japanese):
//   /staff through the navigation (スタッフ; every user the API lists) → a colleague added as a
//   CSM (a weak password first: refused, the server's reason worded in Japanese by the field; then a random
//   20-character one) → their role changed to marketer in their panel (checked through the API)
//   → their password reset → they sign in with it in a second browser context (cookies of its
//   own) and see the console → disabled by the admin: their next navigation lands on the
//   sign-in page, their API calls answer 401 → enabled again: they sign in again → every
//   session of theirs ended from the panel (the count shown; their page lands on sign-in) → an
//   API token of the admin's revoked from the admin's panel (the token is refused at once) →
//   the page and the panel in English.
//
//   import { staffSteps } from './staff.mjs';
//   await staffSteps(page, baseUrl, { step, assert, getJson, screenshotDir, browser });
//
// `step(name, fn)`, `assert(condition, message)` and `getJson(page, path)` are run.mjs's;
// `browser` is its Chromium, for the colleague's own context. The steps leave the colleague
// they add disabled (users cannot be deleted) and the token they make revoked.
import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { request } from 'playwright-core';

// No vowels, so that no dictionary word can turn up in a random password.
const PASSWORD_CHARS = 'bcdfghjkmnpqrstvwxzBCDFGHJKLMNPQRSTVWXZ23456789';
const randomPassword = (length = 20) =>
  Array.from({ length }, () => PASSWORD_CHARS[randomInt(PASSWORD_CHARS.length)]).join('');
// The console words the server's errors from its catalogue (src/lib/errorText.ts).
const ja = JSON.parse(readFileSync(new URL('../src/i18n/ja.json', import.meta.url), 'utf8'));

export async function staffSteps(page, baseUrl, { step, assert, getJson, screenshotDir, browser }) {
  const testId = (id) => page.getByTestId(id);
  const shot = (p, name, fullPage = true) =>
    p.screenshot({ path: join(screenshotDir, name), fullPage });
  const stamp = Date.now().toString(36);
  const colleague = {
    email: `e2e-staff-${stamp}@banso.example`,
    name: `木村 葵 ${stamp}`,
    password: randomPassword(),
  };
  const row = (email) => page.locator(`[data-testid="staff-row"][data-email="${email}"]`);
  const answerTo = (p, method, path) =>
    p.waitForResponse((r) => r.request().method() === method && new URL(r.url()).pathname === path);
  const me = (await getJson(page, '/api/v1/auth/me')).user;

  /** The answer has this status; else fails with what the server said (read only then: a 204 has no body). */
  async function expectStatus(answer, status, what) {
    if (answer.status() === status) return;
    const body = await answer.text().catch(() => '');
    throw new Error(`${what} answered ${answer.status()}, not ${status}: ${body.slice(0, 200)}`);
  }

  /** The colleague's row's status badge says `text`. */
  const statusIs = (email, text) =>
    page.waitForFunction(
      ([e, want]) =>
        document
          .querySelector(
            `[data-testid="staff-row"][data-email="${e}"] [data-testid="staff-status"]`,
          )
          ?.textContent?.trim() === want,
      [email, text],
    );

  async function openPanel(email) {
    await row(email).getByTestId('staff-manage').click();
    await testId('staff-dialog').waitFor();
    await page.locator('[data-testid="staff-tokens"][data-loading="false"]').waitFor();
  }
  async function closePanel() {
    await testId('staff-dialog-close').click();
    await testId('staff-dialog').waitFor({ state: 'detached' });
  }

  /** An admin's write through the API, as the console sends it (cookie, CSRF token, JSON). */
  async function apiWrite(method, path, body) {
    const { csrf_token: csrf } = await getJson(page, '/api/v1/auth/me');
    const answer = await page.request.fetch(`${baseUrl}${path}`, {
      method,
      headers: {
        'X-CSRF-Token': csrf,
        'Content-Type': 'application/json',
        Accept: 'application/json',
      },
      data: body === undefined ? undefined : JSON.stringify(body),
      failOnStatusCode: false,
    });
    assert(
      answer.ok(),
      `${method} ${path} answered ${answer.status()}: ${(await answer.text()).slice(0, 200)}`,
    );
    return answer.status() === 204 ? null : answer.json();
  }

  await step('staff: the page lists every user the API has, in Japanese', async () => {
    await page.goto(`${baseUrl}/app/accounts`, { waitUntil: 'domcontentloaded' });
    assert(
      (await testId('nav-staff').innerText()).trim() === 'スタッフ',
      `the nav says 「${await testId('nav-staff').innerText()}」`,
    );
    await testId('nav-staff').click();
    await testId('staff-table').waitFor();
    assert(new URL(page.url()).pathname === '/app/staff', `at ${page.url()}`);
    assert(
      (await testId('staff-title').innerText()).trim() === 'スタッフ',
      `the heading is 「${await testId('staff-title').innerText()}」`,
    );
    const headers = await page.locator('[data-testid="staff-table"] th').allInnerTexts();
    for (const want of ['名前', 'メールアドレス', '権限', '表示言語', '状態', '最終ログイン'])
      assert(
        headers.some((h) => h.trim() === want),
        `no column 「${want}」 in ${headers.join(' | ')}`,
      );
    const users = (await getJson(page, '/api/v1/users')).data;
    assert(
      (await testId('staff-row').count()) === users.length,
      `${await testId('staff-row').count()} rows, the API has ${users.length} users`,
    );
    const mine = row(me.email);
    assert(
      (await mine.getByTestId('staff-status').innerText()).trim() === '有効',
      'the admin is not shown 有効',
    );
    assert((await mine.innerText()).includes('あなた'), 'the admin’s own row does not say あなた');
    console.log(`     ${users.length} users`);
    await shot(page, 'staff.png');
  });

  const created = await step(
    'staff: add a colleague as a CSM; a weak password is refused with the server’s reason',
    async () => {
      await testId('staff-add').click();
      await testId('staff-add-dialog').waitFor();
      await testId('staff-new-email').fill(colleague.email);
      await testId('staff-new-name').fill(colleague.name);
      await testId('staff-new-role').selectOption('csm');
      await testId('staff-new-language').selectOption('ja');

      const weak = 'aaaaaaaaaaaaaaaa';
      await testId('password-new').fill(weak);
      await testId('password-confirm').fill(weak);
      const refused = answerTo(page, 'POST', '/api/v1/users');
      await testId('staff-add-submit').click();
      const refusal = await refused;
      await expectStatus(refusal, 400, 'POST /api/v1/users with a weak password');
      const reason = (await refusal.json()).error;
      assert(reason.field === 'password', `the refusal names ${reason.field}, not password`);
      assert(
        reason.reason.startsWith('weak_password'),
        `the refusal's reason is ${reason.reason} ${JSON.stringify(reason.params)}`,
      );
      // In Japanese: the catalogue's words for the reason, none of pwquality's English.
      const worded = ja.errors.reason[reason.reason];
      assert(
        typeof worded === 'string',
        `the Japanese catalogue has no words for ${reason.reason}`,
      );
      await testId('password-new-error').waitFor();
      assert(
        (await testId('password-new-error').innerText()).trim() === worded,
        `the field says 「${await testId('password-new-error').innerText()}」, not 「${worded}」 (the server: 「${reason.message}」)`,
      );
      console.log(`     weak password refused: 「${worded}」`);
      await shot(page, 'staff-add-refused.png', false);

      await testId('password-new').fill(colleague.password);
      await testId('password-confirm').fill(colleague.password);
      await shot(page, 'staff-add.png', false);
      const posted = answerTo(page, 'POST', '/api/v1/users');
      await testId('staff-add-submit').click();
      const answer = await posted;
      await expectStatus(answer, 201, 'POST /api/v1/users');
      const user = await answer.json();
      await testId('staff-add-dialog').waitFor({ state: 'detached' });
      await row(colleague.email).waitFor();
      await testId('staff-notice').waitFor();
      const stored = (await getJson(page, '/api/v1/users')).data.find(
        (u) => u.email === colleague.email,
      );
      assert(
        stored &&
          stored.id === user.id &&
          stored.role === 'csm' &&
          stored.language === 'ja' &&
          stored.disabled === false,
        `the API has ${JSON.stringify(stored)}`,
      );
      assert(
        (await row(colleague.email).getByTestId('staff-role').innerText()).trim() === 'CSM',
        'the new row does not say CSM',
      );
      console.log(`     user #${user.id} ${colleague.email}`);
      return user;
    },
  );

  await step('staff: change their role to marketer in their panel', async () => {
    await openPanel(colleague.email);
    await testId('staff-edit-role').selectOption('marketer');
    const patched = answerTo(page, 'PATCH', `/api/v1/users/${created.id}`);
    await testId('staff-save').click();
    const answer = await patched;
    await expectStatus(answer, 200, 'PATCH (role)');
    const sent = answer.request().postDataJSON();
    assert(
      sent.role === 'marketer' && typeof sent.version === 'number' && sent.name === undefined,
      `the save sent ${JSON.stringify(sent)}`,
    );
    await testId('staff-profile-message').waitFor();
    const stored = await getJson(page, `/api/v1/users/${created.id}`);
    assert(
      stored.role === 'marketer' && stored.version > created.version,
      `the API has role ${stored.role}, version ${stored.version}`,
    );
    assert(
      (await row(colleague.email).getByTestId('staff-role').innerText()).trim() ===
        'カスタマーマーケター',
      'the row does not say カスタマーマーケター',
    );
    await shot(page, 'staff-panel.png', false);
  });

  await step('staff: reset their password', async () => {
    colleague.password = randomPassword();
    await testId('staff-reset-password').click();
    await testId('staff-password-dialog').waitFor();
    await testId('password-new').fill(colleague.password);
    await testId('password-confirm').fill(colleague.password);
    await shot(page, 'staff-password.png', false);
    const posted = answerTo(page, 'POST', `/api/v1/users/${created.id}/password`);
    await testId('staff-password-submit').click();
    const answer = await posted;
    await expectStatus(answer, 204, 'POST /password');
    await testId('staff-signIn-message').waitFor();
    await closePanel();
  });

  const other = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    locale: 'ja-JP',
    deviceScaleFactor: 1,
  });
  try {
    const theirs = await other.newPage();
    theirs.setDefaultTimeout(15_000);
    const theirErrors = [];
    theirs.on('pageerror', (error) => theirErrors.push(error.message));
    const theirId = (id) => theirs.getByTestId(id);

    async function signIn() {
      await theirs.goto(`${baseUrl}/app/login`, { waitUntil: 'domcontentloaded' });
      await theirs.evaluate(() => localStorage.setItem('banso.lang', 'ja'));
      await theirs.reload({ waitUntil: 'domcontentloaded' });
      await theirId('login-email').fill(colleague.email);
      await theirId('login-password').fill(colleague.password);
      await theirId('login-submit').click();
      // The console, wherever it goes: back to the page they were sent away from, or Accounts.
      await Promise.race([
        theirId('current-user').waitFor(),
        theirId('login-error')
          .waitFor()
          .then(async () => {
            throw new Error(
              `the colleague could not sign in: ${await theirId('login-error').innerText()}`,
            );
          }),
      ]);
    }

    /** Their session is over: an API call answers 401 and the console is on the sign-in page. */
    async function signedOut(how) {
      const probe = await theirs.request.get(`${baseUrl}/api/v1/accounts?limit=1`, {
        failOnStatusCode: false,
      });
      assert(probe.status() === 401, `their API call answered ${probe.status()}, not 401`);
      const refused = theirs.waitForResponse(
        (r) => r.url().includes('/api/v1/') && r.status() === 401,
      );
      await how();
      await refused;
      await theirId('login-form').waitFor();
      assert(
        new URL(theirs.url()).pathname === '/app/login',
        `their page is at ${theirs.url()}, not the sign-in page`,
      );
    }

    await step(
      'staff: they sign in with the new password in a second browser context and see the console',
      async () => {
        await signIn();
        const chip = await theirId('current-user').innerText();
        assert(
          chip.includes(colleague.name) && chip.includes('カスタマーマーケター'),
          `the signed-in user is shown as 「${chip.replace(/\s+/g, ' ')}」`,
        );
        assert((await theirId('nav-staff').count()) === 0, 'a marketer sees the Staff navigation');
        await shot(theirs, 'staff-colleague.png', false);
      },
    );

    await step(
      'staff: disabled by the admin, their next navigation lands on the sign-in page (401)',
      async () => {
        await openPanel(colleague.email);
        await testId('staff-disable').click();
        await testId('staff-disable-confirm-row').waitFor();
        await shot(page, 'staff-disable-confirm.png', false);
        const patched = answerTo(page, 'PATCH', `/api/v1/users/${created.id}`);
        await testId('staff-disable-confirm').click();
        const answer = await patched;
        await expectStatus(answer, 200, 'PATCH (disable)');
        assert(
          answer.request().postDataJSON().disabled === true,
          'the disable did not send disabled: true',
        );
        await statusIs(colleague.email, '無効');
        assert(
          (await getJson(page, `/api/v1/users/${created.id}`)).disabled === true,
          'the API does not have them disabled',
        );
        await signedOut(() => theirId('nav-journey').click());
        await shot(theirs, 'staff-colleague-disabled.png', false);
      },
    );

    await step('staff: enabled again, they can sign in again', async () => {
      await testId('staff-enable').click();
      const patched = answerTo(page, 'PATCH', `/api/v1/users/${created.id}`);
      await testId('staff-enable-confirm').click();
      await expectStatus(await patched, 200, 'PATCH (enable)');
      await statusIs(colleague.email, '有効');
      await signIn();
    });

    await step(
      'staff: end all their sessions from the panel; the count is shown and their page lands on sign-in',
      async () => {
        await testId('staff-end-sessions').click();
        const ended = answerTo(page, 'DELETE', `/api/v1/users/${created.id}/sessions`);
        await testId('staff-end-sessions-confirm').click();
        const answer = await ended;
        await expectStatus(answer, 200, 'DELETE /sessions');
        const { ended: count } = await answer.json();
        assert(count >= 1, `the server ended ${count} sessions`);
        await testId('staff-signIn-message').waitFor();
        const said = await testId('staff-signIn-message').innerText();
        assert(
          said.includes(String(count)),
          `the panel says 「${said}」, the server ended ${count}`,
        );
        console.log(`     ${count} session(s) ended`);
        await signedOut(() =>
          theirs.goto(`${baseUrl}/app/accounts`, { waitUntil: 'domcontentloaded' }),
        );
        await closePanel();
        assert(
          theirErrors.length === 0,
          `uncaught errors in the colleague’s page: ${theirErrors.join(' | ')}`,
        );
      },
    );
  } finally {
    await other.close();
  }

  await step(
    'staff: an API token of the admin’s, revoked from their panel, is refused at once',
    async () => {
      const made = await apiWrite('POST', '/api/v1/tokens', { name: `e2e ${stamp}` });
      assert(made.token, 'the new token was not in the answer');
      const client = await request.newContext(); // no cookies: the token alone
      try {
        const call = () =>
          client.get(`${baseUrl}/api/v1/accounts?limit=1`, {
            headers: { Authorization: `Bearer ${made.token}` },
            failOnStatusCode: false,
          });
        assert((await call()).status() === 200, 'the new token does not work');
        await openPanel(me.email);
        const tokenRow = page.locator(
          `[data-testid="staff-token-row"][data-token-id="${made.id}"]`,
        );
        await tokenRow.waitFor();
        assert(
          (await tokenRow.getAttribute('data-state')) === 'active',
          'the new token is not shown active',
        );
        await tokenRow.getByTestId('staff-token-revoke').click();
        const revoked = answerTo(page, 'DELETE', `/api/v1/tokens/${made.id}`);
        await testId('staff-token-revoke-confirm').click();
        await expectStatus(await revoked, 204, 'DELETE /tokens');
        await page
          .locator(
            `[data-testid="staff-token-row"][data-token-id="${made.id}"][data-state="revoked"]`,
          )
          .waitFor();
        const stored = (await getJson(page, `/api/v1/users/${me.id}/tokens`)).data.find(
          (t) => t.id === made.id,
        );
        assert(stored?.revoked_at, `the API has the token as ${JSON.stringify(stored)}`);
        assert((await call()).status() === 401, 'the revoked token still works');
        await shot(page, 'staff-panel-tokens.png', false);
        await closePanel();
      } finally {
        await client.dispose();
      }
    },
  );

  await step('staff: the page and the panel in English', async () => {
    await testId('lang-en').click();
    await page.waitForFunction(
      () => document.querySelector('[data-testid="staff-title"]')?.textContent?.trim() === 'Staff',
    );
    assert(
      (await testId('nav-staff').innerText()).trim() === 'Staff',
      'the nav does not say Staff',
    );
    const headers = await page.locator('[data-testid="staff-table"] th').allInnerTexts();
    for (const want of ['Name', 'Email', 'Role', 'Language', 'Status', 'Last sign-in'])
      assert(
        headers.some((h) => h.trim() === want),
        `no column 「${want}」 in ${headers.join(' | ')}`,
      );
    assert(
      (await row(colleague.email).getByTestId('staff-status').innerText()).trim() === 'Active',
      'the colleague is not shown Active',
    );
    assert(
      (await row(colleague.email).getByTestId('staff-role').innerText()).trim() ===
        'Customer marketer',
      'the colleague is not shown as a Customer marketer',
    );
    await shot(page, 'staff-en.png');
    await openPanel(colleague.email);
    assert(
      (await testId('staff-save').innerText()).trim() === 'Save',
      'the panel is not in English',
    );
    await shot(page, 'staff-panel-en.png', false);
    await closePanel();
    await testId('lang-ja').click();
    await page.waitForFunction(
      () =>
        document.querySelector('[data-testid="staff-title"]')?.textContent?.trim() === 'スタッフ',
    );
  });

  await step('staff: the colleague disabled again, as the steps leave them', async () => {
    const user = await getJson(page, `/api/v1/users/${created.id}`);
    await apiWrite('PATCH', `/api/v1/users/${created.id}`, {
      version: user.version,
      disabled: true,
    });
  });
  return created;
}
