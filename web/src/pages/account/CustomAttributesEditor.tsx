// The account's custom attributes as editable rows: key, kind of value, value; a row is added
// or removed with a button. Problems show under the field they are about.
import { useTranslation } from 'react-i18next';
import { FieldError } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import type { FieldErrors } from '../../components/useRecordForm';
import { ATTRIBUTE_TYPES, type AttributeRow, type AttributeType } from './customAttributes';

export function CustomAttributesEditor({
  rows,
  errors,
  onChange,
}: {
  rows: AttributeRow[];
  errors: FieldErrors;
  onChange: (rows: AttributeRow[]) => void;
}) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<AttributeRow>) =>
    onChange(rows.map((row, j) => (j === i ? { ...row, ...patch } : row)));
  return (
    <fieldset className="field attributes-editor" data-testid="attributes-editor">
      <legend className="field-label">{t('account.customAttributes')}</legend>
      {rows.length === 0 && (
        <p className="muted attributes-empty">{t('account.noCustomAttributes')}</p>
      )}
      {rows.map((row, i) => {
        const keyError = errors[`custom_attributes.${i}.key`];
        const valueError = errors[`custom_attributes.${i}.value`];
        return (
          <div className="attribute-row" key={i} data-testid="attribute-row">
            <div className="attribute-cell">
              <input
                type="text"
                className={`mono ${keyError ? 'input-error' : ''}`}
                value={row.key}
                onChange={(e) => update(i, { key: e.target.value })}
                placeholder={t('accountForm.attributeKey')}
                aria-label={t('accountForm.attributeKey')}
                data-testid="attribute-key"
              />
              <FieldError message={keyError} />
            </div>
            <select
              className="select attribute-type"
              value={row.type}
              onChange={(e) => {
                const type = e.target.value as AttributeType;
                update(i, {
                  type,
                  value: type === 'boolean' ? 'true' : type === 'empty' ? '' : row.value,
                });
              }}
              aria-label={t('accountForm.attributeType')}
              data-testid="attribute-type"
            >
              {ATTRIBUTE_TYPES.map((type) => (
                <option key={type} value={type}>
                  {t(`accountForm.attributeTypes.${type}`)}
                </option>
              ))}
            </select>
            <div className="attribute-cell">
              <AttributeValue
                row={row}
                invalid={Boolean(valueError)}
                onChange={(value) => update(i, { value })}
              />
              <FieldError message={valueError} />
            </div>
            <button
              type="button"
              className="icon-button"
              onClick={() => onChange(rows.filter((_, j) => j !== i))}
              title={t('accountForm.removeAttribute')}
              aria-label={`${t('accountForm.removeAttribute')}: ${row.key}`}
              data-testid="attribute-remove"
            >
              <Icon name="x" size={14} />
            </button>
          </div>
        );
      })}
      <FieldError message={errors.custom_attributes} />
      <div>
        <button
          type="button"
          className="btn btn-ghost btn-sm add-button"
          onClick={() => onChange([...rows, { key: '', type: 'text', value: '' }])}
          data-testid="attribute-add"
        >
          <Icon name="plus" size={14} />
          {t('accountForm.addAttribute')}
        </button>
      </div>
    </fieldset>
  );
}

function AttributeValue({
  row,
  invalid,
  onChange,
}: {
  row: AttributeRow;
  invalid: boolean;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const label = t('accountForm.attributeValue');
  if (row.type === 'boolean')
    return (
      <select
        className="select"
        value={row.value}
        onChange={(e) => onChange(e.target.value)}
        aria-label={label}
        data-testid="attribute-value"
      >
        <option value="true">{t('common.yes')}</option>
        <option value="false">{t('common.no')}</option>
      </select>
    );
  return (
    <input
      type="text"
      inputMode={row.type === 'number' ? 'decimal' : undefined}
      className={invalid ? 'input-error' : ''}
      value={row.value}
      onChange={(e) => onChange(e.target.value)}
      disabled={row.type === 'empty'}
      placeholder={row.type === 'empty' ? t('accountForm.attributeTypes.empty') : label}
      aria-label={label}
      data-testid="attribute-value"
    />
  );
}
