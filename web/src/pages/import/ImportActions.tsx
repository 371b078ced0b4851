// Preview (dry run) and Import, and what to do next, as the import page and the rate import offer
// them: a preview once a file is chosen, the import once a preview of the same inputs rejected
// nothing (useCsvImport). Test ids: `${testId}-preview` and `${testId}-commit`.
import { useTranslation } from 'react-i18next';
import type { CsvImport } from './useCsvImport';

export function ImportActions({
  csv,
  testId,
  onImported,
}: {
  csv: CsvImport;
  testId: string;
  /** The import was written. */
  onImported?: () => void;
}) {
  const { t } = useTranslation();
  const { busy } = csv;

  async function commit() {
    if ((await csv.run(false)) && onImported) onImported();
  }

  return (
    <div className="form-actions">
      <button
        type="button"
        className="btn btn-secondary"
        disabled={!csv.file || busy !== null}
        onClick={() => void csv.run(true)}
        data-testid={`${testId}-preview`}
      >
        {busy === 'preview' ? t('import.previewing') : t('import.preview')}
      </button>
      <button
        type="button"
        className="btn btn-primary"
        disabled={!csv.canImport}
        onClick={() => void commit()}
        data-testid={`${testId}-commit`}
      >
        {busy === 'import' ? t('import.importing') : t('import.commit')}
      </button>
      <span className="muted form-hint">{t(csv.hintKey)}</span>
    </div>
  );
}
