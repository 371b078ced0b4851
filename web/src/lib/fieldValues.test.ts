import { describe, expect, it } from 'vitest';
import i18n from '../i18n';
import {
  amountHint,
  fieldValueText,
  noValueText,
  parseThreshold,
  thresholdText,
} from './fieldValues';

const ja = { lang: 'ja', t: i18n.getFixedT('ja') };
const en = { lang: 'en', t: i18n.getFixedT('en') };

describe('fieldValueText', () => {
  it('shows an ARR as money in the reporting currency, never as the integer the API sends', () => {
    expect(fieldValueText('arr_minor', 24_451_956, { ...en, currency: 'JPY' })).toBe('¥24,451,956');
    expect(fieldValueText('account.arr_minor', 268_800, { ...en, currency: 'SGD' })).toBe(
      'SGD\u00a02,688.00',
    );
    expect(fieldValueText('account.arr_minor', 268_800, { ...ja, currency: 'USD' })).toBe(
      '$2,688.00',
    );
  });

  it('shows no number for an amount until the reporting currency is known', () => {
    expect(fieldValueText('arr_minor', 600_000, en)).toBe('…');
    expect(fieldValueText('account.arr_minor', 600_000, { ...ja, currency: null })).toBe('…');
  });

  it('says an ARR without a value has no rate; other fields have no value', () => {
    expect(noValueText('arr_minor', i18n.getFixedT('ja'))).toBe('レート未登録');
    expect(noValueText('nps.last', i18n.getFixedT('en'))).toBe('no value');
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

describe('ARR thresholds in the reporting currency', () => {
  const t = i18n.getFixedT('en');
  it('are typed in the currency’s own unit and sent as the API’s integer', () => {
    expect(parseThreshold('arr_minor', '1,000,000', 'JPY', t, 'number')).toEqual({
      value: 1_000_000,
    });
    expect(parseThreshold('account.arr_minor', '6000', 'USD', t, 'number')).toEqual({
      value: 600_000,
    });
    expect(parseThreshold('account.arr_minor', '6000.505', 'USD', t, 'number')).toEqual({
      problem: 'USD takes at most 2 decimal places.',
    });
    expect(parseThreshold('arr_minor', '', 'JPY', t, 'number')).toEqual({ problem: 'number' });
    // Other fields are any number, as typed.
    expect(parseThreshold('contacts', '2.5', 'USD', t, 'number')).toEqual({ value: 2.5 });
    expect(parseThreshold('contacts', 'x', 'USD', t, 'number')).toEqual({ problem: 'number' });
  });

  it('start their input as an amount of the currency', () => {
    expect(thresholdText('arr_minor', 600_000, 'USD')).toBe('6000.00');
    expect(thresholdText('arr_minor', 600_000, 'JPY')).toBe('600000');
    expect(thresholdText('usage.active_weeks', 3, 'USD')).toBe('3');
    expect(thresholdText('arr_minor', null, 'USD')).toBe('');
  });

  it('say under the input what is typed, in the reporting currency', () => {
    expect(amountHint('6000', 'USD', 'en', t)).toBe(
      'Compared with each account’s ARR converted into USD, the reporting currency: $6,000.00. An account without a rate does not meet it.',
    );
    expect(amountHint('', 'JPY', 'ja', i18n.getFixedT('ja'))).toBe(
      'JPY（レポート通貨）で入力します。各顧客の ARR を JPY に換算して比べ、為替レートが未登録の顧客は条件を満たしません。',
    );
  });
});
