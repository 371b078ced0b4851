// Editing the account: the owner picked by name (email when there is none), the renewal date
// (not before the start), the touch model (or none), custom attributes; only what changed is
// sent, with the version; a 409 is said plainly.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { choose, click, renderPage, type, type Rendered } from '../../test/harness';
import { accountFixture, staffFixture, staleAnswer } from '../../test/editingFixtures';
import { AccountEditDialog } from './AccountEditDialog';
import { accountChanges, accountDraft, ownerChoices } from './accountForm';
import { attributeProblems, attributeRows, attributesObject } from './customAttributes';

let page: Rendered;
afterEach(() => page?.unmount());

const t = (key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key;

describe('accountForm', () => {
  it('lists enabled staff by name, email when nameless, and a disabled owner only when it is one', () => {
    expect(ownerChoices(staffFixture(), 2, 'ja').map((o) => o.label)).toEqual([
      'nameless@banso.example',
      '伊藤 直樹',
      '佐藤 花子',
    ]);
    expect(ownerChoices(staffFixture(), 5, 'ja').map((o) => o.id)).toContain(5);
  });

  it('sends only what changed', () => {
    const account = accountFixture();
    const draft = accountDraft(account);
    expect(accountChanges(account, draft)).toEqual({});
    expect(
      accountChanges(account, { ...draft, owner_id: '', tier_override: 'tech_touch' }),
    ).toEqual({ owner_id: null, tier_override: 'tech_touch' });
  });
});

describe('custom attributes', () => {
  it('keeps each value’s kind', () => {
    const rows = attributeRows({ plan: 'Business', seats: 40, pilot: true, region: null });
    expect(rows.map((r) => r.type)).toEqual(['text', 'number', 'boolean', 'empty']);
    expect(attributesObject(rows)).toEqual({
      plan: 'Business',
      seats: 40,
      pilot: true,
      region: null,
    });
  });

  it('refuses empty and repeated keys and numbers that are not', () => {
    expect(
      attributeProblems(
        [
          { key: '', type: 'text', value: 'x' },
          { key: 'a', type: 'number', value: 'ten' },
          { key: 'a', type: 'text', value: '' },
        ],
        t,
      ),
    ).toEqual({
      'custom_attributes.0.key': 'recordForm.problem.required',
      'custom_attributes.1.value': 'recordForm.problem.number',
      'custom_attributes.2.key': 'accountForm.problem.keyTwice',
    });
  });
});

function render(answer: Parameters<typeof renderPage>[1]['answer']) {
  const saved = vi.fn();
  return {
    saved,
    ready: renderPage(
      <AccountEditDialog account={accountFixture()} onSaved={saved} onClose={() => {}} />,
      {
        lang: 'ja',
        answer: (call) =>
          call.url.pathname === '/api/v1/users' ? { body: { data: staffFixture() } } : answer(call),
      },
    ),
  };
}

describe('AccountEditDialog', () => {
  it('changes owner, renewal, touch model and an attribute; sends those with the version', async () => {
    const { saved, ready } = render((call) =>
      call.method === 'PATCH' ? { body: accountFixture({ version: 7 }) } : undefined,
    );
    page = await ready;
    const owner = page.byTestId<HTMLSelectElement>('account-owner-select')!;
    expect(owner.value).toBe('2');
    expect([...owner.options].map((o) => o.textContent)).toEqual([
      '未割り当て',
      'nameless@banso.example',
      '伊藤 直樹',
      '佐藤 花子',
    ]);
    await choose(owner, '4');
    await type(page.byTestId('account-renewal-input'), '2027-09-30');
    await choose(page.byTestId('account-tier-select'), 'high_touch');
    const values = page.allByTestId<HTMLInputElement>('attribute-value');
    await type(values[0]!, 'Enterprise');
    await click(page.byTestId('attribute-add'));
    await type(page.allByTestId('attribute-key')[3]!, 'region');
    await type(page.allByTestId('attribute-value')[3]!, '関西');
    await click(page.byTestId('account-dialog-save'));
    const patch = page.calls.find((c) => c.method === 'PATCH')!;
    expect(patch.url.pathname).toBe('/api/v1/accounts/12');
    expect(patch.body).toEqual({
      version: 6,
      owner_id: 4,
      renewal_date: '2027-09-30',
      tier_override: 'high_touch',
      custom_attributes: { plan: 'Enterprise', seats_planned: 40, pilot: true, region: '関西' },
    });
    expect(saved).toHaveBeenCalled();
  });

  it('refuses a renewal before the start and a repeated key, by their fields', async () => {
    const { ready } = render(() => undefined);
    page = await ready;
    await type(page.byTestId('account-renewal-input'), '2025-01-01');
    await click(page.byTestId('attribute-add'));
    await type(page.allByTestId('attribute-key')[3]!, 'plan');
    await click(page.byTestId('account-dialog-save'));
    expect(page.byTestId('account-renewal-error')!.textContent).toBe(
      '取引開始日より前の日付にはできません。',
    );
    expect(page.byTestId('attributes-editor')!.textContent).toContain('同じキーがすでにあります。');
    expect(page.calls.some((c) => c.method === 'PATCH')).toBe(false);
  });

  it('says when someone else saved the account first, and reads it again on request', async () => {
    const { saved, ready } = render((call) => {
      if (call.method === 'PATCH') return staleAnswer;
      if (call.url.pathname === '/api/v1/accounts/12')
        return { body: accountFixture({ version: 7, owner_id: 3, renewal_date: '2027-06-30' }) };
      return undefined;
    });
    page = await ready;
    await choose(page.byTestId('account-tier-select'), 'low_touch');
    await click(page.byTestId('account-dialog-save'));
    expect(saved).not.toHaveBeenCalled();
    expect(page.byTestId('account-dialog-stale')!.textContent).toContain(
      '最新の内容を読み込んでから',
    );
    await click(page.byTestId('account-dialog-reload'));
    expect(page.byTestId<HTMLSelectElement>('account-owner-select')!.value).toBe('3');
    expect(page.byTestId<HTMLInputElement>('account-renewal-input')!.value).toBe('2027-06-30');
    expect(page.byTestId<HTMLSelectElement>('account-tier-select')!.value).toBe('');
  });
});
