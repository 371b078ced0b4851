// A success plan as the editor holds it: a draft saved whole with the version read. A 409 means
// someone saved first: their version is read and shown rather than overwritten. A 400 names a
// field (`objectives[0].kpis[1].target`), shown at that field and above the save bar.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type SuccessPlan } from '../../api';
import { draftOf, fieldKey, isDraftDirty, objectivesForSave, type PlanDraft } from '../../lib/plan';
import { errorText } from '../../lib/errorText';

export interface PlanSaveError {
  /** The draft's path the server named; null: the plan as a whole. */
  field: string | null;
  message: string;
}

export interface PlanDraftState {
  draft: PlanDraft;
  dirty: boolean;
  saving: boolean;
  error: PlanSaveError | null;
  /** Said in the save bar: saved (for a moment), or someone else's version shown instead. */
  notice: 'saved' | 'conflict' | null;
  /** The server's message for one path of the draft, if it named that one. */
  errorAt: (path: string) => string | undefined;
  edit: (change: Partial<PlanDraft>) => void;
  discard: () => void;
  save: () => Promise<void>;
}

export function usePlanDraft(
  plan: SuccessPlan,
  onSaved: (plan: SuccessPlan) => void,
): PlanDraftState {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(plan));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<PlanSaveError | null>(null);
  const [notice, setNotice] = useState<'saved' | 'conflict' | null>(null);

  // A new version from outside (saved here, read again after a conflict) replaces the draft.
  useEffect(() => setDraft(draftOf(plan)), [plan]);

  // "Saved" is said for a moment where the user clicked, then the bar goes back into the page.
  useEffect(() => {
    if (notice !== 'saved') return;
    const timer = setTimeout(
      () => setNotice((current) => (current === 'saved' ? null : current)),
      4000,
    );
    return () => clearTimeout(timer);
  }, [notice]);

  function edit(change: Partial<PlanDraft>) {
    setDraft((prev) => ({ ...prev, ...change }));
    setNotice(null);
    setError(null);
  }

  async function save() {
    setSaving(true);
    setError(null);
    setNotice(null);
    try {
      const saved = await api.updatePlan(plan.id, {
        version: plan.version,
        title: draft.title,
        definition: draft.definition,
        status: draft.status,
        objectives: objectivesForSave(draft.objectives),
      });
      onSaved(saved);
      setNotice('saved');
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 409) {
        // Someone else's version wins: show it, rather than overwrite it with this draft.
        try {
          onSaved(await api.successPlan(plan.id));
          setNotice('conflict');
        } catch (reload) {
          setError({ field: null, message: errorText(reload, t) });
        }
      } else {
        setError({
          field: cause instanceof ApiError ? fieldKey(cause.field) : null,
          message: errorText(cause, t),
        });
      }
    } finally {
      setSaving(false);
    }
  }

  return {
    draft,
    dirty: isDraftDirty(draft, plan),
    saving,
    error,
    notice,
    errorAt: (path) => (error && error.field === path ? error.message : undefined),
    edit,
    discard: () => edit(draftOf(plan)),
    save,
  };
}
