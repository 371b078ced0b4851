// The column choices a user makes on a preview, as the import's `mapping` parameter: column
// header (as the server matches it: ASCII spaces trimmed) → field, custom.<key>, or "" to leave
// the column out. An explicit mapping wins over the automatic one and over the source's
// remembered one, so each change starts from the choices the preview applied.
import type { ImportColumn, ImportMapping, ImportResult } from '../../api';

/** A header as the server looks it up in a mapping: ASCII blanks trimmed (full-width kept). */
export function headerKey(header: string): string {
  return header.replace(/^[ \t\r\n\f\v]+|[ \t\r\n\f\v]+$/g, '');
}

/** The choice made for a column by hand (or remembered), or undefined when it maps on its own. */
export function chosenFor(result: ImportResult, column: ImportColumn): string | undefined {
  const key = headerKey(column.header);
  return Object.hasOwn(result.mapping, key) ? result.mapping[key] : undefined;
}

/**
 * The mapping after `header` is set to `field` ("" leaves it out; null maps it on its own again).
 * One column fills a field: a column that filled it before is left out, and so listed among the
 * columns not imported.
 */
export function remapColumn(
  result: ImportResult,
  header: string,
  field: string | null,
): ImportMapping {
  const key = headerKey(header);
  const next: ImportMapping = { ...result.mapping };
  if (field === null) {
    delete next[key];
    return next;
  }
  next[key] = field;
  if (field)
    for (const column of result.columns)
      if (column.field === field && headerKey(column.header) !== key)
        next[headerKey(column.header)] = '';
  return next;
}

/** The columns the import leaves out, in file order. */
export function ignoredColumns(result: ImportResult): ImportColumn[] {
  return result.columns.filter((column) => !column.field);
}

/** Whether a remembered mapping chose anything for this file's columns. */
export function rememberedApplies(result: ImportResult): boolean {
  return (
    result.mapping_remembered &&
    result.columns.some((column) => chosenFor(result, column) !== undefined)
  );
}
