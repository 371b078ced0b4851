// An import field in the user's words ("契約更新日", "Renewal date"), never its key: each kind's
// fields are worded in the catalogues under import.fields.<kind>.<field>; a custom attribute
// column by its key.
import type { ImportTarget } from '../../api';

type Translate = (key: string, options?: Record<string, unknown>) => string;

export const CUSTOM_PREFIX = 'custom.';

/** The attribute key of a custom.<key> field, else null. */
export function customKey(field: string | null | undefined): string | null {
  return field?.startsWith(CUSTOM_PREFIX) ? field.slice(CUSTOM_PREFIX.length) : null;
}

export function importFieldLabel(kind: ImportTarget, field: string, t: Translate): string {
  const key = customKey(field);
  if (key !== null) return t('import.map.customField', { key });
  return t(`import.fields.${kind}.${field}`, { defaultValue: field });
}
