// Rates imported from a CSV file (month, currency, rate; 月 / 通貨 / レート), all rows or none:
// a preview (dry run) first, which must reject nothing before the import is offered; and a
// sample file to fill in, with a row for each currency that lacks a rate this month. A column the
// import would leave out is listed, and can be mapped, as on the import page.
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { downloadSampleCsv } from '../../lib/csvSample';
import { CsvDropzone } from '../import/CsvDropzone';
import { ImportReport } from '../import/ImportReport';
import { remapColumn } from '../import/mapping';
import { useCsvImport } from '../import/useCsvImport';
import { useImportFields } from '../import/useImportFields';
import { fxSampleCsv, fxSampleFileName } from './fxSample';
import { monthOf } from './fxRateForm';

export function FxImportCard({
  reporting,
  missing,
  onImported,
  now = () => new Date(),
}: {
  reporting: string;
  /** The currencies lacking a rate: the sample's rows. */
  missing: string[];
  onImported: () => void;
  now?: () => Date;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const csv = useCsvImport('fx_rates');
  const { file, busy, current, result } = csv;
  const { fields } = useImportFields('fx_rates');

  function sample() {
    const month = monthOf(now());
    downloadSampleCsv(fxSampleFileName(month), fxSampleCsv(lang, month, missing));
  }

  async function commit() {
    if (await csv.run(false)) onImported();
  }

  return (
    <section className="card card-pad-lg" data-testid="fx-import">
      <div className="card-head card-head-flush">
        <div>
          <h2 className="card-head-title">{t('fx.import.title')}</h2>
          <div className="card-head-sub">{t('fx.import.hint', { reporting })}</div>
        </div>
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          onClick={sample}
          data-testid="fx-sample"
        >
          <Icon name="download" size={14} />
          {t('fx.import.sample')}
        </button>
      </div>
      <CsvDropzone file={file} onChoose={csv.setFile} testId="fx-import-file" />
      <div className="form-actions">
        <button
          type="button"
          className="btn btn-secondary"
          disabled={!file || busy !== null}
          onClick={() => void csv.run(true)}
          data-testid="fx-import-preview"
        >
          {busy === 'preview' ? t('import.previewing') : t('import.preview')}
        </button>
        <button
          type="button"
          className="btn btn-primary"
          disabled={!csv.canImport}
          onClick={() => void commit()}
          data-testid="fx-import-commit"
        >
          {busy === 'import' ? t('import.importing') : t('import.commit')}
        </button>
        <span className="muted form-hint">{t(csv.hintKey)}</span>
      </div>
      {current?.error && <ErrorAlert testId="fx-import-error">{current.error}</ErrorAlert>}
      {result && (
        <ImportReport
          result={result}
          committed={csv.done}
          fields={fields}
          onMap={(header, field) => void csv.remap(remapColumn(result, header, field))}
          busy={busy !== null}
        />
      )}
    </section>
  );
}
