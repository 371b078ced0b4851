// Staff against a fake /api: the list (status, lock, last sign-in), adding a colleague (the
// form's checks, the server's reason for a weak password), a user's panel (save with the
// version, 409 stale → read again, 409 naming role/disabled shown), password reset, ending
// sessions, tokens, the sign-in lock, both languages, and nothing for roles other than admin.
import { afterEach, describe, expect, it } from 'vitest';
import type { ApiToken, StaffUser } from '../../api';
import { choose, click, renderPage, type, type ApiCall, type Rendered } from '../../test/harness';
import { StaffPage } from './StaffPage';

const base = {
  language: 'ja',
  disabled: false,
  version: 1,
  created_at: '2026-01-05T00:00:00.000Z',
  last_sign_in_at: '2026-11-22T09:00:00.000Z',
  sign_in_blocked_until: null,
} as const;
function staff(): StaffUser[] {
  return [
    { ...base, id: 1, email: 'yamada@banso.example', name: '山田 太郎', role: 'admin', version: 3 },
    {
      ...base,
      id: 2,
      email: 'sato@banso.example',
      name: '佐藤 花子',
      role: 'csm',
      version: 4,
      sign_in_blocked_until: '2099-01-01T00:00:00.000Z',
    },
    {
      ...base,
      id: 3,
      email: 'old@banso.example',
      name: '元社員 一郎',
      role: 'viewer',
      disabled: true,
      last_sign_in_at: null,
    },
    {
      ...base,
      id: 4,
      email: 'emma@banso.example',
      name: 'Emma Clarke',
      role: 'manager',
      language: 'en',
    },
  ];
}
const tokens: ApiToken[] = [
  {
    id: 7,
    user_id: 2,
    name: 'Salesforce 連携',
    prefix: 'bst_AbCd',
    created_at: '2026-10-01T00:00:00.000Z',
    last_used_at: '2026-11-22T00:00:00.000Z',
    expires_at: null,
    revoked_at: null,
  },
  {
    id: 8,
    user_id: 2,
    name: '古い連携',
    prefix: 'bst_Old1',
    created_at: '2026-01-01T00:00:00.000Z',
    last_used_at: null,
    expires_at: null,
    revoked_at: '2026-06-01T00:00:00.000Z',
  },
];
const STRONG = 'Kq7mXv2pLr9sTw4z';

/** An error answer as banso sends it: the English message, its reason and params. */
function error(
  status: number,
  code: string,
  message: string,
  field: string | null,
  reason = code,
  params: Record<string, string | number> = {},
) {
  return { status, body: { error: { code, reason, params, message, field } } };
}

/** A small stateful /users: versions go up on every change, as the server's do. */
function fakeServer(
  options: {
    patch?: (call: ApiCall, user: StaffUser) => ReturnType<typeof error> | undefined;
  } = {},
) {
  const users = staff();
  const userTokens = tokens.map((t) => ({ ...t }));
  const answer = (call: ApiCall) => {
    const path = call.url.pathname;
    if (path === '/api/v1/users' && call.method === 'GET') return { body: { data: users } };
    if (path === '/api/v1/users' && call.method === 'POST') {
      const body = call.body as {
        email: string;
        name: string;
        role: StaffUser['role'];
        language: 'ja' | 'en';
        password: string;
      };
      if (body.password.startsWith('aaaa'))
        return error(
          400,
          'invalid',
          'is too weak: it repeats characters or a sequence',
          'password',
          'weak_password_repetitive',
          {},
        );
      if (users.some((u) => u.email === body.email))
        return error(
          409,
          'conflict',
          'a user with this email already exists',
          'email',
          'already_exists',
        );
      const user: StaffUser = {
        ...base,
        id: 10,
        email: body.email,
        name: body.name,
        role: body.role,
        language: body.language,
        last_sign_in_at: null,
        created_at: '2026-11-23T00:00:00.000Z',
      };
      users.push(user);
      return { status: 201, body: user };
    }
    const m = /^\/api\/v1\/users\/(\d+)(\/.*)?$/.exec(path);
    const user = m ? users.find((u) => u.id === Number(m[1])) : undefined;
    if (m && user) {
      const rest = m[2] ?? '';
      if (rest === '' && call.method === 'GET') return { body: user };
      if (rest === '' && call.method === 'PATCH') {
        const body = call.body as Partial<StaffUser> & { version: number };
        const refused = options.patch?.(call, user);
        if (refused) return refused;
        if (body.version !== user.version)
          return error(409, 'conflict', 'changed meanwhile', 'version');
        Object.assign(user, body, { version: user.version + 1 });
        return { body: user };
      }
      if (rest === '/password' && call.method === 'POST') {
        const { password } = call.body as { password: string };
        if (password.includes('password'))
          return error(
            400,
            'invalid',
            'is too weak: it is based on a dictionary word',
            'password',
            'weak_password_dictionary',
            {},
          );
        user.version += 1; // as banso does: the record changed
        return { status: 204, body: null };
      }
      if (rest === '/sessions' && call.method === 'DELETE') return { body: { ended: 3 } };
      if (rest === '/tokens' && call.method === 'GET')
        return { body: { data: userTokens.filter((t) => t.user_id === user.id) } };
      if (rest === '/sign-in-lock' && call.method === 'DELETE') {
        user.sign_in_blocked_until = null;
        return { status: 204, body: null };
      }
    }
    const token = /^\/api\/v1\/tokens\/(\d+)$/.exec(path);
    if (token && call.method === 'DELETE') {
      const found = userTokens.find((t) => t.id === Number(token[1]));
      if (found && !found.revoked_at) found.revoked_at = '2026-11-23T10:00:00.000Z';
      return { status: 204, body: null };
    }
    return undefined;
  };
  return { users, answer };
}

let page: Rendered;
afterEach(() => page.unmount());

const row = (id: number) =>
  page.container.querySelector<HTMLElement>(`[data-testid="staff-row"][data-user-id="${id}"]`)!;
const inRow = (id: number, testId: string) =>
  row(id).querySelector<HTMLElement>(`[data-testid="${testId}"]`);
const sent = (method: string, path: string) =>
  page.calls.filter((c) => c.method === method && c.url.pathname === path);

async function open(id: number) {
  await click(inRow(id, 'staff-manage'));
  expect(page.byTestId('staff-dialog')).not.toBeNull();
}

describe('StaffPage: the list', () => {
  it('shows each user’s role, language, status, lock and last sign-in; disabled users last', async () => {
    page = await renderPage(<StaffPage />, { answer: fakeServer().answer });
    expect(page.byTestId('staff-title')!.textContent).toBe('Staff');
    expect(page.byTestId('staff-count')!.textContent).toBe('4 people');
    expect(page.allByTestId('staff-row').map((r) => r.getAttribute('data-user-id'))).toEqual([
      '1',
      '2',
      '4',
      '3',
    ]);
    expect(row(1).textContent).toContain('You');
    expect(inRow(2, 'staff-role')!.textContent).toBe('CSM');
    expect(inRow(2, 'staff-status')!.textContent).toBe('Active');
    expect(inRow(2, 'staff-locked')!.textContent).toBe('Sign-in locked');
    expect(inRow(1, 'staff-locked')).toBeNull();
    expect(inRow(4, 'staff-role')!.textContent).toBe('Manager');
    expect(row(4).textContent).toContain('English');
    expect(row(2).textContent).toContain('日本語');
    expect(inRow(3, 'staff-status')!.textContent).toBe('Disabled');
    expect(row(3).className).toBe('row-dim');
    expect(row(3).textContent).toContain('Never signed in');
  });

  it('is in Japanese when the console is', async () => {
    page = await renderPage(<StaffPage />, { answer: fakeServer().answer, lang: 'ja' });
    expect(page.byTestId('staff-title')!.textContent).toBe('スタッフ');
    expect(page.byTestId('staff-count')!.textContent).toBe('4 人');
    expect(inRow(2, 'staff-status')!.textContent).toBe('有効');
    expect(inRow(3, 'staff-status')!.textContent).toBe('無効');
    expect(inRow(2, 'staff-locked')!.textContent).toBe('ログイン制限中');
    expect(inRow(4, 'staff-role')!.textContent).toBe('マネージャー');
    expect(row(1).textContent).toContain('あなた');
    expect(row(3).textContent).toContain('未ログイン');
  });

  it('says admins only, and asks nothing of the server, for other roles', async () => {
    page = await renderPage(<StaffPage />, { role: 'manager', answer: fakeServer().answer });
    expect(page.container.textContent).toContain('Only admins can manage staff');
    expect(page.calls.some((c) => c.url.pathname.startsWith('/api/v1/users'))).toBe(false);
  });
});

describe('StaffPage: adding a colleague', () => {
  async function fill(fields: {
    email?: string;
    name?: string;
    password?: string;
    confirmation?: string;
  }) {
    if (fields.email !== undefined) await type(page.byTestId('staff-new-email'), fields.email);
    if (fields.name !== undefined) await type(page.byTestId('staff-new-name'), fields.name);
    if (fields.password !== undefined) await type(page.byTestId('password-new'), fields.password);
    if (fields.confirmation !== undefined)
      await type(page.byTestId('password-confirm'), fields.confirmation);
  }

  it('checks the form before sending, then adds the user to the list', async () => {
    page = await renderPage(<StaffPage />, { answer: fakeServer().answer });
    await click(page.byTestId('staff-add'));
    await click(page.byTestId('staff-add-submit'));
    expect(page.byTestId('staff-new-email-error')!.textContent).toBe('Enter an email address.');
    expect(page.byTestId('staff-new-name-error')!.textContent).toBe('Enter a name.');
    expect(page.byTestId('password-new-error')!.textContent).toBe('Enter a password.');

    await fill({ email: 'kimura.banso.example', name: ' 木村 葵 ', password: 'short-pass1' });
    await click(page.byTestId('staff-add-submit'));
    expect(page.byTestId('staff-new-email-error')!.textContent).toBe(
      'Enter an email address such as name@example.com.',
    );
    expect(page.byTestId('password-new-error')!.textContent).toBe('Use at least 12 characters.');

    await fill({ email: 'kimura@banso.example', password: STRONG, confirmation: `${STRONG}x` });
    await click(page.byTestId('staff-add-submit'));
    expect(page.byTestId('password-confirm-error')!.textContent).toBe('The two passwords differ.');
    expect(sent('POST', '/api/v1/users')).toHaveLength(0);

    await choose(page.byTestId('staff-new-role'), 'marketer');
    await choose(page.byTestId('staff-new-language'), 'en');
    await fill({ confirmation: STRONG });
    await click(page.byTestId('staff-add-submit'));
    expect(sent('POST', '/api/v1/users').map((c) => c.body)).toEqual([
      {
        email: 'kimura@banso.example',
        name: '木村 葵',
        role: 'marketer',
        language: 'en',
        password: STRONG,
      },
    ]);
    expect(page.byTestId('staff-add-dialog')).toBeNull();
    expect(page.byTestId('staff-notice')!.textContent).toContain('木村 葵 was added');
    expect(inRow(10, 'staff-role')!.textContent).toBe('Customer marketer');
    expect(page.byTestId('staff-count')!.textContent).toBe('5 people');
  });

  it('shows the server’s reason for a weak password, or a taken email, by the field, in the user’s language', async () => {
    page = await renderPage(<StaffPage />, { answer: fakeServer().answer, lang: 'ja' });
    await click(page.byTestId('staff-add'));
    await fill({
      email: 'kimura@banso.example',
      name: '木村 葵',
      password: 'aaaaaaaaaaaa',
      confirmation: 'aaaaaaaaaaaa',
    });
    await click(page.byTestId('staff-add-submit'));
    // pwquality's own words stay English: the server sends them as the detail.
    expect(page.byTestId('password-new-error')!.textContent).toBe(
      'パスワードが弱すぎます。同じ文字や並びが繰り返されています。',
    );
    expect(page.byTestId('staff-add-dialog')).not.toBeNull();

    await fill({ email: 'sato@banso.example', password: STRONG, confirmation: STRONG });
    await click(page.byTestId('staff-add-submit'));
    expect(page.byTestId('staff-new-email-error')!.textContent).toBe('すでに登録されています。');
    expect(page.byTestId('password-new-error')).toBeNull();
  });

  it('generates a strong password into both fields and shows it', async () => {
    page = await renderPage(<StaffPage />, { answer: fakeServer().answer });
    await click(page.byTestId('staff-add'));
    await click(page.byTestId('password-generate'));
    const password = page.byTestId<HTMLInputElement>('password-new')!;
    expect(password.value).toHaveLength(20);
    expect(page.byTestId<HTMLInputElement>('password-confirm')!.value).toBe(password.value);
    expect(password.type).toBe('text');
  });
});

describe('StaffPage: a user’s panel', () => {
  it('saves a new role with the version read, and only what changed', async () => {
    const server = fakeServer();
    page = await renderPage(<StaffPage />, { answer: server.answer });
    await open(2);
    expect(page.byTestId<HTMLButtonElement>('staff-save')!.disabled).toBe(true);
    await choose(page.byTestId('staff-edit-role'), 'marketer');
    await click(page.byTestId('staff-save'));
    expect(sent('PATCH', '/api/v1/users/2').map((c) => c.body)).toEqual([
      { version: 4, role: 'marketer' },
    ]);
    expect(page.byTestId('staff-profile-message')!.textContent).toBe('Saved.');
    expect(inRow(2, 'staff-role')!.textContent).toBe('Customer marketer');
    expect(
      page.byTestId('staff-dialog')!.querySelector('.staff-dialog')!.getAttribute('data-version'),
    ).toBe('5');

    await type(page.byTestId('staff-edit-name'), '佐藤 はなこ');
    await choose(page.byTestId('staff-edit-language'), 'en');
    await click(page.byTestId('staff-save'));
    expect(sent('PATCH', '/api/v1/users/2')[1]!.body).toEqual({
      version: 5,
      name: '佐藤 はなこ',
      language: 'en',
    });
    expect(row(2).textContent).toContain('佐藤 はなこ');
  });

  it('reads the user again when someone changed them meanwhile, and says so', async () => {
    const server = fakeServer();
    page = await renderPage(<StaffPage />, { answer: server.answer });
    await open(2);
    // Another admin renames her while the panel is open.
    Object.assign(server.users[1]!, { name: '佐藤 花子（営業）', version: 5 });
    await choose(page.byTestId('staff-edit-role'), 'manager');
    await click(page.byTestId('staff-save'));
    expect(sent('GET', '/api/v1/users/2')).toHaveLength(1);
    const message = page.byTestId('staff-profile-message')!;
    expect(message.getAttribute('data-tone')).toBe('warning');
    expect(message.textContent).toContain('Someone changed this person in the meantime');
    expect(page.byTestId<HTMLInputElement>('staff-edit-name')!.value).toBe('佐藤 花子（営業）');
    expect(page.byTestId<HTMLSelectElement>('staff-edit-role')!.value).toBe('csm');
    expect(row(2).textContent).toContain('佐藤 花子（営業）');

    await choose(page.byTestId('staff-edit-role'), 'manager');
    await click(page.byTestId('staff-save'));
    expect(sent('PATCH', '/api/v1/users/2')[1]!.body).toEqual({ version: 5, role: 'manager' });
    expect(inRow(2, 'staff-role')!.textContent).toBe('Manager');
  });

  it('shows why the last admin cannot lose the role, or disable themself', async () => {
    const server = fakeServer({
      patch: (call) => {
        const body = call.body as { role?: string; disabled?: boolean };
        if (body.role)
          return error(
            409,
            'conflict',
            'this is the last enabled admin; make another admin first',
            'role',
            'last_admin',
            { detail: '; make another admin first' },
          );
        if (body.disabled)
          return error(
            409,
            'conflict',
            'you cannot disable your own account; ask another admin',
            'disabled',
            'own_account',
            { detail: '; ask another admin' },
          );
        return undefined;
      },
    });
    page = await renderPage(<StaffPage />, { answer: server.answer });
    await open(1);
    await choose(page.byTestId('staff-edit-role'), 'csm');
    await click(page.byTestId('staff-save'));
    expect(page.byTestId('staff-edit-role-error')!.textContent).toBe(
      'This is the last enabled admin; make another admin first.',
    );
    await click(page.byTestId('staff-disable'));
    await click(page.byTestId('staff-disable-confirm'));
    const message = page.byTestId('staff-access-message')!;
    expect(message.getAttribute('data-tone')).toBe('error');
    expect(message.textContent).toBe('You cannot disable your own account; ask another admin.');
    expect(sent('GET', '/api/v1/users/1')).toHaveLength(0); // not taken for a stale version
    expect(inRow(1, 'staff-status')!.textContent).toBe('Active');
  });

  it('disables and enables only after confirmation', async () => {
    page = await renderPage(<StaffPage />, { answer: fakeServer().answer });
    await open(2);
    await click(page.byTestId('staff-disable'));
    expect(page.byTestId('staff-disable-confirm-row')!.textContent).toContain('Disable 佐藤 花子?');
    await click(page.byTestId('staff-disable-cancel'));
    expect(sent('PATCH', '/api/v1/users/2')).toHaveLength(0);

    await click(page.byTestId('staff-disable'));
    await click(page.byTestId('staff-disable-confirm'));
    expect(sent('PATCH', '/api/v1/users/2').map((c) => c.body)).toEqual([
      { version: 4, disabled: true },
    ]);
    expect(page.byTestId('staff-access-message')!.textContent).toBe('佐藤 花子 is disabled.');
    expect(inRow(2, 'staff-status')!.textContent).toBe('Disabled');
    expect(page.byTestId('staff-disable')).toBeNull();

    await click(page.byTestId('staff-enable'));
    await click(page.byTestId('staff-enable-confirm'));
    expect(sent('PATCH', '/api/v1/users/2')[1]!.body).toEqual({ version: 5, disabled: false });
    expect(inRow(2, 'staff-status')!.textContent).toBe('Active');
  });

  it('resets the password: checked here first, the server’s reason by the field, then back to the panel', async () => {
    page = await renderPage(<StaffPage />, { answer: fakeServer().answer });
    await open(2);
    await click(page.byTestId('staff-reset-password'));
    expect(page.byTestId('staff-dialog')).toBeNull();
    expect(page.byTestId('staff-password-dialog')!.textContent).toContain(
      'Every session of 佐藤 花子 ends',
    );

    await type(page.byTestId('password-new'), 'too-short');
    await click(page.byTestId('staff-password-submit'));
    expect(page.byTestId('password-new-error')!.textContent).toBe('Use at least 12 characters.');
    await type(page.byTestId('password-new'), 'my-password-1');
    await type(page.byTestId('password-confirm'), 'my-password-2');
    await click(page.byTestId('staff-password-submit'));
    expect(page.byTestId('password-confirm-error')!.textContent).toBe('The two passwords differ.');
    expect(sent('POST', '/api/v1/users/2/password')).toHaveLength(0);

    await type(page.byTestId('password-confirm'), 'my-password-1');
    await click(page.byTestId('staff-password-submit'));
    expect(page.byTestId('password-new-error')!.textContent).toBe(
      'The password is too weak: it is based on a dictionary word.',
    );

    await type(page.byTestId('password-new'), STRONG);
    await type(page.byTestId('password-confirm'), STRONG);
    await click(page.byTestId('staff-password-submit'));
    expect(sent('POST', '/api/v1/users/2/password').map((c) => c.body)).toEqual([
      { password: 'my-password-1' },
      { password: STRONG },
    ]);
    expect(page.byTestId('staff-password-dialog')).toBeNull();
    expect(page.byTestId('staff-signIn-message')!.textContent).toContain(
      'The password of 佐藤 花子 was reset',
    );

    // The new password changed the record: read again, so the next change is not refused as stale.
    expect(sent('GET', '/api/v1/users/2')).toHaveLength(1);
    await click(page.byTestId('staff-disable'));
    await click(page.byTestId('staff-disable-confirm'));
    expect(sent('PATCH', '/api/v1/users/2').map((c) => c.body)).toEqual([
      { version: 5, disabled: true },
    ]);
    expect(inRow(2, 'staff-status')!.textContent).toBe('Disabled');
  });

  it('ends every session after confirmation and says how many', async () => {
    page = await renderPage(<StaffPage />, { answer: fakeServer().answer });
    await open(1);
    await click(page.byTestId('staff-end-sessions'));
    expect(page.byTestId('staff-end-sessions-confirm-row')!.textContent).toContain(
      'You will be signed out too.',
    );
    await click(page.byTestId('staff-end-sessions-cancel'));
    expect(sent('DELETE', '/api/v1/users/1/sessions')).toHaveLength(0);
    await click(page.byTestId('staff-end-sessions'));
    await click(page.byTestId('staff-end-sessions-confirm'));
    expect(sent('DELETE', '/api/v1/users/1/sessions')).toHaveLength(1);
    expect(page.byTestId('staff-signIn-message')!.textContent).toBe('3 sessions ended.');
    expect(sent('GET', '/api/v1/users/1')).toHaveLength(1); // read again
  });

  it('lists the user’s tokens and revokes an active one after confirmation', async () => {
    page = await renderPage(<StaffPage />, { answer: fakeServer().answer });
    await open(2);
    const states = () =>
      page
        .allByTestId('staff-token-row')
        .map((r) => `${r.getAttribute('data-token-id')}:${r.getAttribute('data-state')}`);
    expect(states()).toEqual(['7:active', '8:revoked']);
    expect(page.allByTestId('staff-token-revoke')).toHaveLength(1);
    expect(page.byTestId('staff-tokens')!.textContent).toContain('bst_AbCd…');
    await click(page.byTestId('staff-token-revoke'));
    expect(page.byTestId('staff-token-confirm-row')!.textContent).toContain(
      'Revoke the token “Salesforce 連携”?',
    );
    await click(page.byTestId('staff-token-revoke-confirm'));
    expect(sent('DELETE', '/api/v1/tokens/7')).toHaveLength(1);
    expect(states()).toEqual(['7:revoked', '8:revoked']);
    expect(page.allByTestId('staff-token-revoke')).toHaveLength(0);
  });

  it('clears a sign-in lock, offered only while there is one', async () => {
    page = await renderPage(<StaffPage />, { answer: fakeServer().answer });
    await open(4);
    expect(page.byTestId('staff-clear-lock')).toBeNull();
    expect(page.byTestId('staff-tokens')!.textContent).toContain('No API tokens');
    await click(page.byTestId('staff-dialog-close'));
    await open(2);
    await click(page.byTestId('staff-clear-lock'));
    expect(sent('DELETE', '/api/v1/users/2/sign-in-lock')).toHaveLength(1);
    expect(page.byTestId('staff-signIn-message')!.textContent).toBe(
      'The sign-in lock was cleared.',
    );
    expect(page.byTestId('staff-clear-lock')).toBeNull();
    expect(inRow(2, 'staff-locked')).toBeNull();
  });
});
