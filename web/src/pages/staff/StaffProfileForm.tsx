// The profile section of a staff user's panel: name, role and language, saved together (PATCH
// with the version read, only what changed); a refusal naming a field is shown at that field.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { USER_LANGUAGES, USER_ROLES, type UserLanguage, type UserRole } from '../../api';
import { FieldError } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import type { StaffPanel } from './useStaffPanel';

export function StaffProfileForm({ panel }: { panel: StaffPanel }) {
  const { t } = useTranslation();
  const nameId = useId();
  const { draft, patch, fieldErrors, busy, editDraft } = panel;
  return (
    <form
      className="staff-profile"
      onSubmit={(e) => void panel.saveProfile(e)}
      noValidate
      data-testid="staff-profile-form"
    >
      <div className="field staff-profile-name">
        <label className="field-label" htmlFor={nameId}>
          {t('staff.field.name')}
        </label>
        <input
          id={nameId}
          type="text"
          value={draft.name}
          onChange={(e) => editDraft({ name: e.target.value })}
          className={fieldErrors.name ? 'input-error' : undefined}
          aria-invalid={fieldErrors.name ? true : undefined}
          data-testid="staff-edit-name"
        />
        <FieldError message={fieldErrors.name} testId="staff-edit-name-error" />
      </div>
      <label className="field">
        <span className="field-label">{t('staff.field.role')}</span>
        <select
          className="select select-wide"
          value={draft.role}
          onChange={(e) => editDraft({ role: e.target.value as UserRole })}
          aria-invalid={fieldErrors.role ? true : undefined}
          data-testid="staff-edit-role"
        >
          {USER_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`enum.userRole.${role}`)}
            </option>
          ))}
        </select>
        <FieldError message={fieldErrors.role} testId="staff-edit-role-error" />
      </label>
      <label className="field">
        <span className="field-label">{t('staff.field.language')}</span>
        <select
          className="select select-wide"
          value={draft.language}
          onChange={(e) => editDraft({ language: e.target.value as UserLanguage })}
          data-testid="staff-edit-language"
        >
          {USER_LANGUAGES.map((language) => (
            <option key={language} value={language} lang={language}>
              {t(`staff.languageName.${language}`)}
            </option>
          ))}
        </select>
        <FieldError message={fieldErrors.language} />
      </label>
      <div className="staff-profile-actions">
        <button
          type="submit"
          className="btn btn-primary btn-sm"
          disabled={!patch || busy !== null}
          data-testid="staff-save"
        >
          <Icon name="check" size={14} />
          {busy === 'profile' ? t('staff.panel.saving') : t('staff.panel.save')}
        </button>
        {patch && (
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={panel.discardDraft}
            disabled={busy !== null}
          >
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
