// The account usage tab against a fake /api: figures, trend, top features, users, the range
// in the request, and the empty state. (echarts itself is not drawn in jsdom.)
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccountUsage } from '../../api';
import { click, renderPage, type Rendered } from '../../test/harness';
import { lastDays } from '../../lib/usage';
import { UsageTab } from './UsageTab';

vi.mock('../../components/EChart', () => ({
  CHART_AXIS: { line: {}, label: {}, valueLabel: {}, split: {} },
  EChart: ({ testId }: { testId: string }) => <div data-testid={testId} />,
}));

const usage: AccountUsage = {
  account_id: 12,
  from: '2026-10-25',
  to: '2026-11-23',
  licensed_seats: 50,
  days: [
    { date: '2026-11-22', dau: 3, wau: 10, mau: 21, events: 140 },
    { date: '2026-11-23', dau: 5, wau: 11, mau: 23, events: 90 },
  ],
  dau_average: 4.2,
  wau: 11,
  mau: 23,
  stickiness: 0.18,
  seat_utilisation: 0.46,
  trend_4w: { current_weekly_active: 11, previous_weekly_active: 14, change: -0.21 },
  top_features: [
    { feature: 'レポート出力', events: 120, users: 7 },
    { feature: 'ダッシュボード閲覧', events: 60, users: 12 },
  ],
  top_events: [
    { name: 'report_exported', type: 'track', count: 120 },
    { name: 'Dashboard', type: 'page', count: 80 },
  ],
  users: [
    {
      user_id: 'u2',
      contact_id: null,
      name: null,
      email: null,
      last_seen: '2026-11-23T09:00:00.000Z',
      active_days: 2,
    },
    {
      user_id: 'u1',
      contact_id: 5,
      name: '佐藤 花子',
      email: 'sato@example.jp',
      last_seen: '2026-11-20T10:15:00.000Z',
      active_days: 14,
    },
    {
      user_id: null,
      contact_id: 9,
      name: '鈴木 一郎',
      email: null,
      last_seen: null,
      active_days: 0,
    },
    {
      user_id: '001DEMO00001642-seat11',
      contact_id: 11,
      name: null,
      email: 'tanaka@example.jp',
      last_seen: '2026-11-19T08:00:00.000Z',
      active_days: 3,
    },
  ],
};
const none: AccountUsage = {
  ...usage,
  licensed_seats: null,
  days: [{ date: '2026-11-23', dau: 0, wau: 0, mau: 0, events: 0 }],
  dau_average: 0,
  wau: 0,
  mau: 0,
  stickiness: 0,
  seat_utilisation: null,
  trend_4w: null,
  top_features: [],
  top_events: [],
  users: [],
};

let page: Rendered;
afterEach(() => page.unmount());
const text = (id: string) => page.byTestId(id)!.textContent;

describe('UsageTab', () => {
  it('shows the key figures, the trend, the top features and the users, most recent first', async () => {
    page = await renderPage(<UsageTab accountId={12} />, { answer: () => ({ body: usage }) });
    expect(text('usage-dau')).toBe('4.2');
    expect(text('usage-mau')).toBe('23');
    expect(text('usage-stickiness')).toBe('18%');
    expect(text('usage-seats')).toBe('46%');
    expect(text('usage-trend')).toBe('↓ 21%');
    expect(page.byTestId('usage-trend')!.className).toContain('neg');
    expect(page.byTestId('usage-top-features')!.textContent).toContain('レポート出力');
    expect(page.byTestId('usage-top-events')!.textContent).toContain('Page'); // a page view is marked as one
    const users = page.allByTestId('usage-user-row');
    expect(users).toHaveLength(4);
    expect(page.allByTestId('usage-user-days').map((td) => td.textContent)).toEqual([
      '2',
      '14',
      '3',
      '0', // never seen: last
    ]);
    expect(page.byTestId('usage-users')!.textContent).toContain('Active days');
    expect(page.byTestId('usage-chart')).not.toBeNull();
  });

  it('shows each user by name, else email, else as an unknown user with the id on hover only', async () => {
    page = await renderPage(<UsageTab accountId={12} />, { answer: () => ({ body: usage }) });
    const cells = page.allByTestId('usage-user');
    expect(cells.map((c) => c.textContent)).toEqual([
      'Unknown user',
      '佐藤 花子sato@example.jp',
      'tanaka@example.jp',
      '鈴木 一郎',
    ]);
    expect(cells[0]!.title).toContain('u2');
    expect(cells[1]!.title).toBe('');
    // No internal id is written on the page, only in the unknown user's tooltip.
    expect(page.byTestId('usage-users')!.textContent).not.toMatch(/u1|u2|seat11/);
  });

  it('words an unknown user in Japanese', async () => {
    page = await renderPage(<UsageTab accountId={12} />, {
      answer: () => ({ body: usage }),
      lang: 'ja',
    });
    expect(page.allByTestId('usage-user')[0]!.textContent).toBe('不明なユーザー');
  });

  it('asks for the last 30 days, then 90', async () => {
    page = await renderPage(<UsageTab accountId={12} />, { answer: () => ({ body: usage }) });
    const asked = () =>
      page.calls
        .filter((c) => c.url.pathname === '/api/v1/accounts/12/usage')
        .map((c) => c.url.searchParams.get('from'));
    expect(asked()).toEqual([lastDays(30).from]);
    await click(page.byTestId('usage-range-90'));
    expect(asked()).toEqual([lastDays(30).from, lastDays(90).from]);
  });

  it('leaves seat utilisation out when the seats are not known', async () => {
    page = await renderPage(<UsageTab accountId={12} />, {
      answer: () => ({ body: { ...usage, licensed_seats: null, seat_utilisation: null } }),
    });
    expect(page.byTestId('usage-seats')).toBeNull();
    expect(text('usage-mau')).toBe('23');
  });

  it('says so when there is no usage in the range', async () => {
    page = await renderPage(<UsageTab accountId={12} />, { answer: () => ({ body: none }) });
    expect(page.byTestId('usage-figures')).toBeNull();
    expect(page.container.textContent).toContain('No product usage in this range');
  });
});
