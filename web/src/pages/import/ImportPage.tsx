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
import { Icon, type IconName } from '../../components/Icon';
import { Empty } from '../../components/States';
import { AcceptedFields } from './AcceptedFields';
import { CsvDropzone } from './CsvDropzone';
import { ImportActions } from './ImportActions';
import { ImportAnswer } from './ImportAnswer';
import { useCsvImport } from './useCsvImport';
import { useImportFields } from './useImportFields';

const KIND_ICON: Record<ImportKind, IconName> = {
  accounts: 'building',
  contacts: 'meeting',
  contracts: 'file',
  touchpoints: 'note',
  tickets: 'inbox',
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
  const { file, busy } = csv;
  const { fields, failed } = useImportFields(kind);

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

        <ImportActions csv={csv} testId="import" />
      </section>

      <AcceptedFields kind={kind} fields={fields} failed={failed} />

      <ImportAnswer csv={csv} fields={fields} errorTestId="import-error" />
    </div>
  );
}
