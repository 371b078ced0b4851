// The account's health: the header's badge (and "手動" while a band is set by hand), the ledger
// ordered by the points each measure costs with the costliest named, a missing value and the
// rule applied to it, the band changes, a band set by hand through the dialog (the server's
// refusal shown at its field) and ended, offered only to those who may log activity.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { AccountHealth, UserRole } from '../../api';
import { click, renderPage, type, until, type Rendered } from '../../test/harness';
import { accountFixture, withStages } from '../../test/editingFixtures';
import { accountHealthFixture, historyFixture, scorecardFixture } from '../../test/healthFixtures';
import { AccountPage } from './AccountPage';

// echarts itself is not drawn in jsdom.
vi.mock('../../components/EChart', () => ({
  CHART_AXIS: { line: {}, label: {}, valueLabel: {}, split: {} },
  EChart: ({ testId }: { testId: string }) => <div data-testid={testId} />,
}));

let page: Rendered;
afterEach(() => page.unmount());

const override = {
  id: 9,
  account_id: 12,
  band: 'green' as const,
  reason: '更新の合意済み',
  expires_at: '2027-01-01T00:00:00Z',
  created_at: '2026-12-07T05:00:00Z',
  created_by: '山田 太郎',
  ended_at: null,
  active: true,
};

async function render(
  role: UserRole,
  health: () => AccountHealth,
  overrideAnswer?: { status: number; body: unknown },
) {
  const rendered = await renderPage(<AccountPage />, {
    role,
    path: '/accounts/12?tab=health',
    route: '/accounts/:id',
    lang: 'ja',
    answer: withStages((call) => {
      const path = call.url.pathname;
      if (path === '/api/v1/accounts/12' && call.method === 'GET')
        return { body: accountFixture() };
      if (path === '/api/v1/accounts/12/health') return { body: health() };
      if (path === '/api/v1/accounts/12/health/history') return { body: historyFixture };
      if (path === '/api/v1/accounts/12/health/diff')
        return {
          body: {
            from: { day: '2026-11-07', score: 70, band: 'green' },
            to: { day: '2026-12-07', score: 52, band: 'yellow' },
            scorecard: { id: 1, version: 1 },
            measures: [
              {
                measure: 'nps_latest',
                unit: 'score',
                raw_from: 9,
                raw_to: 7,
                points_from: 20,
                points_to: 12,
                change: -8,
              },
              {
                measure: 'open_tickets',
                unit: 'count',
                raw_from: 2,
                raw_to: 1,
                points_from: 30,
                points_to: 40,
                change: 10,
              },
            ],
          },
        };
      if (path === '/api/v1/scorecards/1') return { body: scorecardFixture() };
      if (path === '/api/v1/accounts/12/health/override' && call.method === 'POST')
        return overrideAnswer ?? { status: 201, body: override };
      if (path === '/api/v1/accounts/12/health/override' && call.method === 'DELETE')
        return { status: 204, body: null };
      return undefined;
    }),
  });
  await until(() => Boolean(rendered.byTestId('health-ledger')), 'the health tab');
  await until(() => Boolean(rendered.byTestId('health-diff-table')), 'the diff');
  return rendered;
}

describe('HealthTab', () => {
  it('explains the score: the costliest measures first, named in words', async () => {
    page = await render('viewer', () => accountHealthFixture());
    expect(page.byTestId('health-badge')!.textContent).toBe('ヘルス 52');
    expect(page.byTestId('health-summary')!.textContent).toContain('スコア 52.0（黄）');
    expect(page.byTestId('health-summary')!.textContent).toContain('「Default」v1');
    // Counted weights 30 + 10 + 10: the touch costs 20, the tickets 19.98, NPS 10; CSAT is left out.
    const rows = page.allByTestId('health-ledger-row');
    expect(rows.map((r) => r.dataset.measure)).toEqual([
      'days_since_meaningful_touch',
      'open_tickets',
      'nps_latest',
      'csat',
    ]);
    expect(page.byTestId('health-costs')!.textContent).toBe(
      '最も点を下げているのは 最後の面談・電話・訪問からの日数（−20.0点）、未解決のチケット（−20.0点）、最新のNPS（−10.0点） です。',
    );
    expect(rows[0]!.textContent).toContain('278日');
    expect(rows[3]!.textContent).toContain('データなし');
    expect(rows[3]!.textContent).toContain('欠損時の扱い: 除外（残りで再配分）');
    // The band change, and the diff sorted by how far the points moved.
    expect(page.byTestId('health-change')!.textContent).toContain('未解決のチケット 55.0 → 40.0');
    expect(page.allByTestId('health-diff-row').map((r) => r.dataset.measure)).toEqual([
      'open_tickets',
      'nps_latest',
    ]);
    // A viewer may not set the band.
    expect(page.byTestId('health-override-set')).toBeNull();
  });

  it("sets the band by hand, showing the server's refusal at its field", async () => {
    page = await render('csm', () => accountHealthFixture(), {
      status: 400,
      body: {
        error: {
          code: 'invalid',
          reason: 'not_in_future',
          params: {},
          field: 'expires_at',
          message: 'expires_at must be in the future',
        },
      },
    });
    await click(page.byTestId('health-override-set'));
    await type(page.byTestId('health-override-reason'), '更新の合意済み');
    await click(page.byTestId('health-override-dialog-save'));
    const post = page.calls.find((c) => c.method === 'POST')!;
    expect(post.body).toMatchObject({ band: 'yellow', reason: '更新の合意済み' });
    // (The clocks disagreed: the server's word is shown at the day.)
    expect(page.byTestId('health-override-until-error')!.textContent).toBe(
      '未来の日付を指定してください。',
    );
    expect(page.byTestId('health-override-dialog')).not.toBeNull();
  });

  it('shows a band set by hand, and ends it', async () => {
    let current = accountHealthFixture({ band: 'green', override });
    page = await render('csm', () => current);
    expect(page.byTestId('health-badge-manual')!.textContent).toBe('手動');
    expect(page.byTestId('health-badge')!.title).toContain('更新の合意済み');
    expect(page.byTestId('health-override-notice')!.textContent).toContain(
      '山田 太郎 が 2027年1月1日 まで手動で緑に設定しています。',
    );
    current = accountHealthFixture();
    await click(page.byTestId('health-override-end'));
    expect(page.calls.some((c) => c.method === 'DELETE')).toBe(true);
    await until(() => !page.byTestId('health-override-notice'), 'the notice to go');
    expect(page.byTestId('health-badge-manual')).toBeNull();
  });
});
