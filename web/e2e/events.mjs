// Browser steps for product usage (issue 4), to be run by e2e/run.mjs after sign-in (as an
// admin, in Japanese):
//   events catalogue (search, sort, volume of one event) → feature mapping (add, check, save,
//   put back) → sources (create → the write key shown once) → live stream (an event sent with
//   that key appears, with its properties; a rejected item is highlighted; pause / resume /
//   clear) → revoke the source (its key is then refused) → an account's usage tab → English.
//
//   import { eventsSteps } from './events.mjs';
//   await eventsSteps(page, baseUrl, { step, assert, getJson, screenshotDir });
//
// `step(name, fn)`, `assert(condition, message)` and `getJson(page, path)` are run.mjs's.
// The steps leave the data as they found it, except the source they create (revoked) and the
// two events they send. They need about 15 s; run.mjs's 60 s budget needs raising to hold them.
import { join } from 'node:path';

const DAY_MS = 86_400_000;

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
    headers: { Authorization: `Basic ${Buffer.from(`${writeKey}:`).toString('base64')}`, 'Content-Type': 'application/json' },
    data: body,
    failOnStatusCode: false,
  });
}

export async function eventsSteps(page, baseUrl, { step, assert, getJson, screenshotDir }) {
  const testId = (id) => page.getByTestId(id);
  const shot = (name) => page.screenshot({ path: join(screenshotDir, name), fullPage: true });
  const stamp = Date.now().toString(36);
  const chartDrawn = (id) => page.locator(`[data-testid="${id}"][data-ready="true"] svg`).first().waitFor();

  await step('events: the catalogue, its search and sort, and one event’s daily volume', async () => {
    await testId('nav-events').click();
    await testId('events-page').waitFor();
    await chartDrawn('volume-chart');
    const catalog = await getJson(page, '/api/v1/events/catalog');
    assert(Array.isArray(catalog), 'GET /api/v1/events/catalog is not a JSON array');
    if (catalog.length === 0) {
      await page.getByText('イベントはまだ届いていません').waitFor();
      await shot('events.png');
      return;
    }
    const rows = testId('catalog-row');
    await rows.first().waitFor();
    assert((await rows.count()) === catalog.length, `the table shows ${await rows.count()} events, the API ${catalog.length}`);
    await shot('events.png');

    await testId('catalog-sort-name').click();
    const sorted = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-name')));
    const expected = catalog.map((e) => e.name).sort((a, b) => a.localeCompare(b, 'en'));
    assert(JSON.stringify(sorted) === JSON.stringify(expected), `sorted by name: ${sorted.slice(0, 5).join(', ')}…`);

    const target = [...catalog].sort((a, b) => b.count - a.count)[0];
    const term = target.name.slice(0, Math.min(6, target.name.length));
    await testId('catalog-search').fill(term);
    const shown = await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-name')));
    assert(shown.includes(target.name), `searching 「${term}」 lost ${target.name}`);
    const matching = catalog.filter((e) => e.name.toLowerCase().includes(term.toLowerCase()) || (e.feature ?? '').toLowerCase().includes(term.toLowerCase()));
    assert(shown.length === matching.length, `searching 「${term}」 shows ${shown.length} events, expected ${matching.length}`);

    const { from, to } = lastDays(30);
    const volumeAnswer = page.waitForResponse((r) => r.url().includes('/api/v1/events/volume') && new URL(r.url()).searchParams.get('name') === target.name);
    await page.locator(`[data-testid="catalog-row"][data-name="${target.name}"]`).click();
    const volume = await (await volumeAnswer).json();
    assert(volume.from === from && volume.to === to, `volume asked for ${volume.from}…${volume.to}, expected ${from}…${to}`);
    await page.waitForFunction((name) => document.querySelector('[data-testid="volume-total"] code')?.textContent === name, target.name);
    assert(new URL(page.url()).searchParams.get('event') === target.name, 'the chosen event is not in the address');
    await chartDrawn('volume-chart');
    await testId('catalog-search').fill('');
    await shot('events-selected.png');
  });

  await step('events: map an event to a feature, check the form, save, put the mapping back', async () => {
    const before = (await getJson(page, '/api/v1/events/features')).items;
    await testId('events-tab-features').click();
    await testId('feature-mapping').waitFor();
    assert(new URL(page.url()).pathname === '/app/events/features', `the features tab is at ${page.url()}`);
    const rows = testId('feature-row');
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="feature-row"]').length === n, before.length);

    // An event the catalogue has but the mapping has not, else a new name.
    const catalog = await getJson(page, '/api/v1/events/catalog');
    const mapped = new Set(before.map((m) => m.event_name));
    const eventName = catalog.find((e) => !mapped.has(e.name))?.name ?? `e2e_check_${stamp}`;
    const index = before.length;
    await testId('feature-add').click();
    await testId(`feature-event-${index}`).fill(eventName);
    await testId('feature-save').click();
    await testId(`feature-name-${index}-error`).waitFor(); // empty feature: refused before sending
    await testId(`feature-name-${index}`).fill('E2E 確認用の機能');
    await testId('feature-save').click();
    const outcome = await Promise.race([
      testId('feature-saved').waitFor().then(() => 'saved'),
      testId(`feature-event-${index}-error`).waitFor().then(() => 'event refused'),
      testId(`feature-name-${index}-error`).waitFor().then(() => 'feature refused'),
      testId('feature-error').waitFor().then(() => 'refused'),
    ]);
    await shot('event-features.png');
    if (outcome === 'saved') {
      const after = (await getJson(page, '/api/v1/events/features')).items;
      assert(after.some((m) => m.event_name === eventName && m.feature === 'E2E 確認用の機能'), 'the saved mapping does not hold the new row');
    } else {
      // The server refused the row: its message must be there, by the input it names.
      console.log(`     the server refused ${eventName}: ${outcome}`);
    }
    await testId(`feature-remove-${index}`).click();
    assert((await rows.count()) === before.length, 'the row was not removed');
    if (outcome === 'saved') {
      await testId('feature-save').click();
      await testId('feature-saved').waitFor();
    }
    const restored = (await getJson(page, '/api/v1/events/features')).items;
    assert(JSON.stringify(restored) === JSON.stringify(before), 'the mapping was not put back as it was');
  });

  const source = await step('sources: create one; its write key is shown once, with the analytics-node snippet', async () => {
    await testId('nav-sources').click();
    await testId('sources-page').waitFor();
    const name = `E2E 送信元 ${stamp}`;
    await testId('source-create').click();
    await testId('source-name-error').waitFor(); // a name is required
    await testId('source-name').fill(name);
    await testId('source-rate').fill('50');
    const created = page.waitForResponse((r) => r.url().endsWith('/api/v1/sources') && r.request().method() === 'POST');
    await testId('source-create').click();
    const answer = await created;
    assert(answer.status() === 201, `POST /api/v1/sources answered ${answer.status()}`);
    const body = await answer.json();
    await testId('write-key-panel').waitFor();
    const key = (await testId('write-key').innerText()).trim();
    assert(key === body.write_key && key.startsWith('bsk_'), `the page shows the key 「${key}」`);
    const snippet = await testId('write-key-snippet').innerText();
    assert(snippet.includes(key) && snippet.includes(`host: '${new URL(baseUrl).origin}'`), `the snippet is ${snippet}`);
    const row = page.locator(`[data-testid="source-row"][data-source-id="${body.id}"]`);
    await row.waitFor();
    assert((await row.innerText()).includes(body.key_prefix), 'the new source’s row does not show its key prefix');
    assert(key.startsWith(body.key_prefix), `key prefix ${body.key_prefix} is not the start of the key`);
    await shot('sources-key.png');
    await testId('write-key-done').click();
    assert((await testId('write-key-panel').count()) === 0, 'the write key is still on the page');
    const listed = await getJson(page, '/api/v1/sources');
    assert(!JSON.stringify(listed).includes(key), 'GET /api/v1/sources gives the write key again');
    return { id: body.id, name, key };
  });

  await step('live stream: an event sent with the key appears; a rejected item is highlighted; pause, resume, clear', async () => {
    await page.goto(`${baseUrl}/app/events/stream?source=${source.id}`, { waitUntil: 'domcontentloaded' });
    await page.locator('[data-testid="stream-status"][data-state="open"]').waitFor();
    const messageId = `e2e-${stamp}-1`;
    const sent = await track(page, baseUrl, source.key, '/v1/batch', {
      batch: [
        { type: 'track', event: `e2e_stream_${stamp}`, userId: `e2e-user-${stamp}`, messageId, timestamp: new Date().toISOString(), properties: { 確認: '日本語のプロパティ', count: 3 } },
        { type: 'track', userId: `e2e-user-${stamp}`, messageId: `e2e-${stamp}-bad`, properties: {} },
      ],
    });
    console.log(`     POST /v1/batch answered ${sent.status()}`);
    const row = page.locator(`[data-testid="stream-row"][data-message-id="${messageId}"]`);
    await row.waitFor();
    assert((await row.innerText()).includes(`e2e_stream_${stamp}`), 'the streamed row does not name the event');
    await row.getByTestId('stream-expand').click();
    await page.getByTestId('stream-properties').filter({ hasText: '日本語のプロパティ' }).waitFor();
    const rejected = page.locator('[data-testid="stream-row"][data-kind="rejected"]').first();
    await rejected.waitFor();
    assert((await rejected.innerText()).trim().length > 0, 'the rejected row gives no reason');
    await shot('event-stream.png');

    await testId('stream-pause').click();
    const held = `e2e-${stamp}-2`;
    await track(page, baseUrl, source.key, '/v1/track', { event: `e2e_stream_${stamp}`, userId: `e2e-user-${stamp}`, messageId: held, properties: {} });
    await page.waitForFunction(() => /[1-9]/.test(document.querySelector('[data-testid="stream-paused"]')?.textContent ?? ''));
    assert((await page.locator(`[data-testid="stream-row"][data-message-id="${held}"]`).count()) === 0, 'a row appeared while paused');
    await testId('stream-pause').click();
    await page.locator(`[data-testid="stream-row"][data-message-id="${held}"]`).waitFor();
    await testId('stream-clear').click();
    assert((await testId('stream-row').count()) === 0, 'clear left rows');
  });

  await step('sources: revoke with confirmation; the key is refused afterwards', async () => {
    await testId('nav-sources').click();
    const row = page.locator(`[data-testid="source-row"][data-source-id="${source.id}"]`);
    await row.waitFor();
    // The confirmation is the row right below the source's.
    const confirm = row.locator('xpath=following-sibling::tr[1][@data-testid="source-confirm-row"]');
    await row.getByTestId('source-revoke').click();
    await confirm.getByTestId('source-revoke-cancel').click();
    assert((await confirm.count()) === 0 && (await row.getByTestId('source-active').count()) === 1, 'cancel revoked the source');
    await row.getByTestId('source-revoke').click();
    await shot('sources-revoke.png');
    await confirm.getByTestId('source-revoke-confirm').click();
    await row.getByTestId('source-revoked').waitFor();
    const refused = await track(page, baseUrl, source.key, '/v1/track', { event: 'after_revoke', userId: 'e2e', messageId: `e2e-${stamp}-3` });
    assert(refused.status() === 401 || refused.status() === 403, `a revoked key was answered ${refused.status()}`);
  });

  await step('account: the usage tab (active users, trend, features, users) or its empty state', async () => {
    const { from, to } = lastDays(30);
    const accounts = (await getJson(page, '/api/v1/accounts?limit=40')).data;
    let target = null;
    for (const account of accounts) {
      const usage = await getJson(page, `/api/v1/accounts/${account.id}/usage?from=${from}&to=${to}`);
      if (usage.users.length > 0) {
        target = { account, usage };
        break;
      }
    }
    const account = target?.account ?? accounts[0];
    console.log(`     account #${account.id} 「${account.name}」 ${target ? `${target.usage.users.length} users` : 'without usage'}`);
    await page.goto(`${baseUrl}/app/accounts/${account.id}?tab=usage`, { waitUntil: 'domcontentloaded' });
    await testId('usage').waitFor();
    assert((await testId('tab-usage').innerText()).trim() === '利用状況', 'the usage tab is not labelled 利用状況');
    if (!target) {
      await page.getByText('この期間のプロダクト利用はありません').waitFor();
      await shot('account-usage.png');
      return;
    }
    await testId('usage-figures').waitFor();
    await chartDrawn('usage-chart');
    const mau = (await testId('usage-mau').innerText()).replace(/\D/g, '');
    assert(mau === String(target.usage.mau), `MAU shows ${mau}, the API says ${target.usage.mau}`);
    assert((await testId('usage-user-row').count()) === target.usage.users.length, 'the user table does not list every active user');
    await shot('account-usage.png');
    const longer = lastDays(90);
    const answer = page.waitForResponse((r) => r.url().includes(`/accounts/${account.id}/usage`) && new URL(r.url()).searchParams.get('from') === longer.from);
    await testId('usage-range-90').click();
    await answer;
    await chartDrawn('usage-chart');

    await testId('lang-en').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="tab-usage"]')?.textContent?.trim() === 'Usage');
    await shot('account-usage-en.png');
    await testId('nav-events').click();
    await chartDrawn('volume-chart');
    await shot('events-en.png');
    await testId('lang-ja').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="nav-events"]')?.textContent?.trim() === 'イベント');
  });
}
