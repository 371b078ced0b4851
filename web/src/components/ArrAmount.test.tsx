// An ARR in the reporting currency first, the account's own beneath when it differs, and a
// "rate missing" marker (never a conversion at 1.0) while its currency has no rate.
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage, revenueSettingsFixture, type Rendered } from '../test/harness';
import { ArrAmount, arrView } from './ArrAmount';

let page: Rendered;
afterEach(() => page?.unmount());

const usd = { arr_minor: 804_000, currency: 'USD', arr_reporting_minor: 1_215_648 };

describe('arrView', () => {
  it('shows the reporting amount and, for another currency, the account’s own', () => {
    expect(arrView(usd, 'JPY', 'en')).toEqual({
      kind: 'converted',
      main: '¥1,215,648',
      own: '$8,040.00',
    });
    expect(arrView({ ...usd, currency: 'JPY', arr_minor: 96_000 }, 'JPY', 'ja')).toEqual({
      kind: 'same',
      main: '￥96,000',
    });
  });

  it('never converts without a rate, and shows no conversion before the currency is read', () => {
    expect(arrView({ ...usd, arr_reporting_minor: null }, 'JPY', 'en')).toEqual({
      kind: 'missing',
      own: '$8,040.00',
    });
    expect(arrView(usd, undefined, 'en')).toEqual({ kind: 'ownOnly', own: '$8,040.00' });
  });
});

describe('ArrAmount', () => {
  it('uses the shared reporting currency, and marks a missing rate with the reason', async () => {
    page = await renderPage(
      <>
        <ArrAmount arr={usd} testId="converted" />
        <ArrAmount arr={{ ...usd, currency: 'GBP', arr_reporting_minor: null }} testId="gbp" />
      </>,
      { answer: () => undefined, lang: 'ja' },
    );
    expect(page.byTestId('converted')!.textContent).toBe('￥1,215,648$8,040.00');
    expect(page.byTestId('converted-own')!.title).toBe('顧客の通貨（USD）での ARR');
    const gbp = page.byTestId('gbp')!;
    expect(gbp.dataset.state).toBe('missing');
    expect(gbp.querySelector('[data-testid="rate-missing"]')!.textContent).toBe('レート未登録');
    const why = gbp.querySelector<HTMLElement>('.arr-missing')!.title;
    expect(why).toContain('GBP から JPY への為替レートが未登録');
    // Said to screen readers too, not only on hover.
    expect(gbp.textContent).toContain(why);
    expect(page.byTestId('gbp-own')!.textContent).toBe('£8,040.00');
  });

  it('takes the currency an answer names over the shared one', async () => {
    page = await renderPage(
      <ArrAmount arr={{ ...usd, arr_reporting_minor: 804_000 }} reportingCurrency="USD" />,
      {
        answer: (call) =>
          call.url.pathname === '/api/v1/settings/revenue'
            ? { body: { ...revenueSettingsFixture, reporting_currency: 'EUR' } }
            : undefined,
      },
    );
    expect(page.byTestId('arr')!.dataset.state).toBe('same');
    expect(page.byTestId('arr')!.textContent).toBe('$8,040.00');
  });

  it('shows only the account’s own amount while the settings cannot be read', async () => {
    page = await renderPage(<ArrAmount arr={usd} />, {
      answer: (call) =>
        call.url.pathname === '/api/v1/settings/revenue'
          ? { status: 503, body: { error: { code: 'unavailable', message: 'down' } } }
          : undefined,
    });
    expect(page.byTestId('arr')!.dataset.state).toBe('ownOnly');
    expect(page.byTestId('arr')!.textContent).toBe('$8,040.00');
  });
});
