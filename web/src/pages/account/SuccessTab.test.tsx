// The success tab against a fake /api: self-sufficiency and its assessment, the plans, a plan
// from a template, the editor (milestone achieved, items added, the whole plan saved with the
// version read), a 409 (someone saved first) and a 400 (the field named), viewers read-only.
import { act } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SuccessPlan } from '../../api';
import { todayIso } from '../../lib/plan';
import { click, renderPage, type, type ApiCall, type Rendered } from '../../test/harness';
import { planFixture, selfFixture, templatesFixture } from '../../test/successFixtures';
import { SuccessTab } from './SuccessTab';

let page: Rendered;
afterEach(() => page.unmount());

type Answer = { status?: number; body: unknown } | undefined;

/** A fake /api holding the account's plans; `patch` answers a save (default: the server's way). */
function fakeApi(
  options: {
    plans?: SuccessPlan[];
    patch?: (call: ApiCall, plan: SuccessPlan) => Answer;
    get?: (plan: SuccessPlan) => SuccessPlan;
  } = {},
) {
  const plans = options.plans ?? [planFixture()];
  return (call: ApiCall): Answer => {
    const path = call.url.pathname;
    if (path === '/api/v1/accounts/12/success-plans') return { body: { data: plans } };
    if (path === '/api/v1/accounts/12/self-sufficiency' && call.method === 'GET')
      return { body: selfFixture() };
    if (path === '/api/v1/accounts/12/self-sufficiency' && call.method === 'POST')
      return {
        status: 201,
        body: {
          id: 6,
          account_id: 12,
          level: 'self_running',
          met: [1, 2, 3],
          note: '',
          assessed_at: '2026-11-23T00:00:00Z',
          assessed_by: 1,
        },
      };
    if (path === '/api/v1/success-plan-templates') return { body: { data: templatesFixture } };
    if (path === '/api/v1/success-plans/from-template') {
      return {
        status: 201,
        body: planFixture({
          id: 8,
          version: 1,
          title: '営業DX導入 90日',
          definition: '',
          status: 'not_started',
        }),
      };
    }
    const m = /^\/api\/v1\/success-plans\/(\d+)(\/history)?$/.exec(path);
    const plan = m
      ? (plans.find((p) => p.id === Number(m[1])) ?? planFixture({ id: Number(m[1]) }))
      : undefined;
    if (m && plan && m[2]) {
      return {
        body: {
          data: [
            {
              version: 1,
              changed_at: '2026-11-01T00:00:00Z',
              actor: 'sato@banso.example',
              user_id: 2,
              changes: [{ path: 'title', from: '', to: plan.title }],
            },
            {
              version: 2,
              changed_at: '2026-11-20T00:00:00Z',
              actor: 'sato@banso.example',
              user_id: 2,
              changes: [
                { path: 'objectives[o1].milestones[m4].achieved_on', from: null, to: '2026-11-14' },
              ],
            },
          ],
        },
      };
    }
    if (m && plan && call.method === 'GET') return { body: options.get ? options.get(plan) : plan };
    if (m && plan && call.method === 'PATCH') {
      if (options.patch) return options.patch(call, plan);
      const body = call.body as Partial<SuccessPlan>;
      return { body: { ...plan, ...body, version: plan.version + 1 } };
    }
    return undefined;
  };
}

const text = (id: string) => page.byTestId(id)?.textContent ?? '';
const editor = () => page.byTestId('plan-editor')!;
const patches = () => page.calls.filter((c) => c.method === 'PATCH');

async function typeText(element: Element | null, value: string): Promise<void> {
  if (!(element instanceof HTMLTextAreaElement)) throw new Error('not a textarea');
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')!.set!.call(
      element,
      value,
    );
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

describe('SuccessTab', () => {
  it('shows self-sufficiency, the plans and the chosen plan with CX/CO objectives, KPIs, milestones and history', async () => {
    page = await renderPage(<SuccessTab accountId={12} />, { answer: fakeApi() });
    expect(page.byTestId('self-sufficiency')!.dataset.level).toBe('guided');
    expect(text('self-level')).toContain('Guided');
    expect(page.allByTestId('plan-card')).toHaveLength(1);
    expect(text('plan-card')).toContain('営業が顧客と話す時間が週 5 時間増えること');
    expect(page.byTestId('plan-card-progress')!.textContent).toContain('50%');
    expect(editor().dataset.version).toBe('3');
    expect(page.byTestId<HTMLTextAreaElement>('plan-definition')!.value).toBe(
      '営業が顧客と話す時間が週 5 時間増えること',
    );

    const badges = page.allByTestId('objective-type').map((b) => b.textContent);
    expect(badges).toEqual(['COOutcomeAdoption', 'CXExperienceFunctional']);
    const kpis = page.allByTestId('kpi-row');
    expect(kpis[1]!.textContent).toContain('120 分');
    expect(kpis[1]!.textContent).toContain('60 分');
    // Only the hand-entered KPI has an input: the WAU one is read from the rollups.
    expect(page.allByTestId<HTMLInputElement>('kpi-current').map((i) => i.value)).toEqual(['90']);
    expect(kpis[0]!.textContent).toContain('From usage: WAU');
    expect(page.allByTestId('milestone').map((m) => m.dataset.achieved)).toEqual(['false', 'true']);

    const history = page.allByTestId('history-entry');
    expect(history.map((h) => h.dataset.version)).toEqual(['2', '1']); // newest first
    expect(history[0]!.textContent).toContain('“営業チーム全員が毎週使う”');
    expect(history[0]!.textContent).toContain('“管理者トレーニング完了”');
    expect(history[0]!.textContent).toContain('achieved on');
  });

  it('makes a plan from a template in one click once one is chosen', async () => {
    page = await renderPage(<SuccessTab accountId={12} />, { answer: fakeApi({ plans: [] }) });
    expect(page.container.textContent).toContain('No success plan yet');
    await click(page.byTestId('plan-new'));
    const create = page.byTestId<HTMLButtonElement>('new-plan-create')!;
    expect(create.disabled).toBe(true);
    expect(page.allByTestId('template-choice').map((c) => c.dataset.key)).toEqual([
      'onboarding-30',
      'sales-dx-90',
    ]);
    expect(page.byTestId<HTMLInputElement>('new-plan-starts-on')!.value).toBe(todayIso());
    await click(
      page.container.querySelector('[data-testid="template-choice"][data-key="sales-dx-90"]'),
    );
    await click(create);
    const post = page.calls.find((c) => c.method === 'POST')!;
    expect(post.url.pathname).toBe('/api/v1/success-plans/from-template');
    expect(post.body).toEqual({
      account_id: 12,
      template_key: 'sales-dx-90',
      starts_on: todayIso(),
    });
    expect(page.byTestId('new-plan')).toBeNull();
    expect(editor().dataset.planId).toBe('8');
    expect(text('plan-created')).toContain('営業DX導入 90日');
  });

  it('marks a milestone achieved today and saves the whole plan with the version read', async () => {
    page = await renderPage(<SuccessTab accountId={12} />, { answer: fakeApi() });
    expect(page.byTestId<HTMLButtonElement>('plan-save')!.disabled).toBe(true);
    await click(page.allByTestId('milestone-toggle')[0]!);
    expect(page.allByTestId('milestone')[0]!.dataset.achieved).toBe('true');
    expect(page.byTestId('plan-progress')!.textContent).toContain('58%'); // the draft's own: (2/3 + 1/2) / 2
    await click(page.byTestId('plan-save'));

    const body = patches()[0]!.body as {
      version: number;
      objectives: {
        id: string;
        progress?: number;
        milestones: { id: string; achieved_on: string | null }[];
      }[];
      title: string;
      status: string;
    };
    expect(patches()[0]!.url.pathname).toBe('/api/v1/success-plans/7');
    expect(body.version).toBe(3);
    expect(body.title).toBe('営業DX導入 90日');
    expect(body.status).toBe('on_track');
    expect(body.objectives.map((o) => o.id)).toEqual(['o1', 'o6']);
    expect(body.objectives[0]!.milestones).toEqual([
      { id: 'm3', title: 'キックオフ', due_on: '2026-11-08', achieved_on: todayIso() },
      {
        id: 'm4',
        title: '管理者トレーニング完了',
        due_on: '2026-11-15',
        achieved_on: '2026-11-14',
      },
    ]);
    expect(JSON.stringify(body)).not.toContain('progress');
    expect(editor().dataset.version).toBe('4');
    expect(page.byTestId('plan-saved')).not.toBeNull();
  });

  it('on 409 says someone else saved first and shows their version', async () => {
    const theirs = planFixture({ version: 5, definition: '別の人が書いた定義' });
    page = await renderPage(<SuccessTab accountId={12} />, {
      answer: fakeApi({
        patch: () => ({
          status: 409,
          body: {
            error: {
              code: 'conflict',
              field: 'version',
              message: 'the record was changed by someone else (now version 5)',
            },
          },
        }),
        get: () => theirs,
      }),
    });
    await typeText(page.byTestId('plan-definition'), '私の定義');
    await click(page.byTestId('plan-save'));
    expect(text('plan-conflict')).toContain('Someone else saved this plan first');
    expect(editor().dataset.version).toBe('5');
    expect(page.byTestId<HTMLTextAreaElement>('plan-definition')!.value).toBe('別の人が書いた定義');
    expect(
      page.calls.filter((c) => c.method === 'GET' && c.url.pathname === '/api/v1/success-plans/7'),
    ).toHaveLength(1);
  });

  it('on 400 shows the server’s message at the field it names and above the save bar (a message of no listed form: the summary, then the English)', async () => {
    page = await renderPage(<SuccessTab accountId={12} />, {
      answer: fakeApi({
        patch: () => ({
          status: 400,
          body: {
            error: {
              code: 'invalid',
              reason: 'invalid',
              params: {},
              field: 'objectives[1].kpis[0].current',
              message: 'values must be finite numbers',
            },
          },
        }),
      }),
    });
    await type(page.allByTestId('kpi-current')[0]!, '100');
    await click(page.byTestId('plan-save'));
    const second = page.allByTestId('objective')[1]!;
    expect(second.querySelector('[data-testid="kpi-error"]')!.textContent).toBe(
      'Invalid input: values must be finite numbers',
    );
    expect(text('plan-error')).toContain('“迷わず使える” › “週次報告の作成時間” › current value');
    expect(editor().dataset.version).toBe('3'); // nothing saved
  });

  it('adds an objective (its type required), a KPI (target not the baseline) and a milestone', async () => {
    page = await renderPage(<SuccessTab accountId={12} />, { answer: fakeApi() });
    await click(page.byTestId('objective-add'));
    await click(page.byTestId('objective-form-submit'));
    expect(text('objective-form-title-error')).toBe('Required.');
    expect(text('objective-form-type-error')).toContain('Experience (CX) or Outcome (CO)');
    await type(page.byTestId('objective-form-title'), '週次報告を自動化する');
    await click(page.byTestId('objective-form-type-co'));
    await click(page.byTestId('objective-form-submit'));
    expect(page.allByTestId('objective')).toHaveLength(3);

    const added = page.allByTestId('objective')[2]!;
    await click(added.querySelector('[data-testid="kpi-add"]'));
    await type(page.byTestId('kpi-form-name'), '自動化した報告');
    await type(page.byTestId('kpi-form-unit'), '件');
    await type(page.byTestId('kpi-form-baseline'), '5');
    await type(page.byTestId('kpi-form-target'), '5');
    await click(page.byTestId('kpi-form-submit'));
    expect(text('kpi-form-target-error')).toBe('The target must differ from the baseline.');
    await type(page.byTestId('kpi-form-target'), '12');
    await click(page.byTestId('kpi-form-submit'));
    await click(added.querySelector('[data-testid="milestone-add"]'));
    await type(page.byTestId('milestone-form-title'), '自動化ルールを設定');
    await click(page.byTestId('milestone-form-submit'));
    expect(added.querySelectorAll('[data-testid="kpi-row"]')).toHaveLength(1);
    expect(added.querySelectorAll('[data-testid="milestone"]')).toHaveLength(1);

    await click(page.byTestId('plan-save'));
    const body = patches()[0]!.body as { objectives: unknown[] };
    expect(body.objectives).toHaveLength(3);
    expect(body.objectives[2]).toEqual({
      title: '週次報告を自動化する',
      type: 'co',
      kind: null,
      status: 'not_started',
      due_on: null,
      owner_user_id: null,
      owner_contact_id: null,
      evidence: '',
      kpis: [
        {
          name: '自動化した報告',
          unit: '件',
          baseline: 5,
          target: 12,
          current: null,
          due_on: null,
          usage: null,
        },
      ],
      milestones: [{ title: '自動化ルールを設定', due_on: null, achieved_on: null }],
    });
  });

  it('lets viewers read but not change', async () => {
    page = await renderPage(<SuccessTab accountId={12} />, { answer: fakeApi(), role: 'viewer' });
    expect(page.byTestId('plan-new')).toBeNull();
    expect(page.byTestId('self-assess')).toBeNull();
    expect(page.byTestId('plan-save-bar')).toBeNull();
    expect(page.byTestId('objective-add')).toBeNull();
    expect(page.allByTestId<HTMLButtonElement>('milestone-toggle').every((b) => b.disabled)).toBe(
      true,
    );
    expect(page.byTestId('plan-definition')!.tagName).toBe('BLOCKQUOTE');
    expect(page.container.textContent).toContain('Viewers cannot change success plans.');
  });

  it('lets a marketer write plans and assessments (write_activity)', async () => {
    page = await renderPage(<SuccessTab accountId={12} />, { answer: fakeApi(), role: 'marketer' });
    expect(page.byTestId('plan-new')).not.toBeNull();
    expect(page.byTestId('self-assess')).not.toBeNull();
  });

  it('assesses self-sufficiency: the last assessment ticked, the level previewed, then recorded', async () => {
    page = await renderPage(<SuccessTab accountId={12} />, { answer: fakeApi() });
    await click(page.byTestId('self-assess'));
    const box = (id: number) => page.byTestId<HTMLInputElement>(`self-criterion-${id}`)!;
    expect([1, 2, 3, 4].map((id) => box(id).checked)).toEqual([true, true, false, false]);
    expect(text('self-preview')).toContain('Guided');
    await click(box(3));
    expect(text('self-preview')).toContain('Self-running');
    await typeText(page.byTestId('self-note'), '推進役が決まった');
    await click(page.byTestId('self-submit'));
    const post = page.calls.find(
      (c) => c.method === 'POST' && c.url.pathname === '/api/v1/accounts/12/self-sufficiency',
    )!;
    expect(post.body).toEqual({ met: [1, 2, 3], note: '推進役が決まった' });
    expect(text('self-recorded')).toContain('Self-running');
    expect(page.byTestId('self-form')).toBeNull();
    expect(
      page.calls.filter(
        (c) => c.method === 'GET' && c.url.pathname === '/api/v1/accounts/12/self-sufficiency',
      ),
    ).toHaveLength(2);
  });

  it('speaks Japanese: 体験 / 成果 and the kinds', async () => {
    page = await renderPage(<SuccessTab accountId={12} />, { answer: fakeApi(), lang: 'ja' });
    expect(page.allByTestId('objective-type').map((b) => b.textContent)).toEqual([
      'CO成果定着',
      'CX体験機能的',
    ]);
    expect(text('self-level')).toContain('伴走で活用');
  });
});
