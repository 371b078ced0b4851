// The feature mapping editor's rows: local keys for React, client-side checks, and the server's
// error field (`data[2].feature`) traced back to the row and input it names.
import type { FeatureMapping } from '../../api';

export interface FeatureRow {
  key: number;
  event_name: string;
  feature: string;
}

export type FeatureColumn = 'event_name' | 'feature';

/** An error for one input of one row, or for the whole mapping (index null). */
export interface FieldError {
  index: number | null;
  column: FeatureColumn | null;
  message: string;
}

let lastKey = 0;
export function newRow(event_name = '', feature = ''): FeatureRow {
  lastKey += 1;
  return { key: lastKey, event_name, feature };
}

export function rowsFromMapping(items: readonly FeatureMapping[]): FeatureRow[] {
  return items.map((item) => newRow(item.event_name, item.feature));
}

/** The body to PUT: every row, in order (so the server's indices are the rows'), trimmed. */
export function mappingFromRows(rows: readonly FeatureRow[]): FeatureMapping[] {
  return rows.map((row) => ({ event_name: row.event_name.trim(), feature: row.feature.trim() }));
}

/** Whether the rows say something other than the saved mapping (order included). */
export function isDirty(rows: readonly FeatureRow[], saved: readonly FeatureMapping[]): boolean {
  const current = mappingFromRows(rows);
  return (
    current.length !== saved.length ||
    current.some(
      (item, i) => item.event_name !== saved[i]!.event_name || item.feature !== saved[i]!.feature,
    )
  );
}

/** `data[2].feature` → row 2, column feature; `data[1]` → row 1; anything else → the whole form. */
export function parseFieldPath(field: string | null | undefined): {
  index: number | null;
  column: FeatureColumn | null;
} {
  const m = /^data\[(\d+)\](?:\.(event_name|feature))?$/.exec(field ?? '');
  if (!m) return { index: null, column: null };
  return { index: Number(m[1]), column: (m[2] as FeatureColumn | undefined) ?? null };
}

export interface ValidationMessages {
  required: string;
  duplicate: string;
}

/** Checks made before sending: both inputs filled, each event mapped once. First problem per input. */
export function validateRows(
  rows: readonly FeatureRow[],
  messages: ValidationMessages,
): FieldError[] {
  const errors: FieldError[] = [];
  const seen = new Set<string>();
  rows.forEach((row, index) => {
    const name = row.event_name.trim();
    if (!name) errors.push({ index, column: 'event_name', message: messages.required });
    else if (seen.has(name))
      errors.push({ index, column: 'event_name', message: messages.duplicate });
    seen.add(name);
    if (!row.feature.trim()) errors.push({ index, column: 'feature', message: messages.required });
  });
  return errors;
}
