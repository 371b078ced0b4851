// Setting an account's band by hand: the band, why (required), and the last day it holds (after
// today). The override ends at the start of the next day, local time, so "until the 31st" holds
// through the 31st.
import type { HealthBand, HealthOverrideInput } from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import { addDays, isIsoDay, todayIso } from '../../lib/dates';
import type { Translate } from '../../lib/errorText';

export interface HealthOverrideDraft {
  band: HealthBand;
  reason: string;
  /** The last day the band holds, `YYYY-MM-DD`. */
  expires_at: string;
}

/** The default: the band shown now (else yellow), no reason yet, for 30 days. */
export function healthOverrideDraft(band: HealthBand | null, now: Date): HealthOverrideDraft {
  return { band: band ?? 'yellow', reason: '', expires_at: addDays(todayIso(now), 30) };
}

export function healthOverrideProblems(
  draft: HealthOverrideDraft,
  now: Date,
  t: Translate,
): FieldErrors {
  const problems: FieldErrors = {};
  if (!draft.reason.trim()) problems.reason = t('errors.reason.required');
  if (!isIsoDay(draft.expires_at)) problems.expires_at = t('errors.reason.required');
  else if (draft.expires_at <= todayIso(now)) problems.expires_at = t('health.override.afterToday');
  return problems;
}

/** The end of the last day, local time: the start of the day after it. */
export function healthOverrideInput(draft: HealthOverrideDraft): HealthOverrideInput {
  const [year, month, day] = draft.expires_at.split('-').map(Number) as [number, number, number];
  return {
    band: draft.band,
    reason: draft.reason.trim(),
    expires_at: new Date(year, month - 1, day + 1).toISOString(),
  };
}
