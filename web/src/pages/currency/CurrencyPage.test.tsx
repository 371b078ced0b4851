// The currency page against a fake /api: the currencies without a rate (with their accounts), the
// rates newest first, a rate added from the missing list, edited with its version, deleted after
// a confirmation; the settings saved with their version (a 409 said, never overwritten), the
// amounts elsewhere following a new reporting currency; read-only for a CSM.
import { afterEach, describe, expect, it } from 'vitest';
import type { UserRole } from '../../api';
import { ArrAmount } from '../../components/ArrAmount';
import { fxRateFixture, fxRatesFixture, revenueSettingsFixture } from '../../test/currencyFixtures';
import { choose, click, renderPage, type, type ApiAnswer, type Rendered } from '../../test/harness';
import { CurrencyPage } from './CurrencyPage';

let page: Rendered;
afterEach(() => page?.unmount());

const conflict = (field: string, reason: string) => ({
  status: 409,
  body: { error: { code: 'conflict', reason, field, message: 'conflict' } },
});

function render(write: ApiAnswer = () => undefined, role: UserRole = 'manager', lang = 'ja') {
  return renderPage(
    <>
      <CurrencyPage />
      <ArrAmount
        arr={{ arr_minor: 804_000, currency: 'USD', arr_reporting_minor: 1_215_648 }}
        testId="elsewhere"
      />
    </>,
    {
      role,
      lang: lang as 'ja' | 'en',
      answer: (call) => {
        if (call.method !== 'GET') return write(call);
        if (call.url.pathname === '/api/v1/fx-rates') return { body: fxRatesFixture() };
        if (call.url.pathname === '/api/v1/fx-rates/4')
          return { body: fxRateFixture({ version: 3, rate: '150.9' }) };
        return undefined;
      },
    },
  );
}

const writes = () => page.calls.filter((c) => c.method !== 'GET');
const rateReads = () =>
  page.calls.filter((c) => c.url.pathname === '/api/v1/fx-rates' && c.method === 'GET').length;

describe('CurrencyPage', () => {
  it('lists each currency without a rate with its accounts, and the rates newest first', async () => {
    page = await render();
    const missing = page.byTestId('fx-missing')!;
    expect(missing.textContent).toContain('為替レートが未登録の通貨があります（2 通貨）');
    expect(missing.textContent).toContain(
      'レートが未登録の通貨を使う顧客 21 社の ARR は JPY に換算できません',
    );
    expect(missing.textContent).toContain('1.0 とみなすことはせず');
    expect(page.allByTestId('fx-missing-currency').map((li) => li.textContent)).toEqual([
      'GBP英国ポンド20 社GBP のレートを追加',
      'SGDシンガポール ドル1 社SGD のレートを追加',
    ]);
    expect(page.allByTestId('fx-rate-row').map((r) => r.dataset.month)).toEqual([
      '2026-11',
      '2026-10',
    ]);
    expect(page.allByTestId('fx-rate-value').map((c) => c.textContent)).toEqual([
      '1 USD = 151.2 JPY',
      '1 EUR = 163.45 JPY',
    ]);
    expect(document.title).toBe('通貨と為替 · Banso');
  });

  it('adds a rate from the missing list: the month, currency and rate as typed', async () => {
    let refuse = true;
    page = await render(() => {
      if (refuse) {
        refuse = false;
        return conflict('month', 'already_exists');
      }
      return { status: 201, body: fxRateFixture({ id: 9, currency: 'GBP', rate: '190.5' }) };
    });
    await click(page.allByTestId('fx-missing-add')[0]!);
    expect(page.byTestId<HTMLSelectElement>('fx-rate-currency')!.value).toBe('GBP');
    await type(page.byTestId('fx-rate-month'), '2026-11');
    await type(page.byTestId('fx-rate-rate'), '１９０．５');
    expect(page.byTestId('fx-rate-dialog')!.textContent).toContain(
      '1 GBP = 190.5 JPY として換算します。',
    );
    await click(page.byTestId('fx-rate-dialog-save'));
    // A rate of that month already: said at the month, nothing overwritten.
    expect(page.byTestId('fx-rate-month-error')).not.toBeNull();
    await type(page.byTestId('fx-rate-month'), '2026-12');
    await click(page.byTestId('fx-rate-dialog-save'));
    expect(writes().map((c) => [c.method, c.url.pathname, c.body])).toEqual([
      ['POST', '/api/v1/fx-rates', { month: '2026-11', currency: 'GBP', rate: '190.5' }],
      ['POST', '/api/v1/fx-rates', { month: '2026-12', currency: 'GBP', rate: '190.5' }],
    ]);
    expect(page.byTestId('fx-rate-dialog')).toBeNull();
    expect(page.byTestId('fx-notice')!.textContent).toContain('1 GBP = 190.5 JPY');
    expect(rateReads()).toBe(2);
  });

  it('refuses the reporting currency itself, and a rate that is no positive number', async () => {
    page = await render();
    await click(page.byTestId('fx-rate-add'));
    await type(page.byTestId('fx-rate-rate'), '0');
    await click(page.byTestId('fx-rate-dialog-save'));
    expect(page.byTestId('fx-rate-rate-error')!.textContent).toBe(
      '151.2 のような正の数で入力してください。',
    );
    expect(writes()).toEqual([]);
  });

  it('edits a rate with its version; someone else’s save first is read again', async () => {
    page = await render(() => conflict('version', 'stale_version'));
    await click(page.allByTestId('fx-rate-edit')[0]!);
    expect(page.byTestId<HTMLInputElement>('fx-rate-rate')!.value).toBe('151.2');
    await type(page.byTestId('fx-rate-rate'), '152.05');
    await click(page.byTestId('fx-rate-dialog-save'));
    expect(writes()[0]!.body).toEqual({ version: 2, rate: '152.05' });
    expect(page.byTestId('fx-rate-dialog-stale')).not.toBeNull();
    await click(page.byTestId('fx-rate-dialog-reload'));
    expect(page.byTestId<HTMLInputElement>('fx-rate-rate')!.value).toBe('150.9');
  });

  it('deletes a rate after asking', async () => {
    page = await render(() => ({ status: 204, body: null }));
    await click(page.allByTestId('fx-rate-delete')[1]!);
    expect(page.byTestId('fx-rate-delete-confirm-row')!.textContent).toContain(
      '2026年10月の EUR のレートを削除しますか？',
    );
    await click(page.byTestId('fx-rate-delete-confirm'));
    expect(writes().map((c) => [c.method, c.url.pathname])).toEqual([
      ['DELETE', '/api/v1/fx-rates/3'],
    ]);
    expect(page.byTestId('fx-notice')!.textContent).toBe(
      '2026年10月の EUR のレートを削除しました。',
    );
  });

  it('saves the settings with the version; every amount follows a new reporting currency', async () => {
    page = await render(() => ({
      body: {
        ...revenueSettingsFixture,
        version: 2,
        reporting_currency: 'USD',
        churn_grace_days: 45,
      },
    }));
    expect(page.byTestId('elsewhere')!.textContent).toBe('￥1,215,648$8,040.00');
    await choose(page.byTestId('fx-settings-currency'), 'USD');
    expect(page.byTestId('fx-settings-switch')!.textContent).toContain(
      'ICP とジャーニールールの ARR のしきい値は換算されない',
    );
    await type(page.byTestId('fx-settings-grace'), '45');
    await click(page.byTestId('fx-settings-save'));
    expect(writes()[0]!.body).toEqual({
      version: 1,
      reporting_currency: 'USD',
      churn_grace_days: 45,
    });
    expect(page.byTestId('fx-notice')!.textContent).toBe('レポート通貨と猶予期間を保存しました。');
    expect(page.byTestId<HTMLSelectElement>('fx-settings-currency')!.value).toBe('USD');
    // The shared settings follow: an amount elsewhere is now in dollars, the same as its own.
    expect(page.byTestId('elsewhere')!.dataset.state).toBe('same');
  });

  it('says when someone else saved the settings first, and reads them again', async () => {
    page = await render(() => conflict('version', 'stale_version'));
    await type(page.byTestId('fx-settings-grace'), '60');
    await click(page.byTestId('fx-settings-save'));
    expect(page.byTestId('fx-settings-stale')).not.toBeNull();
    await click(page.byTestId('fx-settings-reload'));
    expect(page.byTestId('fx-settings-stale')).toBeNull();
    expect(page.byTestId<HTMLInputElement>('fx-settings-grace')!.value).toBe('30');
    expect(
      page.calls.filter((c) => c.url.pathname === '/api/v1/settings/revenue' && c.method === 'GET'),
    ).toHaveLength(2);
  });

  it('is read-only for a CSM: no rate to add, edit or import, the settings shown', async () => {
    page = await render(undefined, 'csm', 'en');
    expect(page.byTestId('fx-missing')).not.toBeNull();
    expect(page.byTestId('fx-missing-add')).toBeNull();
    expect(page.byTestId('fx-rate-add')).toBeNull();
    expect(page.byTestId('fx-rate-edit')).toBeNull();
    expect(page.byTestId('fx-import')).toBeNull();
    expect(page.byTestId<HTMLSelectElement>('fx-settings-currency')!.disabled).toBe(true);
    expect(page.byTestId('fx-settings-readonly')!.textContent).toBe(
      'Only admins and managers can change these.',
    );
  });

  it('shows the latest rates first, and all of them on request', async () => {
    const many = Array.from({ length: 25 }, (_, i) =>
      fxRateFixture({
        id: 100 + i,
        month: `20${24 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`,
      }),
    );
    page = await renderPage(<CurrencyPage />, {
      answer: (call) =>
        call.url.pathname === '/api/v1/fx-rates'
          ? { body: fxRatesFixture({ data: many }) }
          : undefined,
      lang: 'en',
    });
    expect(page.allByTestId('fx-rate-row')).toHaveLength(20);
    expect(page.byTestId('fx-rates-all')!.textContent).toBe('Show all 25 rates');
    await click(page.byTestId('fx-rates-all'));
    expect(page.allByTestId('fx-rate-row')).toHaveLength(25);
    expect(page.byTestId('fx-rates-all')).toBeNull();
  });

  it('says so when every currency in use has a rate', async () => {
    page = await renderPage(<CurrencyPage />, {
      answer: (call) =>
        call.url.pathname === '/api/v1/fx-rates'
          ? { body: fxRatesFixture({ missing: [] }) }
          : undefined,
      lang: 'en',
    });
    expect(page.byTestId('fx-missing')).toBeNull();
    expect(page.byTestId('fx-missing-none')!.textContent).toBe(
      'Every currency your accounts use has a rate into JPY.',
    );
  });
});
