// Contacts added and edited from the Contacts tab: every field the API takes, the checks made
// before sending (a name, an email address), the server's refusal at its field, the version on
// an edit and a 409 said plainly.
import { afterEach, describe, expect, it } from 'vitest';
import type { UserRole } from '../../api';
import { choose, click, renderPage, type, type Rendered } from '../../test/harness';
import { contactFixture, contactsFixture, pageOf, staleAnswer } from '../../test/editingFixtures';
import { ContactsTab } from './ContactsTab';
import { contactDraft, contactProblems, looksLikeEmail } from './contactForm';

let page: Rendered;
afterEach(() => page?.unmount());

function render(role: UserRole, write: (method: string) => { status?: number; body: unknown }) {
  let reads = 0;
  return renderPage(<ContactsTab accountId={12} />, {
    role,
    lang: 'ja',
    answer: (call) => {
      const path = call.url.pathname;
      if (path === '/api/v1/contacts' && call.method === 'GET') {
        reads++;
        return { body: pageOf(contactsFixture) };
      }
      if (path === '/api/v1/contacts/31' && call.method === 'GET')
        return { body: contactFixture({ version: 3, phone: '03-0000-1111' }) };
      if (call.method !== 'GET') return write(call.method);
      if (path === '/api/v1/accounts/12/relationships') return undefined; // the list stands without it
      return { body: { reads } };
    },
  });
}

const t = (key: string) => key;

describe('contactForm', () => {
  it('checks the email as the server does, and needs a name', () => {
    expect(looksLikeEmail('a@b.jp')).toBe(true);
    expect(looksLikeEmail('a@b')).toBe(false);
    expect(looksLikeEmail('a b@c.jp')).toBe(false);
    expect(looksLikeEmail('@c.jp')).toBe(false);
    expect(contactProblems({ ...contactDraft(null), email: 'x@' }, t)).toEqual({
      name: 'recordForm.problem.required',
      email: 'contactForm.problem.email',
    });
  });
});

describe('ContactsTab editing', () => {
  it('adds a contact with every field', async () => {
    page = await render('csm', () => ({ status: 201, body: contactFixture({ id: 40 }) }));
    await click(page.byTestId('contact-add'));
    await type(page.byTestId('contact-name'), ' 山本 さくら ');
    await type(page.byTestId('contact-title'), 'DX推進室 室長');
    await type(page.byTestId('contact-email'), 'yamamoto@sakura-seiki.example.jp');
    await type(page.byTestId('contact-phone'), '03-1234-5678');
    await choose(page.byTestId('contact-role'), 'champion');
    await choose(page.byTestId('contact-language'), 'en');
    await click(page.byTestId('contact-consent'));
    await click(page.byTestId('contact-dialog-save'));
    expect(page.calls.find((c) => c.method === 'POST')!.body).toEqual({
      account_id: 12,
      name: '山本 さくら',
      email: 'yamamoto@sakura-seiki.example.jp',
      title: 'DX推進室 室長',
      role: 'champion',
      phone: '03-1234-5678',
      language: 'en',
      marketing_consent: true,
      departed: false,
    });
    expect(page.byTestId('contact-dialog')).toBeNull();
  });

  it('shows what is wrong by its field, before sending and from the server', async () => {
    page = await render('csm', () => ({
      status: 409,
      body: {
        error: {
          code: 'conflict',
          reason: 'already_exists',
          params: { entity: 'contact', field: 'email' },
          message: 'another contact already has this email',
          field: 'email',
        },
      },
    }));
    await click(page.byTestId('contact-add'));
    await type(page.byTestId('contact-email'), 'not-an-email');
    await click(page.byTestId('contact-dialog-save'));
    expect(page.byTestId('contact-name-error')!.textContent).toBe('入力してください。');
    expect(page.byTestId('contact-email-error')!.textContent).toBe(
      'メールアドレスの形式で入力してください。',
    );
    expect(page.calls.some((c) => c.method === 'POST')).toBe(false);
    await type(page.byTestId('contact-name'), '山本 さくら');
    await type(page.byTestId('contact-email'), 'tanaka@sakura-seiki.example.jp');
    await click(page.byTestId('contact-dialog-save'));
    expect(page.byTestId('contact-email-error')).not.toBeNull();
    expect(page.byTestId('contact-dialog-stale')).toBeNull();
  });

  it('edits a contact (marked as left) with its version; a 409 offers the latest', async () => {
    page = await render('manager', () => staleAnswer);
    const row = page.allByTestId('contact-row').find((r) => r.dataset.contactId === '31')!;
    await click(row.querySelector('[data-testid="contact-edit"]'));
    expect(page.byTestId<HTMLInputElement>('contact-name')!.value).toBe('田中 一郎');
    expect(page.byTestId<HTMLSelectElement>('contact-role')!.value).toBe('champion');
    await click(page.byTestId('contact-departed'));
    await click(page.byTestId('contact-dialog-save'));
    expect(page.calls.find((c) => c.method === 'PATCH')!.body).toMatchObject({
      version: 2,
      departed: true,
    });
    expect(page.byTestId('contact-dialog-stale')).not.toBeNull();
    await click(page.byTestId('contact-dialog-reload'));
    expect(page.byTestId<HTMLInputElement>('contact-phone')!.value).toBe('03-0000-1111');
    expect(page.byTestId<HTMLInputElement>('contact-departed')!.checked).toBe(false);
  });

  it('offers neither adding nor editing to a marketer', async () => {
    page = await render('marketer', () => ({ body: null }));
    expect(page.byTestId('contact-add')).toBeNull();
    expect(page.byTestId('contact-edit')).toBeNull();
  });
});
