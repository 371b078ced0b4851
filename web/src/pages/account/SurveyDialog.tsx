// Records an NPS or CSAT answer a contact gave (by mail, in a meeting…): the contact, the kind,
// the score (one of the kind's, 0–10 or 1–5), a comment and the day it was given.
import { useTranslation } from 'react-i18next';
import { api, SURVEY_KINDS, type SurveyResponse } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { Field, FieldError } from '../../components/FormFields';
import { useRecordForm } from '../../components/useRecordForm';
import { todayIso } from '../../lib/dates';
import { npsCategory } from '../../lib/nps';
import { useAsync } from '../../lib/useAsync';
import { ContactSelect } from './ContactSelect';
import {
  scoresOf,
  surveyDraft,
  surveyInput,
  surveyProblems,
  withKind,
  type SurveyDraft,
} from './surveyForm';

export function SurveyDialog(props: {
  accountId: number;
  onSaved: (answer: SurveyResponse) => void;
  onClose: () => void;
  now?: () => Date;
}) {
  const { accountId, onSaved, onClose, now = () => new Date() } = props;
  const { t } = useTranslation();
  const contacts = useAsync((signal) => api.contacts(accountId, signal), [accountId]);
  const none = contacts.data?.length === 0;
  const form = useRecordForm<SurveyDraft>(() => surveyDraft(now()), {
    fieldOf: (field) => (field === 'responded_at' ? 'day' : null),
  });
  const { draft, change, errors } = form;

  async function save() {
    const at = now();
    const saved = await form.submit(surveyProblems(draft, at, t), () =>
      api.createSurvey(surveyInput(draft, at)),
    );
    if (saved) onSaved(saved);
  }

  const tone = (score: number) =>
    draft.kind === 'nps' ? `score-choice-${npsCategory(score)}` : 'score-choice-csat';

  return (
    <FormDialog
      title={t('surveyForm.title')}
      testId="survey-dialog"
      form={form}
      onSubmit={() => void save()}
      onClose={onClose}
    >
      <div className="record-form-row">
        <Field
          label={t('surveyForm.contact')}
          error={errors.contact_id}
          errorTestId="survey-contact-error"
          hint={none ? t('surveyForm.noContacts') : undefined}
        >
          <ContactSelect
            contacts={contacts.data}
            value={draft.contact_id}
            onChange={(contact_id) => change({ contact_id })}
            optional={false}
            invalid={Boolean(errors.contact_id)}
            testId="survey-contact"
          />
        </Field>
        <Field label={t('surveyForm.kind')}>
          <select
            className="select"
            value={draft.kind}
            onChange={(e) => change(withKind(draft, e.target.value as SurveyDraft['kind']))}
            data-testid="survey-kind"
          >
            {SURVEY_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`surveyForm.kinds.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <fieldset className="field score-field">
        <legend className="field-label">{t('surveyForm.score')}</legend>
        <div className="score-choices" role="radiogroup" aria-label={t('surveyForm.score')}>
          {scoresOf(draft.kind).map((score) => (
            <button
              key={score}
              type="button"
              role="radio"
              aria-checked={draft.score === String(score)}
              className={`score-choice ${tone(score)} ${draft.score === String(score) ? 'active' : ''}`}
              onClick={() => change({ score: String(score) })}
              data-testid={`survey-score-${score}`}
            >
              {score}
            </button>
          ))}
        </div>
        <span className="field-hint">{t(`surveyForm.scoreHint.${draft.kind}`)}</span>
        <FieldError message={errors.score} testId="survey-score-error" />
      </fieldset>
      <Field label={t('surveyForm.comment')} optional error={errors.comment}>
        <textarea
          rows={3}
          value={draft.comment}
          onChange={(e) => change({ comment: e.target.value })}
          placeholder={t('surveyForm.commentPlaceholder')}
          data-testid="survey-comment"
        />
      </Field>
      <Field label={t('surveyForm.day')} error={errors.day} errorTestId="survey-day-error" small>
        <input
          type="date"
          value={draft.day}
          max={todayIso(now())}
          onChange={(e) => change({ day: e.target.value })}
          className={errors.day ? 'input-error' : ''}
          data-testid="survey-day"
        />
      </Field>
    </FormDialog>
  );
}
