// The feature mapping as the tab edits it: rows added, edited and removed locally, checked, then
// saved all at once (PUT replaces the whole mapping). A server error that names a field
// (`data[2].feature`) stays with that input until the input is corrected.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type FeatureMapping } from '../../api';
import { errorText } from '../../lib/errorText';
import {
  isDirty,
  mappingFromRows,
  newRow,
  parseFieldPath,
  rowsFromMapping,
  validateRows,
  type FeatureColumn,
  type FeatureRow,
  type FieldError,
} from './features';

export interface FeatureMappingDraft {
  /** The mapping as last read or saved; null until loaded. */
  saved: FeatureMapping[] | null;
  rows: FeatureRow[];
  dirty: boolean;
  saving: boolean;
  justSaved: boolean;
  /** The message for one input of one row. */
  errorAt: (index: number, column: FeatureColumn) => string | undefined;
  /** Errors that name a row but no input, or nothing at all: said above the table. */
  general: FieldError[];
  edit: (key: number, column: FeatureColumn, value: string) => void;
  add: (eventName?: string) => void;
  remove: (key: number) => void;
  discard: () => void;
  save: () => Promise<void>;
}

export function useFeatureMappingDraft(loaded: FeatureMapping[] | undefined): FeatureMappingDraft {
  const { t } = useTranslation();
  const [saved, setSaved] = useState<FeatureMapping[] | null>(null);
  const [rows, setRows] = useState<FeatureRow[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [justSaved, setJustSaved] = useState(false);

  useEffect(() => {
    if (!loaded) return;
    setSaved(loaded);
    setRows(rowsFromMapping(loaded));
    setErrors([]);
  }, [loaded]);

  function edit(key: number, column: FeatureColumn, value: string) {
    setRows((prev) => prev.map((row) => (row.key === key ? { ...row, [column]: value } : row)));
    setJustSaved(false);
    // The message stays until the row is saved again, unless it is the input being corrected.
    const index = rows.findIndex((row) => row.key === key);
    setErrors((prev) => prev.filter((e) => !(e.index === index && e.column === column)));
  }

  function add(eventName = '') {
    setRows((prev) => [...prev, newRow(eventName)]);
    setJustSaved(false);
  }

  function remove(key: number) {
    // Row indices shift: errors tied to an index no longer point at the right row.
    setRows((prev) => prev.filter((row) => row.key !== key));
    setErrors([]);
    setJustSaved(false);
  }

  function discard() {
    setRows(rowsFromMapping(saved ?? []));
    setErrors([]);
    setJustSaved(false);
  }

  async function save() {
    const problems = validateRows(rows, {
      required: t('events.features.required'),
      duplicate: t('events.features.duplicate'),
    });
    setErrors(problems);
    setJustSaved(false);
    if (problems.length > 0) return;
    setSaving(true);
    try {
      const answer = await api.saveFeatureMapping(mappingFromRows(rows));
      setSaved(answer.data);
      setRows(rowsFromMapping(answer.data));
      setJustSaved(true);
    } catch (cause) {
      const where =
        cause instanceof ApiError ? parseFieldPath(cause.field) : { index: null, column: null };
      setErrors([{ ...where, message: errorText(cause, t) }]);
    } finally {
      setSaving(false);
    }
  }

  return {
    saved,
    rows,
    dirty: saved !== null && isDirty(rows, saved),
    saving,
    justSaved,
    errorAt: (index, column) =>
      errors.find((e) => e.index === index && e.column === column)?.message,
    general: errors.filter((e) => e.index === null || e.column === null || e.index >= rows.length),
    edit,
    add,
    remove,
    discard,
    save,
  };
}
