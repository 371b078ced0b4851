// One CSV import as a page runs it: the file chosen, a preview (dry run) of it, then the import
// itself, allowed only once a preview of the same file (and kind, encoding, source and column
// mapping) rejected nothing. A rejected import answers 422 with the whole report, shown with the
// message; a header that cannot be imported as mapped, 400 with its columns. Mapping a column
// previews again with the mapping, and the import sends the same one.
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  api,
  ApiError,
  type ImportEncoding,
  type ImportMapping,
  type ImportResult,
  type ImportSource,
  type ImportTarget,
} from '../../api';
import { errorText } from '../../lib/errorText';
import { headerKey, remapColumn } from './mapping';

export interface ImportOutcome {
  result: ImportResult | null;
  /** The same inputs the result was made from: a preview is only good for these. */
  key: string;
  error: string | null;
  /**
   * The server's reading of a header it refused (a required field without a column, two columns
   * for one field): its columns and the mapping applied, for the columns to be mapped by hand.
   */
  refused?: ImportResult;
}

function isImportResult(value: unknown): value is ImportResult {
  return (
    typeof value === 'object' &&
    value !== null &&
    Array.isArray((value as ImportResult).rejected) &&
    Array.isArray((value as ImportResult).columns)
  );
}

export function useCsvImport(kind: ImportTarget, encoding: ImportEncoding = 'auto') {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSourceState] = useState<ImportSource | null>(null);
  // The user's column choices, for the file (and kind) they were made on.
  const [choice, setChoice] = useState<{ on: string; mapping: ImportMapping } | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);
  // Only the latest request's answer is shown: a quick second mapping outruns the first.
  const latest = useRef(0);

  const fileKey = file ? `${kind}|${file.name}|${file.size}|${file.lastModified}` : '';
  /** The columns mapped by hand (sent as `mapping`), or null: the automatic mapping, or the source's remembered one. */
  const mapping = choice && choice.on === fileKey ? choice.mapping : null;
  const keyOf = (src: ImportSource | null, m: ImportMapping | null) =>
    fileKey ? `${fileKey}|${encoding}|${src ?? ''}|${m ? JSON.stringify(m) : ''}` : '';
  const key = keyOf(source, mapping);
  const current = outcome && outcome.key === key ? outcome : null;
  const preview = current?.result?.dry_run ? current.result : null;
  /** A preview of this file was shown (for any inputs): a change of source or mapping previews again. */
  const previewed = Boolean(fileKey && outcome?.key.startsWith(`${fileKey}|`));

  async function send(
    dryRun: boolean,
    src: ImportSource | null,
    m: ImportMapping | null,
  ): Promise<ImportResult | null> {
    if (!file) return null;
    const runKey = keyOf(src, m);
    const ticket = ++latest.current;
    setBusy(dryRun ? 'preview' : 'import');
    try {
      const result = await api.importCsv(kind, file, encoding, dryRun, { mapping: m, source: src });
      if (ticket === latest.current) setOutcome({ result, key: runKey, error: null });
      return result;
    } catch (cause) {
      const report = cause instanceof ApiError && isImportResult(cause.body) ? cause.body : null;
      // 400: the header refused, its columns beside the error; else (422) the rows rejected.
      const refused = report && cause instanceof ApiError && cause.status === 400 ? report : null;
      if (ticket === latest.current)
        setOutcome({
          result: refused ? null : report,
          key: runKey,
          error: errorText(cause, t),
          ...(refused ? { refused } : {}),
        });
      return null;
    } finally {
      if (ticket === latest.current) setBusy(null);
    }
  }

  /** Previews (dryRun) or imports the file; answers the result when the import was written. */
  async function run(dryRun: boolean): Promise<ImportResult | null> {
    const result = await send(dryRun, source, mapping);
    return dryRun ? null : result;
  }

  /** Maps the columns so (an empty mapping: back to the automatic one) and previews again. */
  async function remap(next: ImportMapping): Promise<void> {
    const m = Object.keys(next).length > 0 ? next : null;
    setChoice(m ? { on: fileKey, mapping: m } : null);
    await send(true, source, m);
  }

  /**
   * Maps one column of the answer shown (a preview, or a refused header) to the field (custom.<key>;
   * "" leaves it out; null maps it on its own again) and previews again.
   */
  function mapColumn(header: string, field: string | null): void {
    const shown = current?.result ?? current?.refused;
    if (shown) void remap(remapColumn(shown, header, field));
  }

  /** Where the file comes from; once previewed, previews again (a remembered mapping may apply). */
  async function setSource(next: ImportSource | null): Promise<void> {
    setSourceState(next);
    if (previewed && busy === null) await send(true, next, mapping);
  }

  /**
   * Leaves the mapping remembered for the source: the columns it chose are mapped as the
   * automatic mapping maps them (an explicit mapping wins over a remembered one, and an import
   * with it remembers it in its place). Previews without a source first, to learn those.
   */
  async function forgetRemembered(): Promise<void> {
    const remembered = preview?.mapping_remembered ? preview.mapping : null;
    if (!file || !remembered) return;
    setBusy('preview');
    let automatic: ImportResult;
    try {
      automatic = await api.importCsv(kind, file, encoding, true, {});
    } catch (cause) {
      setOutcome({ result: preview, key, error: errorText(cause, t) });
      setBusy(null);
      return;
    }
    const explicit: ImportMapping = {};
    for (const column of automatic.columns) {
      const header = headerKey(column.header);
      if (header in remembered) explicit[header] = column.field ?? '';
    }
    await remap(explicit);
  }

  const result = current?.result ?? null;
  const done = Boolean(result && !result.dry_run && !current?.error);
  return {
    file,
    setFile,
    source,
    setSource,
    mapColumn,
    forgetRemembered,
    busy,
    /** The answer for the file as it is now (a preview, an import, or a refusal). */
    current,
    result,
    preview,
    /** The import was written. */
    done,
    /** What to do next, as the catalogue's key (choose a file, preview it, fix it, import it). */
    hintKey: done
      ? 'import.hintDone'
      : !file
        ? 'import.hintChoose'
        : current?.refused
          ? 'import.hintMapColumns'
          : !preview
            ? 'import.hintPreview'
            : preview.rejected.length > 0
              ? 'import.hintFix'
              : current?.error
                ? 'import.hintMapColumns'
                : preview.columns.some((c) => !c.field)
                  ? 'import.hintReadyIgnored'
                  : 'import.hintReady',
    canImport: Boolean(
      preview && preview.rejected.length === 0 && !current?.error && busy === null,
    ),
    run,
  };
}

/** One CSV import as useCsvImport runs it. */
export type CsvImport = ReturnType<typeof useCsvImport>;
