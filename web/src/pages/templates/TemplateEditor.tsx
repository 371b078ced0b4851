// Creates or edits a success-plan template (admins and managers): name, key (fixed once made),
// segment, length, description, and the objectives with their KPIs and milestones, due in days
// from the plan's start. Saved whole with the version read; leaving with unsaved changes asks.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type SuccessPlanTemplate } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { StaleAlert } from '../../components/FormDialog';
import { FieldError } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import { useUnsavedChangesGuard } from '../../components/UnsavedChanges';
import { useRecordForm } from '../../components/useRecordForm';
import { AddObjectiveForm } from '../plans/PlanItemForms';
import { dueText } from './TemplateItemRows';
import { TemplateFields } from './TemplateFields';
import { TemplateObjectiveEditor } from './TemplateObjectiveEditor';
import {
  editorPath,
  templateDraft,
  templateInput,
  templatePatch,
  templateProblems,
  type ObjectiveDraft,
  type TemplateDraft,
} from './templateDraft';

export function TemplateEditor(props: {
  /** null makes a new template. */
  template: SuccessPlanTemplate | null;
  onSaved: (template: SuccessPlanTemplate) => void;
  onCancel: () => void;
}) {
  const { onSaved, onCancel } = props;
  const { t } = useTranslation();
  const [original, setOriginal] = useState(props.template);
  const [adding, setAdding] = useState(false);
  const form = useRecordForm<TemplateDraft>(() => templateDraft(original), {
    fieldOf: editorPath,
  });
  const guard = useUnsavedChangesGuard(form.dirty);
  const { draft, change, errors } = form;
  const objectives = draft.objectives;

  async function save() {
    const saved = await form.submit(templateProblems(draft, !original, t), () =>
      original
        ? api.updatePlanTemplate(original.key, templatePatch(original, draft))
        : api.createPlanTemplate(templateInput(draft)),
    );
    if (saved) onSaved(saved);
  }

  async function reload() {
    if (!original) return;
    const latest = await api.planTemplate(original.key);
    setOriginal(latest);
    form.reset(templateDraft(latest));
  }

  return (
    <section
      className="card template-editor"
      data-testid="template-editor"
      data-key={original?.key ?? ''}
    >
      <h2 className="card-title">
        {original
          ? t('templateEditor.editTitle', { name: original.name })
          : t('templateEditor.newTitle')}
      </h2>
      <div className="card-pad form-stack">
        <TemplateFields draft={draft} errors={errors} isNew={!original} onChange={change} />
        <div className="section-bar">
          <h3 className="section-title">
            {t('plan.objectives')} <span className="title-count">{objectives.length}</span>
          </h3>
          {!adding && (
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => setAdding(true)}
              data-testid="template-objective-add"
            >
              <Icon name="plus" size={14} />
              {t('planForm.addObjective')}
            </button>
          )}
        </div>
        <FieldError message={errors.objectives} testId="template-objectives-error" />
        {objectives.map((objective, i) => (
          <TemplateObjectiveEditor
            key={i}
            objective={objective}
            index={i}
            errors={errors}
            onChange={(next) =>
              change({ objectives: objectives.map((o, j) => (j === i ? next : o)) })
            }
            onRemove={() => change({ objectives: objectives.filter((_, j) => j !== i) })}
          />
        ))}
        {adding && (
          <AddObjectiveForm
            dueAs="days"
            onAdd={(o) => {
              const objective: ObjectiveDraft = {
                title: o.title,
                type: o.type,
                kind: o.kind ?? '',
                due: dueText(o.due_in_days),
                kpis: [],
                milestones: [],
              };
              change({ objectives: [...objectives, objective] });
              setAdding(false);
            }}
            onCancel={() => setAdding(false)}
          />
        )}
        {form.stale && <StaleAlert testId="template-editor" onReload={reload} />}
        {form.error && <ErrorAlert testId="template-editor-error">{form.error}</ErrorAlert>}
        <div className="form-actions-row modal-actions">
          {form.dirty && <span className="muted form-hint">{t('plan.unsaved')}</span>}
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={() => guard.confirmDiscard(onCancel)}
            disabled={form.saving}
            data-testid="template-editor-cancel"
          >
            {t('common.cancel')}
          </button>
          <button
            type="button"
            className="btn btn-primary btn-sm"
            onClick={() => void save()}
            disabled={form.saving || form.stale}
            data-testid="template-editor-save"
          >
            {form.saving ? t('recordForm.saving') : t('recordForm.save')}
          </button>
        </div>
      </div>
    </section>
  );
}
