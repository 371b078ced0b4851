// CSV import: what a kind's file can hold (and a sample of it), where the file comes from (its
// column mapping is remembered per source), then a preview (dry run) that lists every column it
// would leave out, lets each be mapped, and shows the counts and rejected rows; Import commits
// with the same mapping. Only those the server lets import (import: admins and managers) see it.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import {
  IMPORT_ENCODINGS,
  IMPORT_KINDS,
  IMPORT_SOURCES,
  type ImportEncoding,
  type ImportKind,
  type ImportSource,
} from '../../api';
import { useCan } from '../../auth/permissions';
import { ErrorAlert } from '../../components/Alert';
import { Icon, type IconName } from '../../components/Icon';
import { Empty } from '../../components/States';
import { AcceptedFields } from './AcceptedFields';
import { CsvDropzone } from './CsvDropzone';
import { ImportReport } from './ImportReport';
import { RefusedHeader } from './RefusedHeader';
import { remapColumn } from './mapping';
import { useCsvImport } from './useCsvImport';
import { useImportFields } from './useImportFields';

const KIND_ICON: Record<ImportKind, IconName> = {
  accounts: 'building',
  contacts: 'meeting',
  contracts: 'file',
  touchpoints: 'note',
};

export function ImportPage() {
  const { t } = useTranslation();
  const canImport = useCan('import');
  if (!canImport) {
    return (
      <div className="page" data-testid="import-page">
        <Empty icon="lock" title={t('import.importersOnly')} hint={t('import.importersOnlyHint')} />
      </div>
    );
  }
  return <Importer />;
}

function Importer() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('accounts');
  const [encoding, setEncoding] = useState<ImportEncoding>('auto');
  const csv = useCsvImport(kind, encoding);
  const { file, busy, current, result } = csv;
  const { fields, failed } = useImportFields(kind);

  function map(header: string, field: string | null) {
    if (result) void csv.remap(remapColumn(result, header, field));
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
            <div>
              <div
                className="choice-cards import-kinds"
                role="radiogroup"
                aria-label={t('import.kind')}
              >
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
              <p className="muted form-hint import-fx-hint">
                {t('import.fxRatesElsewhere')} <Link to="/currency">{t('nav.currency')}</Link>
              </p>
            </div>
          </div>

          <div className="form-row">
            <label className="field-label" htmlFor="import-source">
              {t('import.source')}
            </label>
            <div>
              <select
                id="import-source"
                className="select select-wide"
                value={csv.source ?? ''}
                disabled={busy !== null}
                onChange={(e) =>
                  void csv.setSource((e.target.value || null) as ImportSource | null)
                }
                data-testid="import-source"
              >
                <option value="">{t('import.sourceNone')}</option>
                {IMPORT_SOURCES.map((source) => (
                  <option key={source} value={source}>
                    {t(`import.sources.${source}`)}
                  </option>
                ))}
              </select>
              <p className="muted form-hint import-source-hint">{t('import.sourceHint')}</p>
            </div>
          </div>

          <div className="form-row">
            <div className="field-label">{t('import.file')}</div>
            <CsvDropzone file={file} onChoose={csv.setFile} testId="import-file" />
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
            onClick={() => void csv.run(true)}
            data-testid="import-preview"
          >
            {busy === 'preview' ? t('import.previewing') : t('import.preview')}
          </button>
          <button
            type="button"
            className="btn btn-primary"
            disabled={!csv.canImport}
            onClick={() => void csv.run(false)}
            data-testid="import-commit"
          >
            {busy === 'import' ? t('import.importing') : t('import.commit')}
          </button>
          <span className="muted form-hint">{t(csv.hintKey)}</span>
        </div>
      </section>

      <AcceptedFields kind={kind} fields={fields} failed={failed} />

      {current?.error && <ErrorAlert testId="import-error">{current.error}</ErrorAlert>}

      {current?.header && fields && (
        <RefusedHeader
          kind={kind}
          header={current.header}
          fields={fields}
          mapping={csv.mapping}
          busy={busy !== null}
          onRemap={(next) => void csv.remap(next)}
        />
      )}

      {result && (
        <ImportReport
          result={result}
          committed={csv.done}
          fields={fields}
          onMap={map}
          busy={busy !== null}
          source={csv.source}
          onForgetRemembered={() => void csv.forgetRemembered()}
        />
      )}
    </div>
  );
}
