// One objective of a plan being edited: its CX/CO badge and kind, status, due date and progress;
// its KPIs (KpiRow: baseline → current → target, the current value editable) and its milestones
// (one click marks one achieved today, or takes it back). Changes go to the plan's draft.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  PLAN_STATUSES,
  type Kpi,
  type Milestone,
  type Objective,
  type PlanStatus,
} from '../../api';
import { ObjectiveTypeBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { daysUntil, formatDate } from '../../lib/format';
import { objectiveProgress, todayIso } from '../../lib/plan';
import { firstError, KpiRow } from './KpiRow';
import { AddItemButton, AddKpiForm, AddMilestoneForm } from './PlanItemForms';

/** The server's message for a field of this plan (`objectives[0].kpis[1].target`), if any. */
type ErrorAt = (path: string) => string | undefined;

export interface ObjectiveCardProps {
  objective: Objective;
  index: number;
  canEdit: boolean;
  onChange: (objective: Objective) => void;
  onRemove: () => void;
  errorAt: ErrorAt;
}

export function ObjectiveCard({
  objective,
  index,
  canEdit,
  onChange,
  onRemove,
  errorAt,
}: ObjectiveCardProps) {
  const { t } = useTranslation();
  const path = `objectives[${index}]`;
  const ownError = firstError(errorAt, path, ['title', 'type', 'kind', 'due_on']);
  return (
    <section
      className={`card objective objective-${objective.status}`}
      data-testid="objective"
      data-objective-id={objective.id ?? ''}
    >
      <ObjectiveHead
        objective={objective}
        index={index}
        canEdit={canEdit}
        onChange={onChange}
        onRemove={onRemove}
      />
      <div className="objective-progress">
        <ProgressBar
          value={objectiveProgress(objective)}
          label={t('plan.field.progress')}
          testId="objective-progress"
        />
      </div>
      {ownError && <div className="field-error objective-error">{ownError}</div>}
      {/* Each list has its own add form: opening one does not throw away what was typed in the other. */}
      <div className="objective-body">
        <KpiList
          kpis={objective.kpis}
          path={path}
          canEdit={canEdit}
          errorAt={errorAt}
          onChange={(kpis) => onChange({ ...objective, kpis })}
        />
        <MilestoneList
          milestones={objective.milestones}
          path={path}
          canEdit={canEdit}
          errorAt={errorAt}
          onChange={(milestones) => onChange({ ...objective, milestones })}
        />
      </div>
    </section>
  );
}

function ObjectiveHead({
  objective,
  index,
  canEdit,
  onChange,
  onRemove,
}: Omit<ObjectiveCardProps, 'errorAt'>) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="objective-head">
      <div className="objective-heading">
        <ObjectiveTypeBadge type={objective.type} kind={objective.kind} />
        <h3 className="objective-title">
          <span className="objective-number">{index + 1}.</span> {objective.title}
        </h3>
        <div className="objective-facts">
          {objective.due_on && (
            <span className="meta-item">
              <Icon name="calendar" size={13} />
              {t('plan.milestone.dueOn', { date: formatDate(objective.due_on, lang) })}
            </span>
          )}
        </div>
      </div>
      <div className="objective-tools">
        <select
          className="select select-sm"
          value={objective.status}
          onChange={(e) => onChange({ ...objective, status: e.target.value as PlanStatus })}
          disabled={!canEdit}
          aria-label={t('plan.objectiveStatus', { title: objective.title })}
          data-testid="objective-status"
        >
          {PLAN_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`enum.planStatus.${s}`)}
            </option>
          ))}
        </select>
        {canEdit && (
          <button
            type="button"
            className="icon-button"
            onClick={onRemove}
            title={t('plan.removeObjective')}
            aria-label={`${t('plan.removeObjective')}: ${objective.title}`}
            data-testid="objective-remove"
          >
            <Icon name="trash" size={15} />
          </button>
        )}
      </div>
    </div>
  );
}

/** A titled list of the objective's items, a note when there are none, and what adds one. */
function ObjectiveBlock({
  title,
  emptyText,
  isEmpty,
  add,
  children,
}: {
  title: string;
  emptyText: string;
  isEmpty: boolean;
  add: ReactNode;
  children: ReactNode;
}) {
  return (
    <div className="objective-block">
      <div className="block-title">{title}</div>
      {isEmpty ? <p className="muted block-empty">{emptyText}</p> : children}
      {add}
    </div>
  );
}

/** Replaces the item at `index`. */
const replaced = <T,>(items: T[], index: number, item: T) =>
  items.map((x, i) => (i === index ? item : x));
/** Leaves out the item at `index`. */
const without = <T,>(items: T[], index: number) => items.filter((_, i) => i !== index);

function KpiList({
  kpis,
  path,
  canEdit,
  errorAt,
  onChange,
}: {
  kpis: Kpi[];
  path: string;
  canEdit: boolean;
  errorAt: ErrorAt;
  onChange: (kpis: Kpi[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <ObjectiveBlock
      title={t('plan.kpis')}
      emptyText={t('plan.noKpis')}
      isEmpty={kpis.length === 0}
      add={
        canEdit && (
          <AddItemButton
            form={AddKpiForm}
            label={t('planForm.addKpi')}
            testId="kpi-add"
            onAdd={(kpi) => onChange([...kpis, kpi])}
          />
        )
      }
    >
      <table className="kpi-table" data-testid="kpi-table">
        <thead>
          <tr>
            <th>{t('plan.kpi.measure')}</th>
            <th className="num">{t('plan.kpi.baseline')}</th>
            <th aria-hidden="true" />
            <th className="num">{t('plan.kpi.current')}</th>
            <th aria-hidden="true" />
            <th className="num">{t('plan.kpi.target')}</th>
            <th>{t('plan.field.progress')}</th>
            {canEdit && <th aria-hidden="true" />}
          </tr>
        </thead>
        <tbody>
          {kpis.map((kpi, k) => (
            <KpiRow
              key={kpi.id ?? `new-${k}`}
              kpi={kpi}
              path={`${path}.kpis[${k}]`}
              canEdit={canEdit}
              errorAt={errorAt}
              onChange={(next) => onChange(replaced(kpis, k, next))}
              onRemove={() => onChange(without(kpis, k))}
            />
          ))}
        </tbody>
      </table>
    </ObjectiveBlock>
  );
}

function MilestoneList({
  milestones,
  path,
  canEdit,
  errorAt,
  onChange,
}: {
  milestones: Milestone[];
  path: string;
  canEdit: boolean;
  errorAt: ErrorAt;
  onChange: (milestones: Milestone[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <ObjectiveBlock
      title={t('plan.milestones')}
      emptyText={t('plan.noMilestones')}
      isEmpty={milestones.length === 0}
      add={
        canEdit && (
          <AddItemButton
            form={AddMilestoneForm}
            label={t('planForm.addMilestone')}
            testId="milestone-add"
            onAdd={(milestone) => onChange([...milestones, milestone])}
          />
        )
      }
    >
      <ul className="milestones">
        {milestones.map((m, i) => (
          <MilestoneItem
            key={m.id ?? `new-${i}`}
            milestone={m}
            error={firstError(errorAt, `${path}.milestones[${i}]`, [
              'title',
              'due_on',
              'achieved_on',
            ])}
            canEdit={canEdit}
            onChange={(next) => onChange(replaced(milestones, i, next))}
            onRemove={() => onChange(without(milestones, i))}
          />
        ))}
      </ul>
    </ObjectiveBlock>
  );
}

function MilestoneItem({
  milestone: m,
  error,
  canEdit,
  onChange,
  onRemove,
}: {
  milestone: Milestone;
  error: string | undefined;
  canEdit: boolean;
  onChange: (milestone: Milestone) => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const overdue = !m.achieved_on && (daysUntil(m.due_on) ?? 0) < 0;
  const toggleLabel = m.achieved_on ? t('plan.milestone.undo') : t('plan.milestone.achieve');
  return (
    <li
      className={`milestone ${m.achieved_on ? 'milestone-done' : ''}`}
      data-testid="milestone"
      data-achieved={m.achieved_on ? 'true' : 'false'}
    >
      <button
        type="button"
        className="milestone-check"
        aria-pressed={Boolean(m.achieved_on)}
        disabled={!canEdit}
        onClick={() => onChange({ ...m, achieved_on: m.achieved_on ? null : todayIso() })}
        title={toggleLabel}
        aria-label={`${toggleLabel}: ${m.title}`}
        data-testid="milestone-toggle"
      >
        {m.achieved_on && <Icon name="check" size={13} />}
      </button>
      <div className="milestone-body">
        <div className="milestone-title">{m.title}</div>
        <div className="sub">
          {m.achieved_on ? (
            <span className="pos" data-testid="milestone-achieved-on">
              {t('plan.milestone.achievedOnDate', { date: formatDate(m.achieved_on, lang) })}
            </span>
          ) : (
            m.due_on && (
              <span className={overdue ? 'neg' : undefined}>
                {t('plan.milestone.dueOn', { date: formatDate(m.due_on, lang) })}
              </span>
            )
          )}
          {overdue && (
            <span className="badge badge-red milestone-overdue">{t('plan.milestone.overdue')}</span>
          )}
        </div>
        {error && <div className="field-error">{error}</div>}
      </div>
      {canEdit && (
        <button
          type="button"
          className="icon-button icon-button-sm"
          onClick={onRemove}
          title={t('plan.removeMilestone')}
          aria-label={`${t('plan.removeMilestone')}: ${m.title}`}
        >
          <Icon name="x" size={13} />
        </button>
      )}
    </li>
  );
}
