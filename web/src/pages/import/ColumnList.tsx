// A warning card of a file's columns, each with how it is read and, where it can be mapped, a
// choice of what it fills: the columns an import leaves out (ImportReport), or every column of
// a header the server refused (ImportAnswer). Test ids: testId, then -title, -column and -map.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportColumn, ImportFields, ImportResult } from '../../api';
import { Icon } from '../../components/Icon';
import { ColumnChoice } from './ColumnChoice';
import { chosenFor } from './mapping';

export function ColumnList({
  testId,
  result,
  columns,
  title,
  hint,
  map,
}: {
  testId: string;
  /** The answer the columns are from: their kind, and the choices made by hand (or remembered). */
  result: ImportResult;
  columns: ImportColumn[];
  title: ReactNode;
  hint: ReactNode;
  /** With it, each column can be mapped (custom.<key>; "" leaves it out; null: automatic). */
  map: {
    fields: ImportFields;
    onMap: (header: string, field: string | null) => void;
    busy: boolean;
  } | null;
}) {
  const { t } = useTranslation();

  function note(column: ImportColumn, chosen: boolean): string {
    if (!column.field) return t(`import.ignoredWhy.${column.ignored ?? 'unknown'}`);
    if (!chosen) return t('import.refused.automatic');
    return result.mapping_remembered ? t('import.map.remembered') : t('import.map.chosen');
  }

  return (
    <section className="card import-ignored" data-testid={testId}>
      <div className="import-ignored-head">
        <Icon name="alert" size={18} />
        <div>
          <h2 className="import-ignored-title" data-testid={`${testId}-title`}>
            {title}
          </h2>
          <p className="import-ignored-hint">{hint}</p>
        </div>
      </div>
      <ul className="import-ignored-list">
        {columns.map((column, i) => {
          const chosen = chosenFor(result, column) !== undefined;
          return (
            <li
              key={`${i}-${column.header}`}
              data-testid={`${testId}-column`}
              data-header={column.header}
            >
              <span className="import-ignored-header">{column.header}</span>
              <span className="import-ignored-why">{note(column, chosen)}</span>
              {map && (
                <ColumnChoice
                  kind={result.kind}
                  column={column}
                  fields={map.fields}
                  chosen={chosen}
                  disabled={map.busy}
                  onMap={map.onMap}
                  testId={`${testId}-map`}
                />
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
