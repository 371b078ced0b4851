// The account page as a place to record: the header's actions on every tab (by role), a
// touchpoint logged from the header or the timeline and the timeline read again, a touchpoint
// edited and deleted from the timeline, the account edited from its header.
import { afterEach, describe, expect, it } from 'vitest';
import type { UserRole } from '../../api';
import { click, renderPage, type, until, type Rendered } from '../../test/harness';
import {
  accountFixture,
  contactsFixture,
  pageOf,
  staffFixture,
  timelineOf,
  touchpointFixture,
  withStages,
} from '../../test/editingFixtures';
import { AccountPage } from './AccountPage';

let page: Rendered;
afterEach(() => page.unmount());

const timelineReads = () =>
  page.calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/v1/accounts/12/timeline')
    .length;

async function render(role: UserRole, tab = 'timeline') {
  const rendered = await renderPage(<AccountPage />, {
    role,
    path: `/accounts/12?tab=${tab}`,
    route: '/accounts/:id',
    lang: 'ja',
    answer: withStages((call) => {
      const path = call.url.pathname;
      if (path === '/api/v1/accounts/12' && call.method === 'GET')
        return { body: accountFixture() };
      if (path === '/api/v1/accounts/12/timeline')
        return { body: pageOf(timelineOf([touchpointFixture()])) };
      if (path === '/api/v1/contacts') return { body: pageOf(contactsFixture) };
      if (path === '/api/v1/users') return { body: { data: staffFixture() } };
      if (path === '/api/v1/touchpoints' && call.method === 'POST')
        return { status: 201, body: touchpointFixture({ id: 902 }) };
      if (path === '/api/v1/touchpoints/501' && call.method === 'PATCH')
        return { body: touchpointFixture({ version: 4 }) };
      if (path === '/api/v1/touchpoints/501' && call.method === 'DELETE')
        return { status: 204, body: null };
      return undefined;
    }),
  });
  // A tab other than the profile is a chunk of its own: wait until it (and its data) is there.
  await until(
    () => !rendered.byTestId(`panel-${tab}`)?.querySelector('.skeleton'),
    `the ${tab} tab`,
  );
  return rendered;
}

describe('AccountPage: recording', () => {
  it('offers a CSM logging and editing in the header, on every tab', async () => {
    page = await render('csm', 'usage');
    expect(page.byTestId('account-log-touchpoint')!.textContent).toBe('タッチポイントを記録');
    expect(page.byTestId('account-edit')!.textContent).toBe('編集');
  });

  it('offers a viewer neither, and a marketer logging only', async () => {
    page = await render('viewer');
    expect(page.byTestId('account-log-touchpoint')).toBeNull();
    expect(page.byTestId('account-edit')).toBeNull();
    expect(page.byTestId('timeline-log')).toBeNull();
    expect(page.byTestId('touchpoint-edit')).toBeNull();
    page.unmount();
    page = await render('marketer');
    expect(page.byTestId('account-log-touchpoint')).not.toBeNull();
    expect(page.byTestId('account-edit')).toBeNull();
  });

  it('logs a touchpoint from the header in two clicks and reads the timeline again', async () => {
    page = await render('csm');
    const before = timelineReads();
    await click(page.byTestId('account-log-touchpoint'));
    await type(page.byTestId('touchpoint-summary'), '電話で更新の意向を確認。');
    await click(page.byTestId('touchpoint-dialog-save'));
    const post = page.calls.find((c) => c.method === 'POST')!;
    expect(post.body).toMatchObject({
      account_id: 12,
      kind: 'meeting',
      summary: '電話で更新の意向を確認。',
    });
    expect(page.byTestId('touchpoint-dialog')).toBeNull();
    expect(timelineReads()).toBe(before + 1);
  });

  it('logs from the timeline tab too; on another tab it says where the touchpoint went', async () => {
    page = await render('csm', 'contacts');
    await click(page.byTestId('account-log-touchpoint'));
    await type(page.byTestId('touchpoint-summary'), 'メモ');
    await click(page.byTestId('touchpoint-dialog-save'));
    expect(page.byTestId('touchpoint-logged')!.textContent).toContain(
      'タッチポイントを記録しました。',
    );
    await click(page.byTestId('touchpoint-logged')!.querySelector('button'));
    expect(page.location()).toBe('/accounts/12?tab=timeline');
    await until(() => page.byTestId('timeline-log') !== null, 'the timeline tab');
    await click(page.byTestId('timeline-log'));
    expect(page.byTestId('touchpoint-dialog')).not.toBeNull();
  });

  it('edits a touchpoint of the timeline with its version', async () => {
    page = await render('csm');
    expect(page.byTestId('touchpoint-delete')).toBeNull(); // a CSM may not delete
    await click(page.byTestId('touchpoint-edit'));
    await type(page.byTestId('touchpoint-summary'), '追記しました');
    const before = timelineReads();
    await click(page.byTestId('touchpoint-dialog-save'));
    expect(page.calls.find((c) => c.method === 'PATCH')!.body).toMatchObject({
      version: 3,
      summary: '追記しました',
    });
    expect(timelineReads()).toBe(before + 1);
  });

  it('deletes a touchpoint after a question (a manager)', async () => {
    page = await render('manager');
    await click(page.byTestId('touchpoint-delete'));
    expect(page.calls.some((c) => c.method === 'DELETE')).toBe(false);
    expect(page.container.textContent).toContain('このタッチポイントを削除しますか？');
    await click(page.byTestId('touchpoint-delete-cancel'));
    expect(page.byTestId('touchpoint-delete-confirm')).toBeNull();
    await click(page.byTestId('touchpoint-delete'));
    await click(page.byTestId('touchpoint-delete-confirm'));
    expect(page.calls.find((c) => c.method === 'DELETE')!.url.pathname).toBe(
      '/api/v1/touchpoints/501',
    );
  });

  it('opens the account’s edit dialog from the header', async () => {
    page = await render('csm', 'profile');
    await click(page.byTestId('account-edit'));
    expect(page.byTestId('account-dialog')!.textContent).toContain('「さくら精機株式会社」を編集');
    await click(page.byTestId('account-dialog-cancel'));
    expect(page.byTestId('account-dialog')).toBeNull();
    await click(page.byTestId('profile-edit'));
    expect(page.byTestId('account-dialog')).not.toBeNull();
  });
});
