// When an item of a plan is due: a date in a plan, a number of days from the plan's start in a
// template (the plan made from it dates it). The add forms take either (`dueAs`).
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/FormFields';
import type { Translate } from '../../lib/errorText';

export type DueAs = 'date' | 'days';

/** A template's limit (src/success/plan_template.cpp). */
export const MAX_DAYS = 3650;

/** '' → null; a whole number of days from 0 to 3650; anything else NaN. */
export function parseDays(text: string): number | null {
  const trimmed = text
    .trim()
    .replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
  if (trimmed === '') return null;
  if (!/^\d+$/.test(trimmed)) return Number.NaN;
  const days = Number(trimmed);
  return days <= MAX_DAYS ? days : Number.NaN;
}

/** The due fields of an item added to a plan (`due_on`) or to a template (`due_in_days`). */
export function dueOf(
  dueAs: DueAs,
  text: string,
): { due_on: string | null; due_in_days?: number | null } {
  if (dueAs === 'date') return { due_on: text || null };
  const days = parseDays(text);
  return { due_on: null, due_in_days: days === null || Number.isNaN(days) ? null : days };
}

/** The form's problem with the typed due, if any. */
export function dueProblem(dueAs: DueAs, text: string, t: Translate): string | undefined {
  return dueAs === 'days' && Number.isNaN(parseDays(text) ?? 0)
    ? t('dueDays.invalid', { max: MAX_DAYS })
    : undefined;
}

export function DueField({
  dueAs,
  value,
  onChange,
  error,
  testId,
}: {
  dueAs: DueAs;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Field
      label={dueAs === 'date' ? t('planForm.dueOn') : t('dueDays.label')}
      optional
      small
      error={error}
      errorTestId={`${testId}-error`}
    >
      {dueAs === 'date' ? (
        <input
          type="date"
          value={value}
          onChange={(e) => onChange(e.target.value)}
          data-testid={testId}
        />
      ) : (
        <input
          type="text"
          inputMode="numeric"
          className={`num-input ${error ? 'input-error' : ''}`}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          placeholder={t('dueDays.placeholder')}
          data-testid={testId}
        />
      )}
    </Field>
  );
}
