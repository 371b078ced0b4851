// The sample CSV files the console offers to fill in (the exchange rates, each import kind's
// fields): UTF-8 with a BOM first, so that Excel opens it as UTF-8, and CRLF line ends, as Excel
// writes them. One builder, so that every sample reads back through the same import.
import type { ImportFields } from '../api';
import { downloadText } from './download';

/** A cell as CSV writes it: quoted when it holds a comma, a quote or a line break. */
function cell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The file's text: a BOM, the header, then each row; every line ends in CRLF. */
export function sampleCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const lines = [header, ...rows].map((row) => row.map(cell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** An import kind's sample: a column per field, named as the import reads it, and a row of examples. */
export function importSampleCsv(format: Pick<ImportFields, 'fields'>): string {
  return sampleCsv(
    format.fields.map((field) => field.name),
    [format.fields.map((field) => field.example)],
  );
}

export function importSampleFileName(kind: string): string {
  return `banso-${kind.replaceAll('_', '-')}-sample.csv`;
}

/** Saves a sample made by sampleCsv (the browser's download, no server round trip). */
export function downloadSampleCsv(fileName: string, text: string): void {
  downloadText(fileName, text, 'text/csv;charset=utf-8');
}
