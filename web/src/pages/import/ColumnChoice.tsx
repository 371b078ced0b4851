// What a CSV column fills, to choose on a preview: a field of the kind (in the user's words), a
// custom attribute (accounts; its name typed beside, the header to begin with), or nothing. A
// column chosen by hand can go back to the automatic mapping. Each change previews again.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportColumn, ImportFields, ImportTarget } from '../../api';
import { CUSTOM_PREFIX, customKey, importFieldLabel } from './fieldLabels';
import { headerKey } from './mapping';

const AUTO = '__auto';
const CUSTOM = '__custom';

export function ColumnChoice({
  kind,
  column,
  fields,
  chosen,
  disabled,
  onMap,
  testId,
}: {
  kind: ImportTarget;
  column: ImportColumn;
  fields: ImportFields;
  /** The choice made for the column by hand (or remembered): it can go back to automatic. */
  chosen: boolean;
  disabled: boolean;
  /** The field (custom.<key>, or "" to leave out), or null for the automatic mapping. */
  onMap: (header: string, field: string | null) => void;
  testId: string;
}) {
  const { t } = useTranslation();
  const key = customKey(column.field);
  const value = key !== null ? CUSTOM : (column.field ?? '');
  const known = fields.fields.some((f) => f.name === column.field);
  const [typed, setTyped] = useState<string | null>(null);
  const shownKey = typed ?? key ?? '';

  function choose(next: string) {
    setTyped(null);
    if (next === AUTO) onMap(column.header, null);
    else if (next === CUSTOM) onMap(column.header, `${CUSTOM_PREFIX}${headerKey(column.header)}`);
    else onMap(column.header, next);
  }

  function applyKey() {
    const name = shownKey.trim();
    if (typed === null) return;
    setTyped(null);
    if (name && name !== key) onMap(column.header, `${CUSTOM_PREFIX}${name}`);
  }

  return (
    <div className="column-choice">
      <select
        className="select"
        value={value}
        disabled={disabled}
        onChange={(e) => choose(e.target.value)}
        aria-label={t('import.map.mapTo', { header: column.header })}
        data-testid={testId}
        data-header={column.header}
      >
        {chosen && <option value={AUTO}>{t('import.map.auto')}</option>}
        <option value="">{t('import.map.leaveOut')}</option>
        <optgroup label={t('import.map.fieldsGroup')}>
          {fields.fields.map((field) => (
            <option key={field.name} value={field.name}>
              {importFieldLabel(kind, field.name, t)}
            </option>
          ))}
          {column.field && !known && key === null && (
            <option value={column.field}>{importFieldLabel(kind, column.field, t)}</option>
          )}
        </optgroup>
        {fields.custom_attributes && <option value={CUSTOM}>{t('import.map.custom')}</option>}
      </select>
      {key !== null && (
        <input
          type="text"
          className="column-choice-key"
          value={shownKey}
          disabled={disabled}
          maxLength={100}
          onChange={(e) => setTyped(e.target.value)}
          onBlur={applyKey}
          onKeyDown={(e) => e.key === 'Enter' && applyKey()}
          aria-label={t('import.map.customKey', { header: column.header })}
          placeholder={t('import.map.customKeyPlaceholder')}
          data-testid={`${testId}-key`}
        />
      )}
    </div>
  );
}
