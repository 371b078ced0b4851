// The fields a kind's CSV can have (GET /imports/{kind}/fields), to read before choosing a file:
// each in the user's words, its header in the sample file, the other header words that fill it
// on their own, and which are required; and a sample file to fill in, made from the same list.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportFields, ImportTarget } from '../../api';
import { Badge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { downloadSampleCsv, importSampleCsv, importSampleFileName } from '../../lib/csvSample';
import { importFieldLabel } from './fieldLabels';

export function AcceptedFields({
  kind,
  fields,
  failed,
}: {
  kind: ImportTarget;
  /** Undefined while loading (or when it failed). */
  fields: ImportFields | undefined;
  failed: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const format = fields?.kind === kind ? fields : undefined;
  const label = (field: string) => importFieldLabel(kind, field, t);
  const required = new Set(format?.required.filter((r) => r.length === 1).flat());
  const oneOf = format?.required.filter((r) => r.length > 1) ?? [];
  const inOneOf = new Set(oneOf.flat());

  return (
    <section className="card import-fields" data-testid="import-fields" data-kind={kind}>
      <div className="card-head">
        <button
          type="button"
          className="import-fields-toggle"
          aria-expanded={open}
          aria-controls="import-fields-list"
          onClick={() => setOpen(!open)}
          data-testid="import-fields-toggle"
        >
          <Icon name={open ? 'chevronDown' : 'chevronRight'} size={16} />
          <span className="card-head-title">
            {t('import.accepted.title', { kind: t(`import.kinds.${kind}`) })}
          </span>
          {format && (
            <span className="muted">
              {t('import.accepted.count', { count: format.fields.length })}
            </span>
          )}
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          disabled={!format}
          onClick={() =>
            format && downloadSampleCsv(importSampleFileName(kind), importSampleCsv(format))
          }
          data-testid="import-sample"
        >
          <Icon name="download" size={14} />
          {t('import.accepted.sample')}
        </button>
      </div>
      {open && (
        <div id="import-fields-list">
          {!format ? (
            <p className="muted card-pad" data-testid="import-fields-state">
              {failed ? t('import.accepted.failed') : t('import.accepted.loading')}
            </p>
          ) : (
            <>
              <div className="table-wrap">
                <table className="table" data-testid="import-fields-table">
                  <thead>
                    <tr>
                      <th>{t('import.accepted.col.field')}</th>
                      <th>{t('import.accepted.col.header')}</th>
                      <th>{t('import.accepted.col.also')}</th>
                      <th>{t('import.accepted.col.example')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {format.fields.map((field) => (
                      <tr key={field.name} data-testid="import-field" data-field={field.name}>
                        <td className="import-field-name">
                          <span className="strong">{label(field.name)}</span>
                          {required.has(field.name) && (
                            <Badge tone="red">{t('import.accepted.required')}</Badge>
                          )}
                          {inOneOf.has(field.name) && (
                            <Badge tone="amber">{t('import.accepted.oneOf')}</Badge>
                          )}
                        </td>
                        <td>
                          <code>{field.name}</code>
                        </td>
                        <td className="wrap">
                          {field.headers.length > 0 ? (
                            <span className="import-header-words">
                              {field.headers.map((header) => (
                                <span key={header} className="import-header-word">
                                  {header}
                                </span>
                              ))}
                            </span>
                          ) : (
                            <span className="muted">—</span>
                          )}
                        </td>
                        <td className="muted">{field.example}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <div className="import-fields-notes">
                {oneOf.map((group) => (
                  <p key={group.join('|')}>
                    {t('import.accepted.oneOfNote', {
                      fields: group.map(label).join(t('import.accepted.or')),
                    })}
                  </p>
                ))}
                {format.custom_attributes && <p>{t('import.accepted.custom')}</p>}
                <p>{t('import.accepted.matching')}</p>
              </div>
            </>
          )}
        </div>
      )}
    </section>
  );
}
