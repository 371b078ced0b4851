// Edits a scorecard's draft (those who may configure success): its measures and the boundaries of
// its bands, with the draft against the version in force previewed on today's accounts and
// backtested on past ones beside it, as it is edited. Save draft sends the version read (a 409 is
// shown, never overwritten); Publish, after asking, puts the saved draft in force; Discard drops
// it. Others see the version in force, read-only, and its preview. Leaving with unsaved changes
// asks first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type MeasureInfo, type Scorecard } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { ConfirmPrompt } from '../../components/ConfirmRow';
import { StaleAlert } from '../../components/FormDialog';
import { Field, FieldError } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import { useUnsavedChangesGuard } from '../../components/UnsavedChanges';
import { useRecordForm } from '../../components/useRecordForm';
import { MeasureRows } from './MeasureRows';
import { ScorecardPreview } from './ScorecardPreview';
import {
  editedDefinition,
  editorField,
  newMeasure,
  scorecardDefinition,
  scorecardDraft,
  scorecardProblems,
  unusedMeasures,
  type ScorecardDraft,
} from './scorecardDraft';

type Confirming = 'publish' | 'discard' | null;

export function ScorecardEditor(props: {
  scorecard: Scorecard;
  measures: readonly MeasureInfo[];
  canEdit: boolean;
  /** The scorecard as saved, published or discarded: the list shows it. */
  onChanged: (scorecard: Scorecard) => void;
}) {
  const { measures, canEdit, onChanged } = props;
  const { t } = useTranslation();
  const [scorecard, setScorecard] = useState(props.scorecard);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const form = useRecordForm<ScorecardDraft>(
    () =>
      scorecardDraft(
        canEdit ? editedDefinition(scorecard) : (scorecard.published?.definition ?? null),
      ),
    { fieldOf: editorField },
  );
  useUnsavedChangesGuard(form.dirty);
  const { draft, change, errors } = form;
  const problems = scorecardProblems(draft, t);
  const valid = Object.keys(problems).length === 0;
  const unused = unusedMeasures(draft, measures);

  function settle(next: Scorecard) {
    setScorecard(next);
    setConfirming(null);
    form.reset(scorecardDraft(editedDefinition(next)));
    onChanged(next);
  }

  async function save() {
    const saved = await form.submit(problems, () =>
      api.saveScorecardDraft(scorecard.id, scorecard.version, scorecardDefinition(draft)),
    );
    if (saved) settle(saved);
  }

  async function publish() {
    const published = await form.submit({}, () =>
      api.publishScorecard(scorecard.id, scorecard.version),
    );
    if (published) settle(published);
    else setConfirming(null);
  }

  async function discard() {
    const read = await form.submit({}, async () => {
      await api.discardScorecardDraft(scorecard.id, scorecard.version);
      return api.scorecard(scorecard.id);
    });
    if (read) settle(read);
    else setConfirming(null);
  }

  async function reload() {
    const latest = await api.scorecard(scorecard.id);
    setScorecard(latest);
    form.reset(scorecardDraft(editedDefinition(latest)));
  }

  const status = scorecard.draft
    ? t('scorecards.editingDraft', { number: scorecard.draft.number })
    : t('scorecards.editingPublished');

  return (
    <div className="stack" data-testid="scorecard-editor" data-scorecard-id={scorecard.id}>
      <section className="card">
        <div className="card-head">
          <div>
            <h2 className="card-head-title">{scorecard.name}</h2>
            <div className="card-head-sub" data-testid="scorecard-status">
              {canEdit ? status : t('scorecards.readOnly')}
            </div>
          </div>
          {canEdit && (
            <div className="card-head-tools">
              {form.dirty && <span className="muted form-hint">{t('plan.unsaved')}</span>}
              {scorecard.draft && scorecard.published && (
                <button
                  type="button"
                  className="btn btn-ghost btn-sm"
                  onClick={() => setConfirming('discard')}
                  disabled={form.saving}
                  data-testid="scorecard-discard"
                >
                  {t('scorecards.discard')}
                </button>
              )}
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                onClick={() => void save()}
                disabled={form.saving || form.stale || !form.dirty}
                data-testid="scorecard-save"
              >
                {form.saving ? t('recordForm.saving') : t('scorecards.saveDraft')}
              </button>
              <button
                type="button"
                className="btn btn-primary btn-sm"
                onClick={() => setConfirming('publish')}
                disabled={form.saving || form.stale || form.dirty || !scorecard.draft}
                title={form.dirty ? t('scorecards.saveFirst') : undefined}
                data-testid="scorecard-publish"
              >
                {t('scorecards.publish')}
              </button>
            </div>
          )}
        </div>
        {confirming && (
          <ConfirmPrompt
            className="card-pad"
            question={
              confirming === 'publish'
                ? t('scorecards.publishQuestion', { number: scorecard.draft?.number })
                : t('scorecards.discardQuestion')
            }
            confirmLabel={
              confirming === 'publish' ? t('scorecards.publish') : t('scorecards.discard')
            }
            busy={form.saving}
            danger={confirming === 'discard'}
            onCancel={() => setConfirming(null)}
            onConfirm={() => void (confirming === 'publish' ? publish() : discard())}
            testId={`scorecard-${confirming}`}
            promptTestId="scorecard-confirm"
          />
        )}
        <fieldset className="plain-fieldset" disabled={!canEdit || form.saving}>
          <MeasureRows
            measures={draft.measures}
            infos={measures}
            errors={errors}
            onChange={(next) => change({ measures: next })}
          />
          <div className="card-pad form-stack">
            <FieldError message={errors.measures} testId="scorecard-measures-error" />
            {canEdit && unused.length > 0 && (
              <div>
                <button
                  type="button"
                  className="btn btn-secondary btn-sm"
                  onClick={() => change({ measures: [...draft.measures, newMeasure(unused[0]!)] })}
                  data-testid="scorecard-measure-add"
                >
                  <Icon name="plus" size={14} />
                  {t('scorecards.addMeasure')}
                </button>
              </div>
            )}
            <h3 className="section-title">{t('scorecards.bands')}</h3>
            <div className="record-form-row scorecard-bands">
              <Field
                label={t('scorecards.yellowFrom')}
                error={errors.yellowFrom}
                errorTestId="scorecard-yellow-error"
                small
              >
                <input
                  type="number"
                  value={draft.yellowFrom}
                  onChange={(e) => change({ yellowFrom: e.target.value })}
                  className={errors.yellowFrom ? 'input-error' : ''}
                  data-testid="scorecard-yellow-from"
                />
              </Field>
              <Field
                label={t('scorecards.greenFrom')}
                error={errors.greenFrom}
                errorTestId="scorecard-green-error"
                small
              >
                <input
                  type="number"
                  value={draft.greenFrom}
                  onChange={(e) => change({ greenFrom: e.target.value })}
                  className={errors.greenFrom ? 'input-error' : ''}
                  data-testid="scorecard-green-from"
                />
              </Field>
              <p
                className="muted form-hint scorecard-bands-text"
                data-testid="scorecard-bands-text"
              >
                {t('scorecards.bandsText', {
                  yellow: draft.yellowFrom,
                  green: draft.greenFrom,
                })}
              </p>
            </div>
            {form.stale && <StaleAlert testId="scorecard-editor" onReload={reload} />}
            {form.error && <ErrorAlert testId="scorecard-editor-error">{form.error}</ErrorAlert>}
          </div>
        </fieldset>
      </section>
      <ScorecardPreview
        scorecardId={scorecard.id}
        definition={valid ? scorecardDefinition(draft) : null}
        hasPublished={scorecard.published !== null}
      />
    </div>
  );
}
