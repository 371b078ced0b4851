// Adds a colleague (POST /users): email, name, role, language and a first password. The form
// checks what it can (lib/staff: newStaffProblems); the server's refusal — a weak password, an
// email already in use — is shown by the field it names.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  api,
  ApiError,
  USER_LANGUAGES,
  USER_ROLES,
  type StaffUser,
  type UserLanguage,
  type UserRole,
} from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { Dialog } from '../../components/Dialog';
import { FieldError } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import {
  MIN_PASSWORD_LENGTH,
  newStaffInput,
  newStaffProblems,
  type NewStaffDraft,
  type NewStaffField,
} from '../../lib/staff';
import { errorText } from '../../lib/errorText';
import { PasswordFields } from './PasswordFields';

type Field = NewStaffField | 'role' | 'language';
const FIELDS: readonly string[] = ['email', 'name', 'role', 'language', 'password', 'confirmation'];

export function AddStaffDialog({
  onCreated,
  onClose,
}: {
  onCreated: (user: StaffUser) => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [draft, setDraft] = useState<NewStaffDraft>({
    email: '',
    name: '',
    role: 'csm',
    language: i18n.resolvedLanguage === 'en' ? 'en' : 'ja',
    password: '',
    confirmation: '',
  });
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function change(fields: Partial<NewStaffDraft>) {
    setDraft((d) => ({ ...d, ...fields }));
    setErrors((e) => {
      const next = { ...e };
      for (const key of Object.keys(fields) as Field[]) delete next[key];
      return next;
    });
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const problems = newStaffProblems(draft);
    if (Object.keys(problems).length > 0) {
      setErrors(
        Object.fromEntries(
          Object.entries(problems).map(([field, problem]) => [
            field,
            t(`staff.problem.${field}.${problem}`, { min: MIN_PASSWORD_LENGTH }),
          ]),
        ),
      );
      return;
    }
    setBusy(true);
    setGeneral(null);
    try {
      onCreated(await api.createUser(newStaffInput(draft)));
    } catch (cause) {
      const message = errorText(cause, t);
      if (cause instanceof ApiError && cause.field && FIELDS.includes(cause.field))
        setErrors({ [cause.field]: message });
      else setGeneral(message);
      setBusy(false);
    }
  }

  const invalid = (field: Field) =>
    errors[field] ? { className: 'input-error', 'aria-invalid': true as const } : {};
  const fieldError = (field: Field) => (
    <FieldError message={errors[field]} testId={`staff-new-${field}-error`} />
  );

  return (
    <Dialog title={t('staff.create.title')} onClose={onClose} testId="staff-add-dialog">
      <form
        className="modal-body form-stack staff-form"
        onSubmit={(e) => void submit(e)}
        noValidate
        data-testid="staff-add-form"
      >
        <div className="field">
          <label className="field-label" htmlFor="staff-new-email">
            {t('staff.field.email')}
          </label>
          <input
            id="staff-new-email"
            type="email"
            autoComplete="off"
            value={draft.email}
            onChange={(e) => change({ email: e.target.value })}
            placeholder={t('staff.placeholder.email')}
            {...invalid('email')}
            data-testid="staff-new-email"
          />
          {fieldError('email')}
        </div>
        <div className="field">
          <label className="field-label" htmlFor="staff-new-name">
            {t('staff.field.name')}
          </label>
          <input
            id="staff-new-name"
            type="text"
            autoComplete="off"
            value={draft.name}
            onChange={(e) => change({ name: e.target.value })}
            placeholder={t('staff.placeholder.name')}
            {...invalid('name')}
            data-testid="staff-new-name"
          />
          {fieldError('name')}
        </div>
        <div className="staff-form-row">
          <label className="field">
            <span className="field-label">{t('staff.field.role')}</span>
            <select
              className="select select-wide"
              value={draft.role}
              onChange={(e) => change({ role: e.target.value as UserRole })}
              data-testid="staff-new-role"
            >
              {USER_ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`enum.userRole.${role}`)}
                </option>
              ))}
            </select>
            {fieldError('role')}
          </label>
          <label className="field">
            <span className="field-label">{t('staff.field.language')}</span>
            <select
              className="select select-wide"
              value={draft.language}
              onChange={(e) => change({ language: e.target.value as UserLanguage })}
              data-testid="staff-new-language"
            >
              {USER_LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {t(`staff.languageName.${language}`)}
                </option>
              ))}
            </select>
            {fieldError('language')}
          </label>
        </div>
        <PasswordFields
          password={draft.password}
          confirmation={draft.confirmation}
          onChange={(password, confirmation) => change({ password, confirmation })}
          errors={{ password: errors.password, confirmation: errors.confirmation }}
          label={t('staff.field.password')}
          confirmLabel={t('staff.field.confirmation')}
        />
        {general && <ErrorAlert testId="staff-add-error">{general}</ErrorAlert>}
        <div className="form-actions-row modal-actions">
          <button type="button" className="btn btn-ghost btn-sm" onClick={onClose} disabled={busy}>
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary btn-sm"
            disabled={busy}
            data-testid="staff-add-submit"
          >
            <Icon name="plus" size={14} />
            {busy ? t('staff.create.submitting') : t('staff.create.submit')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
