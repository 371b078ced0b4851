// The journey settings against a fake /api: a stage renamed (only the changed fields, with the
// version), a stage refused deletion (409: its message on the row), a stage added; a rule added
// and refused at the field the server names, a rule switched off; the rules run as a dry run,
// then applied; only admins and managers see the settings.
import { afterEach, describe, expect, it } from 'vitest';
import {
  choose,
  click,
  renderPage,
  revenueSettingsFixture,
  type,
  type ApiCall,
  type Rendered,
} from '../../test/harness';
import { rulesFixture, stagesAnswer, stagesFixture } from '../../test/journeyFixtures';
import { JourneyPage } from './JourneyPage';

let page: Rendered;
afterEach(() => page.unmount());

type Answer = { status?: number; body: unknown } | undefined;

function fakeApi(overrides: (call: ApiCall) => Answer = () => undefined) {
  return (call: ApiCall): Answer => {
    const special = overrides(call);
    if (special) return special;
    const path = call.url.pathname;
    if (path === '/api/v1/journey/rules' && call.method === 'GET') return { body: rulesFixture() };
    if (path === '/api/v1/journey/rules' && call.method === 'POST')
      return { status: 201, body: { ...(call.body as object), id: 9, version: 1, position: 40 } };
    if (/^\/api\/v1\/journey\/(rules|stages)\/\d+$/.test(path) && call.method === 'PATCH')
      return { body: { ...(call.body as object) } };
    if (path === '/api/v1/journey/stages' && call.method === 'POST')
      return { status: 201, body: { ...(call.body as object), id: 10, version: 1, position: 45 } };
    if (path === '/api/v1/journey/rules/run') {
      const dry = (call.body as { dry_run: boolean }).dry_run;
      return {
        body: {
          evaluated: 300,
          moved: 2,
          moves: [
            {
              account_id: 12,
              account_name: 'さくら精機株式会社',
              from: 'onboarding',
              to: 'adopting',
              rule: 'three_active_weeks',
            },
            {
              account_id: 14,
              account_name: '合同会社こもれび',
              from: 'buying',
              to: 'onboarding',
              rule: 'first_contract',
            },
          ].slice(0, dry ? 2 : 2),
        },
      };
    }
    return stagesAnswer(call);
  };
}

const stageRow = (key: string) =>
  page.container.querySelector<HTMLElement>(`[data-testid="stage-row"][data-stage="${key}"]`)!;
const within = (el: Element, id: string) => el.querySelector<HTMLElement>(`[data-testid="${id}"]`);
const writes = () => page.calls.filter((c) => c.method !== 'GET');

describe('journey settings: stages', () => {
  it('renames a stage: only the changed fields go, with the version read; every stage list is read again', async () => {
    page = await renderPage(<JourneyPage tab="settings" />, {
      answer: fakeApi(),
      path: '/journey/settings',
    });
    expect(page.allByTestId('stage-row')).toHaveLength(9);
    const row = stageRow('renewing');
    expect(within(row, 'stage-save')!.hasAttribute('disabled')).toBe(true);
    await type(within(row, 'stage-name-ja'), '更新準備');
    await choose(within(row, 'stage-moment'), 'smot');
    await click(within(row, 'stage-save'));
    expect(writes()[0]!.url.pathname).toBe('/api/v1/journey/stages/6');
    expect(writes()[0]!.body).toEqual({ version: 1, name_ja: '更新準備', moment: 'smot' });
    expect(page.byTestId('stage-notice')!.textContent).toContain('Saved the stage “renewing”');
    // The editor's own list and the shared one (badges, selects) are both read again.
    expect(
      page.calls.filter((c) => c.url.pathname === '/api/v1/journey/stages' && c.method === 'GET')
        .length,
    ).toBeGreaterThanOrEqual(3);
  });

  it('shows why a stage cannot be deleted (409)', async () => {
    page = await renderPage(<JourneyPage tab="settings" />, {
      answer: fakeApi((call) =>
        call.method === 'DELETE'
          ? {
              status: 409,
              body: {
                error: {
                  code: 'conflict',
                  reason: 'in_use',
                  params: { count: 15, value: 'prospect' },
                  field: 'id',
                  message: '15 accounts are in stage "prospect": move them first',
                },
              },
            }
          : undefined,
      ),
      path: '/journey/settings',
    });
    await click(within(stageRow('prospect'), 'stage-delete'));
    expect(page.byTestId('stage-confirm')!.textContent).toContain('Delete the stage “prospect”?');
    await click(page.byTestId('stage-delete-yes'));
    expect(writes()[0]!.method).toBe('DELETE');
    expect(writes()[0]!.url.pathname).toBe('/api/v1/journey/stages/1');
    expect(page.byTestId('stage-error')!.textContent).toBe(
      '15 accounts are in stage "prospect": move them first.',
    );
    expect(page.byTestId('stage-confirm')).toBeNull();
  });

  it('adds a stage, and shows a refused key at the key', async () => {
    let refuse = true;
    page = await renderPage(<JourneyPage tab="settings" />, {
      answer: fakeApi((call) => {
        if (call.method === 'POST' && call.url.pathname === '/api/v1/journey/stages' && refuse) {
          refuse = false;
          return {
            status: 409,
            body: {
              error: {
                code: 'conflict',
                reason: 'already_exists',
                params: { entity: 'stage', value: 'trial' },
                field: 'key',
                message: 'a stage with key "trial" exists',
              },
            },
          };
        }
        return undefined;
      }),
      path: '/journey/settings',
    });
    await click(page.byTestId('stage-new-submit'));
    expect(page.byTestId('stage-new')!.textContent).toContain('Required.');
    await type(page.byTestId('stage-new-key'), 'trial');
    await type(page.byTestId('stage-new-name-ja'), 'トライアル');
    await type(page.byTestId('stage-new-name-en'), 'Trial');
    await choose(page.byTestId('stage-new-moment'), 'fmot');
    await type(page.byTestId('stage-new-position'), '25');
    await click(page.byTestId('stage-new-submit'));
    expect(writes()[0]!.body).toEqual({
      key: 'trial',
      moment: 'fmot',
      name_ja: 'トライアル',
      name_en: 'Trial',
      position: 25,
    });
    expect(page.byTestId('stage-new')!.textContent).toContain(
      'The key "trial" is already taken by another stage.',
    );
    await click(page.byTestId('stage-new-submit'));
    expect(page.byTestId('stage-notice')!.textContent).toContain('Added the stage “trial”');
    expect(page.byTestId<HTMLInputElement>('stage-new-key')!.value).toBe('');
  });

  it('puts a stage added without a position last in its moment (banso would put it first)', async () => {
    page = await renderPage(<JourneyPage tab="settings" />, {
      answer: fakeApi(),
      path: '/journey/settings',
    });
    await type(page.byTestId('stage-new-key'), 'renewal_talk');
    await type(page.byTestId('stage-new-name-ja'), '更新交渉');
    await type(page.byTestId('stage-new-name-en'), 'Renewal talk');
    await choose(page.byTestId('stage-new-moment'), 'tmot');
    await click(page.byTestId('stage-new-submit'));
    expect(writes()[0]!.body).toEqual({
      key: 'renewal_talk',
      moment: 'tmot',
      position: 90,
      name_ja: '更新交渉',
      name_en: 'Renewal talk',
    });
  });
});

describe('journey settings: rules', () => {
  it('lists the rules with their conditions in words', async () => {
    page = await renderPage(<JourneyPage tab="settings" />, {
      answer: fakeApi(),
      path: '/journey/settings',
    });
    const rows = page.allByTestId('rule-row');
    expect(rows.map((r) => [r.dataset.rule, r.dataset.enabled])).toEqual([
      ['first_contract', 'true'],
      ['three_active_weeks', 'true'],
      ['renewal_near', 'false'],
    ]);
    expect(rows[1]!.textContent).toContain('Consecutive active weeks (at most 12) ≥ 3');
    expect(rows[1]!.textContent).toContain('Days in the current stage ≥ 30');
    expect(rows[2]!.textContent).toContain('From any stage');
  });

  it('labels every field, ARR included, and shows and takes an ARR threshold in the reporting currency', async () => {
    const rules = rulesFixture();
    rules.fields.push({
      key: 'account.arr_minor',
      description: 'annual recurring revenue in minor currency units',
    });
    rules.data[2]!.conditions = [{ field: 'account.arr_minor', op: 'gte', value: 1_200_000 }];
    const saved: unknown[] = [];
    page = await renderPage(<JourneyPage tab="settings" />, {
      answer: fakeApi((call) => {
        if (call.url.pathname === '/api/v1/settings/revenue')
          return { body: { ...revenueSettingsFixture, reporting_currency: 'USD' } };
        if (call.url.pathname === '/api/v1/journey/rules' && call.method === 'GET')
          return { body: rules };
        if (call.method === 'PATCH') {
          saved.push(call.body);
          return { body: rules.data[2] };
        }
        return undefined;
      }),
      path: '/journey/settings',
      lang: 'ja',
    });
    const row = page.allByTestId('rule-row')[2]!;
    // 1,200,000 of the API's integer is $12,000.00 when the reporting currency is USD.
    expect(row.textContent).toContain('ARR（年間経常収益） ≥ $12,000.00');
    expect(page.container.textContent).not.toMatch(/account\.arr_minor|最小通貨単位/);
    await click(within(row, 'rule-edit'));
    expect(
      [...page.byTestId<HTMLSelectElement>('condition-field-0')!.options].map((o) => o.text),
    ).toContain('ARR（年間経常収益）');
    expect(page.byTestId<HTMLInputElement>('condition-value-0')!.value).toBe('12000.00');
    expect(page.byTestId('condition-value-0-hint')!.textContent).toBe(
      '$12,000.00（レポート通貨の USD）と、各顧客の ARR を換算して比べます。為替レートが未登録の顧客は条件を満たしません。',
    );
    await type(page.byTestId('condition-value-0'), '15,000.5');
    await click(page.byTestId('rule-save'));
    expect(saved).toHaveLength(1);
    expect((saved[0] as { conditions: unknown[] }).conditions).toEqual([
      { field: 'account.arr_minor', op: 'gte', value: 1_500_050 },
    ]);
  });

  it('adds a rule: the body as the API wants it; a 400 naming conditions[0].field shows at that select', async () => {
    let refuse = true;
    page = await renderPage(<JourneyPage tab="settings" />, {
      answer: fakeApi((call) => {
        if (call.method === 'POST' && call.url.pathname === '/api/v1/journey/rules' && refuse) {
          refuse = false;
          const choices = 'contracts.active, nps.last or account.days_in_stage';
          return {
            status: 400,
            body: {
              error: {
                code: 'invalid',
                reason: 'not_one_of',
                params: { choices },
                field: 'conditions[0].field',
                message: `must be one of ${choices}`,
              },
            },
          };
        }
        return undefined;
      }),
      path: '/journey/settings',
    });
    await click(page.byTestId('rule-new'));
    await click(page.byTestId('rule-save'));
    expect(page.byTestId('rule-form')!.textContent).toContain('Required.'); // key, name, to stage
    expect(page.byTestId('condition-value-0-error')!.textContent).toBe('Enter a number.');

    await type(page.byTestId('rule-key'), 'nps_promoter');
    await type(page.byTestId('rule-name'), '推奨者 → 推奨');
    await click(page.byTestId('rule-from-adopting'));
    await click(page.byTestId('rule-from-renewing'));
    await choose(page.byTestId('rule-to'), 'advocating');
    await choose(page.byTestId('condition-field-0'), 'nps.last');
    await choose(page.byTestId('condition-op-0'), 'gte');
    await type(page.byTestId('condition-value-0'), '9');
    await click(page.byTestId('condition-add'));
    await choose(page.byTestId('condition-field-1'), 'account.days_in_stage');
    await choose(page.byTestId('condition-op-1'), 'gt');
    await type(page.byTestId('condition-value-1'), '60');
    await click(page.byTestId('rule-save'));
    const post = writes()[0]!;
    expect(post.url.pathname).toBe('/api/v1/journey/rules');
    expect(post.body).toEqual({
      key: 'nps_promoter',
      name: '推奨者 → 推奨',
      from_stages: ['adopting', 'renewing'],
      to_stage: 'advocating',
      conditions: [
        { field: 'nps.last', op: 'gte', value: 9 },
        { field: 'account.days_in_stage', op: 'gt', value: 60 },
      ],
      enabled: true,
    });
    expect(page.byTestId('condition-field-0-error')!.textContent).toBe(
      'Must be one of contracts.active, nps.last, account.days_in_stage.',
    );
    expect(page.byTestId('condition-field-0')!.className).toContain('input-error');
    await click(page.byTestId('rule-save'));
    expect(page.byTestId('rule-form')).toBeNull();
    expect(page.byTestId('rule-notice')!.textContent).toContain('Added the rule “推奨者 → 推奨”');
  });

  it('edits a rule with its version, and switches one off in place', async () => {
    page = await renderPage(<JourneyPage tab="settings" />, {
      answer: fakeApi(),
      path: '/journey/settings',
    });
    await click(page.allByTestId('rule-enabled')[0]!);
    expect(writes()[0]!.url.pathname).toBe('/api/v1/journey/rules/1');
    expect(writes()[0]!.body).toEqual({ version: 2, enabled: false });

    await click(page.allByTestId('rule-edit')[1]!);
    expect(page.byTestId('rule-key')).toBeNull(); // the key never changes
    expect(page.byTestId<HTMLInputElement>('condition-value-1')!.value).toBe('30');
    await type(page.byTestId('condition-value-1'), '45');
    await click(page.byTestId('rule-save'));
    expect(writes()[1]!.url.pathname).toBe('/api/v1/journey/rules/2');
    expect(writes()[1]!.body).toEqual({
      version: 1,
      name: '3 週連続で利用 → 定着・活用',
      from_stages: ['onboarding'],
      to_stage: 'adopting',
      conditions: [
        { field: 'usage.active_weeks', op: 'gte', value: 3 },
        { field: 'account.days_in_stage', op: 'gte', value: 45 },
      ],
      enabled: true,
    });
  });

  it('runs the rules as a dry run first, then applies them', async () => {
    page = await renderPage(<JourneyPage tab="settings" />, {
      answer: fakeApi(),
      path: '/journey/settings',
    });
    expect(page.byTestId('rule-run-apply')).toBeNull();
    await click(page.byTestId('rule-run-preview'));
    expect(writes()[0]!.body).toEqual({ dry_run: true });
    expect(page.byTestId('rule-run-summary')!.textContent).toContain(
      '300 accounts checked: 2 would move (nothing changed yet).',
    );
    const moves = page.allByTestId('rule-run-move');
    expect(moves.map((m) => m.dataset.accountId)).toEqual(['12', '14']);
    expect(moves[0]!.textContent).toContain('3 週連続で利用 → 定着・活用');
    expect(moves[0]!.textContent).toContain('Onboarding');
    await click(page.byTestId('rule-run-apply'));
    expect(writes()[1]!.body).toEqual({ dry_run: false });
    expect(page.byTestId('rule-run-applied')!.textContent).toContain(
      '300 accounts checked; 2 moved.',
    );
    expect(page.byTestId('rule-run-apply')).toBeNull();
  });
});

describe('journey settings: who sees them', () => {
  it('is for admins and managers only', async () => {
    page = await renderPage(<JourneyPage tab="settings" />, {
      answer: fakeApi(),
      path: '/journey/settings',
      role: 'csm',
    });
    expect(page.byTestId('journey-settings-denied')).not.toBeNull();
    expect(page.byTestId('stage-editor')).toBeNull();
    expect(page.byTestId('journey-tab-settings')).toBeNull();
    page.unmount();
    page = await renderPage(<JourneyPage tab="settings" />, {
      answer: fakeApi(),
      path: '/journey/settings',
      role: 'manager',
    });
    expect(page.byTestId('stage-editor')).not.toBeNull();
    expect(stagesFixture()).toHaveLength(page.allByTestId('stage-row').length);
  });
});
