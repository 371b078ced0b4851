// Rates imported from a CSV file (month, currency, rate; 月 / 通貨 / レート), all rows or none:
// a preview (dry run) first, which must reject nothing before the import is offered; and a
// sample file to fill in, with a row for each currency that lacks a rate this month. A column the
// import would leave out, or every column of a header it refused, is listed and can be mapped, as
// on the import page.
import { useTranslation } from 'react-i18next';
import { Icon } from '../../components/Icon';
import { downloadSampleCsv } from '../../lib/csvSample';
import { CsvDropzone } from '../import/CsvDropzone';
import { ImportActions } from '../import/ImportActions';
import { ImportAnswer } from '../import/ImportAnswer';
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
  const { fields } = useImportFields('fx_rates');

  function sample() {
    const month = monthOf(now());
    downloadSampleCsv(fxSampleFileName(month), fxSampleCsv(lang, month, missing));
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
      <CsvDropzone file={csv.file} onChoose={csv.setFile} testId="fx-import-file" />
      <ImportActions csv={csv} testId="fx-import" onImported={onImported} />
      <ImportAnswer csv={csv} fields={fields} errorTestId="fx-import-error" />
    </section>
  );
}
