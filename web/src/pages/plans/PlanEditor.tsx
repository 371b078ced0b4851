// One success plan, edited as a draft and saved whole (usePlanDraft): title, status, the
// customer's definition of success, objectives with their KPIs and milestones (ObjectiveCard).
// Leaving it (another tab, another plan, another page) with unsaved changes asks first.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PLAN_STATUSES, type PlanStatus, type SuccessPlan } from '../../api';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { Empty } from '../../components/States';
import { useUnsavedChangesGuard } from '../../components/UnsavedChanges';
import { formatDate } from '../../lib/format';
import { describePath, planProgress } from '../../lib/plan';
import { ObjectiveCard } from './ObjectiveCard';
import { AddObjectiveForm } from './PlanItemForms';
import { PlanHistory } from './PlanHistory';
import { usePlanDraft, type PlanDraftState } from './usePlanDraft';

export function PlanEditor({
  plan,
  canEdit,
  onSaved,
}: {
  plan: SuccessPlan;
  canEdit: boolean;
  onSaved: (plan: SuccessPlan) => void;
}) {
  const editor = usePlanDraft(plan, onSaved);
  useUnsavedChangesGuard(canEdit && editor.dirty);
  return (
    <div
      className="stack plan-editor"
      data-testid="plan-editor"
      data-plan-id={plan.id}
      data-version={plan.version}
    >
      <PlanHead plan={plan} editor={editor} canEdit={canEdit} />
      <Objectives editor={editor} canEdit={canEdit} />
      {canEdit && <SaveBar editor={editor} />}
      <PlanHistory plan={plan} />
    </div>
  );
}

/** The title, period, status and progress, the printable link, and the definition of success. */
function PlanHead({
  plan,
  editor,
  canEdit,
}: {
  plan: SuccessPlan;
  editor: PlanDraftState;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { draft, edit, errorAt } = editor;
  return (
    <section className="card">
      <div className="plan-head">
        <div className="plan-head-main">
          {canEdit ? (
            <>
              <input
                type="text"
                className={`plan-title-input ${errorAt('title') ? 'input-error' : ''}`}
                value={draft.title}
                onChange={(e) => edit({ title: e.target.value })}
                aria-label={t('plan.field.title')}
                data-testid="plan-title"
              />
              {errorAt('title') && <div className="field-error">{errorAt('title')}</div>}
            </>
          ) : (
            <h2 className="plan-title" data-testid="plan-title">
              {plan.title}
            </h2>
          )}
          <div className="plan-meta">
            <span className="meta-item">
              <Icon name="calendar" size={14} />
              {t('success.period', {
                from: formatDate(plan.starts_on, lang),
                to: plan.ends_on ? formatDate(plan.ends_on, lang) : t('success.openEnded'),
              })}
            </span>
            <label className="meta-item">
              <span className="muted">{t('plan.field.status')}</span>
              <select
                className="select select-sm"
                value={draft.status}
                onChange={(e) => edit({ status: e.target.value as PlanStatus })}
                disabled={!canEdit}
                data-testid="plan-status"
              >
                {PLAN_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {t(`enum.planStatus.${s}`)}
                  </option>
                ))}
              </select>
            </label>
          </div>
        </div>
        <div className="plan-head-side">
          <div className="plan-progress">
            <span className="tile-label">{t('plan.field.progress')}</span>
            <ProgressBar
              value={planProgress(draft.objectives)}
              label={t('plan.field.progress')}
              testId="plan-progress"
            />
          </div>
          <Link
            to={`/plans/${plan.id}/print`}
            className="btn btn-secondary btn-sm"
            title={t('plan.printableHint')}
            data-testid="plan-print-link"
          >
            <Icon name="printer" size={14} />
            {t('plan.printable')}
          </Link>
        </div>
      </div>
      <div className="plan-definition">
        <label className="field">
          <span className="field-label">{t('plan.definition')}</span>
          {canEdit ? (
            <>
              <textarea
                value={draft.definition}
                onChange={(e) => edit({ definition: e.target.value })}
                placeholder={t('plan.definitionPlaceholder')}
                rows={3}
                className={errorAt('definition') ? 'input-error' : ''}
                data-testid="plan-definition"
              />
              {errorAt('definition') ? (
                <span className="field-error">{errorAt('definition')}</span>
              ) : (
                <span className="field-hint">{t('plan.definitionHint')}</span>
              )}
            </>
          ) : (
            <blockquote className="definition-quote" data-testid="plan-definition">
              {plan.definition || <span className="muted">{t('plan.noDefinition')}</span>}
            </blockquote>
          )}
        </label>
      </div>
      {!canEdit && (
        <Alert tone="info" icon="lock" iconSize={16}>
          {t('plan.readOnly')}
        </Alert>
      )}
    </section>
  );
}

/** The objectives, one card each, and the form that adds one. */
function Objectives({ editor, canEdit }: { editor: PlanDraftState; canEdit: boolean }) {
  const { t } = useTranslation();
  const [adding, setAdding] = useState(false);
  const { draft, edit, errorAt } = editor;
  const objectives = draft.objectives;
  return (
    <>
      <div className="section-bar">
        <h2 className="section-title">
          {t('plan.objectives')} <span className="title-count">{objectives.length}</span>
        </h2>
        {canEdit && !adding && (
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={() => setAdding(true)}
            data-testid="objective-add"
          >
            <Icon name="plus" size={14} />
            {t('planForm.addObjective')}
          </button>
        )}
      </div>
      {adding && (
        <AddObjectiveForm
          onAdd={(objective) => {
            edit({ objectives: [...objectives, objective] });
            setAdding(false);
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {objectives.length === 0 && !adding && (
        <section className="card">
          <Empty icon="flag" title={t('plan.noObjectives')} />
        </section>
      )}
      {objectives.map((objective, i) => (
        <ObjectiveCard
          key={objective.id ?? `new-${i}`}
          objective={objective}
          index={i}
          canEdit={canEdit}
          onChange={(next) => edit({ objectives: objectives.map((o, j) => (j === i ? next : o)) })}
          onRemove={() => edit({ objectives: objectives.filter((_, j) => j !== i) })}
          errorAt={errorAt}
        />
      ))}
    </>
  );
}

/** Unsaved changes, discard and save; what the last save said (and where, for a 400). */
function SaveBar({ editor }: { editor: PlanDraftState }) {
  const { t } = useTranslation();
  const { draft, dirty, saving, error, notice } = editor;
  const where = error?.field ? describePath(error.field, draft.objectives) : null;
  const whereText = where
    ? [
        ...where.items.map((item) => t('history.quoted', { text: item })),
        where.field ? t(`fieldName.${where.field}`, { defaultValue: where.field }) : null,
      ]
        .filter(Boolean)
        .join(' › ')
    : null;
  return (
    // The bar stays in view while there is something to save or to read in it.
    <div
      className={`save-bar ${dirty || notice || error ? 'save-bar-dirty' : ''}`}
      data-testid="plan-save-bar"
    >
      {notice === 'saved' && !dirty && (
        <div className="save-note pos" data-testid="plan-saved">
          <Icon name="check" size={16} />
          {t('plan.saved')}
        </div>
      )}
      {notice === 'conflict' && (
        <Alert tone="warning" role="alert" testId="plan-conflict" className="save-alert">
          {t('plan.conflict')}
        </Alert>
      )}
      {error && (
        <ErrorAlert testId="plan-error" className="save-alert">
          <strong>{t('plan.saveFailed')}</strong>
          {whereText && <> — {whereText}</>}: {error.message}
        </ErrorAlert>
      )}
      <div className="save-actions">
        {dirty && <span className="muted form-hint">{t('plan.unsaved')}</span>}
        <div className="toolbar-spacer" />
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          disabled={!dirty || saving}
          onClick={editor.discard}
          data-testid="plan-discard"
        >
          {t('plan.discard')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!dirty || saving}
          onClick={() => void editor.save()}
          data-testid="plan-save"
        >
          {saving ? t('plan.saving') : t('plan.save')}
        </button>
      </div>
    </div>
  );
}
