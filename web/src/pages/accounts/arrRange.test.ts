import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { arrRangeText, parseArrRange } from './arrRange';

const t = i18n.getFixedT('en');

describe('the ARR range', () => {
  it('is typed in the reporting currency’s unit and sent as its integer', () => {
    expect(parseArrRange({ min: '1,000,000', max: '' }, 'JPY', t)).toEqual({
      range: { min: 1_000_000, max: undefined },
    });
    expect(parseArrRange({ min: '', max: '$6,000.5' }, 'USD', t)).toEqual({
      range: { min: undefined, max: 600_050 },
    });
    // Zero is a bound, not "no bound".
    expect(parseArrRange({ min: '0', max: '' }, 'JPY', t)).toEqual({
      range: { min: 0, max: undefined },
    });
  });

  it('says what is wrong: not an amount, too many decimals, a minimum above the maximum', () => {
    expect(parseArrRange({ min: 'abc', max: '1.5' }, 'JPY', t)).toEqual({
      problems: {
        min: 'Enter an amount in figures, e.g. 6,000.00.',
        max: 'JPY amounts have no decimal places.',
      },
    });
    expect(parseArrRange({ min: '500', max: '100' }, 'USD', t)).toEqual({
      problems: { max: 'The maximum must not be below the minimum.' },
    });
  });

  it('starts the inputs from the address, in the currency’s unit', () => {
    expect(arrRangeText({ min: 600_050, max: undefined }, 'USD')).toEqual({
      min: '6,000.5',
      max: '',
    });
    expect(arrRangeText({ min: undefined, max: 1_000_000 }, 'JPY')).toEqual({
      min: '',
      max: '1,000,000',
    });
  });
});
