// Event → feature mapping (report_exported → 「レポート出力」): rows to add, edit and remove,
// saved all at once (PUT replaces the whole mapping). A server error that names a field
// (`data[2].feature`) is shown under that input. Admins and managers edit; others read.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type FeatureMapping, type UserRole } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton, errorMessage } from '../../components/States';
import { useAsync } from '../../lib/useAsync';
import { trackNames } from './CatalogTab';
import { isDirty, mappingFromRows, newRow, parseFieldPath, rowsFromMapping, validateRows, type FeatureColumn, type FeatureRow, type FieldError } from './features';

const EDITORS: readonly UserRole[] = ['admin', 'manager'];

export function FeatureMappingTab() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const canEdit = Boolean(user && EDITORS.includes(user.role));
  const loaded = useAsync(async (signal) => {
    const [mapping, catalog] = await Promise.all([api.featureMapping(signal), api.eventCatalog(signal).catch(() => [])]);
    return { mapping: mapping.data, catalog };
  }, []);

  const [saved, setSaved] = useState<FeatureMapping[] | null>(null);
  const [rows, setRows] = useState<FeatureRow[]>([]);
  const [errors, setErrors] = useState<FieldError[]>([]);
  const [saving, setSaving] = useState(false);
  const [notice, setNotice] = useState<'saved' | null>(null);

  useEffect(() => {
    if (!loaded.data) return;
    setSaved(loaded.data.mapping);
    setRows(rowsFromMapping(loaded.data.mapping));
    setErrors([]);
  }, [loaded.data]);

  // Only track events count towards a feature: page and screen names are not offered.
  const eventNames = useMemo(() => trackNames(loaded.data?.catalog ?? []), [loaded.data]);
  const mapped = new Set(rows.map((r) => r.event_name.trim()));
  const unmapped = eventNames.filter((name) => !mapped.has(name));
  const dirty = saved !== null && isDirty(rows, saved);

  if (loaded.error && !loaded.data) return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data || saved === null) return <Skeleton />;

  function edit(key: number, column: FeatureColumn, value: string) {
    setRows((prev) => prev.map((row) => (row.key === key ? { ...row, [column]: value } : row)));
    setNotice(null);
    // The message stays until the row is saved again, unless it is the input being corrected.
    const index = rows.findIndex((row) => row.key === key);
    setErrors((prev) => prev.filter((e) => !(e.index === index && e.column === column)));
  }

  function add(eventName = '') {
    setRows((prev) => [...prev, newRow(eventName)]);
    setNotice(null);
  }

  function remove(key: number) {
    // Row indices shift: errors tied to an index no longer point at the right row.
    setRows((prev) => prev.filter((row) => row.key !== key));
    setErrors([]);
    setNotice(null);
  }

  function discard() {
    setRows(rowsFromMapping(saved ?? []));
    setErrors([]);
    setNotice(null);
  }

  async function save() {
    const problems = validateRows(rows, { required: t('events.features.required'), duplicate: t('events.features.duplicate') });
    setErrors(problems);
    setNotice(null);
    if (problems.length > 0) return;
    setSaving(true);
    try {
      const answer = await api.saveFeatureMapping(mappingFromRows(rows));
      setSaved(answer.data);
      setRows(rowsFromMapping(answer.data));
      setNotice('saved');
    } catch (cause) {
      const where = cause instanceof ApiError ? parseFieldPath(cause.field) : { index: null, column: null };
      setErrors([{ ...where, message: errorMessage(cause, t('common.error')) }]);
    } finally {
      setSaving(false);
    }
  }

  const errorAt = (index: number | null, column: FeatureColumn | null) => errors.find((e) => e.index === index && e.column === column)?.message;
  // Errors that name a row but no input, or nothing at all, go above the table.
  const general = errors.filter((e) => e.index === null || e.column === null || e.index >= rows.length);

  return (
    <section className="card" data-testid="feature-mapping">
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('events.features.title')}</h2>
          <div className="card-head-sub">{t('events.features.subtitle')}</div>
        </div>
        {canEdit && unmapped.length > 0 && (
          <div className="card-head-tools">
            <button type="button" className="btn btn-secondary btn-sm" onClick={() => unmapped.forEach((name) => add(name))} data-testid="feature-add-unmapped">
              <Icon name="plus" size={14} />
              {t('events.features.addUnmapped', { count: unmapped.length })}
            </button>
          </div>
        )}
      </div>

      {!canEdit && (
        <div className="alert alert-info" data-testid="feature-readonly">
          <Icon name="lock" size={16} />
          <div className="alert-body">{t('events.features.readOnly')}</div>
        </div>
      )}
      {general.map((e, i) => (
        <div key={i} className="alert alert-error" role="alert" data-testid="feature-error">
          <Icon name="alert" size={18} />
          <div className="alert-body">
            {e.index !== null && e.index < rows.length && <strong>{t('events.features.rowN', { n: e.index + 1 })}: </strong>}
            {e.message}
          </div>
        </div>
      ))}
      {notice === 'saved' && (
        <div className="alert alert-success" data-testid="feature-saved">
          <Icon name="check" size={18} />
          <div className="alert-body">{t('events.features.saved')}</div>
        </div>
      )}

      {rows.length === 0 ? (
        <Empty icon="tag" title={t('events.features.empty')} hint={t('events.features.emptyHint')} />
      ) : (
        <div className="table-wrap">
          <table className="table mapping-table" data-testid="feature-table">
            <thead>
              <tr>
                <th>{t('events.features.col.event')}</th>
                <th className="arrow-cell" aria-hidden="true" />
                <th>{t('events.features.col.feature')}</th>
                {canEdit && <th className="actions-cell" aria-label={t('events.features.col.actions')} />}
              </tr>
            </thead>
            <tbody>
              {rows.map((row, index) => (
                <tr key={row.key} data-testid="feature-row">
                  <td>
                    <MappingInput
                      value={row.event_name}
                      onChange={(v) => edit(row.key, 'event_name', v)}
                      error={errorAt(index, 'event_name')}
                      disabled={!canEdit}
                      label={t('events.features.eventOfRow', { n: index + 1 })}
                      placeholder="report_exported"
                      list="feature-event-names"
                      mono
                      testId={`feature-event-${index}`}
                    />
                  </td>
                  <td className="muted arrow-cell">
                    <Icon name="arrowRight" size={14} />
                  </td>
                  <td>
                    <MappingInput
                      value={row.feature}
                      onChange={(v) => edit(row.key, 'feature', v)}
                      error={errorAt(index, 'feature')}
                      disabled={!canEdit}
                      label={t('events.features.featureOfRow', { n: index + 1 })}
                      placeholder={t('events.features.featurePlaceholder')}
                      testId={`feature-name-${index}`}
                    />
                  </td>
                  {canEdit && (
                    <td className="actions-cell">
                      <button
                        type="button"
                        className="icon-button"
                        onClick={() => remove(row.key)}
                        title={t('events.features.remove')}
                        aria-label={t('events.features.removeRow', { n: index + 1 })}
                        data-testid={`feature-remove-${index}`}
                      >
                        <Icon name="trash" size={15} />
                      </button>
                    </td>
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <datalist id="feature-event-names">
        {eventNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>

      {canEdit && (
        <div className="card-foot">
          <button type="button" className="btn btn-secondary btn-sm" onClick={() => add()} data-testid="feature-add">
            <Icon name="plus" size={14} />
            {t('events.features.add')}
          </button>
          <div className="toolbar-spacer" />
          {dirty && <span className="muted form-hint">{t('events.features.unsaved')}</span>}
          <button type="button" className="btn btn-ghost btn-sm" disabled={!dirty || saving} onClick={discard} data-testid="feature-discard">
            {t('events.features.discard')}
          </button>
          <button type="button" className="btn btn-primary btn-sm" disabled={!dirty || saving} onClick={() => void save()} data-testid="feature-save">
            {saving ? t('events.features.saving') : t('events.features.save')}
          </button>
        </div>
      )}
    </section>
  );
}

function MappingInput(props: {
  value: string;
  onChange: (value: string) => void;
  error: string | undefined;
  disabled: boolean;
  label: string;
  placeholder: string;
  testId: string;
  list?: string;
  mono?: boolean;
}) {
  const { value, onChange, error, disabled, label, placeholder, testId, list, mono = false } = props;
  const errorId = `${testId}-error`;
  return (
    <div className="cell-field">
      <input
        type="text"
        className={`${mono ? 'mono' : ''} ${error ? 'input-error' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={placeholder}
        list={list}
        data-testid={testId}
      />
      {error && (
        <div className="field-error" id={errorId} data-testid={errorId}>
          {error}
        </div>
      )}
    </div>
  );
}
