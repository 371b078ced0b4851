// An NPS or CSAT answer as its form holds it, its checks (a contact; a score in the kind's
// range, NPS 0–10 and CSAT 1–5; a day not in the future; a comment of at most 5,000
// characters) and what POST /surveys takes.
import type { SurveyInput, SurveyKind } from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import { isIsoDay, timestampForDay, todayIso } from '../../lib/dates';
import type { Translate } from '../../lib/errorText';

export const SCORE_RANGE: Record<SurveyKind, { min: number; max: number }> = {
  nps: { min: 0, max: 10 },
  csat: { min: 1, max: 5 },
};
export const COMMENT_MAX = 5000;

export interface SurveyDraft {
  /** A contact's id; '' until one is chosen. */
  contact_id: string;
  kind: SurveyKind;
  /** The score chosen, as text; '' until one is. */
  score: string;
  comment: string;
  day: string;
}

export function surveyDraft(now: Date): SurveyDraft {
  return { contact_id: '', kind: 'nps', score: '', comment: '', day: todayIso(now) };
}

/** The scores a kind allows, lowest first. */
export function scoresOf(kind: SurveyKind): number[] {
  const { min, max } = SCORE_RANGE[kind];
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** Another kind keeps the score only when that kind allows it. */
export function withKind(draft: SurveyDraft, kind: SurveyKind): Partial<SurveyDraft> {
  const score = Number(draft.score);
  const { min, max } = SCORE_RANGE[kind];
  const keeps = draft.score !== '' && score >= min && score <= max;
  return { kind, score: keeps ? draft.score : '' };
}

export function surveyProblems(draft: SurveyDraft, now: Date, t: Translate): FieldErrors {
  const problems: FieldErrors = {};
  if (!draft.contact_id) problems.contact_id = t('surveyForm.problem.contact');
  const { min, max } = SCORE_RANGE[draft.kind];
  const score = Number(draft.score);
  if (draft.score === '') problems.score = t('surveyForm.problem.score');
  else if (!Number.isInteger(score) || score < min || score > max)
    problems.score = t('surveyForm.problem.range', {
      kind: t(`enum.surveyKind.${draft.kind}`),
      min,
      max,
    });
  if (!isIsoDay(draft.day)) problems.day = t('recordForm.problem.date');
  else if (draft.day > todayIso(now)) problems.day = t('surveyForm.problem.future');
  if ([...draft.comment.trim()].length > COMMENT_MAX)
    problems.comment = t('recordForm.problem.tooLong', { max: COMMENT_MAX });
  return problems;
}

export function surveyInput(draft: SurveyDraft, now: Date): SurveyInput {
  return {
    contact_id: Number(draft.contact_id),
    kind: draft.kind,
    score: Number(draft.score),
    comment: draft.comment.trim() || null,
    responded_at: timestampForDay(draft.day, now),
  };
}
