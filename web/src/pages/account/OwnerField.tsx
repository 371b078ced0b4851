// The owner of accounts, chosen among the staff by name (ownerChoices: enabled users, and the
// owner now): the account dialog (blank: unassigned) and the bulk dialog of the account list
// (blank: none chosen yet; then "no owner") ask for it so. It waits for the staff list, and says
// when it cannot be read.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Field } from '../../components/FormFields';
import { useAsync } from '../../lib/useAsync';
import { ownerChoices } from './accountForm';

export function OwnerField({
  value,
  onChange,
  current,
  label,
  blank,
  more,
  error,
  testId,
}: {
  /** A staff user's id, '' (the blank choice) or the value of one of `more`. */
  value: string;
  onChange: (value: string) => void;
  /** The owner now, listed even when disabled. */
  current: number | null;
  label: string;
  /** The first option's words (its value is ''). */
  blank: string;
  /** Options between the blank one and the staff. */
  more?: ReactNode;
  error?: string | undefined;
  /** `${testId}-select` and `${testId}-error`. */
  testId: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const users = useAsync((signal) => api.users(signal), []);
  const owners = users.data ? ownerChoices(users.data.data, current, lang) : null;
  const problem = error ?? (users.error ? t('bulk.owner.unavailable') : undefined);
  return (
    <Field label={label} error={problem} errorTestId={`${testId}-error`}>
      <select
        className={`select ${error ? 'input-error' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={!owners}
        aria-invalid={error ? true : undefined}
        data-testid={`${testId}-select`}
      >
        <option value="">{owners ? blank : t('common.loading')}</option>
        {more}
        {owners?.map((owner) => (
          <option key={owner.id} value={String(owner.id)}>
            {owner.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
