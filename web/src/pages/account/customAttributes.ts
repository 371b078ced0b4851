// Custom attributes (a flat JSON object on the account) as rows of an editor: a key, the kind
// of value (text, number, yes/no, empty) and the value as typed. The server's limits: at most
// 100 keys of 1–100 characters; values are strings, numbers, booleans or null.
import type { FieldErrors } from '../../components/useRecordForm';
import type { Translate } from '../../lib/errorText';
import { parseNumber } from '../plans/PlanItemForms';

export type AttributeType = 'text' | 'number' | 'boolean' | 'empty';
export const ATTRIBUTE_TYPES: readonly AttributeType[] = ['text', 'number', 'boolean', 'empty'];
export const MAX_ATTRIBUTES = 100;
export const MAX_KEY_LENGTH = 100;

export interface AttributeRow {
  key: string;
  type: AttributeType;
  /** As typed; 'true' / 'false' for yes/no. */
  value: string;
}

export function attributeRows(
  attributes: Record<string, unknown> | null | undefined,
): AttributeRow[] {
  return Object.entries(attributes ?? {}).map(([key, value]) => {
    if (value === null || value === undefined) return { key, type: 'empty', value: '' };
    if (typeof value === 'boolean') return { key, type: 'boolean', value: String(value) };
    if (typeof value === 'number') return { key, type: 'number', value: String(value) };
    if (typeof value === 'string') return { key, type: 'text', value };
    return { key, type: 'text', value: JSON.stringify(value) };
  });
}

function valueOf(row: AttributeRow): string | number | boolean | null {
  switch (row.type) {
    case 'empty':
      return null;
    case 'boolean':
      return row.value === 'true';
    case 'number':
      return parseNumber(row.value);
    default:
      return row.value;
  }
}

export function attributesObject(rows: readonly AttributeRow[]): Record<string, unknown> {
  return Object.fromEntries(rows.map((row) => [row.key.trim(), valueOf(row)]));
}

/** Problems by `custom_attributes.<i>.key` / `.value`, and `custom_attributes` for the whole. */
export function attributeProblems(rows: readonly AttributeRow[], t: Translate): FieldErrors {
  const problems: FieldErrors = {};
  const seen = new Set<string>();
  rows.forEach((row, i) => {
    const key = row.key.trim();
    if (!key) problems[`custom_attributes.${i}.key`] = t('recordForm.problem.required');
    else if ([...key].length > MAX_KEY_LENGTH)
      problems[`custom_attributes.${i}.key`] = t('recordForm.problem.tooLong', {
        max: MAX_KEY_LENGTH,
      });
    else if (seen.has(key))
      problems[`custom_attributes.${i}.key`] = t('accountForm.problem.keyTwice');
    seen.add(key);
    if (row.type === 'number') {
      const value = parseNumber(row.value);
      if (value === null)
        problems[`custom_attributes.${i}.value`] = t('recordForm.problem.required');
      else if (Number.isNaN(value))
        problems[`custom_attributes.${i}.value`] = t('recordForm.problem.number');
    }
  });
  if (rows.length > MAX_ATTRIBUTES)
    problems.custom_attributes = t('accountForm.problem.tooManyAttributes', {
      max: MAX_ATTRIBUTES,
    });
  return problems;
}
