// The renewals page against a fake /api: each contract due or overdue with its account (a link),
// end, status and grace days left, owner and ARR in both currencies; the window chosen is sent
// and kept in the address.
import { afterEach, describe, expect, it } from 'vitest';
import { click, renderPage, type Rendered } from '../../test/harness';
import { renewalsFixture } from '../../test/renewalFixtures';
import { RenewalsPage } from './RenewalsPage';

let page: Rendered;
afterEach(() => page?.unmount());

function render(lang: 'ja' | 'en', path = '/renewals') {
  return renderPage(<RenewalsPage />, {
    lang,
    path,
    answer: (call) =>
      call.url.pathname === '/api/v1/renewals'
        ? {
            body:
              call.url.searchParams.get('within_days') === '30'
                ? renewalsFixture({ data: renewalsFixture().data.slice(0, 2) })
                : renewalsFixture(),
          }
        : undefined,
  });
}

const renewalCalls = () =>
  page.calls
    .filter((c) => c.url.pathname === '/api/v1/renewals')
    .map((c) => c.url.searchParams.get('within_days'));

describe('RenewalsPage', () => {
  it('lists each renewal with its status, the grace days left, the owner and the ARR', async () => {
    page = await render('ja');
    const rows = page.allByTestId('renewal-row');
    expect(rows.map((r) => [r.dataset.status, r.dataset.accountId])).toEqual([
      ['overdue', '40'],
      ['due', '12'],
      ['due', '41'],
    ]);
    expect(rows[0]!.textContent).toContain('更新期限切れ（猶予期間中）');
    expect(rows[0]!.querySelector('[data-testid="renewal-grace"]')!.textContent).toBe(
      '猶予期間はあと 15 日',
    );
    expect(rows[0]!.textContent).toContain('15 日前');
    expect(rows[0]!.textContent).toContain('未割り当て');
    expect(rows[0]!.querySelector('[data-testid="renewal-arr"]')!.textContent).toBe(
      '￥1,215,648$8,040.00',
    );
    expect(rows[1]!.textContent).toContain('更新予定');
    expect(rows[1]!.textContent).toContain('12 日後');
    expect(rows[1]!.querySelector('a')!.getAttribute('href')).toBe('/accounts/12?tab=revenue');
    expect(rows[2]!.querySelector('[data-testid="rate-missing"]')!.textContent).toBe(
      'レート未登録',
    );
    expect(page.byTestId('renewals-due')!.textContent).toBe('2');
    expect(page.byTestId('renewals-overdue')!.textContent).toBe('1');
    expect(page.byTestId('renewals-arr')!.textContent).toBe('￥2,415,648');
    expect(page.byTestId('renewals-unconverted')!.textContent).toBe('レート未登録の 1 社を除く');
    expect(renewalCalls()).toEqual(['90']);
    expect(document.title).toBe('更新管理 · Banso');
  });

  it('looks as far ahead as chosen, and keeps the choice in the address', async () => {
    page = await render('en');
    await click(page.byTestId('renewals-within-30'));
    expect(page.location()).toBe('/renewals?within=30');
    expect(renewalCalls()).toEqual(['90', '30']);
    expect(page.allByTestId('renewal-row')).toHaveLength(2);
    expect(page.byTestId('renewals-table')!.closest('.card')!.textContent).toContain(
      'Ending within 30 days, or in their grace days',
    );
    page.unmount();
    page = await render('en', '/renewals?within=180');
    expect(renewalCalls()).toEqual(['180']);
    expect(page.byTestId('renewals-within-180')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('says so when nothing is due', async () => {
    page = await renderPage(<RenewalsPage />, {
      lang: 'en',
      answer: (call) =>
        call.url.pathname === '/api/v1/renewals'
          ? { body: renewalsFixture({ data: [] }) }
          : undefined,
    });
    expect(page.container.textContent).toContain('No contract is due for renewal within 90 days');
    expect(page.byTestId('renewals-arr')!.textContent).toBe('¥0');
  });
});
