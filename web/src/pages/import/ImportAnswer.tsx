// What the server answered for the file as it is now, as the import page and the rate import show
// it: the error (a refusal, or an import that rejected rows); for a header it refused (a required
// field without a column, two columns for one field), every column as the server read it, to map
// by hand; and the report of a preview or an import. Each column mapped previews again.
import { useTranslation } from 'react-i18next';
import type { ImportFields } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { ColumnList } from './ColumnList';
import { ImportReport } from './ImportReport';
import type { CsvImport } from './useCsvImport';

export function ImportAnswer({
  csv,
  fields,
  errorTestId,
}: {
  csv: CsvImport;
  /** The kind's fields, to map columns to. */
  fields: ImportFields | undefined;
  errorTestId: string;
}) {
  const { t } = useTranslation();
  const { current, result } = csv;
  const busy = csv.busy !== null;
  return (
    <>
      {current?.error && <ErrorAlert testId={errorTestId}>{current.error}</ErrorAlert>}
      {current?.refused && fields && (
        <ColumnList
          testId="import-refused"
          result={current.refused}
          columns={current.refused.columns}
          title={t('import.refused.title')}
          hint={t('import.refused.hint')}
          map={{ fields, onMap: csv.mapColumn, busy }}
        />
      )}
      {result && (
        <ImportReport
          result={result}
          committed={csv.done}
          fields={fields}
          onMap={csv.mapColumn}
          busy={busy}
          source={csv.source}
          onForgetRemembered={() => void csv.forgetRemembered()}
        />
      )}
    </>
  );
}
