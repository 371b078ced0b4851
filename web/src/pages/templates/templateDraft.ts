// A success-plan template as its editor holds it (numbers as typed; due as days from the plan's
// start, '' for none), the checks the server makes on a template (ValidateTemplate: a key of
// a-z, 0-9 and -, a name, 1–3650 days, at least one objective, each item as in a plan) with the
// problems named by the server's own paths (`objectives[0].kpis[1].target`), and what POST and
// PATCH take.
import type {
  ObjectiveKind,
  ObjectiveType,
  SuccessPlanTemplate,
  SuccessPlanTemplateInput,
  SuccessPlanTemplatePatch,
  TemplateKpi,
  TemplateObjective,
} from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import type { Translate } from '../../lib/errorText';
import { MAX_DAYS, parseDays } from '../plans/DueField';
import { parseNumber } from '../plans/PlanItemForms';

export interface KpiDraft {
  name: string;
  unit: string;
  baseline: string;
  target: string;
  due: string;
  /** A usage-bound KPI keeps its binding (not edited here). */
  usage: TemplateKpi['usage'] | null;
}
export interface MilestoneDraft {
  title: string;
  due: string;
}
export interface ObjectiveDraft {
  title: string;
  type: ObjectiveType;
  kind: ObjectiveKind | '';
  due: string;
  kpis: KpiDraft[];
  milestones: MilestoneDraft[];
}
export interface TemplateDraft {
  key: string;
  name: string;
  segment: string;
  description: string;
  duration_days: string;
  objectives: ObjectiveDraft[];
}

export const KEY_PATTERN = /^[a-z0-9-]{1,60}$/;
const MAX_ITEMS = 30;
const days = (value: number | null | undefined) =>
  value === null || value === undefined ? '' : String(value);

export function objectiveDraft(o: TemplateObjective): ObjectiveDraft {
  return {
    title: o.title,
    type: o.type,
    kind: o.kind ?? '',
    due: days(o.due_in_days),
    kpis: (o.kpis ?? []).map((k) => ({
      name: k.name,
      unit: k.unit ?? '',
      baseline: String(k.baseline),
      target: String(k.target),
      due: days(k.due_in_days),
      usage: k.usage ?? null,
    })),
    milestones: (o.milestones ?? []).map((m) => ({ title: m.title, due: days(m.due_in_days) })),
  };
}

export function templateDraft(template: SuccessPlanTemplate | null): TemplateDraft {
  return {
    key: template?.key ?? '',
    name: template?.name ?? '',
    segment: template?.segment ?? '',
    description: template?.description ?? '',
    duration_days: String(template?.duration_days ?? 90),
    objectives: (template?.objectives ?? []).map(objectiveDraft),
  };
}

/** Adds to `problems` what is wrong with one text: required, and at most `max` characters. */
function text(
  problems: FieldErrors,
  path: string,
  value: string,
  max: number,
  t: Translate,
  required = true,
) {
  if (required && !value.trim()) problems[path] = t('recordForm.problem.required');
  else if ([...value.trim()].length > max)
    problems[path] = t('recordForm.problem.tooLong', { max });
}

function due(problems: FieldErrors, path: string, value: string, t: Translate) {
  if (Number.isNaN(parseDays(value) ?? 0))
    problems[`${path}.due_in_days`] = t('dueDays.invalid', { max: MAX_DAYS });
}

export function templateProblems(draft: TemplateDraft, isNew: boolean, t: Translate): FieldErrors {
  const problems: FieldErrors = {};
  if (isNew && !KEY_PATTERN.test(draft.key)) problems.key = t('templateEditor.problem.key');
  text(problems, 'name', draft.name, 200, t);
  text(problems, 'segment', draft.segment, 200, t, false);
  text(problems, 'description', draft.description, 5000, t, false);
  const duration = parseDays(draft.duration_days);
  if (duration === null || Number.isNaN(duration) || duration < 1)
    problems.duration_days = t('templateEditor.problem.duration', { max: MAX_DAYS });
  if (draft.objectives.length === 0) problems.objectives = t('templateEditor.problem.noObjectives');
  if (draft.objectives.length > MAX_ITEMS)
    problems.objectives = t('recordForm.problem.tooMany', { max: MAX_ITEMS });
  draft.objectives.forEach((o, i) => {
    const path = `objectives[${i}]`;
    text(problems, `${path}.title`, o.title, 300, t);
    due(problems, path, o.due, t);
    if (o.kpis.length > MAX_ITEMS || o.milestones.length > MAX_ITEMS)
      problems[path] = t('recordForm.problem.tooMany', { max: MAX_ITEMS });
    o.kpis.forEach((k, j) => {
      const kpath = `${path}.kpis[${j}]`;
      text(problems, `${kpath}.name`, k.name, 200, t);
      text(problems, `${kpath}.unit`, k.unit, 20, t, false);
      const baseline = parseNumber(k.baseline);
      const target = parseNumber(k.target);
      for (const [field, value] of [
        ['baseline', baseline],
        ['target', target],
      ] as const) {
        if (value === null) problems[`${kpath}.${field}`] = t('planForm.required');
        else if (Number.isNaN(value)) problems[`${kpath}.${field}`] = t('planForm.notNumber');
      }
      if (baseline !== null && baseline === target)
        problems[`${kpath}.target`] = t('planForm.targetEqualsBaseline');
      due(problems, kpath, k.due, t);
    });
    o.milestones.forEach((m, j) => {
      text(problems, `${path}.milestones[${j}].title`, m.title, 300, t);
      due(problems, `${path}.milestones[${j}]`, m.due, t);
    });
  });
  return problems;
}

/** `{ due_in_days }` when a day is given; nothing otherwise (the server takes no null there). */
function dueField(value: string): { due_in_days?: number } {
  const parsed = parseDays(value);
  return parsed === null || Number.isNaN(parsed) ? {} : { due_in_days: parsed };
}

export function templateObjectives(draft: TemplateDraft): TemplateObjective[] {
  return draft.objectives.map((o) => ({
    title: o.title.trim(),
    type: o.type,
    kind: o.kind || null,
    ...dueField(o.due),
    kpis: o.kpis.map((k) => ({
      name: k.name.trim(),
      unit: k.unit.trim(),
      baseline: parseNumber(k.baseline) ?? 0,
      target: parseNumber(k.target) ?? 0,
      ...dueField(k.due),
      ...(k.usage ? { usage: k.usage } : {}),
    })),
    milestones: o.milestones.map((m) => ({ title: m.title.trim(), ...dueField(m.due) })),
  }));
}

function fields(draft: TemplateDraft) {
  return {
    name: draft.name.trim(),
    segment: draft.segment.trim(),
    description: draft.description.trim(),
    duration_days: Number(draft.duration_days.trim()),
    objectives: templateObjectives(draft),
  };
}

export function templateInput(draft: TemplateDraft): SuccessPlanTemplateInput {
  return { key: draft.key.trim(), ...fields(draft) };
}

export function templatePatch(
  template: SuccessPlanTemplate,
  draft: TemplateDraft,
): SuccessPlanTemplatePatch {
  return { version: template.version, ...fields(draft) };
}

const SHOWN = [
  /^(key|name|segment|description|duration_days|objectives)$/,
  /^objectives\[\d+\](\.(title|type|kind|due_in_days))?$/,
  /^objectives\[\d+\]\.kpis\[\d+\]\.(name|unit|baseline|target|due_in_days)$/,
  /^objectives\[\d+\]\.milestones\[\d+\]\.(title|due_in_days)$/,
];

/**
 * The editor's field for a path the server names (its `…due_on` is the editor's
 * `…due_in_days`); null when the editor shows no field there (the message goes above Save).
 */
export function editorPath(field: string): string | null {
  const path = field.replace(/\s+/g, '').replace(/\.due_on$/, '.due_in_days');
  return SHOWN.some((shown) => shown.test(path)) ? path : null;
}
