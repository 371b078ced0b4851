// CSV import: preview (dry run) shows the column mapping, counts and rejected rows; Import commits.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { IMPORT_ENCODINGS, IMPORT_KINDS, type ImportEncoding, type ImportKind } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { Icon, type IconName } from '../../components/Icon';
import { CsvDropzone } from './CsvDropzone';
import { ImportReport } from './ImportReport';
import { useCsvImport } from './useCsvImport';

const KIND_ICON: Record<ImportKind, IconName> = {
  accounts: 'building',
  contacts: 'meeting',
  contracts: 'file',
  touchpoints: 'note',
};

export function ImportPage() {
  const { t } = useTranslation();
  const [kind, setKind] = useState<ImportKind>('accounts');
  const [encoding, setEncoding] = useState<ImportEncoding>('auto');
  const csv = useCsvImport(kind, encoding);
  const { file, busy, current, result } = csv;

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
            <p className="muted form-hint import-fx-hint">
              {t('import.fxRatesElsewhere')} <Link to="/currency">{t('nav.currency')}</Link>
            </p>
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

      {current?.error && <ErrorAlert testId="import-error">{current.error}</ErrorAlert>}

      {result && <ImportReport result={result} committed={csv.done} />}
    </div>
  );
}
