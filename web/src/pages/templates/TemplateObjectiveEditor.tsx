// One objective of a template being edited: its type (CX or CO) and kind, title and due day,
// remove; its KPIs and milestones as editable rows (TemplateItemRows), each list with the plan
// editor's add form, due in days from the plan's start.
import { useTranslation } from 'react-i18next';
import { KINDS_OF_TYPE, OBJECTIVE_TYPES, type ObjectiveKind, type ObjectiveType } from '../../api';
import { CellInput, FieldError } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import type { FieldErrors } from '../../components/useRecordForm';
import { AddItemButton, AddKpiForm, AddMilestoneForm } from '../plans/PlanItemForms';
import type { ObjectiveDraft } from './templateDraft';
import { KpiRows, MilestoneRows, dueText } from './TemplateItemRows';

export function TemplateObjectiveEditor({
  objective: o,
  index,
  errors,
  onChange,
  onRemove,
}: {
  objective: ObjectiveDraft;
  index: number;
  errors: FieldErrors;
  onChange: (objective: ObjectiveDraft) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const path = `objectives[${index}]`;
  const set = (patch: Partial<ObjectiveDraft>) => onChange({ ...o, ...patch });
  const setType = (type: ObjectiveType) =>
    set({ type, kind: o.kind && KINDS_OF_TYPE[type].includes(o.kind) ? o.kind : '' });
  return (
    <section className="template-objective-editor" data-testid="template-objective-editor">
      <div className="template-objective-fields">
        <span className="objective-number">{index + 1}.</span>
        <select
          className="select select-sm"
          value={o.type}
          onChange={(e) => setType(e.target.value as ObjectiveType)}
          aria-label={t('planForm.type')}
          data-testid="template-objective-type"
        >
          {OBJECTIVE_TYPES.map((type) => (
            <option key={type} value={type}>
              {type.toUpperCase()} · {t(`enum.objectiveType.${type}`)}
            </option>
          ))}
        </select>
        <select
          className="select select-sm"
          value={o.kind}
          onChange={(e) => set({ kind: e.target.value as ObjectiveKind | '' })}
          aria-label={t('planForm.kind')}
          data-testid="template-objective-kind"
        >
          <option value="">{t('planForm.kindNone')}</option>
          {KINDS_OF_TYPE[o.type].map((kind) => (
            <option key={kind} value={kind}>
              {t(`enum.objectiveKind.${kind}`)}
            </option>
          ))}
        </select>
        <div className="template-objective-title">
          <CellInput
            value={o.title}
            onChange={(title) => set({ title })}
            label={t('planForm.objectiveTitle')}
            placeholder={t('planForm.objectiveTitlePlaceholder')}
            error={errors[`${path}.title`]}
            testId="template-objective-title"
          />
        </div>
        <label className="template-objective-due">
          <span className="muted">{t('templateEditor.kpiField.due')}</span>
          <CellInput
            value={o.due}
            onChange={(due) => set({ due })}
            label={t('dueDays.label')}
            placeholder={t('dueDays.placeholder')}
            error={errors[`${path}.due_in_days`]}
            narrow
            type="text"
            testId="template-objective-due"
          />
        </label>
        <button
          type="button"
          className="icon-button"
          onClick={onRemove}
          title={t('plan.removeObjective')}
          aria-label={`${t('plan.removeObjective')}: ${o.title}`}
          data-testid="template-objective-remove"
        >
          <Icon name="trash" size={15} />
        </button>
      </div>
      <FieldError message={errors[path] ?? errors[`${path}.kind`] ?? errors[`${path}.type`]} />
      <div className="objective-body">
        <div className="objective-block">
          <div className="block-title">{t('plan.kpis')}</div>
          <KpiRows kpis={o.kpis} path={path} errors={errors} onChange={(kpis) => set({ kpis })} />
          <AddItemButton
            form={AddKpiForm}
            dueAs="days"
            label={t('planForm.addKpi')}
            testId="template-kpi-add"
            onAdd={(kpi) =>
              set({
                kpis: [
                  ...o.kpis,
                  {
                    name: kpi.name,
                    unit: kpi.unit,
                    baseline: String(kpi.baseline),
                    target: String(kpi.target),
                    due: dueText(kpi.due_in_days),
                    usage: null,
                  },
                ],
              })
            }
          />
        </div>
        <div className="objective-block">
          <div className="block-title">{t('plan.milestones')}</div>
          <MilestoneRows
            milestones={o.milestones}
            path={path}
            errors={errors}
            onChange={(milestones) => set({ milestones })}
          />
          <AddItemButton
            form={AddMilestoneForm}
            dueAs="days"
            label={t('planForm.addMilestone')}
            testId="template-milestone-add"
            onAdd={(m) =>
              set({
                milestones: [...o.milestones, { title: m.title, due: dueText(m.due_in_days) }],
              })
            }
          />
        </div>
      </div>
    </section>
  );
}
