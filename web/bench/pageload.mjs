#!/usr/bin/env node
// Page-load benchmark: how long the account page takes in Chromium, from the navigation's start
// to the first frame on screen that shows the account's name and its tab bar (its data loaded).
//   BANSO_URL=… BANSO_EMAIL=… BANSO_PASSWORD=… node bench/pageload.mjs [--runs N] [--trace]
// cold: a new browser context each run (empty cache, new connections), signed in beforehand;
// warm: the same page loaded again in one context (the hashed files from the browser's cache).
// Prints one line per kind and a JSON summary on stdout. Target: cold ≤ 300 ms, warm ≤ 100 ms.
//
// BANSO_URL may name several servers, comma-separated (and BANSO_LABELS their names): two builds
// of the console, say (bench/compare-pageload.sh). Their loads then alternate, run by run, so
// that the noise of a shared machine falls on each alike; compare figures of one run only.
//
// The time is taken in the page, as browsers report paints: from the navigation's start
// (performance.timeOrigin: before the request for the HTML) to the `renderTime` of the Element
// Timing entries of the name's heading and of the first tab, i.e. when the frame that first
// shows both was presented. An init script tags the two elements (`elementtiming`) as React
// inserts them, before they are painted, and reports the time through a binding, so that the
// driver does not touch the page while it loads (Playwright's locators would compile its
// injected script on the page's main thread, and poll every 20, 50, 100 ms…). Then Playwright
// checks that the heading shows this account's name and that a tab is visible. The driver's own
// clock, from page.goto() to the report, is printed too ("driver": it adds DevTools round trips).
//
// A cold run opens its window and lets it settle before navigating, as a user's window is open
// before they type an address: Chromium builds its own UI (the omnibox popup, a WebUI page in a
// renderer of its own) when a window opens, ~0.8 s of CPU that would otherwise land on the
// page load of a 2-core machine. A warm run likewise starts from the page loaded and settled
// (its idle work done, such as fetching the other tabs' chunks), as when a user comes back to
// it, rather than navigating away while it is still busy.
import { chromium } from 'playwright-core';

const targets = (process.env.BANSO_URL ?? '')
  .split(',')
  .map((url) => url.trim().replace(/\/+$/, ''))
  .filter(Boolean);
const labels = process.env.BANSO_LABELS?.split(',') ?? targets;
const email = process.env.BANSO_EMAIL ?? '';
const password = process.env.BANSO_PASSWORD ?? '';
const runsArg = process.argv.indexOf('--runs');
const runs = runsArg > 0 ? Number(process.argv[runsArg + 1]) : 15;
const trace = process.argv.includes('--trace');
const TARGET = { cold: 300, warm: 100 };
const SETTLE_MS = 1000;

if (targets.length === 0 || !email || !password || labels.length !== targets.length) {
  console.error('set BANSO_URL (and BANSO_LABELS, one per URL), BANSO_EMAIL and BANSO_PASSWORD');
  process.exit(2);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

// In the page, before its scripts: tags the account's name and first tab for Element Timing as
// soon as they are in the document, and reports when the frame showing both was presented.
function watchContent() {
  const shown = {};
  let reported = false;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      if (!(entry.identifier in shown))
        shown[entry.identifier] = entry.renderTime || entry.loadTime;
    }
    if (reported || shown.name === undefined || shown.tab === undefined) return;
    reported = true;
    window.__pageloadShown?.(Math.max(shown.name, shown.tab));
  }).observe({ type: 'element', buffered: true });
  const tag = (element, name) => {
    if (element && !element.hasAttribute('elementtiming'))
      element.setAttribute('elementtiming', name);
  };
  new MutationObserver(() => {
    tag(document.querySelector('[data-testid="account-name"]'), 'name');
    tag(document.querySelector('[role="tab"]'), 'tab');
  }).observe(document, { childList: true, subtree: true });
}

// Called with the page's report of the frame that showed the content.
let shownListener = null;

async function signedInContext(browser, baseUrl) {
  const context = await browser.newContext({
    viewport: { width: 1440, height: 900 },
    locale: 'ja-JP',
  });
  const answer = await context.request.post(`${baseUrl}/api/v1/auth/login`, {
    data: { email, password },
  });
  if (!answer.ok()) throw new Error(`sign-in answered ${answer.status()}`);
  await context.addInitScript(watchContent);
  await context.exposeBinding('__pageloadShown', (_source, at) => shownListener?.(at));
  return context;
}

/**
 * One load of the target's account page: { page: ms from the navigation's start to the frame
 * showing the name and tabs, driver: ms from page.goto() to the page's report }.
 */
async function load(page, target) {
  const shown = new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error('the account page was not shown in 10 s')),
      10_000,
    );
    shownListener = (at) => {
      clearTimeout(timer);
      resolve(at);
    };
  });
  const t0 = performance.now();
  await page.goto(target.url, { waitUntil: 'commit' });
  const shownAt = await shown;
  const driver = performance.now() - t0;
  shownListener = null;
  // What was timed is this account's page: its name in a heading, and a tab, visible.
  await page.getByRole('heading', { name: target.name, exact: false }).first().waitFor({
    timeout: 1000,
  });
  await page.getByRole('tab').first().waitFor({ timeout: 1000 });
  if (trace) {
    const waterfall = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((r) => `${Math.round(r.startTime)}–${Math.round(r.responseEnd)} ${r.name}`),
    );
    console.error(
      `  ${target.label}: shown at ${Math.round(shownAt)} ms:\n    ${waterfall.join('\n    ')}`,
    );
  }
  return { page: shownAt, driver };
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
    // Each target's first account by name, and its loads.
    const all = [];
    for (const [i, baseUrl] of targets.entries()) {
      const probe = await signedInContext(browser, baseUrl);
      const list = await (
        await probe.request.get(`${baseUrl}/api/v1/accounts?limit=1&sort=name`)
      ).json();
      await probe.close();
      const account = list.data[0];
      all.push({
        label: labels[i],
        baseUrl,
        url: `${baseUrl}/app/accounts/${account.id}`,
        name: account.name,
        cold: [],
        warm: [],
      });
    }
    // Every other run the other way round, so that no target always goes first.
    const order = (i) => (i % 2 ? [...all].reverse() : all);

    for (let i = 0; i < runs; i++) {
      for (const target of order(i)) {
        const context = await signedInContext(browser, target.baseUrl);
        const page = await context.newPage();
        await page.waitForTimeout(SETTLE_MS);
        target.cold.push(await load(page, target));
        await context.close();
      }
    }
    for (const target of all) {
      target.context = await signedInContext(browser, target.baseUrl);
      target.page = await target.context.newPage();
      await load(target.page, target); // fills the cache
    }
    for (let i = 0; i < runs; i++) {
      for (const target of order(i)) {
        await target.page.waitForTimeout(SETTLE_MS);
        target.warm.push(await load(target.page, target));
      }
    }
    for (const target of all) {
      target.bytes = await target.page.evaluate(() =>
        performance.getEntriesByType('resource').reduce((sum, r) => sum + r.transferSize, 0),
      );
      await target.context.close();
    }

    const summaries = {};
    for (const target of all) {
      const summary = {};
      const prefix = all.length > 1 ? `${target.label}: ` : '';
      for (const kind of ['cold', 'warm']) {
        const xs = target[kind].map((l) => l.page);
        const m = median(xs);
        const driver = median(target[kind].map((l) => l.driver));
        summary[kind] = {
          median_ms: Math.round(m * 10) / 10,
          runs_ms: xs.map((x) => Math.round(x)),
          driver_median_ms: Math.round(driver * 10) / 10,
        };
        console.error(
          `${prefix}page load, account page, ${kind}: median ${m.toFixed(1)} ms over ` +
            `${xs.length} runs (min ${Math.min(...xs).toFixed(1)}, max ${Math.max(...xs).toFixed(1)}); ` +
            `target ≤ ${TARGET[kind]} ms: ${m <= TARGET[kind] ? 'ok' : 'MISSED'} ` +
            `(driver's clock: median ${driver.toFixed(1)} ms)`,
        );
      }
      console.error(
        `${prefix}page load, warm: ${target.bytes} bytes transferred for the page's resources`,
      );
      summaries[target.label] = summary;
    }
    console.log(JSON.stringify(all.length > 1 ? summaries : summaries[all[0].label]));
  } finally {
    await browser.close();
  }
}

main().catch((error) => {
  console.error(`pageload: ${error.message}`);
  process.exit(1);
});
