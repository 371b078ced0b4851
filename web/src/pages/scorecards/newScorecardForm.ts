// A new scorecard: its name and whom it scores (a tier or a segment; the default exists
// already), starting from the default scorecard's definition in force, as a draft.
import type { ScorecardDefinition, ScorecardInput, Tier } from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import type { Translate } from '../../lib/errorText';
import { scorecardDefinition, scorecardDraft } from './scorecardDraft';

export type ScopeKind = 'tier' | 'segment';

export interface NewScorecardDraft {
  name: string;
  kind: ScopeKind;
  tier: Tier | null;
  segment_id: number | null;
}

export const newScorecardDraft = (): NewScorecardDraft => ({
  name: '',
  kind: 'tier',
  tier: null,
  segment_id: null,
});

export function newScorecardProblems(draft: NewScorecardDraft, t: Translate): FieldErrors {
  const problems: FieldErrors = {};
  if (!draft.name.trim()) problems.name = t('errors.reason.required');
  if (draft.kind === 'tier' && !draft.tier) problems.tier = t('scorecards.create.chooseTier');
  if (draft.kind === 'segment' && draft.segment_id === null)
    problems.segment_id = t('scorecards.create.chooseSegment');
  return problems;
}

/** Only the chosen kind's scope is sent; the definition as the editor would send it (no units). */
export function newScorecardInput(
  draft: NewScorecardDraft,
  start: ScorecardDefinition,
): ScorecardInput {
  const scope = draft.kind === 'tier' ? { tier: draft.tier } : { segment_id: draft.segment_id };
  return {
    name: draft.name.trim(),
    ...scope,
    definition: scorecardDefinition(scorecardDraft(start)),
  };
}
