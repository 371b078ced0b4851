// One objective of a plan being edited: its CX/CO badge and kind, status, due date and progress;
// its KPIs (baseline → current → target, the current value editable) and its milestones (one
// click marks one achieved today, or takes it back). Changes go to the plan's draft.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLAN_STATUSES, type Kpi, type Milestone, type Objective, type PlanStatus } from '../../api';
import { ObjectiveTypeBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { daysUntil, formatDate, formatNumber } from '../../lib/format';
import { kpiProgress, objectiveProgress, todayIso } from '../../lib/plan';
import { AddKpiForm, AddMilestoneForm, parseNumber } from './PlanItemForms';

export interface ObjectiveCardProps {
  objective: Objective;
  index: number;
  canEdit: boolean;
  onChange: (objective: Objective) => void;
  onRemove: () => void;
  /** The server's message for a field of this plan (`objectives[0].kpis[1].target`), if any. */
  errorAt: (path: string) => string | undefined;
}

export function ObjectiveCard({ objective, index, canEdit, onChange, onRemove, errorAt }: ObjectiveCardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  // Each list has its own form: opening one does not throw away what was typed in the other.
  const [addingKpi, setAddingKpi] = useState(false);
  const [addingMilestone, setAddingMilestone] = useState(false);
  const path = `objectives[${index}]`;
  const progress = objectiveProgress(objective);

  const setKpi = (k: number, kpi: Kpi) => onChange({ ...objective, kpis: objective.kpis.map((x, i) => (i === k ? kpi : x)) });
  const setMilestone = (m: number, milestone: Milestone) => onChange({ ...objective, milestones: objective.milestones.map((x, i) => (i === m ? milestone : x)) });
  const ownError = errorAt(path) ?? errorAt(`${path}.title`) ?? errorAt(`${path}.type`) ?? errorAt(`${path}.kind`) ?? errorAt(`${path}.due_on`);

  return (
    <section className={`card objective objective-${objective.status}`} data-testid="objective" data-objective-id={objective.id ?? ''}>
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
            <button type="button" className="icon-button" onClick={onRemove} title={t('plan.removeObjective')} aria-label={`${t('plan.removeObjective')}: ${objective.title}`} data-testid="objective-remove">
              <Icon name="trash" size={15} />
            </button>
          )}
        </div>
      </div>
      <div className="objective-progress">
        <ProgressBar value={progress} label={t('plan.field.progress')} testId="objective-progress" />
      </div>
      {ownError && <div className="field-error objective-error">{ownError}</div>}

      <div className="objective-body">
        <div className="objective-block">
          <div className="block-title">{t('plan.kpis')}</div>
          {objective.kpis.length === 0 ? (
            <p className="muted block-empty">{t('plan.noKpis')}</p>
          ) : (
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
                {objective.kpis.map((kpi, k) => {
                  const kpath = `${path}.kpis[${k}]`;
                  const error = errorAt(kpath) ?? errorAt(`${kpath}.name`) ?? errorAt(`${kpath}.baseline`) ?? errorAt(`${kpath}.target`) ?? errorAt(`${kpath}.current`) ?? errorAt(`${kpath}.due_on`) ?? errorAt(`${kpath}.usage.feature`);
                  return (
                    <tr key={kpi.id ?? `new-${k}`} data-testid="kpi-row">
                      <td>
                        <div className="strong">{kpi.name}</div>
                        <div className="sub">
                          {kpi.due_on && t('plan.milestone.dueOn', { date: formatDate(kpi.due_on, lang) })}
                          {kpi.usage && (
                            <span className="usage-tag">
                              <Icon name="activity" size={11} />
                              {t('plan.kpi.usageBound', { measure: usageLabel(kpi.usage, t) })}
                            </span>
                          )}
                        </div>
                        {error && <div className="field-error" data-testid="kpi-error">{error}</div>}
                      </td>
                      <td className="num kpi-value">{value(kpi.baseline, kpi.unit, lang)}</td>
                      <td className="kpi-arrow" aria-hidden="true">→</td>
                      <td className="num kpi-value kpi-current">
                        {/* A usage-bound KPI's value comes from the event rollups on every read. */}
                        {canEdit && !(kpi.usage && kpi.usage.measure !== 'feature_weekly_users') ? (
                          <CurrentInput kpi={kpi} onChange={(current) => setKpi(k, { ...kpi, current })} label={t('plan.kpi.currentOf', { name: kpi.name })} invalid={Boolean(errorAt(`${kpath}.current`))} />
                        ) : (
                          value(kpi.current, kpi.unit, lang)
                        )}
                      </td>
                      <td className="kpi-arrow" aria-hidden="true">→</td>
                      <td className="num kpi-value strong">{value(kpi.target, kpi.unit, lang)}</td>
                      <td className="kpi-progress">
                        <ProgressBar value={kpiProgress(kpi)} size="sm" label={kpi.name} testId="kpi-progress" />
                      </td>
                      {canEdit && (
                        <td className="actions-cell">
                          <button
                            type="button"
                            className="icon-button icon-button-sm"
                            onClick={() => onChange({ ...objective, kpis: objective.kpis.filter((_, i) => i !== k) })}
                            title={t('plan.removeKpi')}
                            aria-label={`${t('plan.removeKpi')}: ${kpi.name}`}
                          >
                            <Icon name="x" size={13} />
                          </button>
                        </td>
                      )}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          )}
          {canEdit &&
            (addingKpi ? (
              <AddKpiForm
                onAdd={(kpi) => {
                  onChange({ ...objective, kpis: [...objective.kpis, kpi] });
                  setAddingKpi(false);
                }}
                onCancel={() => setAddingKpi(false)}
              />
            ) : (
              <button type="button" className="btn btn-ghost btn-sm add-button" onClick={() => setAddingKpi(true)} data-testid="kpi-add">
                <Icon name="plus" size={14} />
                {t('planForm.addKpi')}
              </button>
            ))}
        </div>

        <div className="objective-block">
          <div className="block-title">{t('plan.milestones')}</div>
          {objective.milestones.length === 0 ? (
            <p className="muted block-empty">{t('plan.noMilestones')}</p>
          ) : (
            <ul className="milestones">
              {objective.milestones.map((m, i) => {
                const mpath = `${path}.milestones[${i}]`;
                const error = errorAt(mpath) ?? errorAt(`${mpath}.title`) ?? errorAt(`${mpath}.due_on`) ?? errorAt(`${mpath}.achieved_on`);
                const overdue = !m.achieved_on && (daysUntil(m.due_on) ?? 0) < 0;
                return (
                  <li key={m.id ?? `new-${i}`} className={`milestone ${m.achieved_on ? 'milestone-done' : ''}`} data-testid="milestone" data-achieved={m.achieved_on ? 'true' : 'false'}>
                    <button
                      type="button"
                      className="milestone-check"
                      aria-pressed={Boolean(m.achieved_on)}
                      disabled={!canEdit}
                      onClick={() => setMilestone(i, { ...m, achieved_on: m.achieved_on ? null : todayIso() })}
                      title={m.achieved_on ? t('plan.milestone.undo') : t('plan.milestone.achieve')}
                      aria-label={`${m.achieved_on ? t('plan.milestone.undo') : t('plan.milestone.achieve')}: ${m.title}`}
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
                          m.due_on && <span className={overdue ? 'neg' : undefined}>{t('plan.milestone.dueOn', { date: formatDate(m.due_on, lang) })}</span>
                        )}
                        {overdue && <span className="badge badge-red milestone-overdue">{t('plan.milestone.overdue')}</span>}
                      </div>
                      {error && <div className="field-error">{error}</div>}
                    </div>
                    {canEdit && (
                      <button
                        type="button"
                        className="icon-button icon-button-sm"
                        onClick={() => onChange({ ...objective, milestones: objective.milestones.filter((_, j) => j !== i) })}
                        title={t('plan.removeMilestone')}
                        aria-label={`${t('plan.removeMilestone')}: ${m.title}`}
                      >
                        <Icon name="x" size={13} />
                      </button>
                    )}
                  </li>
                );
              })}
            </ul>
          )}
          {canEdit &&
            (addingMilestone ? (
              <AddMilestoneForm
                onAdd={(milestone) => {
                  onChange({ ...objective, milestones: [...objective.milestones, milestone] });
                  setAddingMilestone(false);
                }}
                onCancel={() => setAddingMilestone(false)}
              />
            ) : (
              <button type="button" className="btn btn-ghost btn-sm add-button" onClick={() => setAddingMilestone(true)} data-testid="milestone-add">
                <Icon name="plus" size={14} />
                {t('planForm.addMilestone')}
              </button>
            ))}
        </div>
      </div>
    </section>
  );
}

/** "WAU", or "Weekly users of a feature · レポート出力" when the measure counts one feature or event. */
export function usageLabel(usage: NonNullable<Kpi['usage']>, t: (key: string, options?: Record<string, unknown>) => string): string {
  const measure = t(`enum.usageMeasure.${usage.measure}`, { defaultValue: usage.measure });
  return usage.feature ? `${measure} · ${usage.feature}` : measure;
}

function value(v: number | null, unit: string, lang: string): string {
  if (v === null) return '—';
  return unit ? `${formatNumber(v, lang, 2)} ${unit}` : formatNumber(v, lang, 2);
}

/** The current value as typed (so that "1." or "-" can be typed), the number given up only when it is one. */
function CurrentInput({ kpi, onChange, label, invalid }: { kpi: Kpi; onChange: (current: number | null) => void; label: string; invalid: boolean }) {
  const [text, setText] = useState(kpi.current === null ? '' : String(kpi.current));
  // A reload or a discard changes the value from outside: show it.
  useEffect(() => {
    const typed = parseNumber(text);
    if (typed !== kpi.current && !(typed !== null && Number.isNaN(typed))) setText(kpi.current === null ? '' : String(kpi.current));
  }, [kpi.current]);
  const parsed = parseNumber(text);
  const bad = parsed !== null && Number.isNaN(parsed);
  return (
    <span className="current-input">
      <input
        type="text"
        inputMode="decimal"
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          const next = parseNumber(e.target.value);
          if (next === null || !Number.isNaN(next)) onChange(next);
        }}
        aria-label={label}
        aria-invalid={bad || invalid ? true : undefined}
        className={`num-input ${bad || invalid ? 'input-error' : ''}`}
        placeholder="—"
        data-testid="kpi-current"
      />
      {kpi.unit && <span className="unit">{kpi.unit}</span>}
    </span>
  );
}
