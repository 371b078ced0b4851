// An ICP criterion as the editor holds it (values as typed; an ARR threshold in the reporting
// currency's own unit), what a save sends, and checks.
import type { FieldInfo, IcpCriterion, IcpCriterionInput, IcpOp } from '../../api';
import type { Translate } from '../../lib/errorText';
import { parseThreshold, thresholdText } from '../../lib/fieldValues';
import { splitList } from '../../lib/journey';

export const CUSTOM_PREFIX = 'custom.';

export interface IcpDraft {
  label: string;
  field: string;
  op: IcpOp;
  /** For `in`: comma (or 、) separated. */
  values: string;
  /** For `gte` / `lte`; an ARR as an amount of the reporting currency ("1000000", "6000.00"). */
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

/** `currency`: the reporting currency, which an ARR threshold is in. */
export function icpDraftOf(c: IcpCriterion, currency: string): IcpDraft {
  return {
    label: c.label,
    field: c.field,
    op: c.op,
    values: c.values.join(', '),
    value: thresholdText(c.field, c.value, currency),
    weight: String(c.weight),
  };
}

export function validateIcp(
  draft: IcpDraft,
  messages: { required: string; notNumber: string; weight: string; custom: string },
  money: { currency: string; t: Translate },
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!draft.label.trim()) problems.label = messages.required;
  if (!draft.field.trim()) problems.field = messages.required;
  else if (draft.field.startsWith(CUSTOM_PREFIX) && draft.field.length === CUSTOM_PREFIX.length)
    problems.field = messages.custom;
  if (draft.op === 'in' && splitList(draft.values).length === 0)
    problems.values = messages.required;
  if (draft.op !== 'in') {
    const threshold = parseThreshold(
      draft.field,
      draft.value,
      money.currency,
      money.t,
      messages.notNumber,
    );
    if ('problem' in threshold) problems.value = threshold.problem;
  }
  const weight = Number(draft.weight);
  if (!Number.isInteger(weight) || weight < 1 || weight > 100) problems.weight = messages.weight;
  return problems;
}

/** `in` sends the list and no number; `gte` / `lte` the number (an ARR in the API's integer) and no list. */
export function icpInput(draft: IcpDraft, currency: string): IcpCriterionInput {
  const numeric = draft.op !== 'in';
  const threshold = parseThreshold(draft.field, draft.value, currency, (key) => key, '');
  return {
    label: draft.label.trim(),
    field: draft.field.trim(),
    op: draft.op,
    values: numeric ? [] : splitList(draft.values),
    value: numeric && 'value' in threshold ? threshold.value : null,
    weight: Number(draft.weight),
  };
}

/** Where the server's field goes: `values[2]` → values. */
export function icpProblemKey(field: string | null | undefined): string | null {
  if (!field) return null;
  const base = field.replace(/\[\d+\]$/, '');
  return ['label', 'field', 'op', 'values', 'value', 'weight'].includes(base) ? base : null;
}
