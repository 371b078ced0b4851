// Browser steps for product usage (issue 4), run by e2e/run.mjs after sign-in (as an admin, in
// Japanese), with the account run.mjs found:
//   sources (create → the write key shown once) → live stream (the account's product usage sent
//   with that key: group, identify, a month of track and page calls; the rows appear, traits and
//   properties in the details, a rejected item highlighted; pause / resume / clear) → events
//   catalogue (search, sort, volume of one event) → feature mapping (add, check, save) → the
//   account's usage tab (figures, users with their active days; 90 days; English) → the mapping
//   put back → revoke the source (its key is then refused).
//
//   import { eventsSteps } from './events.mjs';
//   await eventsSteps(page, baseUrl, { step, assert, getJson, screenshotDir, account });
//
// `step(name, fn)`, `assert(condition, message)` and `getJson(page, path)` are run.mjs's.
// The steps leave the data as they found it, except the source they create (revoked) and the
// product usage they send for the account (a fresh demo database has none).
import { join } from 'node:path';

const DAY_MS = 86_400_000;
const FEATURE_NAMES = {
  report_exported: 'レポート出力',
  dashboard_viewed: 'ダッシュボード閲覧',
  report_created: 'レポート作成',
  search_performed: '検索',
};

/** The last `days` days to today, in UTC, as the console asks for them. */
function lastDays(days) {
  const now = new Date();
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
  return { from: iso(today - (days - 1) * DAY_MS), to: iso(today) };
}

/** Posts Segment-spec JSON to the tracking API with a write key (HTTP Basic, key as user name). */
function track(page, baseUrl, writeKey, path, body) {
  return page.request.post(`${baseUrl}${path}`, {
    headers: {
      Authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`,
      'Content-Type': 'application/json',
    },
    data: body,
    failOnStatusCode: false,
  });
}

/**
 * A month of product usage for one account, as an app instrumented with Segment would send it:
 * each user tied to the account (group) and identified (contacts by their email), then track and
 * page calls on their working days, at JST office hours. Deterministic but for the ids.
 */
function usageBatch(account, contacts, stamp) {
  const now = Date.now();
  const today = now - (now % DAY_MS);
  const groupId = account.external_id ?? account.domain;
  const users = [
    ...contacts.slice(0, 3).map((c) => ({
      userId: c.external_id ?? `e2e-${stamp}-c${c.id}`,
      traits: { email: c.email ?? undefined, name: c.name },
    })),
    { userId: `e2e-${stamp}-guest`, traits: null },
  ];
  const batch = [];
  const at = (daysAgo, hourUtc, minute) =>
    new Date(
      Math.min(today - daysAgo * DAY_MS + hourUtc * 3_600_000 + minute * 60_000, now - 60_000),
    ).toISOString();
  let n = 0;
  const id = () => `e2e-${stamp}-${++n}`;
  users.forEach((user, u) => {
    batch.push({
      type: 'group',
      userId: user.userId,
      groupId,
      traits: { name: account.name },
      timestamp: at(27, 0, u),
      messageId: id(),
    });
    if (user.traits)
      batch.push({
        type: 'identify',
        userId: user.userId,
        traits: user.traits,
        timestamp: at(27, 0, 10 + u),
        messageId: id(),
      });
  });
  for (let daysAgo = 27; daysAgo >= 0; daysAgo--) {
    users.forEach((user, u) => {
      const weekday = new Date(today - daysAgo * DAY_MS).getUTCDay();
      // The first user works every weekday, the others every second or third one.
      if (weekday === 0 || weekday === 6 || (daysAgo + u) % (u + 1) !== 0) return;
      const hour = (u * 3 + daysAgo) % 8;
      batch.push({
        type: 'page',
        userId: user.userId,
        name: 'Dashboard',
        properties: { path: '/dashboard', title: 'ダッシュボード' },
        timestamp: at(daysAgo, hour, 0),
        messageId: id(),
      });
      batch.push({
        type: 'track',
        userId: user.userId,
        event: 'dashboard_viewed',
        properties: { dashboard: 'ヘルススコア概要' },
        timestamp: at(daysAgo, hour, 1),
        messageId: id(),
      });
      if ((daysAgo + u) % 2 === 0)
        batch.push({
          type: 'track',
          userId: user.userId,
          event: 'report_exported',
          properties: { format: 'csv', rows: 120 + daysAgo },
          timestamp: at(daysAgo, hour, 20),
          messageId: id(),
        });
      if ((daysAgo + u) % 5 === 0)
        batch.push({
          type: 'track',
          userId: user.userId,
          event: 'report_created',
          properties: { template: '解約リスク一覧' },
          timestamp: at(daysAgo, hour, 40),
          messageId: id(),
        });
    });
  }
  return { batch, users, groupId };
}

export async function eventsSteps(
  page,
  baseUrl,
  { step, assert, getJson, screenshotDir, account },
) {
  const testId = (id) => page.getByTestId(id);
  const shot = (name, fullPage = true) =>
    page.screenshot({ path: join(screenshotDir, name), fullPage });
  const stamp = Date.now().toString(36);
  const chartDrawn = (id) =>
    page.locator(`[data-testid="${id}"][data-ready="true"] svg`).first().waitFor();

  const source = await step(
    'sources: create one; its write key is shown once, with the analytics-node snippet',
    async () => {
      await testId('nav-sources').click();
      await testId('sources-page').waitFor();
      const name = `E2E 送信元 ${stamp}`;
      await testId('source-create').click();
      await testId('source-name-error').waitFor(); // a name is required
      await testId('source-name').fill(name);
      await testId('source-rate').fill('1000');
      const created = page.waitForResponse(
        (r) => r.url().endsWith('/api/v1/sources') && r.request().method() === 'POST',
      );
      await testId('source-create').click();
      const answer = await created;
      assert(answer.status() === 201, `POST /api/v1/sources answered ${answer.status()}`);
      const body = await answer.json();
      await testId('write-key-panel').waitFor();
      const key = (await testId('write-key').innerText()).trim();
      assert(key === body.write_key && key.startsWith('bsk_'), `the page shows the key 「${key}」`);
      const snippet = await testId('write-key-snippet').innerText();
      assert(
        snippet.includes(key) && snippet.includes(`host: '${new URL(baseUrl).origin}'`),
        `the snippet is ${snippet}`,
      );
      const row = page.locator(`[data-testid="source-row"][data-source-id="${body.id}"]`);
      await row.waitFor();
      assert(
        (await row.innerText()).includes(body.key_prefix),
        'the new source’s row does not show its key prefix',
      );
      assert(
        key.startsWith(body.key_prefix),
        `key prefix ${body.key_prefix} is not the start of the key`,
      );
      await shot('sources-key.png');
      await testId('write-key-done').click();
      assert((await testId('write-key-panel').count()) === 0, 'the write key is still on the page');
      const listed = await getJson(page, '/api/v1/sources');
      assert(
        Array.isArray(listed.data),
        `GET /api/v1/sources has no data list: ${JSON.stringify(listed).slice(0, 120)}`,
      );
      assert(
        listed.data.some((s) => s.id === body.id),
        'GET /api/v1/sources does not list the new source',
      );
      assert(
        !JSON.stringify(listed).includes(key),
        'GET /api/v1/sources gives the write key again',
      );
      // The list as loaded (not only the row added by the page) shows it too.
      await page.reload({ waitUntil: 'domcontentloaded' });
      await row.waitFor();
      return { id: body.id, name, key };
    },
  );

  const sent = await step(
    `live stream: the account’s product usage arrives; traits, properties, a rejected item; pause, resume, clear`,
    async () => {
      const contacts = (
        await getJson(page, `/api/v1/contacts?account_id=${account.id}&limit=10`)
      ).data.filter((c) => !c.departed);
      const { batch, users, groupId } = usageBatch(account, contacts, stamp);
      assert(
        groupId,
        `account #${account.id} has neither an external id nor a domain to send as groupId`,
      );
      await page.goto(`${baseUrl}/app/events/stream?source=${source.id}`, {
        waitUntil: 'domcontentloaded',
      });
      await page.locator('[data-testid="stream-status"][data-state="open"]').waitFor();
      const live = `e2e-${stamp}-live`;
      const answer = await track(page, baseUrl, source.key, '/v1/batch', {
        batch: [
          ...batch,
          {
            type: 'track',
            event: 'report_exported',
            userId: users[0].userId,
            messageId: live,
            timestamp: new Date().toISOString(),
            properties: { 形式: 'CSV', 確認: '日本語のプロパティ' },
          },
          { type: 'track', userId: users[0].userId, messageId: `e2e-${stamp}-bad`, properties: {} },
        ],
      });
      const result = await answer.json();
      assert(
        answer.status() === 200 && result.success === true,
        `POST /v1/batch answered ${answer.status()} ${JSON.stringify(result).slice(0, 200)}`,
      );
      assert(
        result.rejected?.length === 1 && result.rejected[0].index === batch.length + 1,
        `rejected: ${JSON.stringify(result.rejected)}`,
      );
      console.log(
        `     sent ${batch.length + 2} messages for groupId ${groupId} (${users.length} users), 1 refused`,
      );

      const row = page.locator(`[data-testid="stream-row"][data-message-id="${live}"]`);
      await row.waitFor();
      assert(
        (await row.innerText()).includes('report_exported'),
        'the streamed row does not name the event',
      );
      await row.getByTestId('stream-expand').click();
      await page
        .getByTestId('stream-properties')
        .filter({ hasText: '日本語のプロパティ' })
        .waitFor();
      const identify = page.locator(`[data-testid="stream-row"][data-message-id="e2e-${stamp}-2"]`);
      if (users[0].traits) {
        assert(
          (await identify.innerText()).includes('ユーザー識別'),
          `the identify row reads 「${await identify.innerText()}」`,
        );
        await identify.getByTestId('stream-expand').click();
        const traits = page.getByTestId('stream-traits').filter({ hasText: users[0].traits.name });
        await traits.waitFor();
        await traits.scrollIntoViewIfNeeded();
        await shot('event-stream-traits.png', false);
      }
      const group = page.locator(`[data-testid="stream-row"][data-message-id="e2e-${stamp}-1"]`);
      assert(
        (await group.innerText()).includes(groupId),
        'the group row does not show the groupId',
      );
      const rejected = page.locator('[data-testid="stream-row"][data-kind="rejected"]').first();
      await rejected.waitFor();
      assert(
        (await rejected.innerText()).includes('event'),
        `the rejected row reads 「${await rejected.innerText()}」`,
      );
      // Newest first: the top of the table holds the row sent last, its properties open.
      await page.evaluate(() => {
        for (
          let el = document.querySelector('[data-testid="stream-table"]');
          el;
          el = el.parentElement
        )
          el.scrollTop = 0;
      });
      await shot('event-stream.png', false);

      await testId('stream-pause').click();
      const held = `e2e-${stamp}-held`;
      const single = await track(page, baseUrl, source.key, '/v1/track', {
        event: 'report_exported',
        userId: users[0].userId,
        messageId: held,
        properties: {},
      });
      assert(single.status() === 200, `POST /v1/track answered ${single.status()}`);
      await page.waitForFunction(() =>
        /[1-9]/.test(document.querySelector('[data-testid="stream-paused"]')?.textContent ?? ''),
      );
      assert(
        (await page.locator(`[data-testid="stream-row"][data-message-id="${held}"]`).count()) === 0,
        'a row appeared while paused',
      );
      await testId('stream-pause').click();
      await page.locator(`[data-testid="stream-row"][data-message-id="${held}"]`).waitFor();
      await testId('stream-clear').click();
      assert((await testId('stream-row').count()) === 0, 'clear left rows');
      return { messages: batch.length + 2 }; // the batch, the live row, the held row (not the refused item)
    },
  );

  await step(
    'events: the usage figures catch up with the log (GET /api/v1/events/status)',
    async () => {
      const deadline = Date.now() + 10_000;
      for (;;) {
        const answer = await page.request.get(`${baseUrl}/api/v1/events/status`, {
          failOnStatusCode: false,
        });
        assert(answer.ok(), `GET /api/v1/events/status answered ${answer.status()}`);
        const status = await answer.json();
        if (status.applied_position >= status.committed_position) return;
        assert(Date.now() < deadline, `still behind after 10 s: ${JSON.stringify(status)}`);
        await page.waitForTimeout(100);
      }
    },
  );

  await step(
    'events: the catalogue, its search and sort, and one event’s daily volume',
    async () => {
      await testId('nav-events').click();
      await testId('events-page').waitFor();
      await chartDrawn('volume-chart');
      const catalog = await getJson(page, '/api/v1/events/catalog');
      assert(Array.isArray(catalog), 'GET /api/v1/events/catalog is not a JSON array');
      for (const name of ['dashboard_viewed', 'report_exported', 'Dashboard'])
        assert(
          catalog.some((e) => e.name === name),
          `the catalogue has no ${name}`,
        );
      const rows = testId('catalog-row');
      await rows.first().waitFor();
      assert(
        (await rows.count()) === catalog.length,
        `the table shows ${await rows.count()} events, the API ${catalog.length}`,
      );
      await shot('events.png');

      await testId('catalog-sort-name').click();
      const sorted = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-name')));
      const expected = catalog.map((e) => e.name).sort((a, b) => a.localeCompare(b, 'en'));
      assert(
        JSON.stringify(sorted) === JSON.stringify(expected),
        `sorted by name: ${sorted.slice(0, 5).join(', ')}…`,
      );

      const target = catalog.find((e) => e.name === 'report_exported');
      const term = 'report';
      await testId('catalog-search').fill(term);
      const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-name')));
      assert(shown.includes(target.name), `searching 「${term}」 lost ${target.name}`);
      const matching = catalog.filter(
        (e) =>
          e.name.toLowerCase().includes(term) || (e.feature ?? '').toLowerCase().includes(term),
      );
      assert(
        shown.length === matching.length,
        `searching 「${term}」 shows ${shown.length} events, expected ${matching.length}`,
      );

      const { from, to } = lastDays(30);
      const volumeAnswer = page.waitForResponse(
        (r) =>
          r.url().includes('/api/v1/events/volume') &&
          new URL(r.url()).searchParams.get('name') === target.name,
      );
      await page.locator(`[data-testid="catalog-row"][data-name="${target.name}"]`).click();
      const volume = await (await volumeAnswer).json();
      assert(
        volume.from === from && volume.to === to,
        `volume asked for ${volume.from}…${volume.to}, expected ${from}…${to}`,
      );
      const total = volume.days.reduce((sum, d) => sum + d.count, 0);
      assert(total > 0, 'the volume of report_exported over 30 days is 0');
      await page.waitForFunction(
        (name) => document.querySelector('[data-testid="volume-total"] code')?.textContent === name,
        target.name,
      );
      assert(
        new URL(page.url()).searchParams.get('event') === target.name,
        'the chosen event is not in the address',
      );
      await chartDrawn('volume-chart');
      await testId('catalog-search').fill('');
      await shot('events-selected.png');
    },
  );

  const mapping = await step(
    'events: map an event to a feature, check the form, save',
    async () => {
      const before = (await getJson(page, '/api/v1/events/features')).data;
      assert(Array.isArray(before), 'GET /api/v1/events/features has no data list');
      await testId('events-tab-features').click();
      await testId('feature-mapping').waitFor();
      assert(
        new URL(page.url()).pathname === '/app/events/features',
        `the features tab is at ${page.url()}`,
      );
      await page.waitForFunction(
        (n) => document.querySelectorAll('[data-testid="feature-row"]').length === n,
        before.length,
      );

      // An event the catalogue has but the mapping has not, else a new name.
      const catalog = await getJson(page, '/api/v1/events/catalog');
      const mapped = new Set(before.map((m) => m.event_name));
      const eventName =
        catalog.find((e) => e.type === 'track' && !mapped.has(e.name))?.name ??
        `e2e_check_${stamp}`;
      const feature = FEATURE_NAMES[eventName] ?? 'E2E 確認用の機能';
      const index = before.length;
      await testId('feature-add').click();
      await testId(`feature-event-${index}`).fill(eventName);
      await testId('feature-save').click();
      await testId(`feature-name-${index}-error`).waitFor(); // empty feature: refused before sending
      await testId(`feature-name-${index}`).fill(feature);
      await testId('feature-save').click();
      await testId('feature-saved').waitFor();
      await shot('event-features.png');
      const after = (await getJson(page, '/api/v1/events/features')).data;
      assert(
        after.some((m) => m.event_name === eventName && m.feature === feature),
        'the saved mapping does not hold the new row',
      );
      return { before, eventName, feature };
    },
  );

  await step(
    'account: the usage tab (active users, trend, features, users and their active days)',
    async () => {
      const { from, to } = lastDays(30);
      const usage = await getJson(
        page,
        `/api/v1/accounts/${account.id}/usage?from=${from}&to=${to}`,
      );
      console.log(
        `     account #${account.id} 「${account.name}」: MAU ${usage.mau}, ${usage.users.length} users, ${usage.top_features.length} features`,
      );
      assert(
        usage.users.length > 0 && usage.mau > 0,
        `no usage for the account after sending it: ${JSON.stringify(usage).slice(0, 200)}`,
      );
      await page.goto(`${baseUrl}/app/accounts/${account.id}?tab=usage`, {
        waitUntil: 'domcontentloaded',
      });
      await testId('usage').waitFor();
      assert(
        (await testId('tab-usage').innerText()).trim() === '利用状況',
        'the usage tab is not labelled 利用状況',
      );
      await testId('usage-figures').waitFor();
      await chartDrawn('usage-chart');
      const mau = (await testId('usage-mau').innerText()).replace(/\D/g, '');
      assert(mau === String(usage.mau), `MAU shows ${mau}, the API says ${usage.mau}`);
      assert(
        (await testId('usage-user-row').count()) === usage.users.length,
        'the user table does not list every user',
      );
      assert(
        (await testId('usage-users').innerText()).includes('期間内の利用日数'),
        'the user table has no 期間内の利用日数 column',
      );
      const days = (await testId('usage-user-days').allInnerTexts())
        .map(Number)
        .sort((a, b) => a - b);
      const apiDays = usage.users.map((u) => u.active_days).sort((a, b) => a - b);
      assert(
        JSON.stringify(days) === JSON.stringify(apiDays),
        `active days shown ${days}, the API ${apiDays}`,
      );
      if (usage.top_features.some((f) => f.feature === mapping.feature)) {
        assert(
          (await testId('usage-top-features').innerText()).includes(mapping.feature),
          `the top features miss ${mapping.feature}`,
        );
      }
      assert(
        (await testId('usage-seats').count()) === (usage.seat_utilisation === null ? 0 : 1),
        'the seat utilisation tile does not follow the API',
      );
      await shot('account-usage.png');
      const longer = lastDays(90);
      const answer = page.waitForResponse(
        (r) =>
          r.url().includes(`/accounts/${account.id}/usage`) &&
          new URL(r.url()).searchParams.get('from') === longer.from,
      );
      await testId('usage-range-90').click();
      await answer;
      await chartDrawn('usage-chart');

      await testId('lang-en').click();
      await page.waitForFunction(
        () => document.querySelector('[data-testid="tab-usage"]')?.textContent?.trim() === 'Usage',
      );
      assert(
        (await testId('usage-users').innerText()).includes('Active days'),
        'the user table has no Active days column',
      );
      await testId('usage-range-30').click();
      await chartDrawn('usage-chart');
      await shot('account-usage-en.png');
      await testId('nav-events').click();
      await chartDrawn('volume-chart');
      await testId('catalog-row').first().waitFor();
      await shot('events-en.png');
      await testId('nav-sources').click();
      await testId('source-row').first().waitFor();
      await shot('sources-en.png');
      await testId('lang-ja').click();
      await page.waitForFunction(
        () =>
          document.querySelector('[data-testid="nav-events"]')?.textContent?.trim() === 'イベント',
      );
    },
  );

  await step('events: put the feature mapping back as it was', async () => {
    await page.goto(`${baseUrl}/app/events/features`, { waitUntil: 'domcontentloaded' });
    await testId('feature-mapping').waitFor();
    const rows = testId('feature-row');
    await page.waitForFunction(
      (n) => document.querySelectorAll('[data-testid="feature-row"]').length === n,
      mapping.before.length + 1,
    );
    // The server keeps the mapping by event name: find the row rather than trust its place.
    const names = await page
      .locator('[data-testid^="feature-event-"]')
      .evaluateAll((inputs) => inputs.filter((i) => i.tagName === 'INPUT').map((i) => i.value));
    const index = names.indexOf(mapping.eventName);
    assert(index >= 0, `no row maps ${mapping.eventName}: ${names.join(', ')}`);
    await testId(`feature-remove-${index}`).click();
    assert((await rows.count()) === mapping.before.length, 'the row was not removed');
    await testId('feature-save').click();
    await testId('feature-saved').waitFor();
    const restored = (await getJson(page, '/api/v1/events/features')).data;
    assert(
      JSON.stringify(restored) === JSON.stringify(mapping.before),
      'the mapping was not put back as it was',
    );
  });

  await step('sources: revoke with confirmation; the key is refused afterwards', async () => {
    await testId('nav-sources').click();
    const row = page.locator(`[data-testid="source-row"][data-source-id="${source.id}"]`);
    await row.waitFor();
    // Columns: name, key, created, status, rate limit, events received, last event.
    const received = (await row.locator('td').nth(5).innerText()).replace(/\D/g, '');
    assert(
      received === String(sent.messages),
      `the source row counts ${received} events; ${sent.messages} were stored`,
    );
    // The confirmation is the row right below the source's.
    const confirm = row.locator(
      'xpath=following-sibling::tr[1][@data-testid="source-confirm-row"]',
    );
    await row.getByTestId('source-revoke').click();
    await confirm.getByTestId('source-revoke-cancel').click();
    assert(
      (await confirm.count()) === 0 && (await row.getByTestId('source-active').count()) === 1,
      'cancel revoked the source',
    );
    await row.getByTestId('source-revoke').click();
    await shot('sources-revoke.png');
    await confirm.getByTestId('source-revoke-confirm').click();
    await row.getByTestId('source-revoked').waitFor();
    const refused = await track(page, baseUrl, source.key, '/v1/track', {
      event: 'after_revoke',
      userId: 'e2e',
      messageId: `e2e-${stamp}-after`,
    });
    assert(
      refused.status() === 401 || refused.status() === 403,
      `a revoked key was answered ${refused.status()}`,
    );
  });
}
