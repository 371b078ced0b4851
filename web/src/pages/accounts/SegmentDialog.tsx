// Saves the list's filters as a named segment (POST /segments), or renames a segment and edits
// its description (PATCH with the version read). A name already taken (409 naming `name`) is
// shown at the name; a filter the server refuses (400 naming `filter.x`) above the buttons.
import { useTranslation } from 'react-i18next';
import { api, type AccountFilter, type Segment } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/FormFields';
import { useRecordForm } from '../../components/useRecordForm';

interface SegmentDraft {
  name: string;
  description: string;
}

export function SegmentDialog({
  segment,
  filter,
  filterWords,
  onSaved,
  onClose,
}: {
  /** The segment edited; null to save a new one with `filter`. */
  segment: Segment | null;
  filter: AccountFilter;
  /** The filter in words, as the list shows it. */
  filterWords: string[];
  onSaved: (segment: Segment) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  // A refused `filter.x` is no field of this form: useRecordForm shows it as the form's error.
  const form = useRecordForm<SegmentDraft>({
    name: segment?.name ?? '',
    description: segment?.description ?? '',
  });
  const { draft, change, errors } = form;

  async function save() {
    const name = draft.name.trim();
    const description = draft.description.trim() || null;
    const problems: Record<string, string> = name ? {} : { name: t('segments.nameRequired') };
    const saved = await form.submit(problems, () =>
      segment
        ? api.updateSegment(segment.id, { version: segment.version, name, description })
        : api.createSegment({ name, description, filter }),
    );
    if (saved) onSaved(saved);
  }

  return (
    <FormDialog
      title={segment ? t('segments.editTitle') : t('segments.saveTitle')}
      testId="segment-dialog"
      form={form}
      onSubmit={() => void save()}
      onClose={onClose}
      initialFocus="[data-testid='segment-name']"
    >
      {!segment && <p className="muted small">{t('segments.saveHint')}</p>}
      <Field label={t('segments.field.name')} error={errors.name} errorTestId="segment-name-error">
        <input
          type="text"
          className={errors.name ? 'input-error' : ''}
          value={draft.name}
          maxLength={200}
          placeholder={t('segments.namePlaceholder')}
          onChange={(e) => change({ name: e.target.value })}
          data-testid="segment-name"
        />
      </Field>
      <Field label={t('segments.field.description')} optional>
        <textarea
          rows={2}
          value={draft.description}
          placeholder={t('segments.descriptionPlaceholder')}
          onChange={(e) => change({ description: e.target.value })}
          data-testid="segment-description"
        />
      </Field>
      <div className="field">
        <span className="field-label">{t('segments.filterSummary')}</span>
        <span className="muted small" data-testid="segment-filter">
          {filterWords.length > 0
            ? filterWords.join(t('health.listSeparator'))
            : t('segments.noFilter')}
        </span>
      </div>
    </FormDialog>
  );
}
