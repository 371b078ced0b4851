// A template's own fields in its editor: name, key (typed once, for a new template), segment,
// length in days, description.
import { useTranslation } from 'react-i18next';
import { Field } from '../../components/FormFields';
import type { FieldErrors } from '../../components/useRecordForm';
import type { TemplateDraft } from './templateDraft';

type TextField = 'name' | 'key' | 'segment' | 'duration_days';

export function TemplateFields({
  draft,
  errors,
  isNew,
  onChange,
}: {
  draft: TemplateDraft;
  errors: FieldErrors;
  isNew: boolean;
  onChange: (patch: Partial<TemplateDraft>) => void;
}) {
  const { t } = useTranslation();
  const input = (field: TextField, extra: { className?: string; disabled?: boolean } = {}) => (
    <input
      type="text"
      value={draft[field]}
      onChange={(e) => onChange({ [field]: e.target.value })}
      placeholder={t(`templateEditor.placeholder.${field}`)}
      className={`${extra.className ?? ''} ${errors[field] ? 'input-error' : ''}`}
      aria-invalid={errors[field] ? true : undefined}
      disabled={extra.disabled}
      data-testid={`template-${field}`}
    />
  );
  return (
    <>
      <div className="record-form-row">
        <Field
          label={t('templateEditor.name')}
          error={errors.name}
          errorTestId="template-name-error"
        >
          {input('name')}
        </Field>
        <Field
          label={t('templateEditor.key')}
          error={errors.key}
          errorTestId="template-key-error"
          hint={isNew ? t('templateEditor.keyHint') : t('templateEditor.keyFixed')}
        >
          {input('key', { className: 'mono', disabled: !isNew })}
        </Field>
        <Field label={t('templates.segment')} optional error={errors.segment}>
          {input('segment')}
        </Field>
        <Field
          label={t('templateEditor.duration')}
          error={errors.duration_days}
          errorTestId="template-duration-error"
          hint={t('templateEditor.durationHint')}
        >
          {input('duration_days')}
        </Field>
      </div>
      <Field label={t('templateEditor.description')} optional error={errors.description}>
        <textarea
          rows={3}
          value={draft.description}
          onChange={(e) => onChange({ description: e.target.value })}
          placeholder={t('templateEditor.placeholder.description')}
          data-testid="template-description"
        />
      </Field>
    </>
  );
}
