// The reporting currency and the churn grace days: admins and managers change them (saved with
// the version read; someone else's save first is said, never overwritten), others read them.
// A new reporting currency converts every ARR again with the rates into it; the money criteria's
// thresholds are not converted, which the form says before the save.
import { useTranslation } from 'react-i18next';
import { api, type RevenueSettings } from '../../api';
import { Alert, ErrorAlert } from '../../components/Alert';
import { StaleAlert } from '../../components/FormDialog';
import { Field } from '../../components/FormFields';
import { useUnsavedChangesGuard } from '../../components/UnsavedChanges';
import { useRecordForm } from '../../components/useRecordForm';
import { currencyName } from '../../lib/format';
import { currencyChoices } from './currencies';
import {
  revenueSettingsDraft,
  revenueSettingsPatch,
  revenueSettingsProblems,
  type RevenueSettingsDraft,
} from './revenueSettingsForm';

export function RevenueSettingsCard({
  settings,
  canEdit,
  onSaved,
  onReload,
}: {
  settings: RevenueSettings;
  canEdit: boolean;
  onSaved: (settings: RevenueSettings) => void;
  /** Reads the settings again (after someone else saved them), and answers them. */
  onReload: () => Promise<RevenueSettings>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const form = useRecordForm<RevenueSettingsDraft>(() => revenueSettingsDraft(settings));
  const { draft, change, errors } = form;
  useUnsavedChangesGuard(form.dirty);
  const switching = draft.reporting_currency !== settings.reporting_currency;

  async function save(event: { preventDefault: () => void }) {
    event.preventDefault();
    if (!form.dirty || form.saving || form.stale) return;
    const saved = await form.submit(revenueSettingsProblems(draft, t), () =>
      api.updateRevenueSettings(revenueSettingsPatch(settings, draft)),
    );
    if (saved) onSaved(saved);
  }

  return (
    <form
      className="card card-pad-lg form-stack"
      onSubmit={save}
      noValidate
      data-testid="fx-settings"
    >
      <h2 className="card-head-title">{t('fx.settings.title')}</h2>
      <div className="record-form-row">
        <Field
          label={t('fx.settings.currency')}
          hint={t('fx.settings.currencyHint')}
          error={errors.reporting_currency}
          errorTestId="fx-settings-currency-error"
        >
          <select
            className="select select-wide"
            value={draft.reporting_currency}
            onChange={(e) => change({ reporting_currency: e.target.value })}
            disabled={!canEdit}
            data-testid="fx-settings-currency"
          >
            {currencyChoices([settings.reporting_currency]).map((code) => (
              <option key={code} value={code}>
                {`${code} — ${currencyName(code, lang)}`}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('fx.settings.grace')}
          hint={t('fx.settings.graceHint')}
          error={errors.churn_grace_days}
          errorTestId="fx-settings-grace-error"
        >
          <span className="input-with-unit input-short">
            <input
              type="text"
              inputMode="numeric"
              className={`num-input ${errors.churn_grace_days ? 'input-error' : ''}`}
              value={draft.churn_grace_days}
              onChange={(e) => change({ churn_grace_days: e.target.value })}
              disabled={!canEdit}
              aria-invalid={errors.churn_grace_days ? true : undefined}
              data-testid="fx-settings-grace"
            />
            <span className="unit">{t('fx.settings.days')}</span>
          </span>
        </Field>
      </div>
      {switching && (
        <Alert tone="warning" testId="fx-settings-switch">
          {t('fx.settings.switchWarning', {
            from: settings.reporting_currency,
            to: draft.reporting_currency,
          })}
        </Alert>
      )}
      {form.stale && (
        <StaleAlert
          testId="fx-settings"
          onReload={async () => form.reset(revenueSettingsDraft(await onReload()))}
        />
      )}
      {form.error && <ErrorAlert testId="fx-settings-error">{form.error}</ErrorAlert>}
      {canEdit ? (
        <div className="form-actions-row">
          <button
            type="submit"
            className="btn btn-primary btn-sm"
            disabled={!form.dirty || form.saving || form.stale}
            data-testid="fx-settings-save"
          >
            {form.saving ? t('recordForm.saving') : t('recordForm.save')}
          </button>
        </div>
      ) : (
        <p className="muted form-hint" data-testid="fx-settings-readonly">
          {t('fx.readOnly')}
        </p>
      )}
    </form>
  );
}
