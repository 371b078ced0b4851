// The touch model as its editor holds it: each rule's minimum ARR typed in the reporting
// currency's own unit (¥30,000 or $300.00) and sent as its smallest unit, as contracts' amounts
// are (lib/money); the capacities as typed. The checks the server makes (customers/touch_model:
// a minimum not negative, an attribute with a key, capacities of 1 to 1,000,000 accounts per
// CSM), named by the server's own paths (`rules[0].min_arr_minor`, `capacity.high_touch`), and
// the body PUT /touch-model takes.
import {
  EMPLOYEE_BANDS,
  TIERS,
  type EmployeeBand,
  type RuleTier,
  type Tier,
  type TouchModel,
  type TouchModelInput,
} from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import type { Translate } from '../../lib/errorText';
import { amountProblemText, amountText, parseAmount } from '../../lib/money';

export interface RuleDraft {
  tier: RuleTier;
  /** In the reporting currency's own unit, as typed; '' for no minimum. */
  minArr: string;
  employeeBands: EmployeeBand[];
  industries: string[];
  /** Both '' for no attribute. */
  attributeKey: string;
  attributeValue: string;
}

export interface TouchModelDraft {
  rules: RuleDraft[];
  capacity: Record<Tier, string>;
}

export const MAX_CAPACITY = 1_000_000;

/** The model as the editor starts from it, amounts in `currency`'s own unit. */
export function touchModelDraft(model: TouchModel, currency: string): TouchModelDraft {
  return {
    rules: model.rules.map((r) => ({
      tier: r.tier,
      minArr:
        r.min_arr_minor === null || r.min_arr_minor === undefined
          ? ''
          : amountText(r.min_arr_minor, currency),
      // The server keeps only the known bands.
      employeeBands: (r.employee_bands ?? []).filter((b): b is EmployeeBand =>
        EMPLOYEE_BANDS.includes(b as EmployeeBand),
      ),
      industries: r.industries ?? [],
      attributeKey: r.attribute?.key ?? '',
      attributeValue: r.attribute?.value ?? '',
    })),
    capacity: Object.fromEntries(
      TIERS.map((tier) => [tier, String(model.capacity[tier] ?? '')]),
    ) as Record<Tier, string>,
  };
}

/** A rule as added: low touch, no condition yet. */
export function newRule(): RuleDraft {
  return {
    tier: 'low_touch',
    minArr: '',
    employeeBands: [],
    industries: [],
    attributeKey: '',
    attributeValue: '',
  };
}

/** The list with the item at `from` moved to `to` (both within it). */
export function moved<T>(list: readonly T[], from: number, to: number): T[] {
  const next = [...list];
  const [item] = next.splice(from, 1);
  next.splice(to, 0, item!);
  return next;
}

/** A free-text industry chip as typed: trimmed; '' or one already there is not added. */
export function addIndustry(industries: readonly string[], typed: string): string[] {
  const value = typed.trim();
  return value && !industries.includes(value) ? [...industries, value] : [...industries];
}

export function touchModelProblems(
  draft: TouchModelDraft,
  currency: string,
  t: Translate,
): FieldErrors {
  const problems: FieldErrors = {};
  draft.rules.forEach((r, i) => {
    const path = `rules[${i}]`;
    const amount = parseAmount(r.minArr, currency);
    if (amount && 'problem' in amount)
      problems[`${path}.min_arr_minor`] = amountProblemText(amount.problem, currency, t);
    if (!r.attributeKey.trim() && r.attributeValue.trim())
      problems[`${path}.attribute.key`] = t('recordForm.problem.required');
  });
  for (const tier of TIERS) {
    const text = draft.capacity[tier].trim();
    const n = Number(text);
    if (!/^\d+$/.test(text) || n < 1 || n > MAX_CAPACITY)
      problems[`capacity.${tier}`] = t('touchModel.problem.capacity', { max: MAX_CAPACITY });
  }
  return problems;
}

/** The body PUT /touch-model takes; only for a draft without problems. */
export function touchModelInput(
  draft: TouchModelDraft,
  version: number,
  currency: string,
): TouchModelInput {
  return {
    version,
    rules: draft.rules.map((r) => {
      const amount = parseAmount(r.minArr, currency);
      const key = r.attributeKey.trim();
      return {
        tier: r.tier,
        min_arr_minor: amount && 'minor' in amount ? amount.minor : null,
        employee_bands: r.employeeBands,
        industries: r.industries,
        attribute: key ? { key, value: r.attributeValue.trim() } : null,
      };
    }),
    capacity: Object.fromEntries(TIERS.map((tier) => [tier, Number(draft.capacity[tier])])),
  };
}

/**
 * The editor's field for a field the server names: a rule's field as it is
 * (`rules[0].min_arr_minor`), an item of a list as the list (`rules[0].industries[2]` →
 * `rules[0].industries`), a capacity as it is.
 */
export function editorField(serverField: string): string | null {
  const rule = /^(rules\[\d+\](?:\.attribute)?\.\w+)(?:\[\d+\])?$/.exec(serverField);
  if (rule) return rule[1]!;
  if (/^rules\[\d+\]$/.test(serverField) || serverField === 'rules') return 'rules';
  if (/^capacity\.\w+$/.test(serverField)) return serverField;
  return null;
}
