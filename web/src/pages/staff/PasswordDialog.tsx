// An admin sets a new password for a colleague (POST /users/{id}/password); every session of
// theirs ends. The form asks for it twice and at least 12 characters; the server's reason for
// a weak one is shown by the field.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type StaffUser } from '../../api';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { MIN_PASSWORD_LENGTH, passwordProblems } from '../../lib/staff';
import { errorText } from '../../lib/errorText';
import { PasswordFields } from './PasswordFields';

export function PasswordDialog({
  user,
  onDone,
  onCancel,
}: {
  user: StaffUser;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [password, setPassword] = useState('');
  const [confirmation, setConfirmation] = useState('');
  const [errors, setErrors] = useState<{ password?: string; confirmation?: string }>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = passwordProblems(password, confirmation);
    if (problems.password || problems.confirmation) {
      setErrors({
        password:
          problems.password &&
          t(`staff.problem.password.${problems.password}`, { min: MIN_PASSWORD_LENGTH }),
        confirmation:
          problems.confirmation && t(`staff.problem.confirmation.${problems.confirmation}`),
      });
      return;
    }
    setBusy(true);
    setGeneral(null);
    try {
      await api.resetUserPassword(user.id, password);
      onDone();
    } catch (cause) {
      const message = errorText(cause, t);
      if (cause instanceof ApiError && cause.field === 'password') setErrors({ password: message });
      else setGeneral(message);
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={t('staff.password.title', { name: user.name })}
      onClose={onCancel}
      testId="staff-password-dialog"
    >
      <form
        className="modal-body form-stack staff-form"
        onSubmit={(e) => void submit(e)}
        noValidate
        data-testid="staff-password-form"
      >
        <Alert tone="warning">{t('staff.password.warning', { name: user.name })}</Alert>
        <PasswordFields
          password={password}
          confirmation={confirmation}
          onChange={(p, c) => {
            setPassword(p);
            setConfirmation(c);
            setErrors({});
          }}
          errors={errors}
          label={t('staff.password.new')}
          confirmLabel={t('staff.password.confirm')}
        />
        {general && <ErrorAlert testId="staff-password-error">{general}</ErrorAlert>}
        <div className="form-actions-row modal-actions">
          <button type="button" className="btn btn-ghost btn-sm" onClick={onCancel} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary btn-sm"
            disabled={busy}
            data-testid="staff-password-submit"
          >
            <Icon name="key" size={14} />
            {busy ? t('staff.password.submitting') : t('staff.password.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
