// The state of a form that creates or edits one versioned record (a touchpoint, a contact, a
// contract…): the draft and whether it differs from what was read, the form's own checks and
// the server's answer. A 400 or 409 naming a field is shown by that field; a 409 naming
// `version` means someone else saved first: the form says so and offers to read the record
// again, and never sends over it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api';
import { errorText } from '../lib/errorText';

export type FieldErrors = Record<string, string>;

export interface RecordForm<Draft extends object> {
  draft: Draft;
  /** The draft differs from what the form started from. */
  dirty: boolean;
  /** Changes fields; a problem shown at a changed field goes away. */
  change: (patch: Partial<Draft>) => void;
  /** Starts again from `base` (the record read again after a conflict): nothing unsaved. */
  reset: (base: Draft) => void;
  saving: boolean;
  /** Problems by field: the form's checks, or the server's naming that field. */
  errors: FieldErrors;
  /** A failure about no field of the form. */
  error: string | null;
  /** Someone else saved the record after it was read (409 on `version`). */
  stale: boolean;
  /**
   * Shows `problems` when there are any; else runs `save` and answers what it saved. A failure
   * becomes a field's problem, the form's error, or `stale`, and the answer is null.
   */
  submit: <Saved>(problems: FieldErrors, save: () => Promise<Saved>) => Promise<Saved | null>;
}

/** The form's field a server field names: `custom_attributes.plan` → `custom_attributes`. */
function leadingName(field: string): string {
  return /^[A-Za-z_][\w]*/.exec(field)?.[0] ?? field;
}

export function useRecordForm<Draft extends object>(
  initial: Draft | (() => Draft),
  options: {
    /** The form's field for a field the server names, when it is not the same name. */
    fieldOf?: (serverField: string) => string | null;
  } = {},
): RecordForm<Draft> {
  const { t } = useTranslation();
  const [base, setBase] = useState<Draft>(initial);
  const [draft, setDraft] = useState<Draft>(base);
  const [saving, setSaving] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [error, setError] = useState<string | null>(null);
  const [stale, setStale] = useState(false);

  function fieldOf(serverField: string | null): string | null {
    if (!serverField) return null;
    const own = options.fieldOf?.(serverField);
    if (own) return own;
    const name = leadingName(serverField);
    return name in base ? name : null;
  }

  function change(patch: Partial<Draft>) {
    setDraft((prev) => ({ ...prev, ...patch }));
    // A problem at a changed field, or inside it (`custom_attributes.2.key`, `objectives[0].title`),
    // goes away.
    const changed = Object.keys(patch);
    const inside = (field: string, key: string) =>
      field === key || field.startsWith(`${key}.`) || field.startsWith(`${key}[`);
    setErrors((prev) =>
      Object.fromEntries(
        Object.entries(prev).filter(([field]) => !changed.some((key) => inside(field, key))),
      ),
    );
    setError(null);
  }

  function reset(next: Draft) {
    setBase(next);
    setDraft(next);
    setErrors({});
    setError(null);
    setStale(false);
  }

  async function submit<Saved>(
    problems: FieldErrors,
    save: () => Promise<Saved>,
  ): Promise<Saved | null> {
    setError(null);
    if (Object.keys(problems).length > 0) {
      setErrors(problems);
      return null;
    }
    setErrors({});
    setSaving(true);
    try {
      return await save();
    } catch (cause) {
      const field = cause instanceof ApiError ? cause.field : null;
      if (cause instanceof ApiError && cause.status === 409 && field === 'version') {
        setStale(true);
        return null;
      }
      const own = fieldOf(field);
      if (own) setErrors({ [own]: errorText(cause, t) });
      else setError(errorText(cause, t));
      return null;
    } finally {
      setSaving(false);
    }
  }

  return {
    draft,
    dirty: JSON.stringify(draft) !== JSON.stringify(base),
    change,
    reset,
    saving,
    errors,
    error,
    stale,
    submit,
  };
}
