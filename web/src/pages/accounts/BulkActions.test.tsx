// Bulk actions on the account list against a fake /api: rows ticked one by one or a page at a
// time, the bar that counts them, what each dialog sends to POST /accounts/bulk (owner, touch
// model with its reason, journey stage with a note), the notice, the selection emptied and the
// list read again after it; a refusal shown in the dialog; none of it for a viewer. And the
// list's export, with its filters and sort but not its page.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserRole } from '../../api';
import { downloadBlob } from '../../lib/download';
import { accountFixture, staffFixture, withStages } from '../../test/editingFixtures';
import { choose, click, flush, renderPage, type, type Rendered } from '../../test/harness';
import { AccountListPage } from './AccountListPage';
import { ownerBody, stageBody, tierBody, tierProblems } from './bulk';

vi.mock('../../lib/download', () => ({ downloadBlob: vi.fn(), downloadText: vi.fn() }));

let page: Rendered;
afterEach(() => page?.unmount());

const PAGE_1 = [
  accountFixture({ id: 1, name: '株式会社かもめ物流' }),
  accountFixture({ id: 2, name: 'Blue Harbor Software Ltd.' }),
  accountFixture({ id: 3, name: 'さくら精機株式会社' }),
];
const PAGE_2 = [accountFixture({ id: 4, name: '旭化学工業株式会社' })];

function render(
  options: {
    role?: UserRole;
    lang?: 'ja' | 'en';
    path?: string;
    bulk?: (body: unknown) => { status?: number; body: unknown };
  } = {},
) {
  const { role = 'csm', lang = 'en', path = '/accounts', bulk } = options;
  return renderPage(<AccountListPage />, {
    role,
    lang,
    path,
    route: '/accounts',
    answer: withStages((call) => {
      const { pathname, searchParams } = call.url;
      if (pathname === '/api/v1/users') return { body: { data: staffFixture() } };
      if (pathname === '/api/v1/accounts') {
        const second = searchParams.get('cursor') === 'c2';
        return {
          body: { data: second ? PAGE_2 : PAGE_1, total: 4, next_cursor: second ? null : 'c2' },
        };
      }
      if (pathname === '/api/v1/accounts/bulk' && call.method === 'POST')
        return bulk
          ? bulk(call.body)
          : { body: { updated: (call.body as { account_ids: number[] }).account_ids.length } };
      if (pathname.startsWith('/api/v1/exports/')) return { body: 'csv' };
      return undefined;
    }),
  });
}

const rowBox = (id: number) =>
  page.container.querySelector<HTMLInputElement>(
    `[data-testid="account-row"][data-account-id="${id}"] [data-testid="account-select"]`,
  )!;
const pageBox = () => page.byTestId<HTMLInputElement>('select-page')!;
const posts = () =>
  page.calls.filter((c) => c.method === 'POST' && c.url.pathname === '/api/v1/accounts/bulk');
const listReads = () => page.calls.filter((c) => c.url.pathname === '/api/v1/accounts').length;

async function tick(...ids: number[]) {
  for (const id of ids) await click(rowBox(id));
}

describe('bulk bodies', () => {
  it('say exactly the change asked for', () => {
    expect(ownerBody([1, 2], { owner: '4' })).toEqual({ account_ids: [1, 2], owner_id: 4 });
    expect(ownerBody([1], { owner: 'none' })).toEqual({ account_ids: [1], owner_id: null });
    expect(tierBody([1], { tier: 'high_touch', reason: ' 戦略顧客 ' })).toEqual({
      account_ids: [1],
      tier_override: 'high_touch',
      tier_override_reason: '戦略顧客',
    });
    expect(tierBody([1], { tier: 'clear', reason: 'ignored' })).toEqual({
      account_ids: [1],
      tier_override: null,
    });
    expect(stageBody([1], { stage: 'renewing', note: '  ' })).toEqual({
      account_ids: [1],
      journey_stage: 'renewing',
    });
    const t = (key: string) => key;
    expect(tierProblems({ tier: 'low_touch', reason: ' ' }, t)).toEqual({
      reason: 'account.tierReasonRequired',
    });
    expect(tierProblems({ tier: 'clear', reason: '' }, t)).toEqual({});
  });
});

describe('AccountListPage bulk selection', () => {
  it('ticks rows one by one or the whole page, and counts them in the bar', async () => {
    page = await render();
    expect(page.byTestId('bulk-bar')).toBeNull();
    await tick(1, 3);
    expect(page.byTestId('bulk-count')!.textContent).toBe('2 selected');
    expect(pageBox().checked).toBe(false);
    expect(pageBox().indeterminate).toBe(true);
    expect(
      page.allByTestId('account-row').map((row) => row.classList.contains('row-selected')),
    ).toEqual([true, false, true]);
    // A tick never opens the account.
    expect(page.location()).toBe('/accounts');

    await click(pageBox());
    expect(page.byTestId('bulk-count')!.textContent).toBe('3 selected');
    expect(pageBox().checked).toBe(true);
    expect(pageBox().indeterminate).toBe(false);
    await click(pageBox());
    expect(page.byTestId('bulk-bar')).toBeNull();
    expect(PAGE_1.map((a) => rowBox(a.id).checked)).toEqual([false, false, false]);
  });

  it('keeps the selection across pages, and empties it when the filters change', async () => {
    page = await render();
    await tick(2);
    await click(page.byTestId('page-next'));
    await tick(4);
    expect(page.byTestId('bulk-count')!.textContent).toBe('2 selected');
    expect(pageBox().indeterminate).toBe(false); // this page: all of it
    await click(page.byTestId('page-prev'));
    expect(rowBox(2).checked).toBe(true);
    await choose(page.byTestId('filter-tier'), 'high_touch');
    expect(page.byTestId('bulk-bar')).toBeNull();
    expect(rowBox(2).checked).toBe(false);
  });

  it('shows no checkboxes and no bar to a viewer', async () => {
    page = await render({ role: 'viewer' });
    expect(page.allByTestId('account-row')).toHaveLength(3);
    expect(page.byTestId('account-select')).toBeNull();
    expect(page.byTestId('select-page')).toBeNull();
    expect(page.byTestId('export-accounts')).not.toBeNull();
  });

  it('reassigns the owner by name, then says how many, unticks them and reads the list again', async () => {
    page = await render();
    await tick(1, 2);
    await click(page.byTestId('bulk-owner'));
    const dialog = page.byTestId('bulk-owner-dialog')!;
    expect(dialog.querySelector('.modal-title')!.textContent).toBe(
      'Reassign the owner of 2 accounts',
    );
    expect(page.byTestId('bulk-targets')!.textContent).toBe(
      'Changes株式会社かもめ物流, Blue Harbor Software Ltd.',
    );
    const select = page.byTestId<HTMLSelectElement>('bulk-owner-select')!;
    // Names (the email when there is none), never ids; nobody disabled; "no owner" offered.
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'Choose a staff member',
      'No owner',
      'nameless@banso.example',
      '伊藤 直樹',
      '佐藤 花子',
    ]);
    // Nothing chosen: said, not sent.
    await click(page.byTestId('bulk-owner-dialog-save'));
    expect(page.byTestId('bulk-owner-error')!.textContent).toBe('Choose an owner, or “No owner”.');
    expect(posts()).toHaveLength(0);

    const reads = listReads();
    await choose(select, '4');
    expect(page.byTestId('bulk-owner-dialog-save')!.textContent).toBe('Apply to 2 accounts');
    await click(page.byTestId('bulk-owner-dialog-save'));
    expect(posts().map((c) => c.body)).toEqual([{ account_ids: [1, 2], owner_id: 4 }]);
    expect(page.byTestId('bulk-owner-dialog')).toBeNull();
    expect(page.byTestId('bulk-notice')!.textContent).toBe('Updated 2 accounts.');
    expect(page.byTestId('bulk-bar')).toBeNull();
    expect(rowBox(1).checked).toBe(false);
    expect(listReads()).toBe(reads + 1);
  });

  it('clears the owner with “No owner”', async () => {
    page = await render();
    await tick(3);
    await click(page.byTestId('bulk-owner'));
    await choose(page.byTestId('bulk-owner-select'), 'none');
    await click(page.byTestId('bulk-owner-dialog-save'));
    expect(posts().map((c) => c.body)).toEqual([{ account_ids: [3], owner_id: null }]);
  });

  it('sets a touch model only with a reason, and clears one without', async () => {
    page = await render();
    await tick(1, 2, 3);
    await click(page.byTestId('bulk-tier'));
    expect(page.byTestId('bulk-tier-reason')).toBeNull();
    await choose(page.byTestId('bulk-tier-select'), 'high_touch');
    await click(page.byTestId('bulk-tier-dialog-save'));
    expect(page.byTestId('bulk-tier-reason-error')!.textContent).toBe(
      'Say why the touch model is set by hand.',
    );
    expect(posts()).toHaveLength(0);
    await type(page.byTestId('bulk-tier-reason'), ' Strategic accounts: the VP covers them ');
    expect(page.byTestId('bulk-tier-reason-error')).toBeNull();
    await click(page.byTestId('bulk-tier-dialog-save'));
    expect(posts().at(-1)!.body).toEqual({
      account_ids: [1, 2, 3],
      tier_override: 'high_touch',
      tier_override_reason: 'Strategic accounts: the VP covers them',
    });
    expect(page.byTestId('bulk-notice')!.textContent).toBe('Updated 3 accounts.');

    await tick(2);
    await click(page.byTestId('bulk-tier'));
    await choose(page.byTestId('bulk-tier-select'), 'clear');
    expect(page.byTestId('bulk-tier-reason')).toBeNull();
    await click(page.byTestId('bulk-tier-dialog-save'));
    expect(posts().at(-1)!.body).toEqual({ account_ids: [2], tier_override: null });
  });

  it('moves the journey stage with a note, and says in Japanese how many were already there', async () => {
    page = await render({ lang: 'ja', bulk: () => ({ body: { updated: 2 } }) });
    await tick(3, 1, 2);
    expect(page.byTestId('bulk-count')!.textContent).toBe('3 件を選択');
    expect(page.byTestId('bulk-stage')!.textContent).toBe('ジャーニー段階を移動');
    await click(page.byTestId('bulk-stage'));
    expect(page.byTestId('bulk-targets')!.textContent).toBe(
      '対象さくら精機株式会社、株式会社かもめ物流、Blue Harbor Software Ltd.',
    );
    await choose(page.byTestId('bulk-stage-select'), 'renewing');
    await type(page.byTestId('bulk-stage-note'), '更新交渉を開始');
    await click(page.byTestId('bulk-stage-dialog-save'));
    expect(posts().map((c) => c.body)).toEqual([
      { account_ids: [3, 1, 2], journey_stage: 'renewing', note: '更新交渉を開始' },
    ]);
    expect(page.byTestId('bulk-notice')!.textContent).toBe(
      '2 件を更新しました。1 件はすでに指定どおりでした。',
    );
  });

  it('shows the server’s refusal in the dialog, and keeps the selection', async () => {
    page = await render({
      bulk: () => ({
        status: 400,
        body: {
          error: {
            code: 'invalid',
            reason: 'invalid',
            message: 'account_ids[1]: no account has this id',
            field: 'account_ids[1]',
          },
        },
      }),
    });
    await tick(1, 2);
    await click(page.byTestId('bulk-stage'));
    await choose(page.byTestId('bulk-stage-select'), 'adopting');
    await click(page.byTestId('bulk-stage-dialog-save'));
    expect(page.byTestId('bulk-stage-dialog-error')!.textContent).toContain(
      'account_ids[1]: no account has this id',
    );
    expect(page.byTestId('bulk-stage-dialog')).not.toBeNull();
    expect(page.byTestId('bulk-notice')).toBeNull();
    expect(page.byTestId('bulk-count')!.textContent).toBe('2 selected');
  });
});

describe('AccountListPage export', () => {
  it('exports the list with its search, filters and sort, every page of it', async () => {
    page = await render({ path: '/accounts?q=%E6%97%AD&tier=high_touch&sort=-arr&cursor=c2' });
    await click(page.byTestId('export-accounts'));
    await click(page.byTestId('export-accounts-utf-8'));
    await flush();
    const call = page.calls.find((c) => c.url.pathname === '/api/v1/exports/accounts')!;
    expect(Object.fromEntries(call.url.searchParams)).toEqual({
      encoding: 'utf-8',
      q: '旭',
      tier: 'high_touch',
      sort: '-arr',
    });
    expect(vi.mocked(downloadBlob)).toHaveBeenCalledWith('accounts.csv', expect.anything());
  });
});
