// When the server refuses a file's header (a required field has no column, two columns fill one
// field) it answers no column mapping; the file's columns, read here, can still be mapped: each
// stays automatic until chosen, and each choice previews again with the mapping.
import { useTranslation } from 'react-i18next';
import type { ImportFields, ImportMapping, ImportTarget } from '../../api';
import { Icon } from '../../components/Icon';
import { ColumnChoice } from './ColumnChoice';
import { headerKey } from './mapping';

export function RefusedHeader({
  kind,
  header,
  fields,
  mapping,
  busy,
  onRemap,
}: {
  kind: ImportTarget;
  header: string[];
  fields: ImportFields;
  /** The columns mapped by hand so far. */
  mapping: ImportMapping | null;
  busy: boolean;
  onRemap: (next: ImportMapping) => void;
}) {
  const { t } = useTranslation();

  function map(column: string, field: string | null) {
    const next: ImportMapping = { ...mapping };
    if (field === null) delete next[headerKey(column)];
    else next[headerKey(column)] = field;
    onRemap(next);
  }

  return (
    <section className="card import-ignored" data-testid="import-refused">
      <div className="import-ignored-head">
        <Icon name="alert" size={18} />
        <div>
          <h2 className="import-ignored-title">{t('import.refused.title')}</h2>
          <p className="import-ignored-hint">{t('import.refused.hint')}</p>
        </div>
      </div>
      <ul className="import-ignored-list">
        {header.map((column, i) => {
          const chosen = mapping?.[headerKey(column)];
          return (
            <li key={`${i}-${column}`} data-testid="import-refused-column" data-header={column}>
              <span className="import-ignored-header">{column}</span>
              <span className="import-ignored-why">
                {chosen === undefined ? t('import.refused.automatic') : ''}
              </span>
              <ColumnChoice
                kind={kind}
                column={{ header: column, field: chosen || null, ignored: null }}
                fields={fields}
                chosen={chosen !== undefined}
                automatic
                disabled={busy}
                onMap={map}
                testId="import-refused-map"
              />
            </li>
          );
        })}
      </ul>
    </section>
  );
}
