// CSV import: preview (dry run) shows the column mapping, counts and rejected rows; Import commits.
import { useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  api,
  ApiError,
  IMPORT_ENCODINGS,
  IMPORT_KINDS,
  type ImportEncoding,
  type ImportKind,
  type ImportResult,
} from '../../api';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Badge } from '../../components/Badges';
import { Icon, type IconName } from '../../components/Icon';
import { formatNumber } from '../../lib/format';
import { errorText } from '../../lib/errorText';

const KIND_ICON: Record<ImportKind, IconName> = {
  accounts: 'building',
  contacts: 'meeting',
  contracts: 'file',
};

interface Outcome {
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

export function ImportPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [kind, setKind] = useState<ImportKind>('accounts');
  const [encoding, setEncoding] = useState<ImportEncoding>('auto');
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'preview' | 'import' | null>(null);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [dragging, setDragging] = useState(false);
  const input = useRef<HTMLInputElement>(null);

  const key = file ? `${kind}|${encoding}|${file.name}|${file.size}|${file.lastModified}` : '';
  const current = outcome && outcome.key === key ? outcome : null;
  const preview = current?.result?.dry_run ? current.result : null;
  const canImport = Boolean(preview && preview.rejected.length === 0 && busy === null);

  async function run(dryRun: boolean) {
    if (!file) return;
    setBusy(dryRun ? 'preview' : 'import');
    try {
      const result = await api.importCsv(kind, file, encoding, dryRun);
      setOutcome({ result, key, error: null });
    } catch (cause) {
      // A rejected real import answers 422 with the whole report: show it with the message.
      const body = cause instanceof ApiError ? cause.body : null;
      setOutcome({ result: isImportResult(body) ? body : null, key, error: errorText(cause, t) });
    } finally {
      setBusy(null);
    }
  }

  function choose(files: FileList | null) {
    const chosen = files?.[0];
    if (chosen) setFile(chosen);
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files);
  }

  const result = current?.result ?? null;

  function hint(): string {
    if (result && !result.dry_run && !current?.error) return t('import.hintDone');
    if (!file) return t('import.hintChoose');
    if (!preview) return t('import.hintPreview');
    return preview.rejected.length > 0 ? t('import.hintFix') : t('import.hintReady');
  }

  return (
    <div className="page" data-testid="import-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('import.title')}</h1>
          <p className="page-sub">{t('import.subtitle')}</p>
        </div>
      </div>

      <section className="card card-pad-lg">
        <div className="form-grid">
          <div className="form-row">
            <div className="field-label">{t('import.kind')}</div>
            <div className="choice-cards" role="radiogroup" aria-label={t('import.kind')}>
              {IMPORT_KINDS.map((k) => (
                <button
                  key={k}
                  type="button"
                  role="radio"
                  aria-checked={kind === k}
                  className={`choice ${kind === k ? 'choice-active' : ''}`}
                  onClick={() => setKind(k)}
                  data-testid={`import-kind-${k}`}
                >
                  <Icon name={KIND_ICON[k]} size={18} />
                  <span className="choice-title">{t(`import.kinds.${k}`)}</span>
                  <span className="choice-hint">{t(`import.kindHints.${k}`)}</span>
                </button>
              ))}
            </div>
          </div>

          <div className="form-row">
            <div className="field-label">{t('import.file')}</div>
            <div
              className={`dropzone ${dragging ? 'dropzone-active' : ''} ${file ? 'dropzone-filled' : ''}`}
              onDragOver={(e) => {
                e.preventDefault();
                setDragging(true);
              }}
              onDragLeave={() => setDragging(false)}
              onDrop={onDrop}
              onClick={() => input.current?.click()}
              role="button"
              tabIndex={0}
              onKeyDown={(e) => (e.key === 'Enter' || e.key === ' ') && input.current?.click()}
            >
              <input
                ref={input}
                type="file"
                accept=".csv,text/csv"
                hidden
                onChange={(e) => choose(e.target.files)}
                data-testid="import-file"
              />
              <Icon name={file ? 'file' : 'upload'} size={22} />
              {file ? (
                <div>
                  <div className="strong">{file.name}</div>
                  <div className="muted">
                    {t('import.fileSize', {
                      size: formatNumber(Math.max(1, Math.round(file.size / 1024)), lang),
                    })}
                  </div>
                </div>
              ) : (
                <div>
                  <div className="strong">{t('import.chooseFile')}</div>
                  <div className="muted">{t('import.dropHint')}</div>
                </div>
              )}
            </div>
          </div>

          <div className="form-row">
            <label className="field-label" htmlFor="import-encoding">
              {t('import.encoding')}
            </label>
            <select
              id="import-encoding"
              className="select select-wide"
              value={encoding}
              onChange={(e) => setEncoding(e.target.value as ImportEncoding)}
              data-testid="import-encoding"
            >
              {IMPORT_ENCODINGS.map((enc) => (
                <option key={enc} value={enc}>
                  {t(`import.encodings.${enc}`)}
                </option>
              ))}
            </select>
          </div>
        </div>

        <div className="form-actions">
          <button
            type="button"
            className="btn btn-secondary"
            disabled={!file || busy !== null}
            onClick={() => void run(true)}
            data-testid="import-preview"
          >
            {busy === 'preview' ? t('import.previewing') : t('import.preview')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!canImport}
            onClick={() => void run(false)}
            data-testid="import-commit"
          >
            {busy === 'import' ? t('import.importing') : t('import.commit')}
          </button>
          <span className="muted form-hint">{hint()}</span>
        </div>
      </section>

      {current?.error && <ErrorAlert testId="import-error">{current.error}</ErrorAlert>}

      {result && <ImportReport result={result} committed={!result.dry_run && !current?.error} />}
    </div>
  );
}

function ImportReport({ result, committed }: { result: ImportResult; committed: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const n = (value: number) => formatNumber(value, lang);
  return (
    <div className="stack" data-testid="import-report">
      {result.dry_run ? (
        <Alert tone="info">
          {t('import.dryRunNote', {
            encoding: t(`import.encodings.${result.encoding}`, { defaultValue: result.encoding }),
          })}
        </Alert>
      ) : (
        committed && (
          <Alert tone="success" testId="import-done">
            {t('import.done', { inserted: n(result.inserted), updated: n(result.updated) })}
          </Alert>
        )
      )}

      <div className="tiles">
        <div className="tile">
          <div className="tile-label">{t('import.count.total')}</div>
          <div className="tile-value" data-testid="import-total">
            {n(result.total_rows)}
          </div>
        </div>
        <div className="tile">
          <div className="tile-label">
            {result.dry_run ? t('import.count.wouldInsert') : t('import.count.inserted')}
          </div>
          <div className="tile-value pos">{n(result.inserted)}</div>
        </div>
        <div className="tile">
          <div className="tile-label">
            {result.dry_run ? t('import.count.wouldUpdate') : t('import.count.updated')}
          </div>
          <div className="tile-value">{n(result.updated)}</div>
        </div>
        <div className="tile">
          <div className="tile-label">{t('import.count.rejected')}</div>
          <div
            className={`tile-value ${result.rejected.length ? 'neg' : ''}`}
            data-testid="import-rejected-count"
          >
            {n(result.rejected.length)}
          </div>
        </div>
      </div>

      <div className="grid-2">
        <section className="card">
          <h2 className="card-title">{t('import.mapping')}</h2>
          <div className="table-wrap table-wrap-short">
            <table className="table" data-testid="import-columns">
              <thead>
                <tr>
                  <th className="col-header">{t('import.col.header')}</th>
                  <th className="arrow-cell" aria-hidden="true" />
                  <th>{t('import.col.field')}</th>
                </tr>
              </thead>
              <tbody>
                {result.columns.map((column, i) => (
                  <tr
                    key={`${i}-${column.header}`}
                    className={column.field ? undefined : 'row-dim'}
                  >
                    <td className="strong">{column.header}</td>
                    <td className="muted arrow-cell">
                      <Icon name="arrowRight" size={14} />
                    </td>
                    <td>
                      {column.field ? (
                        <code>{column.field}</code>
                      ) : (
                        <Badge tone="gray">{t('import.ignored')}</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section className="card">
          <h2 className="card-title">{t('import.rejectedRows')}</h2>
          {result.rejected.length === 0 ? (
            <div className="ok-note">
              <Icon name="check" size={16} />
              {t('import.noRejected')}
            </div>
          ) : (
            <div className="table-wrap table-wrap-short">
              <table className="table" data-testid="import-rejected">
                <thead>
                  <tr>
                    <th className="num">{t('import.col.line')}</th>
                    <th>{t('import.col.field')}</th>
                    <th>{t('import.col.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rejected.map((row, i) => (
                    <tr key={`${row.line}-${row.field}-${i}`}>
                      <td className="num">{row.line}</td>
                      <td>
                        {row.field ? <code>{row.field}</code> : <span className="muted">—</span>}
                      </td>
                      <td className="wrap">{row.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
