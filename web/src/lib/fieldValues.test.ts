import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import { amountHint, fieldValueText } from './fieldValues';

const ja = { lang: 'ja', t: i18n.getFixedT('ja') };
const en = { lang: 'en', t: i18n.getFixedT('en') };

describe('fieldValueText', () => {
  it('shows an account’s ARR as money in its currency, never as the minor-unit number', () => {
    expect(fieldValueText('arr_minor', 24_451_956, { ...en, currency: 'JPY' })).toBe('¥24,451,956');
    expect(fieldValueText('account.arr_minor', 268_800, { ...en, currency: 'SGD' })).toBe(
      'SGD\u00a02,688.00',
    );
    expect(fieldValueText('account.arr_minor', 268_800, { ...ja, currency: 'USD' })).toBe(
      '$2,688.00',
    );
  });

  it('says a threshold is in each account’s currency when there is no one currency', () => {
    expect(fieldValueText('arr_minor', 600_000, en)).toBe('600,000 in each account’s currency');
    expect(fieldValueText('account.arr_minor', 600_000, ja)).toBe('600,000（各顧客の通貨）');
  });

  it('words industries, bands and countries; groups other numbers', () => {
    expect(fieldValueText('industry', 'Logistics', ja)).toBe('物流');
    expect(fieldValueText('employee_band', '250-999', en)).toBe('250–999 employees');
    expect(fieldValueText('country', 'JP', ja)).toBe('日本');
    expect(fieldValueText('contracts.days_since_first_start', 1234, en)).toBe('1,234');
    expect(fieldValueText('custom.plan', 'Enterprise', en)).toBe('Enterprise');
    expect(fieldValueText('nps.last', null, en)).toBeNull();
  });
});

describe('amountHint', () => {
  it('shows what a threshold means for a yen and for a dollar account', () => {
    expect(amountHint('600000', 'en', i18n.getFixedT('en'))).toBe(
      'Compared with each account’s ARR in its own currency: ¥600,000 for a yen account, $6,000.00 for a dollar account.',
    );
    expect(amountHint('', 'ja', i18n.getFixedT('ja'))).toContain('￥0');
  });
});
