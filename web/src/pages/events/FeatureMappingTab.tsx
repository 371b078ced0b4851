// Event → feature mapping (report_exported → 「レポート出力」): rows to add, edit and remove,
// saved all at once (useFeatureMappingDraft). Those who configure usage (configure_usage: admins
// and managers) edit; others read.
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useCan } from '../../auth/permissions';
import { Alert, ErrorAlert } from '../../components/Alert';
import { CellInput } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { useAsync } from '../../lib/useAsync';
import { trackNames } from './CatalogTab';
import type { FeatureColumn, FeatureRow, FieldError } from './features';
import { useFeatureMappingDraft, type FeatureMappingDraft } from './useFeatureMappingDraft';

const EVENT_NAMES_LIST = 'feature-event-names';

export function FeatureMappingTab() {
  const { t } = useTranslation();
  const canEdit = useCan('configureUsage');
  const loaded = useAsync(async (signal) => {
    const [mapping, catalog] = await Promise.all([
      api.featureMapping(signal),
      api.eventCatalog(signal).catch(() => []),
    ]);
    return { mapping: mapping.data, catalog };
  }, []);
  const draft = useFeatureMappingDraft(loaded.data?.mapping);

  // Only track events count towards a feature: page and screen names are not offered.
  const eventNames = useMemo(() => trackNames(loaded.data?.catalog ?? []), [loaded.data]);
  const mapped = new Set(draft.rows.map((r) => r.event_name.trim()));
  const unmapped = eventNames.filter((name) => !mapped.has(name));

  if (loaded.error && !loaded.data)
    return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data || draft.saved === null) return <Skeleton />;

  return (
    <section className="card" data-testid="feature-mapping">
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('events.features.title')}</h2>
          <div className="card-head-sub">{t('events.features.subtitle')}</div>
        </div>
        {canEdit && unmapped.length > 0 && (
          <div className="card-head-tools">
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => unmapped.forEach((name) => draft.add(name))}
              data-testid="feature-add-unmapped"
            >
              <Icon name="plus" size={14} />
              {t('events.features.addUnmapped', { count: unmapped.length })}
            </button>
          </div>
        )}
      </div>

      {!canEdit && (
        <Alert tone="info" icon="lock" iconSize={16} testId="feature-readonly">
          {t('events.features.readOnly')}
        </Alert>
      )}
      {draft.general.map((error, i) => (
        <GeneralError key={i} error={error} rowCount={draft.rows.length} />
      ))}
      {draft.justSaved && (
        <Alert tone="success" testId="feature-saved">
          {t('events.features.saved')}
        </Alert>
      )}

      {draft.rows.length === 0 ? (
        <Empty
          icon="tag"
          title={t('events.features.empty')}
          hint={t('events.features.emptyHint')}
        />
      ) : (
        <MappingTable draft={draft} canEdit={canEdit} />
      )}
      <datalist id={EVENT_NAMES_LIST}>
        {eventNames.map((name) => (
          <option key={name} value={name} />
        ))}
      </datalist>

      {canEdit && <MappingFoot draft={draft} />}
    </section>
  );
}

/** An error above the table, with the row it names when it names one but no input. */
function GeneralError({ error, rowCount }: { error: FieldError; rowCount: number }) {
  const { t } = useTranslation();
  return (
    <ErrorAlert testId="feature-error">
      {error.index !== null && error.index < rowCount && (
        <strong>{t('events.features.rowN', { n: error.index + 1 })}: </strong>
      )}
      {error.message}
    </ErrorAlert>
  );
}

function MappingTable({ draft, canEdit }: { draft: FeatureMappingDraft; canEdit: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table mapping-table" data-testid="feature-table">
        <thead>
          <tr>
            <th>{t('events.features.col.event')}</th>
            <th className="arrow-cell" aria-hidden="true" />
            <th>{t('events.features.col.feature')}</th>
            {canEdit && (
              <th className="actions-cell" aria-label={t('events.features.col.actions')} />
            )}
          </tr>
        </thead>
        <tbody>
          {draft.rows.map((row, index) => (
            <MappingRow
              key={row.key}
              row={row}
              index={index}
              canEdit={canEdit}
              errorAt={(column) => draft.errorAt(index, column)}
              onEdit={(column, value) => draft.edit(row.key, column, value)}
              onRemove={() => draft.remove(row.key)}
            />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function MappingRow(props: {
  row: FeatureRow;
  index: number;
  canEdit: boolean;
  errorAt: (column: FeatureColumn) => string | undefined;
  onEdit: (column: FeatureColumn, value: string) => void;
  onRemove: () => void;
}) {
  const { row, index, canEdit, errorAt, onEdit, onRemove } = props;
  const { t } = useTranslation();
  return (
    <tr data-testid="feature-row">
      <td>
        <CellInput
          value={row.event_name}
          onChange={(v) => onEdit('event_name', v)}
          error={errorAt('event_name')}
          disabled={!canEdit}
          label={t('events.features.eventOfRow', { n: index + 1 })}
          placeholder="report_exported"
          list={EVENT_NAMES_LIST}
          mono
          testId={`feature-event-${index}`}
        />
      </td>
      <td className="muted arrow-cell">
        <Icon name="arrowRight" size={14} />
      </td>
      <td>
        <CellInput
          value={row.feature}
          onChange={(v) => onEdit('feature', v)}
          error={errorAt('feature')}
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
            onClick={onRemove}
            title={t('events.features.remove')}
            aria-label={t('events.features.removeRow', { n: index + 1 })}
            data-testid={`feature-remove-${index}`}
          >
            <Icon name="trash" size={15} />
          </button>
        </td>
      )}
    </tr>
  );
}

/** Add a row; and, once something changed, discard or save. */
function MappingFoot({ draft }: { draft: FeatureMappingDraft }) {
  const { t } = useTranslation();
  return (
    <div className="card-foot">
      <button
        type="button"
        className="btn btn-secondary btn-sm"
        onClick={() => draft.add()}
        data-testid="feature-add"
      >
        <Icon name="plus" size={14} />
        {t('events.features.add')}
      </button>
      <div className="toolbar-spacer" />
      {draft.dirty && <span className="muted form-hint">{t('events.features.unsaved')}</span>}
      <button
        type="button"
        className="btn btn-ghost btn-sm"
        disabled={!draft.dirty || draft.saving}
        onClick={draft.discard}
        data-testid="feature-discard"
      >
        {t('events.features.discard')}
      </button>
      <button
        type="button"
        className="btn btn-primary btn-sm"
        disabled={!draft.dirty || draft.saving}
        onClick={() => void draft.save()}
        data-testid="feature-save"
      >
        {draft.saving ? t('events.features.saving') : t('events.features.save')}
      </button>
    </div>
  );
}
