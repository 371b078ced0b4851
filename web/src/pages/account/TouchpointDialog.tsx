// Logs a touchpoint, or edits one, in a dialog: the kind (a meeting unless changed), the day
// (today), the contact and the sentiment (optional), and the summary, which has the focus, so
// that logging one is a click, the summary, and a click (or Ctrl+Enter).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, SENTIMENTS, TOUCHPOINT_KINDS, type Sentiment, type Touchpoint } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/FormFields';
import { useRecordForm } from '../../components/useRecordForm';
import { useAsync } from '../../lib/useAsync';
import { ContactSelect } from './ContactSelect';
import {
  touchpointDraft,
  touchpointInput,
  touchpointPatch,
  touchpointProblems,
  type TouchpointDraft,
} from './touchpointForm';

export function TouchpointDialog(props: {
  accountId: number;
  /** The touchpoint to edit; null logs a new one. */
  touchpoint: Touchpoint | null;
  onSaved: (touchpoint: Touchpoint) => void;
  onClose: () => void;
  /** Injected in tests: "today". */
  now?: () => Date;
}) {
  const { accountId, onSaved, onClose, now = () => new Date() } = props;
  const { t } = useTranslation();
  const [original, setOriginal] = useState(props.touchpoint);
  const form = useRecordForm<TouchpointDraft>(() => touchpointDraft(original, now()), {
    fieldOf: (field) => (field === 'occurred_at' ? 'day' : null),
  });
  const contacts = useAsync((signal) => api.contacts(accountId, signal), [accountId]);
  const { draft, change, errors } = form;

  async function save() {
    const at = now();
    const saved = await form.submit(touchpointProblems(draft, at, t), () =>
      original
        ? api.updateTouchpoint(original.id, touchpointPatch(original, draft, at))
        : api.createTouchpoint(touchpointInput(accountId, draft, at)),
    );
    if (saved) onSaved(saved);
  }

  async function reload() {
    if (!original) return;
    const latest = await api.touchpoint(original.id);
    setOriginal(latest);
    form.reset(touchpointDraft(latest, now()));
  }

  return (
    <FormDialog
      title={original ? t('touchpointForm.editTitle') : t('touchpointForm.title')}
      testId="touchpoint-dialog"
      form={form}
      onSubmit={() => void save()}
      onClose={onClose}
      onReload={reload}
      initialFocus="textarea"
    >
      <div className="record-form-row">
        <Field label={t('touchpointForm.kind')} error={errors.kind}>
          <select
            className="select"
            value={draft.kind}
            onChange={(e) => change({ kind: e.target.value as TouchpointDraft['kind'] })}
            data-testid="touchpoint-kind"
          >
            {TOUCHPOINT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`enum.touchpoint.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('touchpointForm.day')}
          error={errors.day}
          errorTestId="touchpoint-day-error"
        >
          <input
            type="date"
            value={draft.day}
            onChange={(e) => change({ day: e.target.value })}
            className={errors.day ? 'input-error' : ''}
            data-testid="touchpoint-day"
          />
        </Field>
        <Field label={t('touchpointForm.contact')} optional error={errors.contact_id}>
          <ContactSelect
            contacts={contacts.data}
            value={draft.contact_id}
            onChange={(contact_id) => change({ contact_id })}
            optional
            invalid={Boolean(errors.contact_id)}
            testId="touchpoint-contact"
          />
        </Field>
        <Field label={t('touchpointForm.sentiment')} optional error={errors.sentiment}>
          <select
            className="select"
            value={draft.sentiment}
            onChange={(e) => change({ sentiment: e.target.value as Sentiment | '' })}
            data-testid="touchpoint-sentiment"
          >
            <option value="">{t('touchpointForm.sentimentNone')}</option>
            {SENTIMENTS.map((s) => (
              <option key={s} value={s}>
                {t(`enum.sentiment.${s}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <Field
        label={t('touchpointForm.summary')}
        error={errors.summary}
        errorTestId="touchpoint-summary-error"
      >
        <textarea
          rows={5}
          value={draft.summary}
          onChange={(e) => change({ summary: e.target.value })}
          placeholder={t('touchpointForm.summaryPlaceholder')}
          className={errors.summary ? 'input-error' : ''}
          aria-invalid={errors.summary ? true : undefined}
          data-testid="touchpoint-summary"
        />
      </Field>
    </FormDialog>
  );
}
