// One success plan, edited as a draft and saved whole: title, status, the customer's definition
// of success, objectives with their KPIs and milestones. Saving sends the version read with the
// full objectives list (items keep their ids); a 409 means someone saved first, so the plan is
// read again and the user told; a 400 names a field, shown at that field and above the save bar.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, ApiError, PLAN_STATUSES, type Objective, type PlanStatus, type SuccessPlan } from '../../api';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { Empty, errorMessage } from '../../components/States';
import { formatDate } from '../../lib/format';
import { describePath, draftOf, fieldKey, isDraftDirty, objectivesForSave, planProgress, type PlanDraft } from '../../lib/plan';
import { ObjectiveCard } from './ObjectiveCard';
import { AddObjectiveForm } from './PlanItemForms';
import { PlanHistory } from './PlanHistory';

interface ServerError {
  field: string | null;
  message: string;
}

export function PlanEditor({ plan, canEdit, onSaved }: { plan: SuccessPlan; canEdit: boolean; onSaved: (plan: SuccessPlan) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [draft, setDraft] = useState<PlanDraft>(() => draftOf(plan));
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ServerError | null>(null);
  const [notice, setNotice] = useState<'saved' | 'conflict' | null>(null);
  const [addingObjective, setAddingObjective] = useState(false);

  // A new version from outside (saved here, read again after a conflict) replaces the draft.
  useEffect(() => setDraft(draftOf(plan)), [plan]);

  const dirty = isDraftDirty(draft, plan);
  // "Saved" is said for a moment where the user clicked, then the bar goes back into the page.
  useEffect(() => {
    if (notice !== 'saved') return;
    const timer = setTimeout(() => setNotice((current) => (current === 'saved' ? null : current)), 4000);
    return () => clearTimeout(timer);
  }, [notice]);

  function edit(next: Partial<PlanDraft>) {
    setDraft((prev) => ({ ...prev, ...next }));
    setNotice(null);
    setError(null);
  }
  const setObjective = (i: number, objective: Objective) => edit({ objectives: draft.objectives.map((o, j) => (j === i ? objective : o)) });

  async function save() {
    setSaving(true);
    setError(null);
    setNotice(null);
    try {
      const saved = await api.updatePlan(plan.id, {
        version: plan.version,
        title: draft.title,
        definition: draft.definition,
        status: draft.status,
        objectives: objectivesForSave(draft.objectives),
      });
      onSaved(saved);
      setNotice('saved');
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 409) {
        // Someone else's version wins: show it, rather than overwrite it with this draft.
        try {
          onSaved(await api.successPlan(plan.id));
          setNotice('conflict');
        } catch (reload) {
          setError({ field: null, message: errorMessage(reload, t('common.error')) });
        }
      } else {
        setError({ field: cause instanceof ApiError ? fieldKey(cause.field) : null, message: errorMessage(cause, t('common.error')) });
      }
    } finally {
      setSaving(false);
    }
  }

  const errorAt = (path: string) => (error && error.field === path ? error.message : undefined);
  const where = error?.field ? describePath(error.field, draft.objectives) : null;
  const whereText = where
    ? [...where.items.map((item) => t('history.quoted', { text: item })), where.field ? t(`fieldName.${where.field}`, { defaultValue: where.field }) : null].filter(Boolean).join(' › ')
    : null;

  return (
    <div className="stack plan-editor" data-testid="plan-editor" data-plan-id={plan.id} data-version={plan.version}>
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
                {t('success.period', { from: formatDate(plan.starts_on, lang), to: plan.ends_on ? formatDate(plan.ends_on, lang) : t('success.openEnded') })}
              </span>
              <label className="meta-item">
                <span className="muted">{t('plan.field.status')}</span>
                <select className="select select-sm" value={draft.status} onChange={(e) => edit({ status: e.target.value as PlanStatus })} disabled={!canEdit} data-testid="plan-status">
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
              <ProgressBar value={planProgress(draft.objectives)} label={t('plan.field.progress')} testId="plan-progress" />
            </div>
            <Link to={`/plans/${plan.id}/print`} className="btn btn-secondary btn-sm" title={t('plan.printableHint')} data-testid="plan-print-link">
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
                {errorAt('definition') ? <span className="field-error">{errorAt('definition')}</span> : <span className="field-hint">{t('plan.definitionHint')}</span>}
              </>
            ) : (
              <blockquote className="definition-quote" data-testid="plan-definition">
                {plan.definition || <span className="muted">{t('plan.noDefinition')}</span>}
              </blockquote>
            )}
          </label>
        </div>
        {!canEdit && (
          <div className="alert alert-info">
            <Icon name="lock" size={16} />
            <div className="alert-body">{t('plan.readOnly')}</div>
          </div>
        )}
      </section>

      <div className="section-bar">
        <h2 className="section-title">
          {t('plan.objectives')} <span className="title-count">{draft.objectives.length}</span>
        </h2>
        {canEdit && !addingObjective && (
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => setAddingObjective(true)} data-testid="objective-add">
            <Icon name="plus" size={14} />
            {t('planForm.addObjective')}
          </button>
        )}
      </div>
      {addingObjective && (
        <AddObjectiveForm
          onAdd={(objective) => {
            edit({ objectives: [...draft.objectives, objective] });
            setAddingObjective(false);
          }}
          onCancel={() => setAddingObjective(false)}
        />
      )}
      {draft.objectives.length === 0 && !addingObjective && (
        <section className="card">
          <Empty icon="flag" title={t('plan.noObjectives')} />
        </section>
      )}
      {draft.objectives.map((objective, i) => (
        <ObjectiveCard
          key={objective.id ?? `new-${i}`}
          objective={objective}
          index={i}
          canEdit={canEdit}
          onChange={(next) => setObjective(i, next)}
          onRemove={() => edit({ objectives: draft.objectives.filter((_, j) => j !== i) })}
          errorAt={errorAt}
        />
      ))}

      {canEdit && (
        // The bar stays in view while there is something to save or to read in it.
        <div className={`save-bar ${dirty || notice || error ? 'save-bar-dirty' : ''}`} data-testid="plan-save-bar">
          {notice === 'saved' && !dirty && (
            <div className="save-note pos" data-testid="plan-saved">
              <Icon name="check" size={16} />
              {t('plan.saved')}
            </div>
          )}
          {notice === 'conflict' && (
            <div className="alert alert-warning save-alert" role="alert" data-testid="plan-conflict">
              <Icon name="alert" size={18} />
              <div className="alert-body">{t('plan.conflict')}</div>
            </div>
          )}
          {error && (
            <div className="alert alert-error save-alert" role="alert" data-testid="plan-error">
              <Icon name="alert" size={18} />
              <div className="alert-body">
                <strong>{t('plan.saveFailed')}</strong>
                {whereText && <> — {whereText}</>}: {error.message}
              </div>
            </div>
          )}
          <div className="save-actions">
            {dirty && <span className="muted form-hint">{t('plan.unsaved')}</span>}
            <div className="toolbar-spacer" />
            <button type="button" className="btn btn-ghost btn-sm" disabled={!dirty || saving} onClick={() => edit(draftOf(plan))} data-testid="plan-discard">
              {t('plan.discard')}
            </button>
            <button type="button" className="btn btn-primary" disabled={!dirty || saving} onClick={() => void save()} data-testid="plan-save">
              {saving ? t('plan.saving') : t('plan.save')}
            </button>
          </div>
        </div>
      )}

      <PlanHistory plan={plan} />
    </div>
  );
}
