import { describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import {
  healthOverrideDraft,
  healthOverrideInput,
  healthOverrideProblems,
} from './healthOverrideForm';

const t = i18n.getFixedT('en');
const now = new Date(2026, 11, 7, 15, 0); // 7 Dec 2026, 15:00 local

describe('healthOverrideForm', () => {
  it('starts from the band shown, for thirty days', () => {
    expect(healthOverrideDraft('red', now)).toEqual({
      band: 'red',
      reason: '',
      expires_at: '2027-01-06',
    });
    expect(healthOverrideDraft(null, now).band).toBe('yellow');
  });

  it('needs a reason and a day after today', () => {
    expect(
      healthOverrideProblems({ band: 'green', reason: '  ', expires_at: '2026-12-07' }, now, t),
    ).toEqual({
      reason: 'This field is required.',
      expires_at: 'Choose tomorrow or a later day.',
    });
    expect(healthOverrideProblems({ band: 'green', reason: 'x', expires_at: '' }, now, t)).toEqual({
      expires_at: 'This field is required.',
    });
    expect(
      healthOverrideProblems({ band: 'green', reason: 'x', expires_at: '2026-12-08' }, now, t),
    ).toEqual({});
  });

  it('holds through the last day: it expires at the start of the next, local time', () => {
    const input = healthOverrideInput({
      band: 'green',
      reason: ' renewal signed ',
      expires_at: '2026-12-31',
    });
    expect(input.band).toBe('green');
    expect(input.reason).toBe('renewal signed');
    expect(new Date(input.expires_at).getTime()).toBe(new Date(2027, 0, 1).getTime());
  });
});
