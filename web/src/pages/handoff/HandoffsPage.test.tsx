// The hand-offs page against a fake /api: the poor-fit list (threshold and period sent, scores
// coloured, more pages added), and the ideal customer profile (read by all, edited by admins
// and managers: a criterion's body, the server's 400 at its field, an edit with the version).
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
import { handoffFixture, icpFixture, stagesAnswer } from '../../test/journeyFixtures';
import { HandoffsPage } from './HandoffsPage';

let page: Rendered;
afterEach(() => page.unmount());

type Answer = { status?: number; body: unknown } | undefined;

// The profile as the demo has it: industries typed in English, and an ARR threshold.
const icp = {
  ...icpFixture(),
  criteria: [
    { ...icpFixture().criteria[0]!, values: ['Manufacturing', 'Real estate', '製造'] },
    ...icpFixture().criteria.slice(1),
    {
      id: 4,
      version: 1,
      label: '年間契約額 60万円以上',
      field: 'arr_minor',
      op: 'gte' as const,
      values: [],
      value: 600_000,
      weight: 20,
      position: 40,
    },
  ],
};

function fakeApi(write?: (call: ApiCall) => Answer) {
  return (call: ApiCall): Answer => {
    const path = call.url.pathname;
    if (call.method !== 'GET' && write) {
      const special = write(call);
      if (special) return special;
    }
    if (path === '/api/v1/handoffs') {
      const cursor = call.url.searchParams.get('cursor');
      if (!cursor)
        return {
          body: {
            data: [
              handoffFixture(),
              handoffFixture({
                id: 6,
                account_id: 13,
                account_name: '株式会社みらい物流',
                fit_score: 25,
                plan_id: 3,
                sales_owner: '',
                // Recorded by the demo or an import: no staff user.
                handed_off_by: null,
                handed_off_by_name: null,
              }),
            ],
            next_cursor: 'p2',
          },
        };
      return {
        body: {
          data: [
            handoffFixture({
              id: 7,
              account_id: 14,
              account_name: '合同会社こもれび',
              fit_score: 10,
            }),
          ],
          next_cursor: null,
        },
      };
    }
    if (path === '/api/v1/icp') return { body: icp };
    if (path === '/api/v1/users')
      return { body: { data: [{ id: 1, name: '佐藤 花子', email: 'sato@x', role: 'csm' }] } };
    if (path === '/api/v1/icp/criteria' && call.method === 'POST')
      return { status: 201, body: { ...(call.body as object), id: 9, version: 1, position: 40 } };
    if (/^\/api\/v1\/icp\/criteria\/\d+$/.test(path) && call.method === 'PATCH')
      return { body: { ...(call.body as object), id: 2 } };
    return stagesAnswer(call);
  };
}
const listCalls = () =>
  page.calls.filter((c) => c.url.pathname === '/api/v1/handoffs').map((c) => c.url.searchParams);
const writes = () => page.calls.filter((c) => c.method !== 'GET');

describe('poor-fit hand-offs', () => {
  it('lists them with the fit coloured, newest first as the API gives them; more pages add up', async () => {
    page = await renderPage(<HandoffsPage tab="list" />, { answer: fakeApi(), path: '/handoffs' });
    expect([
      listCalls()[0]!.get('fit_below'),
      listCalls()[0]!.get('since_days'),
      listCalls()[0]!.get('limit'),
    ]).toEqual(['50', '180', '50']);
    const rows = page.allByTestId('handoff-row');
    expect(rows.map((r) => r.dataset.accountId)).toEqual(['12', '13']);
    expect(rows[0]!.querySelector('a')!.getAttribute('href')).toBe('/accounts/12?tab=handoff');
    expect(rows[0]!.querySelector('[data-testid="handoff-row-fit"]')!.className).toContain(
      'fit-red',
    );
    expect(rows[0]!.textContent).toContain('営業部 木村');
    expect(rows[0]!.textContent).toContain('none'); // no plan yet
    // Who recorded each: a staff user by name, else the system — never a bare dash.
    expect(page.allByTestId('handoff-row-by').map((b) => b.textContent)).toEqual([
      '佐藤 花子',
      'recorded by the system',
    ]);
    expect(rows[1]!.querySelector('a[href="/accounts/13?tab=success&plan=3"]')).not.toBeNull();
    expect(page.byTestId('handoffs-count')!.textContent).toBe('2 hand-offs+');
    await click(page.byTestId('handoffs-more'));
    expect(listCalls().at(-1)!.get('cursor')).toBe('p2');
    expect(page.allByTestId('handoff-row').map((r) => r.dataset.accountId)).toEqual([
      '12',
      '13',
      '14',
    ]);
    expect(page.byTestId('handoffs-more')).toBeNull();
  });

  it('sends the threshold and the period chosen, starting again from the first page', async () => {
    page = await renderPage(<HandoffsPage tab="list" />, { answer: fakeApi(), path: '/handoffs' });
    await click(page.byTestId('handoffs-more'));
    await choose(page.byTestId('handoffs-fit-below'), '70');
    await choose(page.byTestId('handoffs-since'), '365');
    const last = listCalls().at(-1)!;
    expect([last.get('fit_below'), last.get('since_days'), last.get('cursor')]).toEqual([
      '70',
      '365',
      null,
    ]);
    expect(page.allByTestId('handoff-row')).toHaveLength(2);
  });
});

describe('the ideal customer profile', () => {
  it('is read by everyone; only admins and managers edit it', async () => {
    page = await renderPage(<HandoffsPage tab="icp" />, {
      answer: fakeApi(),
      path: '/handoffs/icp',
      role: 'csm',
    });
    const rows = page.allByTestId('icp-row');
    expect(rows.map((r) => r.dataset.field)).toEqual([
      'industry',
      'employee_band',
      'contacts',
      'arr_minor',
    ]);
    // Values in words: known industries translated (the stored text on hover), bands worded.
    expect(rows[0]!.textContent).toContain('Industry is one of ManufacturingReal estate製造');
    expect(rows[1]!.textContent).toContain('250–999 employees');
    expect(rows[2]!.textContent).toContain('Contacts is at least 3');
    // An ARR threshold is in the reporting currency (JPY here), as money.
    expect(rows[3]!.textContent).toContain('ARR is at least ¥600,000');
    expect(rows[3]!.textContent).not.toMatch(/minor/);
    expect(rows[0]!.textContent).toContain('33% of the score');
    expect(page.byTestId('icp-total-weight')!.textContent).toBe('Total weight 120');
    expect(page.byTestId('icp-readonly')).not.toBeNull();
    expect(page.byTestId('icp-new')).toBeNull();
    expect(page.byTestId('icp-edit')).toBeNull();
  });

  it('adds a criterion on a custom attribute: values split on commas, the 400 shown at its field', async () => {
    let refuse = true;
    page = await renderPage(<HandoffsPage tab="icp" />, {
      answer: fakeApi((call) => {
        if (call.method === 'POST' && refuse) {
          refuse = false;
          return {
            status: 400,
            body: {
              error: {
                code: 'invalid',
                reason: 'required',
                params: {},
                field: 'values[1]',
                message: 'is required',
              },
            },
          };
        }
        return undefined;
      }),
      path: '/handoffs/icp',
      role: 'manager',
    });
    await click(page.byTestId('icp-new'));
    // The server's placeholder `custom.<attribute>` is not a field to pick: "Custom attribute…" is.
    expect([...page.byTestId<HTMLSelectElement>('icp-field')!.options].map((o) => o.value)).toEqual(
      ['industry', 'employee_band', 'country', 'arr_minor', 'contacts', '__custom'],
    );
    await type(page.byTestId('icp-label'), '上位プラン');
    await choose(page.byTestId('icp-field'), '__custom');
    await click(page.byTestId('icp-save'));
    expect(page.byTestId('icp-field-error')!.textContent).toBe('Type the attribute’s name.');
    await type(page.byTestId('icp-custom'), 'plan');
    await type(page.byTestId('icp-values'), 'Enterprise、Business');
    await type(page.byTestId('icp-weight-input'), '150');
    await click(page.byTestId('icp-save'));
    expect(page.byTestId('icp-weight-error')!.textContent).toBe(
      'Enter a whole number from 1 to 100.',
    );
    await type(page.byTestId('icp-weight-input'), '20');
    await click(page.byTestId('icp-save'));
    expect(writes()[0]!.url.pathname).toBe('/api/v1/icp/criteria');
    expect(writes()[0]!.body).toEqual({
      label: '上位プラン',
      field: 'custom.plan',
      op: 'in',
      values: ['Enterprise', 'Business'],
      value: null,
      weight: 20,
      position: 50, // after the last criterion (40)
    });
    expect(page.byTestId('icp-values-error')!.textContent).toBe('This field is required.');
    await click(page.byTestId('icp-save'));
    expect(page.byTestId('icp-notice')!.textContent).toContain('Added the criterion “上位プラン”');
  });

  it('compares numbers: ARR at least, sent as a number with no values', async () => {
    page = await renderPage(<HandoffsPage tab="icp" />, {
      answer: fakeApi(),
      path: '/handoffs/icp',
    });
    await click(page.byTestId('icp-new'));
    await type(page.byTestId('icp-label'), 'ARR 200 万円以上');
    await choose(page.byTestId('icp-field'), 'arr_minor');
    expect(page.byTestId<HTMLSelectElement>('icp-op')!.value).toBe('gte');
    await type(page.byTestId('icp-value'), '2,000,000');
    // What is typed, as money in the reporting currency it is compared in (never "minor units").
    expect(page.byTestId('icp-form')!.textContent).toContain(
      'Compared with each account’s ARR converted into JPY, the reporting currency: ¥2,000,000.',
    );
    await click(page.byTestId('icp-save'));
    expect(writes()[0]!.body).toEqual({
      label: 'ARR 200 万円以上',
      field: 'arr_minor',
      op: 'gte',
      values: [],
      value: 2000000,
      weight: 10,
      position: 50,
    });
  });

  it('edits a criterion with its version', async () => {
    page = await renderPage(<HandoffsPage tab="icp" />, {
      answer: fakeApi(),
      path: '/handoffs/icp',
    });
    await click(page.allByTestId('icp-edit')[1]!);
    expect(page.byTestId<HTMLInputElement>('icp-values')!.value).toBe('250-999, 1000-4999, 5000+');
    await type(page.byTestId('icp-values'), '250-999, 1000-4999');
    await click(page.byTestId('icp-save'));
    expect(writes()[0]!.url.pathname).toBe('/api/v1/icp/criteria/2');
    expect(writes()[0]!.body).toEqual({
      version: 3,
      label: '従業員 250 名以上',
      field: 'employee_band',
      op: 'in',
      values: ['250-999', '1000-4999'],
      value: null,
      weight: 35,
    });
  });

  it('shows and edits an ARR threshold in the reporting currency’s own unit', async () => {
    const usd = fakeApi();
    page = await renderPage(<HandoffsPage tab="icp" />, {
      answer: (call) =>
        call.url.pathname === '/api/v1/settings/revenue'
          ? { body: { ...revenueSettingsFixture, reporting_currency: 'USD' } }
          : usd(call),
      path: '/handoffs/icp',
    });
    const arr = page.allByTestId('icp-row')[3]!;
    // 600,000 of the API's integer is $6,000.00 in US dollars.
    expect(arr.textContent).toContain('ARR is at least $6,000.00');
    await click(page.allByTestId('icp-edit')[3]!);
    expect(page.byTestId<HTMLInputElement>('icp-value')!.value).toBe('6000.00');
    await type(page.byTestId('icp-value'), '7,500.001');
    await click(page.byTestId('icp-save'));
    expect(page.byTestId('icp-value-error')!.textContent).toBe(
      'USD takes at most 2 decimal places.',
    );
    expect(writes()).toEqual([]);
    await type(page.byTestId('icp-value'), '7,500');
    await click(page.byTestId('icp-save'));
    expect(writes()[0]!.body).toMatchObject({ field: 'arr_minor', op: 'gte', value: 750_000 });
  });

  it('speaks Japanese', async () => {
    page = await renderPage(<HandoffsPage tab="icp" />, {
      answer: fakeApi(),
      path: '/handoffs/icp',
      lang: 'ja',
    });
    expect(page.byTestId('handoffs-tab-icp')!.textContent).toBe('ICP（理想の顧客像）');
    expect(page.allByTestId('icp-row')[0]!.textContent).toContain('業種 が次のいずれか');
    expect(
      page
        .allByTestId('icp-row')[0]!
        .querySelectorAll<HTMLElement>('[data-testid="icp-value-chip"]')[0]!.textContent,
    ).toBe('製造');
    expect(page.allByTestId('icp-value-chip')[0]!.title).toBe('Manufacturing');
    expect(page.allByTestId('icp-row')[1]!.textContent).toContain('250〜999 名');
    expect(page.allByTestId('icp-row')[3]!.textContent).toContain('ARR（年間経常収益）');
  });
});
