// The revenue pages: the MRR bridge per period with the definitions in words; the period and
// the scope in the request; the lifetime tab's figures and discount; a restatement worded.
import { afterEach, describe, expect, it } from 'vitest';
import { click, renderPage, until, type Rendered } from '../../test/harness';
import { lifetimeFixture, monthsAgo, retentionFixture } from '../../test/portfolioFixtures';
import { RevenuePage, type RevenueTab } from './RevenuePage';

let page: Rendered;
afterEach(() => page.unmount());

async function render(tab: RevenueTab, path: string, lang: 'ja' | 'en' = 'en') {
  const rendered = await renderPage(<RevenuePage tab={tab} />, {
    lang,
    path,
    route: '/revenue/*',
    answer: (call) => {
      const p = call.url.pathname;
      if (p === '/api/v1/revenue/retention') return { body: retentionFixture() };
      if (p === '/api/v1/revenue/lifetime') return { body: lifetimeFixture() };
      if (p === '/api/v1/revenue/restatements')
        return {
          body: {
            data: [
              {
                id: 1,
                month: monthsAgo(2),
                metric: 'nrr',
                old_value: 0.95,
                new_value: 0.9512,
                currency: 'JPY',
                actor_id: 1,
                actor: '山田 太郎',
                at: new Date().toISOString(),
              },
            ],
          },
        };
      if (p === '/api/v1/segments') return { body: { data: [] } };
      return undefined;
    },
  });
  return rendered;
}

describe('RevenuePage', () => {
  it('shows the bridge per period with its retention and the definitions', async () => {
    page = await render('retention', '/revenue?tier=low_touch&period=quarter', 'ja');
    await until(() => page.allByTestId('bridge-row').length === 2, 'the bridge');
    const call = page.calls.find((c) => c.url.pathname === '/api/v1/revenue/retention')!;
    expect(call.url.searchParams.get('tier')).toBe('low_touch');
    expect(call.url.searchParams.get('period')).toBe('quarter');
    expect(call.url.searchParams.get('to')).toBe(monthsAgo(0));
    expect(call.url.searchParams.get('from')).toBe(monthsAgo(11));
    const [first, current] = page.allByTestId('bridge-row');
    expect(first!.textContent).toContain('-￥426,449');
    expect(first!.querySelector('[data-testid="bridge-nrr"]')!.textContent).toBe('97.3%');
    expect(current!.querySelector('[data-testid="bridge-partial"]')).not.toBeNull();
    const definitions = page.byTestId('definitions')!.textContent!;
    expect(definitions).toContain('期末 MRR ÷ 期首 MRR');
    expect(definitions).not.toContain('retention.');
  });

  it('shows the lifetime figures and asks again at another discount', async () => {
    page = await render('lifetime', '/revenue/lifetime?discount=12');
    await until(() => Boolean(page.byTestId('lifetime-ltv')), 'the lifetime');
    expect(page.byTestId('lifetime-ltv-value')!.textContent).toBe('¥3,692,386');
    expect(page.byTestId('lifetime-expected-value')!.textContent).toBe('3.5 years');
    const call = page.calls.find((c) => c.url.pathname === '/api/v1/revenue/lifetime')!;
    expect(call.url.searchParams.get('discount_percent')).toBe('12');
  });

  it('words a restated figure as its metric reads', async () => {
    page = await render('restatements', '/revenue/restatements');
    await until(() => page.allByTestId('restatement-row').length === 1, 'the log');
    const row = page.byTestId('restatement-row')!.textContent!;
    expect(row).toContain('NRR');
    expect(row).toContain('95.0%');
    expect(row).toContain('95.1%');
    await click(page.byTestId('revenuePage-tab-retention'));
    expect(page.location()).toBe('/revenue');
  });
});
