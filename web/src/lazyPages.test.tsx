// Pages load on demand: a page's chunk is fetched once, whether asked for early (the address the
// console opens at) or when first shown, and the page then renders as if it had always been there.
// The account list and page are in the main chunk.
import { Suspense } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { preloadPagesFor } from './App';
import { CurrencyPage, JourneyPage, lazyPage, RenewalsPage, StaffPage } from './lazyPages';
import { renderPage, type Rendered } from './test/harness';

let page: Rendered | undefined;
afterEach(() => {
  page?.unmount();
  page = undefined;
  vi.restoreAllMocks();
});

describe('lazyPage', () => {
  it('fetches the page’s module once, preloaded or shown', async () => {
    const load = vi.fn(async () => ({ title }: { title: string }) => <h1>{title}</h1>);
    const Page = lazyPage(load);
    await Page.preload();
    await Page.preload();
    page = await renderPage(
      <Suspense fallback={<p data-testid="waiting" />}>
        <Page title="通貨と為替" />
      </Suspense>,
      { answer: () => undefined },
    );
    expect(page.container.querySelector('h1')!.textContent).toBe('通貨と為替');
    expect(load).toHaveBeenCalledTimes(1);
  });
});

describe('a page whose chunk could not be fetched', () => {
  it('is fetched again the next time, not remembered as failed', async () => {
    const load = vi
      .fn<() => Promise<() => JSX.Element>>()
      .mockRejectedValueOnce(new Error('offline'))
      .mockResolvedValue(() => <p>ok</p>);
    const Page = lazyPage(load);
    await expect(Page.preload()).rejects.toThrow('offline');
    await expect(Page.preload()).resolves.toBeDefined();
    expect(load).toHaveBeenCalledTimes(2);
  });
});

describe('preloadPagesFor', () => {
  it('starts the chunk of the page the first address shows, and no other', () => {
    const spies = [RenewalsPage, JourneyPage, CurrencyPage, StaffPage].map((p) =>
      vi.spyOn(p, 'preload').mockResolvedValue(undefined),
    );
    preloadPagesFor('/app/renewals');
    expect(spies.map((s) => s.mock.calls.length)).toEqual([1, 0, 0, 0]);
    preloadPagesFor('/app/journey/funnel');
    preloadPagesFor('/app/currency');
    // The account list and page come with the main chunk: nothing to fetch.
    preloadPagesFor('/app/accounts/12');
    preloadPagesFor('/elsewhere');
    expect(spies.map((s) => s.mock.calls.length)).toEqual([1, 1, 1, 0]);
  });
});
