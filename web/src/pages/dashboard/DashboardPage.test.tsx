// The dashboard: outcomes first (retention with its months and definitions, ARR at risk linking
// to the red accounts, LTV, plans, self-sufficiency), activity last; a missing rate named; the
// scope in the address and in every request; no LTV model explained rather than shown as zero.
import { afterEach, describe, expect, it } from 'vitest';
import { choose, renderPage, until, type Rendered } from '../../test/harness';
import {
  cohortFixture,
  dashboardFixture,
  monthsAgo,
  segmentFixture,
} from '../../test/portfolioFixtures';
import type { Dashboard } from '../../api';
import { DashboardPage } from './DashboardPage';

let page: Rendered;
afterEach(() => page.unmount());

async function render(
  lang: 'ja' | 'en',
  path = '/dashboard',
  answer: Dashboard = dashboardFixture(),
) {
  const rendered = await renderPage(<DashboardPage />, {
    lang,
    path,
    route: '/dashboard',
    answer: (call) => {
      const p = call.url.pathname;
      if (p === '/api/v1/dashboard') return { body: answer };
      if (p === '/api/v1/revenue/cohorts') return { body: cohortFixture() };
      if (p === '/api/v1/segments') return { body: { data: [segmentFixture()] } };
      if (p === '/api/v1/users')
        return { body: { data: [{ id: 3, name: '佐藤 花子', email: 's@x' }] } };
      return undefined;
    },
  });
  await until(() => Boolean(rendered.byTestId('dashboard-body')), 'the dashboard');
  return rendered;
}

const dashboardCalls = () => page.calls.filter((c) => c.url.pathname === '/api/v1/dashboard');

describe('DashboardPage', () => {
  it('leads with the outcomes, in Japanese, and puts activity last', async () => {
    page = await render('ja');
    expect(page.byTestId('dashboard-nrr-value')!.textContent).toBe('86.5%');
    expect(page.byTestId('dashboard-grr-value')!.textContent).toBe('82.1%');
    expect(page.byTestId('dashboard-logo_retention-value')!.textContent).toBe('78.8%');
    expect(page.byTestId('dashboard-nrr')!.title).toContain('期末 MRR ÷ 期首 MRR');
    const [y, m] = monthsAgo(12).split('-').map(Number);
    expect(page.byTestId('dashboard-ttm')!.textContent).toContain(`${y}年${m}月`);
    expect(page.byTestId('dashboard-arr-at-risk-value')!.textContent).toBe('￥12,500,000');
    expect(page.byTestId('dashboard-arr-at-risk')!.textContent).toContain('ARR の 5.5%');
    expect(page.byTestId('dashboard-red-accounts')!.getAttribute('href')).toBe(
      '/accounts?band=red',
    );
    expect(page.byTestId('dashboard-ltv-value')!.textContent).toBe('￥3,692,386');
    expect(page.byTestId('dashboard-plans-value')!.textContent).toBe('69.2%');
    expect(page.allByTestId('dashboard-self-share').map((s) => s.textContent)).toEqual([
      '8.4%',
      '18.7%',
      '13.6%',
      '6.5%',
      '52.8%',
    ]);
    // Activity comes after every outcome.
    const outcomes = page.byTestId('dashboard-outcomes-section')!;
    const activity = page.byTestId('dashboard-activity')!;
    expect(
      outcomes.compareDocumentPosition(activity) & Node.DOCUMENT_POSITION_FOLLOWING,
    ).toBeTruthy();
    expect(page.byTestId('dashboard-touchpoints')!.textContent).toBe('94');
  });

  it('names the missing currency and month, never a silent gap', async () => {
    page = await render('en');
    const warning = page.byTestId('dashboard-missing-rates')!;
    const item = warning.querySelector('[data-currency="USD"]')!;
    const [y, m] = monthsAgo(3).split('-').map(Number);
    const month = new Date(Date.UTC(y!, m! - 1, 1)).toLocaleString('en-US', {
      month: 'long',
      year: 'numeric',
      timeZone: 'UTC',
    });
    expect(item.textContent).toBe(`USD ${month}`);
  });

  it('scopes every figure by the address, and a filter changes the address', async () => {
    page = await render('en', '/dashboard?tier=high_touch&segment=7');
    expect(dashboardCalls()[0]!.url.search).toBe('?tier=high_touch&segment_id=7');
    const cohorts = page.calls.find((c) => c.url.pathname === '/api/v1/revenue/cohorts')!;
    expect(cohorts.url.searchParams.get('segment_id')).toBe('7');
    expect(cohorts.url.searchParams.get('by')).toBe('quarter');
    await until(
      () => page.byTestId<HTMLSelectElement>('scope-owner')!.options.length > 1,
      'the owners',
    );
    await choose(page.byTestId('scope-owner'), '3');
    expect(page.location()).toBe('/dashboard?tier=high_touch&segment=7&owner=3');
    await until(() => dashboardCalls().length === 2, 'the dashboard read again');
    expect(dashboardCalls()[1]!.url.searchParams.get('owner_id')).toBe('3');
  });

  it('explains a missing lifetime model instead of showing a number', async () => {
    const answer = dashboardFixture();
    answer.lifetime = {
      ...answer.lifetime,
      model: null,
      ltv: null,
      residual_value: null,
      expected_lifetime_years: null,
    };
    page = await render('en', '/dashboard', answer);
    expect(page.byTestId('dashboard-ltv-value')!.textContent).toBe('—');
    expect(page.byTestId('dashboard-ltv-none')!.textContent).toContain('Too little history');
  });
});
