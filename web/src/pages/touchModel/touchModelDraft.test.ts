import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { touchModelFixture } from '../../test/touchModelFixtures';
import {
  addIndustry,
  editorField,
  moved,
  newRule,
  touchModelDraft,
  touchModelInput,
  touchModelProblems,
} from './touchModelDraft';

const t = i18n.getFixedT('en');

describe('the touch model as edited', () => {
  it('shows each minimum ARR in the reporting currency’s own unit, and sends its smallest unit', () => {
    const draft = touchModelDraft(touchModelFixture(), 'JPY');
    expect(draft.rules.map((r) => r.minArr)).toEqual(['3000000', '600000']);
    const usd = touchModelDraft(touchModelFixture(), 'USD');
    expect(usd.rules.map((r) => r.minArr)).toEqual(['30000.00', '6000.00']);
    usd.rules[0]!.minArr = '$45,000.5';
    usd.rules[1]!.minArr = '';
    const input = touchModelInput(usd, 3, 'USD');
    expect(input.rules!.map((r) => r.min_arr_minor)).toEqual([4_500_050, null]);
  });

  it('sends the rules in order with their conditions, the capacities as numbers, and the version', () => {
    const draft = touchModelDraft(touchModelFixture(), 'JPY');
    draft.rules = moved([...draft.rules, newRule()], 2, 0);
    draft.rules[0]!.industries = addIndustry(addIndustry([], ' 製造 '), '製造');
    draft.capacity.low_touch = '120';
    expect(touchModelInput(draft, 3, 'JPY')).toEqual({
      version: 3,
      rules: [
        {
          tier: 'low_touch',
          min_arr_minor: null,
          employee_bands: [],
          industries: ['製造'],
          attribute: null,
        },
        {
          tier: 'high_touch',
          min_arr_minor: 3_000_000,
          employee_bands: [],
          industries: [],
          attribute: null,
        },
        {
          tier: 'low_touch',
          min_arr_minor: 600_000,
          employee_bands: ['250-999', '1000-4999'],
          industries: ['Finance'],
          attribute: { key: 'plan', value: 'Business' },
        },
      ],
      capacity: { high_touch: 25, low_touch: 120, tech_touch: 2000 },
    });
  });

  it('names what the server would refuse by the server’s own paths', () => {
    const draft = touchModelDraft(touchModelFixture(), 'JPY');
    draft.rules[0]!.minArr = '1.5';
    draft.rules[1]!.attributeKey = ' ';
    draft.capacity.tech_touch = '0';
    expect(touchModelProblems(draft, 'JPY', t)).toEqual({
      'rules[0].min_arr_minor': 'JPY amounts have no decimal places.',
      'rules[1].attribute.key': 'Required.',
      'capacity.tech_touch': 'Enter a whole number from 1 to 1,000,000.',
    });
    expect(touchModelProblems(touchModelDraft(touchModelFixture(), 'JPY'), 'JPY', t)).toEqual({});
  });

  it('shows a field the server refuses at the editor’s field', () => {
    expect(editorField('rules[0].tier')).toBe('rules[0].tier');
    expect(editorField('rules[1].industries[2]')).toBe('rules[1].industries');
    expect(editorField('rules[1].attribute.key')).toBe('rules[1].attribute.key');
    expect(editorField('capacity.low_touch')).toBe('capacity.low_touch');
    expect(editorField('rules')).toBe('rules');
    expect(editorField('version')).toBeNull();
  });
});
