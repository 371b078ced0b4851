// A new password and its confirmation, with a switch to show them and a button that fills both
// with a generated one. Used to add staff and to reset a password; the form checks them
// (lib/staff: passwordProblems) and shows the server's reason for a weak one by the field.
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import { generatePassword, MIN_PASSWORD_LENGTH } from '../../lib/staff';

export function PasswordFields(props: {
  password: string;
  confirmation: string;
  onChange: (password: string, confirmation: string) => void;
  errors: { password?: string; confirmation?: string };
  label: string;
  confirmLabel: string;
}) {
  const { t } = useTranslation();
  const { password, confirmation, onChange, errors, label, confirmLabel } = props;
  const [visible, setVisible] = useState(false);
  const [generated, setGenerated] = useState(false);
  const id = useId();
  const type = visible ? 'text' : 'password';

  return (
    <div className="password-fields">
      <div className="field">
        <label className="field-label" htmlFor={`${id}-password`}>
          {label}
        </label>
        <input
          id={`${id}-password`}
          type={type}
          autoComplete="new-password"
          spellCheck={false}
          value={password}
          onChange={(e) => {
            setGenerated(false);
            onChange(e.target.value, confirmation);
          }}
          className={errors.password ? 'input-error mono' : 'mono'}
          aria-invalid={errors.password ? true : undefined}
          aria-describedby={`${id}-password-note`}
          data-testid="password-new"
        />
        {errors.password ? (
          <FieldError
            message={errors.password}
            id={`${id}-password-note`}
            testId="password-new-error"
          />
        ) : (
          <span className="field-hint" id={`${id}-password-note`}>
            {t('staff.passwordHint', { min: MIN_PASSWORD_LENGTH })}
          </span>
        )}
      </div>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-confirmation`}>
          {confirmLabel}
        </label>
        <input
          id={`${id}-confirmation`}
          type={type}
          autoComplete="new-password"
          spellCheck={false}
          value={confirmation}
          onChange={(e) => onChange(password, e.target.value)}
          className={errors.confirmation ? 'input-error mono' : 'mono'}
          aria-invalid={errors.confirmation ? true : undefined}
          data-testid="password-confirm"
        />
        <FieldError message={errors.confirmation} testId="password-confirm-error" />
      </div>
      <div className="password-tools">
        <label className="switch">
          <input
            type="checkbox"
            checked={visible}
            onChange={(e) => setVisible(e.target.checked)}
            data-testid="password-show"
          />
          {t('staff.showPassword')}
        </label>
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          onClick={() => {
            const made = generatePassword();
            setVisible(true);
            setGenerated(true);
            onChange(made, made);
          }}
          data-testid="password-generate"
        >
          <Icon name="refresh" size={13} />
          {t('staff.generate')}
        </button>
        {generated && <span className="field-hint">{t('staff.generatedNote')}</span>}
      </div>
    </div>
  );
}
