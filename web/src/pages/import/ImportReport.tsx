// What a CSV import answered: the counts (or, for a preview, what it would do), the column
// mapping, and the rejected rows. The import page and the currency page's rate import show it.
import { useTranslation } from 'react-i18next';
import type { ImportResult } from '../../api';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { formatNumber } from '../../lib/format';

export function ImportReport({ result, committed }: { result: ImportResult; committed: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const n = (value: number) => formatNumber(value, lang);
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

      <div className="grid-2">
        <section className="card">
          <h2 className="card-title">{t('import.mapping')}</h2>
          <div className="table-wrap table-wrap-short">
            <table className="table" data-testid="import-columns">
              <thead>
                <tr>
                  <th className="col-header">{t('import.col.header')}</th>
                  <th className="arrow-cell" aria-hidden="true" />
                  <th>{t('import.col.field')}</th>
                </tr>
              </thead>
              <tbody>
                {result.columns.map((column, i) => (
                  <tr
                    key={`${i}-${column.header}`}
                    className={column.field ? undefined : 'row-dim'}
                  >
                    <td className="strong">{column.header}</td>
                    <td className="muted arrow-cell">
                      <Icon name="arrowRight" size={14} />
                    </td>
                    <td>
                      {column.field ? (
                        <code>{column.field}</code>
                      ) : (
                        <Badge tone="gray">{t('import.ignored')}</Badge>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
        <section className="card">
          <h2 className="card-title">{t('import.rejectedRows')}</h2>
          {result.rejected.length === 0 ? (
            <div className="ok-note">
              <Icon name="check" size={16} />
              {t('import.noRejected')}
            </div>
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
                        {row.field ? <code>{row.field}</code> : <span className="muted">—</span>}
                      </td>
                      <td className="wrap">{row.reason}</td>
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
