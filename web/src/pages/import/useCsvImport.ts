// One CSV import as a page runs it: the file chosen, a preview (dry run) of it, then the import
// itself, allowed only once a preview of the same file (and kind and encoding) rejected nothing.
// A rejected import answers 422 with the whole report, shown with the message.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  api,
  ApiError,
  type ImportEncoding,
  type ImportResult,
  type ImportTarget,
} from '../../api';
import { errorText } from '../../lib/errorText';

export interface ImportOutcome {
  result: ImportResult | null;
  /** The same inputs the result was made from: a preview is only good for these. */
  key: string;
  error: string | null;
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
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const key = file ? `${kind}|${encoding}|${file.name}|${file.size}|${file.lastModified}` : '';
  const current = outcome && outcome.key === key ? outcome : null;
  const preview = current?.result?.dry_run ? current.result : null;

  /** Previews (dryRun) or imports the file; answers the result when the import was written. */
  async function run(dryRun: boolean): Promise<ImportResult | null> {
    if (!file) return null;
    setBusy(dryRun ? 'preview' : 'import');
    try {
      const result = await api.importCsv(kind, file, encoding, dryRun);
      setOutcome({ result, key, error: null });
      return dryRun ? null : result;
    } catch (cause) {
      const body = cause instanceof ApiError ? cause.body : null;
      setOutcome({ result: isImportResult(body) ? body : null, key, error: errorText(cause, t) });
      return null;
    } finally {
      setBusy(null);
    }
  }

  const result = current?.result ?? null;
  const done = Boolean(result && !result.dry_run && !current?.error);
  return {
    file,
    setFile,
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
        : !preview
          ? 'import.hintPreview'
          : preview.rejected.length > 0
            ? 'import.hintFix'
            : 'import.hintReady',
    canImport: Boolean(preview && preview.rejected.length === 0 && busy === null),
    run,
  };
}
