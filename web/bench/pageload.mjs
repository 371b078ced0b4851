#!/usr/bin/env node
// Page-load benchmark: how long the account page takes in Chromium, from the navigation to the
// account's name and tabs on screen (its data loaded).
//   BANSO_URL=… BANSO_EMAIL=… BANSO_PASSWORD=… node bench/pageload.mjs [--runs N]
// cold: a new browser context each run (empty cache, new connections), signed in beforehand;
// warm: the same page loaded again in one context (the hashed files from the browser's cache).
// Prints one line per kind and a JSON summary on stdout. Target: cold ≤ 300 ms, warm ≤ 100 ms.
import { chromium } from 'playwright-core';

const baseUrl = (process.env.BANSO_URL ?? '').replace(/\/+$/, '');
const email = process.env.BANSO_EMAIL ?? '';
const password = process.env.BANSO_PASSWORD ?? '';
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const TARGET = { cold: 300, warm: 100 };

if (!baseUrl || !email || !password) {
  console.error('set BANSO_URL, BANSO_EMAIL and BANSO_PASSWORD');
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

async function signedInContext(browser) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'ja-JP',
  });
  const answer = await context.request.post(`${baseUrl}/api/v1/auth/login`, {
    data: { email, password },
  });
  if (!answer.ok()) throw new Error(`sign-in answered ${answer.status()}`);
  return context;
}

// Milliseconds from the navigation's start to the account's name in the header and its tab bar.
async function load(page, url, name) {
  const t0 = performance.now();
  await page.goto(url, { waitUntil: 'commit' });
  await page.getByRole('heading', { name, exact: false }).first().waitFor();
  await page.getByRole('tab').first().waitFor();
  return performance.now() - t0;
}

async function main() {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  try {
    const probe = await signedInContext(browser);
    const list = await (
      await probe.request.get(`${baseUrl}/api/v1/accounts?limit=1&sort=name`)
    ).json();
    await probe.close();
    const account = list.data[0];
    const url = `${baseUrl}/app/accounts/${account.id}`;

    const cold = [];
    for (let i = 0; i < runs; i++) {
      const context = await signedInContext(browser);
      const page = await context.newPage();
      cold.push(await load(page, url, account.name));
      await context.close();
    }
    const context = await signedInContext(browser);
    const page = await context.newPage();
    await load(page, url, account.name); // fills the cache
    const warm = [];
    for (let i = 0; i < runs; i++) warm.push(await load(page, url, account.name));
    const bytes = await page.evaluate(() =>
      performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, 0),
    );
    await context.close();

    const summary = {};
    for (const [kind, xs] of Object.entries({ cold, warm })) {
      const m = median(xs);
      summary[kind] = { median_ms: Math.round(m * 10) / 10, runs_ms: xs.map((x) => Math.round(x)) };
      console.error(
        `page load, account page, ${kind}: median ${m.toFixed(1)} ms over ${xs.length} runs ` +
          `(min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}); ` +
          `target ≤ ${TARGET[kind]} ms: ${m <= TARGET[kind] ? 'ok' : 'MISSED'}`,
      );
    }
    console.error(`page load, warm: ${bytes} bytes transferred for the page's resources`);
    console.log(JSON.stringify(summary));
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`pageload: ${error.message}`);
  process.exit(1);
});
