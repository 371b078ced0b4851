// One change for a selection of accounts (api.bulkUpdateAccounts: POST /api/v1/accounts/bulk): a
// new owner (or none), a touch model override with its reason (or none), or a journey stage with
// a note. The server makes it for all of them or for none; its answer counts the accounts it
// changed (one already as asked is not counted). What each dialog sends, and the checks made
// before sending.
import type { AccountBulkInput, Tier } from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import type { Translate } from '../../lib/errorText';
import { tierReasonProblem } from '../account/accountForm';

/** The server's limit on the note of a move. */
export const NOTE_MAX = 2000;

/** The owner select's value for "no owner"; '' is "not chosen yet". */
export const NO_OWNER = 'none';
/** The touch model select's value for "clear the override"; '' is "not chosen yet". */
export const CLEAR_TIER = 'clear';

export interface OwnerDraft {
  /** A staff user's id, NO_OWNER, or '' while none is chosen. */
  owner: string;
}

export interface TierDraft {
  tier: Tier | typeof CLEAR_TIER | '';
  reason: string;
}

export interface StageDraft {
  stage: string;
  note: string;
}

export function ownerProblems(draft: OwnerDraft, t: Translate): FieldErrors {
  return draft.owner ? {} : { owner: t('bulk.problem.owner') };
}

export function ownerBody(ids: readonly number[], draft: OwnerDraft): AccountBulkInput {
  return {
    account_ids: [...ids],
    owner_id: draft.owner === NO_OWNER ? null : Number(draft.owner),
  };
}

/** A touch model is chosen; setting one (not clearing it) needs a reason. */
export function tierProblems(draft: TierDraft, t: Translate): FieldErrors {
  if (!draft.tier) return { tier: t('bulk.problem.tier') };
  if (draft.tier === CLEAR_TIER) return {};
  const reason = tierReasonProblem(draft.reason, t);
  return reason ? { reason } : {};
}

/** Clearing sends null and no reason (the server drops the reason with the override). */
export function tierBody(ids: readonly number[], draft: TierDraft): AccountBulkInput {
  if (draft.tier === CLEAR_TIER || !draft.tier)
    return { account_ids: [...ids], tier_override: null };
  return {
    account_ids: [...ids],
    tier_override: draft.tier,
    tier_override_reason: draft.reason.trim(),
  };
}

export function stageProblems(draft: StageDraft, t: Translate): FieldErrors {
  if (!draft.stage) return { stage: t('bulk.problem.stage') };
  if ([...draft.note.trim()].length > NOTE_MAX)
    return { note: t('recordForm.problem.tooLong', { max: NOTE_MAX }) };
  return {};
}

/** The note only when one is written. */
export function stageBody(ids: readonly number[], draft: StageDraft): AccountBulkInput {
  const note = draft.note.trim();
  return { account_ids: [...ids], journey_stage: draft.stage, ...(note ? { note } : {}) };
}
