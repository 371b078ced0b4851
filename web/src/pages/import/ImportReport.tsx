// What a CSV import answered: first every column it will not import, each with why and (on a
// preview) a choice of what to fill with it instead; then the counts (or, for a preview, what it
// would do), the whole column mapping, and the rejected rows. "Every row is valid" never hides a
// column left out. The import page and the currency page's rate import show it.
import { useTranslation } from 'react-i18next';
import type { ImportFields, ImportResult, ImportSource } from '../../api';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { rejectedRowText } from '../../lib/errorText';
import { formatNumber } from '../../lib/format';
import { ColumnChoice } from './ColumnChoice';
import { ColumnList } from './ColumnList';
import { importFieldLabel } from './fieldLabels';
import { chosenFor, ignoredColumns, rememberedApplies } from './mapping';

export interface ImportReportProps {
  result: ImportResult;
  committed: boolean;
  /** The kind's fields: with onMap, a preview's columns can be mapped. */
  fields?: ImportFields | null;
  /** The field for a column (custom.<key>; "" leaves it out; null maps it on its own again). */
  onMap?: (header: string, field: string | null) => void;
  busy?: boolean;
  /** Where the file comes from, to name a remembered mapping. */
  source?: ImportSource | null;
  /** Drops the source's remembered mapping for this file (back to the automatic one). */
  onForgetRemembered?: () => void;
}

export function ImportReport({
  result,
  committed,
  fields,
  onMap,
  busy = false,
  source,
  onForgetRemembered,
}: ImportReportProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const n = (value: number) => formatNumber(value, lang);
  const ignored = ignoredColumns(result);
  const mappable = result.dry_run && fields && onMap ? { fields, onMap, busy } : null;
  const label = (field: string) => importFieldLabel(result.kind, field, t);
  const sourceName = source ? t(`import.sources.${source}`) : '';

  return (
    <div className="stack" data-testid="import-report">
      {result.dry_run ? (
        <Alert tone="info">
          {t('import.dryRunNote', {
            encoding: t(`import.encodings.${result.encoding}`, { defaultValue: result.encoding }),
          })}
        </Alert>
      ) : (
        committed && (
          <Alert tone="success" testId="import-done">
            {t('import.done', { inserted: n(result.inserted), updated: n(result.updated) })}
          </Alert>
        )
      )}

      {result.dry_run && rememberedApplies(result) && (
        <Alert
          tone="info"
          icon="history"
          testId="import-remembered"
          action={
            onForgetRemembered && (
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                disabled={busy}
                onClick={onForgetRemembered}
                data-testid="import-remembered-reset"
              >
                {t('import.remembered.reset')}
              </button>
            )
          }
        >
          {t(`import.remembered.using.${source ?? 'other'}`)}
        </Alert>
      )}
      {result.dry_run &&
        source &&
        !result.mapping_remembered &&
        Object.keys(result.mapping).length > 0 && (
          <p className="muted import-remember-note" data-testid="import-will-remember">
            {t('import.remembered.willRemember', { source: sourceName })}
          </p>
        )}

      {ignored.length > 0 ? (
        <ColumnList
          testId="import-ignored"
          result={result}
          columns={ignored}
          title={t(result.dry_run ? 'import.notImported.title' : 'import.notImported.titleDone', {
            count: ignored.length,
          })}
          hint={
            mappable
              ? t('import.notImported.hintMap')
              : t(result.dry_run ? 'import.notImported.hint' : 'import.notImported.hintDone')
          }
          map={mappable}
        />
      ) : (
        <div className="ok-note import-all-columns" data-testid="import-all-columns">
          <Icon name="check" size={16} />
          {t(result.dry_run ? 'import.notImported.none' : 'import.notImported.noneDone', {
            count: result.columns.length,
          })}
        </div>
      )}

      <div className="tiles">
        <div className="tile">
          <div className="tile-label">{t('import.count.total')}</div>
          <div className="tile-value" data-testid="import-total">
            {n(result.total_rows)}
          </div>
        </div>
        <div className="tile">
          <div className="tile-label">
            {result.dry_run ? t('import.count.wouldInsert') : t('import.count.inserted')}
          </div>
          <div className="tile-value pos">{n(result.inserted)}</div>
        </div>
        <div className="tile">
          <div className="tile-label">
            {result.dry_run ? t('import.count.wouldUpdate') : t('import.count.updated')}
          </div>
          <div className="tile-value">{n(result.updated)}</div>
        </div>
        <div className="tile">
          <div className="tile-label">{t('import.count.rejected')}</div>
          <div
            className={`tile-value ${result.rejected.length ? 'neg' : ''}`}
            data-testid="import-rejected-count"
          >
            {n(result.rejected.length)}
          </div>
        </div>
      </div>

      <div className="import-grid">
        <section className="card">
          <h2 className="card-title">{t('import.mapping')}</h2>
          <div className="table-wrap">
            <table className="table import-columns" data-testid="import-columns">
              <thead>
                <tr>
                  <th className="col-header">{t('import.col.header')}</th>
                  <th className="arrow-cell" aria-hidden="true" />
                  <th>{t('import.col.field')}</th>
                </tr>
              </thead>
              <tbody>
                {result.columns.map((column, i) => {
                  const chosen = chosenFor(result, column) !== undefined;
                  return (
                    <tr
                      key={`${i}-${column.header}`}
                      className={column.field ? undefined : 'row-dim'}
                      data-testid="import-column"
                      data-header={column.header}
                    >
                      <td className="strong">{column.header}</td>
                      <td className="muted arrow-cell">
                        <Icon name="arrowRight" size={14} />
                      </td>
                      <td>
                        {mappable ? (
                          <ColumnChoice
                            kind={result.kind}
                            column={column}
                            fields={mappable.fields}
                            chosen={chosen}
                            disabled={busy}
                            onMap={mappable.onMap}
                            testId="import-column-map"
                          />
                        ) : column.field ? (
                          <span title={column.field}>{label(column.field)}</span>
                        ) : (
                          <Badge
                            tone="amber"
                            title={t(`import.ignoredWhy.${column.ignored ?? 'unknown'}`)}
                          >
                            {t('import.ignored')}
                          </Badge>
                        )}
                        {chosen && (
                          <span className="import-chosen-mark">
                            {result.mapping_remembered
                              ? t('import.map.remembered')
                              : t('import.map.chosen')}
                          </span>
                        )}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </section>
        <section className="card">
          <h2 className="card-title">{t('import.rejectedRows')}</h2>
          {result.rejected.length === 0 ? (
            ignored.length > 0 ? (
              <div className="ok-note import-warn-note" data-testid="import-no-rejected">
                <Icon name="alert" size={16} />
                {t('import.noRejectedIgnored', { count: ignored.length })}
              </div>
            ) : (
              <div className="ok-note" data-testid="import-no-rejected">
                <Icon name="check" size={16} />
                {t('import.noRejected')}
              </div>
            )
          ) : (
            <div className="table-wrap table-wrap-short">
              <table className="table" data-testid="import-rejected">
                <thead>
                  <tr>
                    <th className="num">{t('import.col.line')}</th>
                    <th>{t('import.col.field')}</th>
                    <th>{t('import.col.reason')}</th>
                  </tr>
                </thead>
                <tbody>
                  {result.rejected.map((row, i) => (
                    <tr key={`${row.line}-${row.field}-${i}`}>
                      <td className="num">{row.line}</td>
                      <td>
                        {row.field ? (
                          <span title={row.field}>{label(row.field)}</span>
                        ) : (
                          <span className="muted">—</span>
                        )}
                      </td>
                      <td className="wrap" title={row.message}>
                        {rejectedRowText(row, t)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      </div>
    </div>
  );
}
