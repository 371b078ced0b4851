// A touchpoint as its form holds it (a day rather than an instant; '' for "none"), the checks
// made before sending (the server's own: a summary of 1–10,000 characters, a day no more than a
// year ahead), and what POST and PATCH take.
import type {
  Sentiment,
  Touchpoint,
  TouchpointInput,
  TouchpointKind,
  TouchpointPatch,
} from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import { addDays, isIsoDay, timestampForDay, todayIso } from '../../lib/dates';
import { dayKey } from '../../lib/format';
import type { Translate } from '../../lib/errorText';

export const SUMMARY_MAX = 10_000;

export interface TouchpointDraft {
  kind: TouchpointKind;
  /** A contact's id, or '' for none. */
  contact_id: string;
  sentiment: Sentiment | '';
  day: string;
  summary: string;
}

/** A new touchpoint: a meeting today, with nobody named; or the touchpoint being edited. */
export function touchpointDraft(touchpoint: Touchpoint | null, now: Date): TouchpointDraft {
  if (!touchpoint) {
    return { kind: 'meeting', contact_id: '', sentiment: '', day: todayIso(now), summary: '' };
  }
  return {
    kind: touchpoint.kind,
    contact_id: touchpoint.contact_id === null ? '' : String(touchpoint.contact_id),
    sentiment: touchpoint.sentiment ?? '',
    day: dayKey(touchpoint.occurred_at),
    summary: touchpoint.summary,
  };
}

export function touchpointProblems(draft: TouchpointDraft, now: Date, t: Translate): FieldErrors {
  const problems: FieldErrors = {};
  if (!draft.summary.trim()) problems.summary = t('recordForm.problem.required');
  else if ([...draft.summary].length > SUMMARY_MAX)
    problems.summary = t('recordForm.problem.tooLong', { max: SUMMARY_MAX });
  if (!isIsoDay(draft.day)) problems.day = t('recordForm.problem.date');
  else if (draft.day > addDays(todayIso(now), 365))
    problems.day = t('touchpointForm.problem.tooFarAhead');
  return problems;
}

/** The fields both POST and PATCH send; the time of day is kept when the day is unchanged. */
function fields(draft: TouchpointDraft, now: Date, original: Touchpoint | null) {
  return {
    kind: draft.kind,
    contact_id: draft.contact_id ? Number(draft.contact_id) : null,
    sentiment: draft.sentiment || null,
    occurred_at: timestampForDay(draft.day, now, original?.occurred_at),
    summary: draft.summary.trim(),
  };
}

export function touchpointInput(
  accountId: number,
  draft: TouchpointDraft,
  now: Date,
): TouchpointInput {
  return { account_id: accountId, ...fields(draft, now, null) };
}

export function touchpointPatch(
  original: Touchpoint,
  draft: TouchpointDraft,
  now: Date,
): TouchpointPatch {
  return { version: original.version, ...fields(draft, now, original) };
}
