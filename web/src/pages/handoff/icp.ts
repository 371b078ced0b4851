// An ICP criterion as the editor holds it (values as typed), what a save sends, and checks.
import type { FieldInfo, IcpCriterion, IcpCriterionInput, IcpOp } from '../../api';
import { splitList } from '../../lib/journey';

export const CUSTOM_PREFIX = 'custom.';

export interface IcpDraft {
  label: string;
  field: string;
  op: IcpOp;
  /** For `in`: comma (or 、) separated. */
  values: string;
  /** For `gte` / `lte`. */
  value: string;
  weight: string;
}

/** A number (the server says which; ARR and contacts are) compares with ≥ by default; the rest list values. */
export function defaultOp(field: string, fields: readonly FieldInfo[] = []): IcpOp {
  const info = fields.find((f) => f.key === field);
  if (info?.numeric !== undefined) return info.numeric ? 'gte' : 'in';
  return field === 'arr_minor' || field === 'contacts' ? 'gte' : 'in';
}

/** The fields to pick from: not the server's placeholder `custom.<attribute>` (the editor has its own). */
export function pickableFields(fields: readonly FieldInfo[]): FieldInfo[] {
  return fields.filter((f) => !/[<>]/.test(f.key));
}

export function newIcpDraft(field = 'industry', fields: readonly FieldInfo[] = []): IcpDraft {
  return { label: '', field, op: defaultOp(field, fields), values: '', value: '', weight: '10' };
}

export function icpDraftOf(c: IcpCriterion): IcpDraft {
  return {
    label: c.label,
    field: c.field,
    op: c.op,
    values: c.values.join(', '),
    value: c.value === null ? '' : String(c.value),
    weight: String(c.weight),
  };
}

export function validateIcp(
  draft: IcpDraft,
  messages: { required: string; notNumber: string; weight: string; custom: string },
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!draft.label.trim()) problems.label = messages.required;
  if (!draft.field.trim()) problems.field = messages.required;
  else if (draft.field.startsWith(CUSTOM_PREFIX) && draft.field.length === CUSTOM_PREFIX.length)
    problems.field = messages.custom;
  if (draft.op === 'in' && splitList(draft.values).length === 0)
    problems.values = messages.required;
  if (draft.op !== 'in' && (draft.value.trim() === '' || !Number.isFinite(Number(draft.value))))
    problems.value = messages.notNumber;
  const weight = Number(draft.weight);
  if (!Number.isInteger(weight) || weight < 1 || weight > 100) problems.weight = messages.weight;
  return problems;
}

/** `in` sends the list and no number; `gte` / `lte` the number and no list. */
export function icpInput(draft: IcpDraft): IcpCriterionInput {
  const numeric = draft.op !== 'in';
  return {
    label: draft.label.trim(),
    field: draft.field.trim(),
    op: draft.op,
    values: numeric ? [] : splitList(draft.values),
    value: numeric ? Number(draft.value) : null,
    weight: Number(draft.weight),
  };
}

/** Where the server's field goes: `values[2]` → values. */
export function icpProblemKey(field: string | null | undefined): string | null {
  if (!field) return null;
  const base = field.replace(/\[\d+\]$/, '');
  return ['label', 'field', 'op', 'values', 'value', 'weight'].includes(base) ? base : null;
}
