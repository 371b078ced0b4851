import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { currencyChoices } from './currencies';
import {
  revenueSettingsDraft,
  revenueSettingsPatch,
  revenueSettingsProblems,
} from './revenueSettingsForm';

const settings = {
  version: 7,
  reporting_currency: 'JPY',
  churn_grace_days: 30,
  updated_at: '2026-01-01T00:00:00Z',
};

describe('the revenue settings form', () => {
  it('sends the version and only what changed', () => {
    const draft = revenueSettingsDraft(settings);
    expect(draft).toEqual({ reporting_currency: 'JPY', churn_grace_days: '30' });
    expect(revenueSettingsPatch(settings, { ...draft, churn_grace_days: '45' })).toEqual({
      version: 7,
      churn_grace_days: 45,
    });
    expect(revenueSettingsPatch(settings, { ...draft, reporting_currency: 'USD' })).toEqual({
      version: 7,
      reporting_currency: 'USD',
    });
  });

  it('takes 0 to 365 grace days, as the server does', () => {
    const t = i18n.getFixedT('en');
    const draft = revenueSettingsDraft(settings);
    expect(revenueSettingsProblems({ ...draft, churn_grace_days: '0' }, t)).toEqual({});
    for (const bad of ['366', '-1', '1.5', '', 'x'])
      expect(revenueSettingsProblems({ ...draft, churn_grace_days: bad }, t), bad).toEqual({
        churn_grace_days: 'A whole number from 0 to 365.',
      });
  });
});

describe('the currencies offered', () => {
  it('are the common ones, then the others in use, each once, without the one left out', () => {
    const choices = currencyChoices(['thb', 'ZAR', 'AED', 'USD'], 'JPY');
    expect(choices[0]).toBe('USD');
    expect(choices).not.toContain('JPY');
    expect(choices.filter((c) => c === 'USD')).toHaveLength(1);
    expect(choices.slice(-2)).toEqual(['AED', 'ZAR']);
  });
});
