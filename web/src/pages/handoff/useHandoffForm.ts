// The hand-off form's state: the draft, its errors by field (`why_bought`, `outcome:<row key>`,
// `stakeholder:<row key>.name`) or above the form, and the save: POST on creation, PATCH with
// the version read on edit. A 409 means the account got a hand-off meanwhile, or this one
// changed: the caller reads it again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type Handoff, type SuccessPlan } from '../../api';
import { errorText } from '../../lib/errorText';
import {
  emptyHandoffDraft,
  handoffDraftOf,
  handoffInput,
  handoffPatch,
  handoffProblemKey,
  validateHandoff,
  type HandoffDraft,
} from './handoff';

export type HandoffErrors = Record<string, string>;

export interface HandoffFormState {
  draft: HandoffDraft;
  errors: HandoffErrors;
  /** A failure that names no field. */
  general: string | null;
  saving: boolean;
  /** Changes the draft and forgets the errors of the fields in `clear`. */
  update: (change: Partial<HandoffDraft>, clear?: string[]) => void;
  save: () => Promise<void>;
}

export function useHandoffForm({
  accountId,
  handoff,
  onSaved,
  onConflict,
}: {
  accountId: number;
  handoff?: Handoff;
  onSaved: (handoff: Handoff, plan: SuccessPlan | null) => void;
  onConflict: () => void;
}): HandoffFormState {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<HandoffDraft>(() =>
    handoff ? handoffDraftOf(handoff) : emptyHandoffDraft(),
  );
  const [errors, setErrors] = useState<HandoffErrors>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function update(change: Partial<HandoffDraft>, clear: string[] = []) {
    setDraft((prev) => ({ ...prev, ...change }));
    if (clear.length)
      setErrors((prev) =>
        Object.fromEntries(Object.entries(prev).filter(([k]) => !clear.includes(k))),
      );
    setGeneral(null);
  }

  async function save() {
    const problems = validateHandoff(draft, { required: t('planForm.required') });
    setErrors(problems);
    setGeneral(null);
    if (Object.keys(problems).length) return;
    setSaving(true);
    try {
      if (handoff) {
        onSaved(await api.updateHandoff(handoff.id, handoffPatch(draft, handoff.version)), null);
      } else {
        const created = await api.createHandoff(accountId, handoffInput(draft));
        onSaved(created.handoff, created.plan);
      }
    } catch (cause) {
      const message = errorText(cause, t);
      if (cause instanceof ApiError && cause.status === 409) {
        setGeneral(handoff ? t('handoff.conflict') : t('handoff.exists'));
        onConflict();
      } else {
        const where = cause instanceof ApiError ? handoffProblemKey(cause.field, draft) : null;
        if (where) setErrors({ [where]: message });
        else setGeneral(message);
      }
      setSaving(false);
    }
  }

  return { draft, errors, general, saving, update, save };
}
