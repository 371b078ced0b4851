// A contact who left for another customer, recorded from the Contacts tab: the account found by
// search (never the one they leave), their role, title and email there, POST /contacts/{id}/moves,
// the list read again; where each person went or came from shown and linked; a former champion
// announced on the account they joined; a contact that had already moved (409) said plainly.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Account, RelationshipMap, UserRole } from '../../api';
import {
  choose,
  click,
  flush,
  renderPage,
  type,
  type ApiCall,
  type Rendered,
} from '../../test/harness';
import {
  accountFixture,
  contactFixture,
  contactsFixture,
  pageOf,
} from '../../test/editingFixtures';
import { relationshipFixture } from '../../test/successFixtures';
import { ContactsTab } from './ContactsTab';
import { formerChampions, moveInput, moveProblems, movesById } from './contactMove';

let page: Rendered;
afterEach(() => page?.unmount());

const kamome = accountFixture({ id: 40, name: '株式会社かもめ', domain: 'kamome.example.jp' });
const found: Account[] = [
  accountFixture(), // the account they leave: never offered
  kamome,
  accountFixture({
    id: 41,
    name: 'かもめ物流株式会社',
    domain: null,
    name_kana: 'カモメブツリュウ',
  }),
];

/** The map of account 12: 高橋 健 (33) left for かもめ; 山田 太郎 (34) came from 株式会社あおば as its champion. */
function movedMap(overrides: Partial<RelationshipMap> = {}): RelationshipMap {
  const base = relationshipFixture({ warnings: [], departed_champions: [] });
  const person = base.contacts[0]!;
  return {
    ...base,
    highlights: ['former_champion_joined'],
    contacts: [
      {
        ...person,
        id: 33,
        name: '高橋 健',
        departed: true,
        moved_to: { contact_id: 90, account_id: 40, account_name: '株式会社かもめ', role: null },
      },
      {
        ...person,
        id: 34,
        name: '山田 太郎',
        came_from: {
          contact_id: 7,
          account_id: 5,
          account_name: '株式会社あおば',
          role: 'champion',
        },
      },
    ],
    ...overrides,
  };
}

function render(
  options: {
    role?: UserRole;
    lang?: 'ja' | 'en';
    map?: RelationshipMap;
    move?: (call: ApiCall) => { status?: number; body: unknown };
  } = {},
) {
  const { role = 'csm', lang = 'ja', map = relationshipFixture(), move } = options;
  const contacts = [
    ...contactsFixture,
    contactFixture({ id: 34, name: '山田 太郎', role: 'user', previous_contact_id: 7 }),
  ];
  return renderPage(<ContactsTab accountId={12} />, {
    role,
    lang,
    answer: (call) => {
      const path = call.url.pathname;
      if (path === '/api/v1/contacts' && call.method === 'GET') return { body: pageOf(contacts) };
      if (path === '/api/v1/accounts/12/relationships') return { body: map };
      if (path === '/api/v1/accounts' && call.method === 'GET') {
        const q = call.url.searchParams.get('q') ?? '';
        return { body: pageOf(found.filter((a) => a.name.includes(q) || q === 'かもめ')) };
      }
      if (path === '/api/v1/contacts/31/moves' && call.method === 'POST' && move) return move(call);
      return undefined;
    },
  });
}

const reads = (path: string) =>
  page.calls.filter((c) => c.method === 'GET' && c.url.pathname === path).length;

async function openMove(id = '31') {
  const row = page.allByTestId('contact-row').find((r) => r.dataset.contactId === id)!;
  await click(row.querySelector('[data-testid="contact-move"]'));
}

async function search(text: string) {
  await type(page.byTestId('contact-move-account'), text);
  await flush(300); // the search waits for typing to pause
  await flush();
}

const t = (key: string) => key;

describe('contactMove', () => {
  it('needs the account, checks title and email, and sends only what is set', () => {
    const draft = { account: null, role: '' as const, title: '', email: 'x@' };
    expect(moveProblems(draft, t)).toEqual({
      account: 'contactMove.problem.account',
      email: 'contactForm.problem.email',
    });
    const chosen = { id: 40, name: '株式会社かもめ', domain: null };
    expect(moveInput({ ...draft, account: chosen, email: ' ' })).toEqual({ account_id: 40 });
    expect(
      moveInput({ account: chosen, role: 'champion', title: ' 部長 ', email: 'a@b.jp' }),
    ).toEqual({ account_id: 40, role: 'champion', title: '部長', email: 'a@b.jp' });
  });

  it('reads the moves and the former champions from the map', () => {
    const map = movedMap();
    expect(movesById(map).get(33)?.moved_to?.account_name).toBe('株式会社かもめ');
    expect(movesById(map).get(34)?.came_from?.role).toBe('champion');
    expect(formerChampions(map).map((c) => c.name)).toEqual(['山田 太郎']);
    // Only when the server says so.
    expect(formerChampions({ ...map, highlights: [] })).toEqual([]);
  });
});

describe('ContactMoveDialog', () => {
  it('records the new company found by search, then reads the list again', async () => {
    page = await render({
      move: () => ({
        status: 201,
        body: {
          left: contactFixture({ departed: true, version: 3 }),
          joined: contactFixture({ id: 90, account_id: 40, previous_contact_id: 31 }),
        },
      }),
    });
    const contactReads = reads('/api/v1/contacts');
    const mapReads = reads('/api/v1/accounts/12/relationships');
    await openMove();
    const dialog = page.byTestId('contact-move-dialog')!;
    expect(dialog.textContent).toContain('田中 一郎 さんの転職先を記録');
    expect(page.byTestId('contact-move-dialog-save')!.textContent).toBe('記録する');

    await search('かもめ');
    const query = page.calls.filter((c) => c.url.pathname === '/api/v1/accounts').at(-1)!;
    expect(query.url.searchParams.get('q')).toBe('かもめ');
    const options = page.allByTestId('contact-move-account-option');
    // Not the account they leave.
    expect(options.map((o) => o.dataset.accountId)).toEqual(['40', '41']);
    expect(options[1]!.textContent).toContain('カモメブツリュウ');
    await click(options[0]!);
    expect(page.byTestId('contact-move-account-chosen')!.textContent).toContain('株式会社かもめ');

    await choose(page.byTestId('contact-move-role'), 'champion');
    await type(page.byTestId('contact-move-title'), '経営企画部 部長');
    await type(page.byTestId('contact-move-email'), 'tanaka@kamome.example.jp');
    await click(page.byTestId('contact-move-dialog-save'));

    const post = page.calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/contacts/31/moves');
    expect(post.body).toEqual({
      account_id: 40,
      role: 'champion',
      title: '経営企画部 部長',
      email: 'tanaka@kamome.example.jp',
    });
    expect(page.byTestId('contact-move-dialog')).toBeNull();
    expect(page.byTestId('contact-moved')!.textContent).toBe(
      '田中 一郎 さんを株式会社かもめの担当者として登録しました。',
    );
    expect(page.byTestId('contact-moved-link')!.getAttribute('href')).toBe(
      '/accounts/40?tab=contacts',
    );
    expect(reads('/api/v1/contacts')).toBe(contactReads + 1);
    expect(reads('/api/v1/accounts/12/relationships')).toBe(mapReads + 1);
  });

  it('picks with the arrow keys and Enter, which never sends the form', async () => {
    page = await render({ move: () => ({ status: 500, body: null }) });
    await openMove();
    await search('かもめ');
    const input = page.byTestId('contact-move-account')!;
    const key = async (name: string) => {
      await act(async () => {
        input.dispatchEvent(new KeyboardEvent('keydown', { key: name, bubbles: true }));
      });
      await flush();
    };
    await key('ArrowDown');
    expect(
      page.allByTestId('contact-move-account-option').map((o) => o.getAttribute('aria-selected')),
    ).toEqual(['false', 'true']);
    await key('Enter');
    expect(page.byTestId('contact-move-account-chosen')!.textContent).toContain(
      'かもめ物流株式会社',
    );
    expect(page.calls.some((c) => c.method === 'POST')).toBe(false);
    await click(page.byTestId('contact-move-account-change'));
    expect(page.byTestId('contact-move-account')).not.toBeNull();
  });

  it('says when nothing matches', async () => {
    page = await render();
    await openMove();
    await search('存在しない会社');
    expect(page.byTestId('contact-move-account-none')!.textContent).toBe(
      '該当する顧客がありません。',
    );
  });

  it('needs the new company and a valid email before sending', async () => {
    page = await render({ move: () => ({ status: 500, body: null }) });
    await openMove();
    await type(page.byTestId('contact-move-email'), 'not-an-email');
    await click(page.byTestId('contact-move-dialog-save'));
    expect(page.byTestId('contact-move-account-error')!.textContent).toBe(
      '転職先の顧客を選んでください。',
    );
    expect(page.byTestId('contact-move-email-error')!.textContent).toBe(
      'メールアドレスの形式で入力してください。',
    );
    expect(page.calls.some((c) => c.method === 'POST')).toBe(false);
  });

  it('shows the server’s refusal of the account by the account', async () => {
    page = await render({
      move: () => ({
        status: 400,
        body: {
          error: {
            code: 'invalid',
            reason: 'invalid',
            params: {},
            message: 'account_id: no account has this id',
            field: 'account_id',
          },
        },
      }),
    });
    await openMove();
    await search('かもめ');
    await click(page.allByTestId('contact-move-account-option')[0]!);
    await click(page.byTestId('contact-move-dialog-save'));
    expect(page.byTestId('contact-move-account-error')!.textContent).toContain(
      'no account has this id',
    );
    expect(page.byTestId('contact-move-dialog')).not.toBeNull();
  });

  it('says plainly when the contact had already moved, and reads the list again', async () => {
    page = await render({
      lang: 'en',
      move: () => ({
        status: 409,
        body: {
          error: {
            code: 'conflict',
            reason: 'conflict',
            params: {},
            message: 'id: this contact has already moved to another account',
            field: 'id',
          },
        },
      }),
    });
    const mapReads = reads('/api/v1/accounts/12/relationships');
    await openMove();
    expect(page.byTestId('contact-move-dialog')!.textContent).toContain(
      "Record 田中 一郎's new company",
    );
    await search('かもめ');
    await click(page.allByTestId('contact-move-account-option')[0]!);
    await click(page.byTestId('contact-move-dialog-save'));
    expect(page.byTestId('contact-move-dialog-error')!.textContent).toBe(
      "This contact's new company has already been recorded; the list has been refreshed.",
    );
    expect(reads('/api/v1/accounts/12/relationships')).toBe(mapReads + 1);
  });

  it('offers no move to a marketer', async () => {
    page = await render({ role: 'marketer' });
    expect(page.byTestId('contact-move')).toBeNull();
  });
});

describe('ContactsTab: people who moved', () => {
  it('links where each went or came from, and announces a former champion (ja)', async () => {
    page = await render({ map: movedMap() });
    const row = (id: string) =>
      page.allByTestId('contact-row').find((r) => r.dataset.contactId === id)!;
    const left = row('33');
    expect(left.querySelector('[data-testid="contact-moved-to"]')!.textContent).toBe(
      '→ 新しい会社：株式会社かもめ',
    );
    expect(left.querySelector('[data-testid="contact-moved-to-link"]')!.getAttribute('href')).toBe(
      '/accounts/40?tab=contacts',
    );
    // Moved already: not offered again.
    expect(left.querySelector('[data-testid="contact-move"]')).toBeNull();
    expect(row('34').querySelector('[data-testid="contact-came-from"]')!.textContent).toBe(
      '← 以前は株式会社あおば（チャンピオン）',
    );
    expect(row('31').querySelector('[data-testid="contact-move"]')).not.toBeNull();

    const banner = page.byTestId('former-champion-banner')!;
    expect(banner.querySelector('[data-testid="former-champion"]')!.textContent).toBe(
      '元チャンピオンが入社：山田 太郎（以前は株式会社あおば）',
    );
    expect(banner.querySelector('[data-testid="former-champion-link"]')!.getAttribute('href')).toBe(
      '/accounts/5?tab=contacts',
    );
  });

  it('announces a former champion in English', async () => {
    page = await render({ map: movedMap(), lang: 'en' });
    expect(page.byTestId('former-champion')!.textContent).toBe(
      'A former champion joined: 山田 太郎 (previously at 株式会社あおば)',
    );
  });

  it('announces several former champions under one heading', async () => {
    const map = movedMap();
    const joined = map.contacts[1]!;
    map.contacts.push({
      ...joined,
      id: 35,
      name: '佐々木 花',
      came_from: { ...joined.came_from!, account_id: 6, account_name: '青葉商事' },
    });
    page = await render({ map });
    const banner = page.byTestId('former-champion-banner')!;
    expect(banner.textContent).toContain('元チャンピオンが 2 人入社');
    expect(page.allByTestId('former-champion').map((p) => p.textContent)).toEqual([
      '山田 太郎（以前は株式会社あおば）',
      '佐々木 花（以前は青葉商事）',
    ]);
  });

  it('shows the list when the map cannot be read', async () => {
    page = await renderPage(<ContactsTab accountId={12} />, {
      role: 'csm',
      answer: (call) =>
        call.url.pathname === '/api/v1/contacts' ? { body: pageOf(contactsFixture) } : undefined,
    });
    expect(page.allByTestId('contact-row')).toHaveLength(3);
    expect(page.byTestId('former-champion-banner')).toBeNull();
  });
});
