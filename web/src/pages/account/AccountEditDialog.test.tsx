// Editing the account: the owner picked by name (email when there is none), the renewal date
// (not before the start), the touch model (or none) with the reason it is set by hand, custom
// attributes; only what changed is
// sent, with the version; a 409 is said plainly.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { choose, click, renderPage, type, type Rendered } from '../../test/harness';
import { accountFixture, staffFixture, staleAnswer } from '../../test/editingFixtures';
import { AccountEditDialog } from './AccountEditDialog';
import { accountChanges, accountDraft, accountProblems, ownerChoices } from './accountForm';
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

  it('needs a reason to set a touch model by hand, and sends it with the override', () => {
    const account = accountFixture();
    const draft = { ...accountDraft(account), tier_override: 'high_touch' as const };
    expect(accountProblems(draft, account, t)).toEqual({
      tier_override_reason: 'account.tierReasonRequired',
    });
    expect(
      accountProblems({ ...draft, tier_override_reason: 'x'.repeat(501) }, account, t),
    ).toEqual({ tier_override_reason: 'recordForm.problem.tooLong {"max":500}' });
    expect(accountChanges(account, { ...draft, tier_override_reason: ' 戦略顧客 ' })).toEqual({
      tier_override: 'high_touch',
      tier_override_reason: '戦略顧客',
    });
  });

  it('keeps an override set before reasons were asked for, and drops the reason with the override', () => {
    const legacy = accountFixture({ tier_override: 'low_touch', tier: 'low_touch' });
    expect(accountProblems(accountDraft(legacy), legacy, t)).toEqual({});
    // Clearing the reason of an override that had one is refused.
    const reasoned = accountFixture({
      tier_override: 'low_touch',
      tier: 'low_touch',
      tier_override_reason: '小規模',
    });
    const draft = accountDraft(reasoned);
    expect(draft.tier_override_reason).toBe('小規模');
    expect(accountProblems({ ...draft, tier_override_reason: '' }, reasoned, t)).toEqual({
      tier_override_reason: 'account.tierReasonRequired',
    });
    // Back to automatic: no reason is needed, and none is kept.
    expect(accountProblems({ ...draft, tier_override: '' }, reasoned, t)).toEqual({});
    expect(accountChanges(reasoned, { ...draft, tier_override: '' })).toEqual({
      tier_override: null,
      tier_override_reason: null,
    });
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
    expect(page.byTestId('account-tier-override-reason')).toBeNull(); // no override, no reason
    await choose(page.byTestId('account-tier-override-select'), 'high_touch');
    await type(page.byTestId('account-tier-override-reason'), ' 戦略顧客 ');
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
      tier_override_reason: '戦略顧客',
      custom_attributes: { plan: 'Enterprise', seats_planned: 40, pilot: true, region: '関西' },
    });
    expect(saved).toHaveBeenCalled();
  });

  it('asks why when the touch model is set by hand, in the dialog', async () => {
    const { ready } = render(() => undefined);
    page = await ready;
    await choose(page.byTestId('account-tier-override-select'), 'tech_touch');
    expect(page.container.textContent).toContain('手動設定の理由');
    await click(page.byTestId('account-dialog-save'));
    expect(page.byTestId('account-tier-override-reason-error')!.textContent).toBe(
      'タッチモデルを手動で設定する理由を入力してください。',
    );
    expect(page.calls.some((c) => c.method === 'PATCH')).toBe(false);
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
    await choose(page.byTestId('account-tier-override-select'), 'low_touch');
    await type(page.byTestId('account-tier-override-reason'), '小規模');
    await click(page.byTestId('account-dialog-save'));
    expect(saved).not.toHaveBeenCalled();
    expect(page.byTestId('account-dialog-stale')!.textContent).toContain(
      '最新の内容を読み込んでから',
    );
    await click(page.byTestId('account-dialog-reload'));
    expect(page.byTestId<HTMLSelectElement>('account-owner-select')!.value).toBe('3');
    expect(page.byTestId<HTMLInputElement>('account-renewal-input')!.value).toBe('2027-06-30');
    expect(page.byTestId<HTMLSelectElement>('account-tier-override-select')!.value).toBe('');
  });
});
