// A select of the account's contacts: those still there by name, then those who have left
// (marked), so that an older touchpoint or answer can still name its person.
import { useTranslation } from 'react-i18next';
import type { Contact } from '../../api';

export function ContactSelect(props: {
  contacts: readonly Contact[] | undefined;
  /** A contact's id, or '' for none. */
  value: string;
  onChange: (value: string) => void;
  /** '' means "nobody in particular"; otherwise '' asks for a choice. */
  optional: boolean;
  invalid?: boolean;
  testId: string;
}) {
  const { contacts, value, onChange, optional, invalid, testId } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const byName = [...(contacts ?? [])].sort(
    (a, b) => Number(a.departed) - Number(b.departed) || a.name.localeCompare(b.name, lang),
  );
  return (
    <select
      className={`select ${invalid ? 'input-error' : ''}`}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      disabled={!contacts}
      aria-invalid={invalid ? true : undefined}
      data-testid={testId}
    >
      <option value="">
        {!contacts
          ? t('common.loading')
          : optional
            ? t('recordForm.contactNone')
            : t('recordForm.contactChoose')}
      </option>
      {byName.map((c) => (
        <option key={c.id} value={String(c.id)}>
          {c.departed ? t('recordForm.contactDeparted', { name: c.name }) : c.name}
          {c.title ? ` · ${c.title}` : ''}
        </option>
      ))}
    </select>
  );
}
