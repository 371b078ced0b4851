// A journey rule as a form edits it (values as typed; an ARR in the reporting currency's own
// unit), what a save sends, and where the server's 400 points (`conditions[0].field` → that
// condition's field select).
import type { JourneyRule, JourneyRuleInput, RuleOp } from '../../api';
import type { Translate } from '../../lib/errorText';
import { parseThreshold, thresholdText } from '../../lib/fieldValues';
import { indexedField } from '../../lib/journey';

export interface ConditionDraft {
  /** Stable React key: rows are added and removed. */
  key: number;
  field: string;
  op: RuleOp;
  value: string;
}

export interface RuleDraft {
  key: string;
  name: string;
  from_stages: string[];
  to_stage: string;
  conditions: ConditionDraft[];
  enabled: boolean;
}

let nextKey = 1;
export function newCondition(field = ''): ConditionDraft {
  return { key: nextKey++, field, op: 'gte', value: '' };
}

export function newRuleDraft(firstField = ''): RuleDraft {
  return {
    key: '',
    name: '',
    from_stages: [],
    to_stage: '',
    conditions: [newCondition(firstField)],
    enabled: true,
  };
}

/** `currency`: the reporting currency, which an ARR threshold is in. */
export function ruleDraftOf(rule: JourneyRule, currency: string): RuleDraft {
  return {
    key: rule.key,
    name: rule.name,
    from_stages: [...rule.from_stages],
    to_stage: rule.to_stage,
    conditions: rule.conditions.map((c) => ({
      key: nextKey++,
      field: c.field,
      op: c.op,
      value: thresholdText(c.field, c.value, currency),
    })),
    enabled: rule.enabled,
  };
}

/** Problems the form can see before sending, keyed as the server names fields. */
export function validateRule(
  draft: RuleDraft,
  isNew: boolean,
  messages: { required: string; notNumber: string; oneCondition: string },
  money: { currency: string; t: Translate },
): Record<string, string> {
  const problems: Record<string, string> = {};
  if (isNew && !draft.key.trim()) problems.key = messages.required;
  if (!draft.name.trim()) problems.name = messages.required;
  if (!draft.to_stage) problems.to_stage = messages.required;
  if (draft.conditions.length === 0) problems.conditions = messages.oneCondition;
  draft.conditions.forEach((c, i) => {
    if (!c.field) problems[`conditions[${i}].field`] = messages.required;
    const value = parseThreshold(c.field, c.value, money.currency, money.t, messages.notNumber);
    if ('problem' in value) problems[`conditions[${i}].value`] = value.problem;
  });
  return problems;
}

/** The rule as POST sends it (PATCH leaves out the key and adds the version); an ARR as the API's integer. */
export function ruleInput(draft: RuleDraft, currency: string): JourneyRuleInput {
  const valueOf = (c: ConditionDraft) => {
    const value = parseThreshold(c.field, c.value, currency, (key) => key, '');
    return 'value' in value ? value.value : Number.NaN;
  };
  return {
    key: draft.key.trim(),
    name: draft.name.trim(),
    from_stages: draft.from_stages,
    to_stage: draft.to_stage,
    conditions: draft.conditions.map((c) => ({ field: c.field, op: c.op, value: valueOf(c) })),
    enabled: draft.enabled,
  };
}

const RULE_FIELDS = ['key', 'name', 'from_stages', 'to_stage', 'conditions', 'enabled'];

/** Where a field the server names is shown: a form key, or null (above the form). */
export function ruleProblemKey(field: string | null | undefined): string | null {
  if (!field) return null;
  if (RULE_FIELDS.includes(field)) return field;
  const indexed = indexedField(field);
  if (indexed?.list === 'from_stages') return 'from_stages';
  if (indexed?.list === 'conditions')
    return indexed.key ? `conditions[${indexed.index}].${indexed.key}` : 'conditions';
  return null;
}
