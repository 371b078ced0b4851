// A contact's role at their account (champion, decision maker…, or none), as a labelled select:
// the contact dialog, and the dialog of a contact's move (their role at the account they joined).
import { useTranslation } from 'react-i18next';
import { CONTACT_ROLES, type ContactRole } from '../../api';
import { Field } from '../../components/FormFields';

export function ContactRoleField({
  label,
  value,
  onChange,
  error,
  testId,
}: {
  label: string;
  value: ContactRole | '';
  onChange: (role: ContactRole | '') => void;
  error?: string | undefined;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <Field label={label} optional error={error}>
      <select
        className="select"
        value={value}
        onChange={(e) => onChange(e.target.value as ContactRole | '')}
        data-testid={testId}
      >
        <option value="">{t('contactForm.roleNone')}</option>
        {CONTACT_ROLES.map((role) => (
          <option key={role} value={role}>
            {t(`enum.contactRole.${role}`)}
          </option>
        ))}
      </select>
    </Field>
  );
}
