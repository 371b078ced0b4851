// Success plans on the client: progress of a plan being edited (the server's figures are for the
// saved plan only), the objectives as PATCH takes them, where a 400's field path points, the
// change history's paths in words, and the Markdown a plan is shared as.
import type { Kpi, Objective, PlanChange, SuccessPlan } from '../api/types';
import { formatDate, formatNumber } from './format';
import { formatPercent } from './usage';

/** Today as a calendar date in the browser's zone (a milestone achieved "today" is the user's today). */
export function todayIso(now: Date = new Date()): string {
  return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
}

// The three progress rules are the server's (src/success/success_plan.cpp), so that a draft shows
// what the plan will show once saved.

/** Share of the way from baseline to target (either direction), 0–1; 0 without a current value. */
export function kpiProgress(kpi: Pick<Kpi, 'baseline' | 'target' | 'current'>): number {
  if (kpi.current === null || kpi.current === undefined || kpi.target === kpi.baseline) return 0;
  return Math.min(1, Math.max(0, (kpi.current - kpi.baseline) / (kpi.target - kpi.baseline)));
}

/** Achieved: 1; else the mean of its KPIs' progress and its milestones (1 when achieved). */
export function objectiveProgress(objective: Objective): number {
  if (objective.status === 'achieved') return 1;
  const parts = [
    ...objective.kpis.map(kpiProgress),
    ...objective.milestones.map((m) => (m.achieved_on ? 1 : 0)),
  ];
  return parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 0;
}

/** The mean of the objectives not abandoned. */
export function planProgress(objectives: Objective[]): number {
  const counted = objectives.filter((o) => o.status !== 'abandoned');
  return counted.length
    ? counted.reduce((sum, o) => sum + objectiveProgress(o), 0) / counted.length
    : 0;
}

/** The objectives as PATCH takes them: every field the server knows, without the computed progress. */
export function objectivesForSave(objectives: Objective[]): Objective[] {
  return objectives.map(({ progress: _o, kpis, milestones, ...objective }) => ({
    ...objective,
    kpis: kpis.map(({ progress: _k, ...kpi }) => kpi),
    milestones: milestones.map((m) => ({ ...m })),
  }));
}

export type PlanDraft = Pick<SuccessPlan, 'title' | 'definition' | 'status' | 'objectives'>;

export function draftOf(plan: SuccessPlan): PlanDraft {
  return {
    title: plan.title,
    definition: plan.definition,
    status: plan.status,
    objectives: objectivesForSave(plan.objectives),
  };
}

export function isDraftDirty(draft: PlanDraft, plan: SuccessPlan): boolean {
  return JSON.stringify(draft) !== JSON.stringify(draftOf(plan));
}

/**
 * A 400's field, as the form names its inputs: `objectives[1].kpis[0].target` stays as it is (the
 * indexes are those of the list sent, which is the draft's order); `objectives[1].kpis[0]` (the
 * KPI as a whole) and the like are kept too, and shown at the item.
 */
export function fieldKey(field: string | null | undefined): string | null {
  return field ? field.replace(/\s+/g, '') : null;
}

export interface PathPart {
  /** objectives / kpis / milestones, or a plain field name (the last part). */
  name: string;
  /** The item's id (`o1`) or index (`2`) in brackets, if any. */
  item: string | null;
}

/** `objectives[o1].milestones[m3].achieved_on` → [{objectives,o1},{milestones,m3},{achieved_on,null}]. */
export function splitPath(path: string): PathPart[] {
  return path.split('.').map((part) => {
    const m = /^([^[\]]+)(?:\[([^\]]*)\])?$/.exec(part);
    return m ? { name: m[1]!, item: m[2] ?? null } : { name: part, item: null };
  });
}

function fallbackName(item: string): string {
  return /^\d+$/.test(item) ? `#${Number(item) + 1}` : item;
}

export interface ChangeWhere {
  /** Titles of the objective and of the KPI or milestone, when the plan still has them. */
  items: string[];
  /** The field changed (`achieved_on`), or null when a whole item was added or removed. */
  field: string | null;
}

/** An item of a list by its id (`o1`, history) or its index (`1`, a 400's field). */
function findItem<T extends { id?: string }>(list: T[], item: string): T | undefined {
  return list.find((x) => x.id === item) ?? (/^\d+$/.test(item) ? list[Number(item)] : undefined);
}

/**
 * Where a path is (a history entry's change, a 400's field), named by the titles of the
 * objectives given; an item no longer there keeps its id, an index is shown from 1.
 */
export function describePath(path: string, objectives: Objective[]): ChangeWhere {
  const parts = splitPath(path);
  const items: string[] = [];
  let objective: Objective | undefined;
  let field: string | null = null;
  for (const part of parts) {
    if (part.name === 'objectives' && part.item !== null) {
      objective = findItem(objectives, part.item);
      items.push(objective?.title || fallbackName(part.item));
    } else if ((part.name === 'kpis' || part.name === 'milestones') && part.item !== null) {
      const list: { id?: string; name?: string; title?: string }[] =
        part.name === 'kpis' ? (objective?.kpis ?? []) : (objective?.milestones ?? []);
      const item = findItem(list, part.item);
      items.push(item?.name || item?.title || fallbackName(part.item));
    } else {
      field = field ? `${field}.${part.name}` : part.name;
    }
  }
  return { items, field };
}

export interface HistoryLine {
  /** A whole objective, KPI or milestone added or removed, or one field changed. */
  kind: 'added' | 'removed' | 'changed';
  /** objectives / kpis / milestones for an item added or removed; null for a field. */
  what: 'objectives' | 'kpis' | 'milestones' | null;
  /** The titles leading to it (objective, then KPI or milestone); the item's own title last when added or removed. */
  items: string[];
  field: string | null;
  from: unknown;
  to: unknown;
}

const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
const isNil = (v: unknown) => v === null || v === undefined;

/**
 * One saved version's changes as lines to read: the server records an item added or removed
 * as every one of its fields going from or to null, which reads better as "KPI 「…」 added";
 * fields that did not really change (null → null) are left out.
 */
export function historyLines(changes: PlanChange[], objectives: Objective[]): HistoryLine[] {
  const groups = new Map<string, { field: string; change: PlanChange }[]>();
  for (const change of changes) {
    const cut = change.path.lastIndexOf('].');
    const prefix = cut < 0 ? '' : change.path.slice(0, cut + 1);
    const field = cut < 0 ? change.path : change.path.slice(cut + 2);
    if (!groups.has(prefix)) groups.set(prefix, []);
    groups.get(prefix)!.push({ field, change });
  }
  const lines: HistoryLine[] = [];
  for (const [prefix, group] of groups) {
    const label = group.find((g) => g.field === 'title' || g.field === 'name')?.change;
    const what = prefix ? (splitPath(prefix).at(-1)?.name as HistoryLine['what']) : null;
    const where = prefix ? describePath(prefix, objectives).items : [];
    if (prefix && label && !isNil(label.to) && group.every((g) => isNil(g.change.from))) {
      lines.push({
        kind: 'added',
        what,
        items: [...where.slice(0, -1), String(label.to)],
        field: null,
        from: null,
        to: null,
      });
      continue;
    }
    if (prefix && label && !isNil(label.from) && group.every((g) => isNil(g.change.to))) {
      lines.push({
        kind: 'removed',
        what,
        items: [...where.slice(0, -1), String(label.from)],
        field: null,
        from: null,
        to: null,
      });
      continue;
    }
    for (const { field, change } of group) {
      if (same(change.from, change.to)) continue;
      lines.push({
        kind: 'changed',
        what: null,
        items: where,
        field,
        from: change.from,
        to: change.to,
      });
    }
  }
  return lines;
}

/** A value of a history entry as text: numbers and dates as the language writes them. */
export function formatChangeValue(value: unknown, lang: string): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'number') return formatNumber(value, lang, 2);
  if (typeof value === 'string')
    return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatDate(value, lang) : value;
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

// ---------- Markdown ----------

type Translate = (key: string, options?: Record<string, unknown>) => string;

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function percent(value: number, lang: string): string {
  return formatPercent(value, lang);
}

function valueWithUnit(value: number | null, unit: string, lang: string): string {
  if (value === null) return '—';
  return unit ? `${formatNumber(value, lang, 2)} ${unit}` : formatNumber(value, lang, 2);
}

/**
 * The plan as a Markdown document to share with the customer: title, period, status, the
 * definition of success, then each objective with its KPIs (a table) and milestones (a checklist).
 */
export function planMarkdown(
  plan: SuccessPlan,
  options: { accountName?: string | null; t: Translate; lang: string },
): string {
  const { accountName, t, lang } = options;
  const date = (d: string | null) => (d ? formatDate(d, lang) : '—');
  const lines: string[] = [`# ${plan.title}`, ''];
  const facts = [
    accountName ? `**${t('plan.field.account')}:** ${accountName}` : null,
    `**${t('plan.field.period')}:** ${date(plan.starts_on)} – ${date(plan.ends_on)}`,
    `**${t('plan.field.status')}:** ${t(`enum.planStatus.${plan.status}`)}`,
    `**${t('plan.field.progress')}:** ${percent(plan.progress, lang)}`,
  ].filter((x): x is string => x !== null);
  lines.push(facts.join('  \n'), '');
  lines.push(`## ${t('plan.definition')}`, '');
  lines.push(
    plan.definition.trim()
      ? plan.definition
          .trim()
          .split(/\r?\n/)
          .map((l) => `> ${l}`)
          .join('\n')
      : `_${t('plan.noDefinition')}_`,
    '',
  );
  lines.push(`## ${t('plan.objectives')}`, '');
  if (plan.objectives.length === 0) lines.push(`_${t('plan.noObjectives')}_`, '');
  plan.objectives.forEach((o, i) => {
    lines.push(`### ${i + 1}. ${o.title}`, '');
    const about = [
      `${t(`enum.objectiveType.${o.type}`)} (${o.type.toUpperCase()})`,
      o.kind ? t(`enum.objectiveKind.${o.kind}`) : null,
      `${t('plan.field.status')}: ${t(`enum.planStatus.${o.status}`)}`,
      o.due_on ? `${t('plan.field.due')}: ${date(o.due_on)}` : null,
      `${t('plan.field.progress')}: ${percent(o.progress ?? objectiveProgress(o), lang)}`,
    ].filter((x): x is string => x !== null);
    lines.push(about.join(' · '), '');
    if (o.evidence.trim()) lines.push(`${t('plan.field.evidence')}: ${o.evidence.trim()}`, '');
    if (o.kpis.length) {
      lines.push(`**${t('plan.kpis')}**`, '');
      lines.push(
        `| ${[t('plan.kpi.name'), t('plan.kpi.baseline'), t('plan.kpi.current'), t('plan.kpi.target'), t('plan.field.due'), t('plan.field.progress')].join(' | ')} |`,
      );
      lines.push('|---|---:|---:|---:|---|---:|');
      for (const k of o.kpis) {
        lines.push(
          `| ${[
            cell(k.name),
            cell(valueWithUnit(k.baseline, k.unit, lang)),
            cell(valueWithUnit(k.current, k.unit, lang)),
            cell(valueWithUnit(k.target, k.unit, lang)),
            date(k.due_on),
            percent(k.progress ?? kpiProgress(k), lang),
          ].join(' | ')} |`,
        );
      }
      lines.push('');
    }
    if (o.milestones.length) {
      lines.push(`**${t('plan.milestones')}**`, '');
      for (const m of o.milestones) {
        const when = [
          m.due_on ? `${t('plan.field.due')} ${date(m.due_on)}` : null,
          m.achieved_on ? `${t('plan.milestone.achievedOn')} ${date(m.achieved_on)}` : null,
        ].filter(Boolean);
        lines.push(
          `- [${m.achieved_on ? 'x' : ' '}] ${m.title}${when.length ? ` (${when.join(', ')})` : ''}`,
        );
      }
      lines.push('');
    }
  });
  return `${lines
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}

/** A file name for the plan's Markdown: its title, without characters file systems refuse. */
export function markdownFileName(plan: Pick<SuccessPlan, 'id' | 'title'>): string {
  const base = plan.title
    .replace(/[\\/:*?"<>|\r\n]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return `${base || `plan-${plan.id}`}.md`;
}
