// Contracts from the Revenue tab: amounts typed in the currency's own unit (¥1,200,000 or
// $6,000.00), sent as the API's integer; every field the API takes; an edit shows the amount
// as typed and goes with its version; the account is read again after (its ARR moved).
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UserRole } from '../../api';
import { choose, click, renderPage, type, type Rendered } from '../../test/harness';
import { accountFixture, contractFixture, pageOf, staleAnswer } from '../../test/editingFixtures';
import { amountPreview, contractDraft, contractProblems, mrrOf } from './contractForm';
import { RevenueTab } from './RevenueTab';

let page: Rendered;
afterEach(() => page?.unmount());

const t = (key: string, options?: Record<string, unknown>) =>
  options ? `${key} ${JSON.stringify(options)}` : key;
const now = new Date(2026, 10, 23);

describe('contractForm', () => {
  it('says what is wrong with an amount in the currency’s words', () => {
    const draft = { ...contractDraft(null, now), product: 'Banso' };
    expect(contractProblems({ ...draft, amount: '1200000' }, 'JPY', t)).toEqual({});
    expect(contractProblems({ ...draft, amount: '1200000.5' }, 'JPY', t).amount).toBe(
      'money.problem.noDecimals {"currency":"JPY","digits":0}',
    );
    expect(contractProblems({ ...draft, amount: '6000.505' }, 'USD', t).amount).toBe(
      'money.problem.tooManyDecimals {"currency":"USD","digits":2}',
    );
    expect(contractProblems({ ...draft, amount: '' }, 'USD', t).amount).toBe(
      'recordForm.problem.required',
    );
  });

  it('checks the dates’ order and the seats', () => {
    const draft = { ...contractDraft(null, now), product: 'Banso', amount: '1' };
    expect(draft.start_date).toBe('2026-11-23');
    expect(contractProblems({ ...draft, end_date: '2026-11-01', seats: '0' }, 'JPY', t)).toEqual({
      end_date: 'contractForm.problem.endBeforeStart',
      seats: 'contractForm.problem.seats {"max":10000000}',
    });
  });

  it('previews the amount and its MRR as the server rounds it', () => {
    expect(mrrOf(1_000, 'quarterly')).toBe(333);
    expect(mrrOf(1_001, 'quarterly')).toBe(334);
    const draft = { ...contractDraft(null, now), amount: '1,200,000' };
    const en = (key: string, o?: Record<string, unknown>) =>
      key === 'contractForm.per.annual' ? 'a year' : `${o?.amount} ${o?.period} (MRR ${o?.mrr})`;
    expect(amountPreview(draft, 'JPY', 'ja', en)).toBe('￥1,200,000 a year (MRR ￥100,000)');
  });
});

function render(role: UserRole, currency: string, write: () => { status?: number; body: unknown }) {
  const changed = vi.fn();
  const account = accountFixture({ currency });
  return {
    changed,
    ready: renderPage(<RevenueTab account={account} onAccountChanged={changed} />, {
      role,
      lang: 'ja',
      answer: (call) => {
        const path = call.url.pathname;
        if (path === '/api/v1/contracts' && call.method === 'GET')
          return {
            body: pageOf([
              contractFixture({ currency, amount_minor: currency === 'USD' ? 600_000 : 1_200_000 }),
            ]),
          };
        if (path === '/api/v1/revenue-movements') return { body: pageOf([]) };
        if (path === '/api/v1/contracts/71' && call.method === 'GET')
          return { body: contractFixture({ version: 5, product: 'Banso Enterprise' }) };
        if (call.method !== 'GET') return write();
        return undefined;
      },
    }),
  };
}

describe('RevenueTab contracts', () => {
  it('adds a yen contract: ¥1,200,000 a year is sent as 1200000', async () => {
    const { changed, ready } = render('manager', 'JPY', () => ({
      status: 201,
      body: contractFixture({ id: 72 }),
    }));
    page = await ready;
    await click(page.byTestId('contract-add'));
    expect(page.byTestId<HTMLInputElement>('contract-currency')!.value).toBe('JPY');
    await type(page.byTestId('contract-product'), 'Banso Business 追加ライセンス');
    await type(page.byTestId('contract-external_id'), 'C-2026-014');
    await type(page.byTestId('contract-start_date'), '2026-12-01');
    await type(page.byTestId('contract-end_date'), '2027-11-30');
    await type(page.byTestId('contract-amount'), '¥1,200,000');
    expect(page.byTestId('contract-dialog')!.textContent).toContain(
      '￥1,200,000／年（MRR ￥100,000）',
    );
    await type(page.byTestId('contract-seats'), '25');
    await click(page.byTestId('contract-dialog-save'));
    expect(page.calls.find((c) => c.method === 'POST')!.body).toEqual({
      account_id: 12,
      currency: 'JPY',
      product: 'Banso Business 追加ライセンス',
      external_id: 'C-2026-014',
      start_date: '2026-12-01',
      end_date: '2027-11-30',
      amount_minor: 1_200_000,
      billing_period: 'annual',
      seats: 25,
    });
    expect(changed).toHaveBeenCalled();
    expect(page.byTestId('contract-dialog')).toBeNull();
  });

  it('adds a dollar contract: $6,000.50 a month is sent as 600050 cents', async () => {
    const { ready } = render('admin', 'USD', () => ({ status: 201, body: contractFixture() }));
    page = await ready;
    await click(page.byTestId('contract-add'));
    await type(page.byTestId('contract-product'), 'Banso Business');
    await choose(page.byTestId('contract-billing_period'), 'monthly');
    await type(page.byTestId('contract-amount'), '6,000.505');
    await click(page.byTestId('contract-dialog-save'));
    expect(page.byTestId('contract-amount-error')!.textContent).toBe(
      'USD の小数点以下は 2 桁までです。',
    );
    await type(page.byTestId('contract-amount'), '6,000.50');
    await click(page.byTestId('contract-dialog-save'));
    expect(page.calls.find((c) => c.method === 'POST')!.body).toMatchObject({
      currency: 'USD',
      amount_minor: 600_050,
      billing_period: 'monthly',
      end_date: null,
      seats: null,
      external_id: null,
    });
  });

  it('edits a contract: the amount shown in dollars, the version sent; a 409 offers the latest', async () => {
    const { ready } = render('manager', 'USD', () => staleAnswer);
    page = await ready;
    expect(page.byTestId('contract-row-amount')!.textContent).toBe('$6,000.00');
    await click(page.byTestId('contract-edit'));
    expect(page.byTestId<HTMLInputElement>('contract-amount')!.value).toBe('6000.00');
    await type(page.byTestId('contract-seats'), '50');
    await click(page.byTestId('contract-dialog-save'));
    expect(page.calls.find((c) => c.method === 'PATCH')!.body).toMatchObject({
      version: 4,
      amount_minor: 600_000,
      seats: 50,
    });
    expect(page.byTestId('contract-dialog-stale')).not.toBeNull();
    await click(page.byTestId('contract-dialog-reload'));
    expect(page.byTestId<HTMLInputElement>('contract-product')!.value).toBe('Banso Enterprise');
  });

  it('offers a CSM no contract writing (the server’s rule)', async () => {
    const { ready } = render('csm', 'JPY', () => ({ body: null }));
    page = await ready;
    expect(page.byTestId('contract-add')).toBeNull();
    expect(page.byTestId('contract-edit')).toBeNull();
  });
});
