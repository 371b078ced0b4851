// The KPIs and milestones of a template's objective as rows of inputs: a KPI's name, unit,
// baseline, target and due day (a usage-bound one says what it is bound to); a milestone's title
// and due day. Each row can be removed; a problem shows under its input.
import { useTranslation } from 'react-i18next';
import { CellInput } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import type { FieldErrors } from '../../components/useRecordForm';
import { usageLabel } from '../plans/KpiRow';
import type { KpiDraft, MilestoneDraft } from './templateDraft';

/** The days an add form gave, as the editor holds them. */
export const dueText = (days: number | null | undefined) =>
  days === null || days === undefined ? '' : String(days);

function RemoveButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      className="icon-button icon-button-sm"
      onClick={onClick}
      title={label}
      aria-label={label}
    >
      <Icon name="x" size={13} />
    </button>
  );
}

export function KpiRows(props: {
  kpis: KpiDraft[];
  path: string;
  errors: FieldErrors;
  onChange: (kpis: KpiDraft[]) => void;
}) {
  const { kpis, path, errors, onChange } = props;
  const { t } = useTranslation();
  if (kpis.length === 0) return <p className="muted block-empty">{t('plan.noKpis')}</p>;
  const set = (i: number, patch: Partial<KpiDraft>) =>
    onChange(kpis.map((k, j) => (j === i ? { ...k, ...patch } : k)));
  return (
    <table className="kpi-table template-kpi-table" data-testid="template-kpi-table">
      <thead>
        <tr>
          <th>{t('planForm.kpiName')}</th>
          <th>{t('planForm.unit')}</th>
          <th>{t('planForm.baseline')}</th>
          <th>{t('planForm.target')}</th>
          <th>{t('templateEditor.kpiField.due')}</th>
          <th aria-hidden="true" />
        </tr>
      </thead>
      <tbody>
        {kpis.map((k, i) => {
          const at = (field: string) => errors[`${path}.kpis[${i}].${field}`];
          const cell = (field: 'name' | 'unit' | 'baseline' | 'target' | 'due', error?: string) => (
            <CellInput
              value={k[field]}
              onChange={(value) => set(i, { [field]: value })}
              label={`${t(`templateEditor.kpiField.${field}`)} ${i + 1}`}
              error={error}
              narrow={field !== 'name'}
              type="text"
              testId={`template-kpi-${field}`}
            />
          );
          return (
            <tr key={i} data-testid="template-kpi-row">
              <td>
                {cell('name', at('name'))}
                {k.usage && (
                  <span className="usage-tag">
                    {t('plan.kpi.usageBound', { measure: usageLabel(k.usage, t) })}
                  </span>
                )}
              </td>
              <td>{cell('unit', at('unit'))}</td>
              <td>{cell('baseline', at('baseline'))}</td>
              <td>{cell('target', at('target'))}</td>
              <td>{cell('due', at('due_in_days'))}</td>
              <td className="actions-cell">
                <RemoveButton
                  label={`${t('plan.removeKpi')}: ${k.name}`}
                  onClick={() => onChange(kpis.filter((_, j) => j !== i))}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export function MilestoneRows(props: {
  milestones: MilestoneDraft[];
  path: string;
  errors: FieldErrors;
  onChange: (milestones: MilestoneDraft[]) => void;
}) {
  const { milestones, path, errors, onChange } = props;
  const { t } = useTranslation();
  if (milestones.length === 0) return <p className="muted block-empty">{t('plan.noMilestones')}</p>;
  const set = (i: number, patch: Partial<MilestoneDraft>) =>
    onChange(milestones.map((m, j) => (j === i ? { ...m, ...patch } : m)));
  return (
    <table className="kpi-table template-kpi-table" data-testid="template-milestone-table">
      <thead>
        <tr>
          <th>{t('planForm.milestoneTitle')}</th>
          <th>{t('templateEditor.kpiField.due')}</th>
          <th aria-hidden="true" />
        </tr>
      </thead>
      <tbody>
        {milestones.map((m, i) => (
          <tr key={i} data-testid="template-milestone-row">
            <td className="template-milestone-title">
              <CellInput
                value={m.title}
                onChange={(title) => set(i, { title })}
                label={`${t('planForm.milestoneTitle')} ${i + 1}`}
                error={errors[`${path}.milestones[${i}].title`]}
                testId="template-milestone-title"
              />
            </td>
            <td>
              <CellInput
                value={m.due}
                onChange={(due) => set(i, { due })}
                label={`${t('dueDays.label')} ${i + 1}`}
                placeholder={t('dueDays.placeholder')}
                error={errors[`${path}.milestones[${i}].due_in_days`]}
                narrow
                type="text"
                testId="template-milestone-due"
              />
            </td>
            <td className="actions-cell">
              <RemoveButton
                label={`${t('plan.removeMilestone')}: ${m.title}`}
                onClick={() => onChange(milestones.filter((_, j) => j !== i))}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
