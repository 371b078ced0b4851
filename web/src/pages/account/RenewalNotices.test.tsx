// The Revenue tab says which of the account's contracts are due for renewal — ending soon, or
// ended within the grace days and not churn yet — from GET /renewals?account_id=; without an
// answer from it, the tab still shows its figures.
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage, type Rendered } from '../../test/harness';
import { accountFixture, contractFixture, pageOf } from '../../test/editingFixtures';
import { renewalFixture, renewalsFixture } from '../../test/renewalFixtures';
import { RevenueTab } from './RevenueTab';

let page: Rendered;
afterEach(() => page?.unmount());

function render(renewals: () => { status?: number; body: unknown } | undefined) {
  return renderPage(<RevenueTab account={accountFixture()} onAccountChanged={() => {}} />, {
    lang: 'ja',
    answer: (call) => {
      const path = call.url.pathname;
      if (path === '/api/v1/contracts') return { body: pageOf([contractFixture()]) };
      if (path === '/api/v1/revenue-movements') return { body: pageOf([]) };
      if (path === '/api/v1/renewals') return renewals();
      return undefined;
    },
  });
}

describe('the renewal notices of the Revenue tab', () => {
  it('say each contract due, and an overdue one’s grace days, asked for this account', async () => {
    page = await render(() => ({
      body: renewalsFixture({
        data: [
          renewalFixture({
            status: 'overdue',
            days_until: -29,
            contract: contractFixture({ product: 'Banso Cloud', end_date: '2026-11-07' }),
          }),
          renewalFixture({
            contract: contractFixture({ id: 72, product: 'Banso Plus', end_date: '2026-12-18' }),
          }),
        ],
      }),
    }));
    const ask = page.calls.find((c) => c.url.pathname === '/api/v1/renewals')!;
    expect(ask.url.searchParams.get('account_id')).toBe('12');
    const notices = page.allByTestId('renewal-notice');
    expect(notices.map((n) => n.dataset.status)).toEqual(['overdue', 'due']);
    expect(notices[0]!.textContent).toBe(
      '更新期限切れ（猶予期間中） 「Banso Cloud」の契約は 2026年11月7日（29 日前）に終了しました。まだ更新されていませんが、チャーンではありません。猶予期間はあと 1 日です。更新管理',
    );
    expect(notices[1]!.textContent).toContain(
      '更新予定 「Banso Plus」の契約は 2026年12月18日（12 日後）に終了します。',
    );
    expect(page.byTestId('contracts-table')).not.toBeNull();
  });

  it('are left out when none is due, or when the renewals cannot be read', async () => {
    page = await render(() => ({ body: renewalsFixture({ data: [] }) }));
    expect(page.byTestId('renewal-notices')).toBeNull();
    page.unmount();
    page = await render(() => undefined);
    expect(page.byTestId('renewal-notices')).toBeNull();
    expect(page.byTestId('contracts-table')).not.toBeNull();
    expect(page.byTestId('error-banner')).toBeNull();
  });
});
