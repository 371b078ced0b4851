// Sets the account's band by hand (a CSM who knows more than the data): the band, why, and until
// when. The server's refusals are shown at their fields.
import { useTranslation } from 'react-i18next';
import { api, HEALTH_BANDS, type HealthBand, type HealthOverride } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/FormFields';
import { useRecordForm } from '../../components/useRecordForm';
import {
  healthOverrideDraft,
  healthOverrideInput,
  healthOverrideProblems,
  type HealthOverrideDraft,
} from './healthOverrideForm';

export function HealthOverrideDialog(props: {
  accountId: number;
  /** The band shown now: the one offered first. */
  band: HealthBand | null;
  onSaved: (override: HealthOverride) => void;
  onClose: () => void;
  /** Injected in tests: "today". */
  now?: () => Date;
}) {
  const { accountId, band, onSaved, onClose, now = () => new Date() } = props;
  const { t } = useTranslation();
  const form = useRecordForm<HealthOverrideDraft>(() => healthOverrideDraft(band, now()));
  const { draft, change, errors } = form;

  async function save() {
    const saved = await form.submit(healthOverrideProblems(draft, now(), t), () =>
      api.setHealthOverride(accountId, healthOverrideInput(draft)),
    );
    if (saved) onSaved(saved);
  }

  return (
    <FormDialog
      title={t('health.override.title')}
      testId="health-override-dialog"
      form={form}
      onSubmit={() => void save()}
      onClose={onClose}
      saveLabel={t('health.override.save')}
      initialFocus="textarea"
    >
      <p className="muted form-hint">{t('health.override.intro')}</p>
      <div className="record-form-row">
        <Field label={t('health.override.band')} error={errors.band}>
          <select
            className="select"
            value={draft.band}
            onChange={(e) => change({ band: e.target.value as HealthBand })}
            data-testid="health-override-band"
          >
            {HEALTH_BANDS.map((b) => (
              <option key={b} value={b}>
                {t(`enum.healthBand.${b}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('health.override.until')}
          hint={t('health.override.untilHint')}
          error={errors.expires_at}
          errorTestId="health-override-until-error"
        >
          <input
            type="date"
            value={draft.expires_at}
            onChange={(e) => change({ expires_at: e.target.value })}
            className={errors.expires_at ? 'input-error' : ''}
            aria-invalid={errors.expires_at ? true : undefined}
            data-testid="health-override-until"
          />
        </Field>
      </div>
      <Field
        label={t('health.override.reason')}
        error={errors.reason}
        errorTestId="health-override-reason-error"
      >
        <textarea
          rows={3}
          value={draft.reason}
          onChange={(e) => change({ reason: e.target.value })}
          placeholder={t('health.override.reasonPlaceholder')}
          className={errors.reason ? 'input-error' : ''}
          aria-invalid={errors.reason ? true : undefined}
          data-testid="health-override-reason"
        />
      </Field>
    </FormDialog>
  );
}
