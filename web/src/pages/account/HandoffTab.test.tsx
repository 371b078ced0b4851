// The hand-off tab against a fake /api: an empty state while there is none (the server's 404),
// whose button opens the form (its body as sent, a stakeholder picked from the contacts, the
// success plan asked for, the server's 400 at the row it names, 409 when someone recorded one
// first); then the hand-off, who recorded it (by name from the staff list, or the system), its
// fit at the time beside the fit now (values worded: ARR as money, the employee band), its edit
// (PATCH with the version) and a success plan made from it.
import { afterEach, describe, expect, it } from 'vitest';
import type { Account, Contact, Handoff } from '../../api';
import { choose, click, renderPage, type, type ApiCall, type Rendered } from '../../test/harness';
import { fitFixture, handoffFixture, icpFixture, stagesAnswer } from '../../test/journeyFixtures';
import { templatesFixture } from '../../test/successFixtures';
import { HandoffTab } from './HandoffTab';

let page: Rendered;
afterEach(() => page.unmount());

const account = { id: 12, name: 'さくら精機株式会社', version: 4, currency: 'JPY' } as Account;
// The profile's fields (GET /icp) say how to word each value of the fit now.
const icp = {
  ...icpFixture(),
  criteria: [
    ...icpFixture().criteria,
    {
      id: 4,
      version: 1,
      label: 'ARR 60万円以上',
      field: 'arr_minor',
      op: 'gte' as const,
      values: [],
      value: 600_000,
      weight: 10,
      position: 40,
    },
  ],
};
const fit = {
  ...fitFixture(),
  criteria: [
    ...fitFixture().criteria,
    { id: 4, label: 'ARR 60万円以上', weight: 10, met: true, actual: 24_451_956 },
  ],
};
const staff = [
  { id: 1, name: '佐藤 花子', email: 'sato@banso.example', role: 'csm' },
  { id: 2, name: '', email: 'kimura@banso.example', role: 'manager' },
];
const contact = (id: number, name: string, role: Contact['role'], departed = false) =>
  ({
    id,
    version: 1,
    account_id: 12,
    external_id: null,
    name,
    email: null,
    title: '情報システム部',
    role,
    phone: null,
    language: 'ja',
    marketing_consent: false,
    departed,
    created_at: '',
    updated_at: '',
  }) as Contact;
const contacts = [
  contact(40, '高橋 健太', 'champion'),
  contact(41, '伊藤 さくら', 'decision_maker'),
  contact(42, '森 恵', 'user', true),
];
type Answer = { status?: number; body: unknown } | undefined;

function fakeApi(options: { handoff?: Handoff | null; write?: (call: ApiCall) => Answer } = {}) {
  let handoff = options.handoff ?? null;
  return (call: ApiCall): Answer => {
    const path = call.url.pathname;
    if (call.method !== 'GET' && options.write) {
      const special = options.write(call);
      if (special) return special;
    }
    if (path === '/api/v1/accounts/12/handoff' && call.method === 'GET')
      return handoff
        ? { body: handoff }
        : {
            status: 404,
            body: { error: { code: 'not_found', field: null, message: 'no hand-off' } },
          };
    if (path === '/api/v1/accounts/12/handoff' && call.method === 'POST') {
      handoff = handoffFixture({ plan_id: 8 });
      return { status: 201, body: { handoff, plan: { id: 8, title: '営業DX導入 90日' } } };
    }
    if (path === '/api/v1/handoffs/5' && call.method === 'PATCH') {
      handoff = { ...handoff!, ...(call.body as object), version: handoff!.version + 1 };
      return { body: handoff };
    }
    if (path === '/api/v1/handoffs/5/plan' && call.method === 'POST') {
      handoff = { ...handoff!, plan_id: 9 };
      return { status: 201, body: { id: 9, title: '成功計画' } };
    }
    if (path === '/api/v1/accounts/12/fit') return { body: fit };
    if (path === '/api/v1/icp') return { body: icp };
    if (path === '/api/v1/users') return { body: { data: staff } };
    if (path === '/api/v1/contacts') return { body: { data: contacts, next_cursor: null } };
    if (path === '/api/v1/success-plan-templates') return { body: { data: templatesFixture } };
    return stagesAnswer(call);
  };
}
const posts = () => page.calls.filter((c) => c.method !== 'GET');

describe('HandoffTab without a hand-off', () => {
  it('records one: why they bought, outcomes, a contact and a free name as stakeholders, the sales owner, a plan from a template', async () => {
    page = await renderPage(<HandoffTab account={account} />, { answer: fakeApi() });
    expect(page.byTestId('handoff-tab')!.dataset.state).toBe('none');
    // The server's 404 is "none yet": an empty state, not an error.
    expect(page.byTestId('error-banner')).toBeNull();
    expect(page.byTestId('handoff-empty')!.textContent).toContain('No hand-off recorded');
    expect(page.byTestId('handoff-form')).toBeNull();
    await click(page.byTestId('handoff-start'));
    expect(page.byTestId('handoff-form')!.dataset.mode).toBe('create');
    // The fit now is beside the form: sales sees a poor fit before handing it over.
    expect(page.byTestId('fit-now-score')!.dataset.score).toBe('62');

    await click(page.byTestId('handoff-save'));
    expect(page.byTestId('handoff-why-error')!.textContent).toBe('Required.');
    expect(posts()).toHaveLength(0);

    await type(
      page.byTestId('handoff-why'),
      '営業の報告作業が多く、顧客と話す時間が取れていなかった',
    );
    await type(page.byTestId('handoff-outcome-0'), '週次報告の作成時間を半分にする');
    await click(page.byTestId('handoff-outcome-add'));
    await click(page.byTestId('handoff-outcome-add'));
    await type(page.byTestId('handoff-outcome-2'), '全営業が毎週使う'); // the blank second row is left out
    // Departed contacts are not offered.
    expect(
      [...page.byTestId<HTMLSelectElement>('handoff-contact-0')!.options].map((o) => o.value),
    ).toEqual(['', '40', '41']);
    await choose(page.byTestId('handoff-contact-0'), '40');
    expect(page.byTestId<HTMLInputElement>('handoff-stakeholder-name-0')!.value).toBe('高橋 健太');
    expect(page.byTestId<HTMLSelectElement>('handoff-stakeholder-role-0')!.value).toBe('champion');
    await type(page.byTestId('handoff-stakeholder-note-0'), '推進役');
    await click(page.byTestId('handoff-stakeholder-add'));
    await type(page.byTestId('handoff-stakeholder-name-1'), '木下 部長');
    await choose(page.byTestId('handoff-stakeholder-role-1'), 'executive_sponsor');
    await type(page.byTestId('handoff-sales-owner'), '営業部 木村');
    expect(page.byTestId<HTMLInputElement>('handoff-seed-plan')!.checked).toBe(true);
    await choose(page.byTestId('handoff-template'), 'sales-dx-90');
    await click(page.byTestId('handoff-save'));

    const post = posts()[0]!;
    expect(post.url.pathname).toBe('/api/v1/accounts/12/handoff');
    expect(post.body).toEqual({
      why_bought: '営業の報告作業が多く、顧客と話す時間が取れていなかった',
      expected_outcomes: ['週次報告の作成時間を半分にする', '全営業が毎週使う'],
      stakeholders: [
        { contact_id: 40, name: '高橋 健太', role: 'champion', note: '推進役' },
        { contact_id: null, name: '木下 部長', role: 'executive_sponsor', note: '' },
      ],
      sales_owner: '営業部 木村',
      seed_plan: { template_key: 'sales-dx-90' },
    });
    expect(page.byTestId('handoff-saved')!.textContent).toContain(
      'Created the success plan “営業DX導入 90日”',
    );
    expect(page.byTestId('handoff-tab')!.dataset.state).toBe('present');
    expect(page.byTestId('fit-at-handoff-score')!.dataset.score).toBe('40');
    expect(page.byTestId('handoff-plan-link')!.getAttribute('href')).toBe(
      '/accounts/12?tab=success&plan=8',
    );
  });

  it('sends no seed_plan when the plan is not asked for, and none of the blank rows', async () => {
    page = await renderPage(<HandoffTab account={account} />, { answer: fakeApi() });
    await click(page.byTestId('handoff-start'));
    await type(page.byTestId('handoff-why'), '理由');
    await click(page.byTestId('handoff-seed-plan'));
    await click(page.byTestId('handoff-save'));
    expect(posts()[0]!.body).toEqual({
      why_bought: '理由',
      expected_outcomes: [],
      stakeholders: [],
    });
  });

  it('shows the server’s 400 at the stakeholder row it names', async () => {
    page = await renderPage(<HandoffTab account={account} />, {
      answer: fakeApi({
        write: () => ({
          status: 400,
          body: {
            error: {
              code: 'invalid',
              reason: 'too_long',
              params: { max: 200 },
              field: 'stakeholders[1].name',
              message: 'must be at most 200 characters',
            },
          },
        }),
      }),
    });
    await click(page.byTestId('handoff-start'));
    await type(page.byTestId('handoff-why'), '理由');
    await type(page.byTestId('handoff-stakeholder-name-0'), '一人目');
    await click(page.byTestId('handoff-stakeholder-add'));
    await click(page.byTestId('handoff-stakeholder-add'));
    await type(page.byTestId('handoff-stakeholder-name-2'), '三人目'); // sent second: row 1 is blank
    await click(page.byTestId('handoff-save'));
    expect(page.byTestId('handoff-stakeholder-name-2-error')!.textContent).toBe(
      'Must be at most 200 characters.',
    );
    expect(page.byTestId('handoff-stakeholder-name-0-error')).toBeNull();
  });

  it('on 409 (recorded meanwhile) says so and shows the one recorded', async () => {
    let recorded: Handoff | null = null;
    const base = fakeApi();
    page = await renderPage(<HandoffTab account={account} />, {
      answer: (call) => {
        if (call.url.pathname === '/api/v1/accounts/12/handoff' && call.method === 'POST') {
          recorded = handoffFixture();
          return {
            status: 409,
            body: {
              error: {
                code: 'conflict',
                field: null,
                message: 'the account already has a hand-off',
              },
            },
          };
        }
        if (call.url.pathname === '/api/v1/accounts/12/handoff' && recorded)
          return { body: recorded };
        return base(call);
      },
    });
    await click(page.byTestId('handoff-start'));
    await type(page.byTestId('handoff-why'), '理由');
    await click(page.byTestId('handoff-save'));
    expect(page.byTestId('handoff-tab')!.dataset.state).toBe('present');
    expect(page.byTestId('handoff-why-text')!.textContent).toBe(
      '営業の報告作業が多く、顧客と話す時間が取れていなかった',
    );
  });

  // Recording one changes the customer's record: write_customers, which marketers lack.
  it.each(['viewer', 'marketer'] as const)(
    'shows a %s that there is none, without a form',
    async (role) => {
      page = await renderPage(<HandoffTab account={account} />, {
        answer: fakeApi(),
        role,
      });
      expect(page.byTestId('handoff-form')).toBeNull();
      expect(page.byTestId('handoff-start')).toBeNull();
      expect(page.container.textContent).toContain('No hand-off recorded');
    },
  );

  it('goes back to the empty state when the form is cancelled', async () => {
    page = await renderPage(<HandoffTab account={account} />, { answer: fakeApi() });
    await click(page.byTestId('handoff-start'));
    await click(page.byTestId('handoff-cancel'));
    expect(page.byTestId('handoff-form')).toBeNull();
    expect(page.byTestId('handoff-empty')).not.toBeNull();
  });
});

describe('HandoffTab with a hand-off', () => {
  it('shows what sales said, the fit at the hand-off beside the fit now', async () => {
    page = await renderPage(<HandoffTab account={account} />, {
      answer: fakeApi({ handoff: handoffFixture() }),
    });
    expect(page.byTestId('handoff-why-text')!.textContent).toBe(
      '営業の報告作業が多く、顧客と話す時間が取れていなかった',
    );
    expect(page.byTestId('handoff-outcomes')!.querySelectorAll('li')).toHaveLength(2);
    const people = page.allByTestId('handoff-stakeholder-item');
    expect(people[0]!.textContent).toContain('高橋 健太Champion');
    expect(people[1]!.textContent).toContain('(not a contact)');
    expect(page.byTestId('handoff-when')!.textContent).toContain('by 佐藤 花子');
    const atHandoff = page.byTestId('fit-at-handoff')!;
    expect(page.byTestId('fit-at-handoff-score')!.textContent).toBe('40/100');
    expect(page.byTestId('fit-at-handoff-score')!.className).toContain('fit-red');
    expect(
      [...atHandoff.querySelectorAll<HTMLElement>('[data-testid="fit-criterion"]')].map(
        (c) => c.dataset.met,
      ),
    ).toEqual(['true', 'false', 'false']);
    const now = page.byTestId('fit-now')!;
    expect(page.byTestId('fit-now-score')!.className).toContain('fit-amber');
    expect(now.textContent).toContain('weight 35');
    // The account's values in words: its band, its ARR in its currency (not 24451956).
    expect(page.allByTestId('fit-actual').map((a) => a.textContent)).toEqual([
      '製造',
      '50–249 employees',
      '4',
      '¥24,451,956',
    ]);
  });

  it('names who recorded it from the staff list (the name, else the email), or the system', async () => {
    page = await renderPage(<HandoffTab account={account} />, {
      answer: fakeApi({ handoff: handoffFixture({ handed_off_by: 2, handed_off_by_name: null }) }),
    });
    expect(page.byTestId('handoff-when')!.textContent).toContain('by kimura@banso.example');
    page.unmount();
    page = await renderPage(<HandoffTab account={account} />, {
      answer: fakeApi({
        handoff: handoffFixture({ handed_off_by: null, handed_off_by_name: null }),
      }),
    });
    expect(page.byTestId('handoff-when')!.textContent).toContain('recorded by the system');
    expect(page.byTestId('handoff-when')!.textContent).not.toContain('—');
  });

  it('edits it with the version read', async () => {
    page = await renderPage(<HandoffTab account={account} />, {
      answer: fakeApi({ handoff: handoffFixture() }),
    });
    await click(page.byTestId('handoff-edit'));
    expect(page.byTestId('handoff-form')!.dataset.mode).toBe('edit');
    expect(page.byTestId('handoff-seed-plan')).toBeNull();
    await type(page.byTestId('handoff-outcome-1'), '全営業が毎日使う');
    await click(page.byTestId('handoff-save'));
    const patch = posts()[0]!;
    expect(patch.url.pathname).toBe('/api/v1/handoffs/5');
    expect(patch.body).toEqual({
      version: 2,
      why_bought: '営業の報告作業が多く、顧客と話す時間が取れていなかった',
      expected_outcomes: ['週次報告の作成時間を半分にする', '全営業が毎日使う'],
      stakeholders: [
        { contact_id: 40, name: '高橋 健太', role: 'champion', note: '推進役' },
        { contact_id: null, name: '木下 部長', role: 'decision_maker', note: '' },
      ],
      sales_owner: '営業部 木村',
    });
    expect(page.byTestId('handoff-saved')!.textContent).toContain('The hand-off is saved.');
    expect(page.byTestId('handoff-outcomes')!.textContent).toContain('全営業が毎日使う');
  });

  it('makes a success plan from it, then links to it', async () => {
    page = await renderPage(<HandoffTab account={account} />, {
      answer: fakeApi({ handoff: handoffFixture() }),
    });
    await click(page.byTestId('handoff-plan-open'));
    await choose(page.byTestId('handoff-plan-template'), 'onboarding-30');
    await click(page.byTestId('handoff-plan-create'));
    const post = posts()[0]!;
    expect(post.url.pathname).toBe('/api/v1/handoffs/5/plan');
    expect(post.body).toEqual({ template_key: 'onboarding-30' });
    expect(page.byTestId('handoff-plan-link')!.getAttribute('href')).toBe(
      '/accounts/12?tab=success&plan=9',
    );
    expect(page.byTestId('handoff-saved')!.textContent).toBe(
      'Created the success plan “成功計画”.',
    );
  });

  it('offers a marketer the plan (write_activity) but not the edit (write_customers)', async () => {
    page = await renderPage(<HandoffTab account={account} />, {
      answer: fakeApi({ handoff: handoffFixture() }),
      role: 'marketer',
    });
    expect(page.byTestId('handoff-edit')).toBeNull();
    expect(page.byTestId('handoff-plan-open')).not.toBeNull();
  });

  it('offers a viewer neither', async () => {
    page = await renderPage(<HandoffTab account={account} />, {
      answer: fakeApi({ handoff: handoffFixture() }),
      role: 'viewer',
    });
    expect(page.byTestId('handoff-view')).not.toBeNull();
    expect(page.byTestId('handoff-edit')).toBeNull();
    expect(page.byTestId('handoff-plan-open')).toBeNull();
  });

  it('in Japanese', async () => {
    page = await renderPage(<HandoffTab account={account} />, {
      answer: fakeApi({ handoff: handoffFixture() }),
      lang: 'ja',
    });
    expect(page.byTestId('fit-at-handoff')!.textContent).toContain('引き継ぎ時の適合度');
    expect(page.allByTestId('handoff-stakeholder-item')[0]!.textContent).toContain('チャンピオン');
    expect(page.byTestId('handoff-plan-open')!.textContent).toBe('成功計画を作成');
  });
});
