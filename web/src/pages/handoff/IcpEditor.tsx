// The ideal customer profile (ICP): weighted criteria on the account's industry, size, country,
// ARR, contacts or a custom attribute. An account's fit score is the met criteria's share of the
// weights. Everyone reads it (sales and CS share it); those who configure success edit it. An ARR
// threshold is in the reporting currency (each account's ARR is converted into it to compare).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, ICP_OPS, type FieldInfo, type IcpCriterion, type IcpOp } from '../../api';
import { useCan } from '../../auth/permissions';
import { Alert, ErrorAlert } from '../../components/Alert';
import { useRevenueSettings } from '../../components/RevenueSettingsContext';
import { DeleteConfirm } from '../../components/ConfirmRow';
import { Field } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { useRowEditor } from '../../components/useRowEditor';
import { useAsync } from '../../lib/useAsync';
import { errorText } from '../../lib/errorText';
import { amountHint, fieldValueText, isMoneyField } from '../../lib/fieldValues';
import {
  CUSTOM_PREFIX,
  defaultOp,
  icpDraftOf,
  pickableFields,
  icpInput,
  icpProblemKey,
  newIcpDraft,
  validateIcp,
  type IcpDraft,
} from './icp';

export function IcpEditor() {
  const { t } = useTranslation();
  const canEdit = useCan('configureSuccess');
  const icp = useAsync((signal) => api.icp(signal), []);
  const revenue = useRevenueSettings();
  const currency = revenue.reportingCurrency;
  const [notice, setNotice] = useState<string | null>(null);
  const fields = pickableFields(icp.data?.fields ?? []);
  const total = (icp.data?.criteria ?? []).reduce((n, c) => n + c.weight, 0);

  function changed(message: string) {
    setNotice(message);
    icp.reload();
  }

  return (
    <section className="card" data-testid="icp-editor">
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('icp.title')}</h2>
          <div className="card-head-sub">{t('icp.hint')}</div>
        </div>
        {icp.data && (
          <div className="card-head-tools">
            <span className="count" data-testid="icp-total-weight">
              {t('icp.totalWeight', { weight: total })}
            </span>
          </div>
        )}
      </div>
      {!canEdit && (
        <Alert tone="info" icon="lock" iconSize={16} testId="icp-readonly">
          {t('icp.readOnly')}
        </Alert>
      )}
      {notice && (
        <Alert tone="success" testId="icp-notice">
          {notice}
        </Alert>
      )}
      <ErrorBanner error={icp.error} onRetry={icp.reload} />
      <ErrorBanner error={currency ? undefined : revenue.error} onRetry={revenue.reload} />
      {!(icp.data && currency) && !icp.error && !revenue.error && <Skeleton rows={4} />}
      {icp.data && currency && icp.data.criteria.length === 0 && (
        <Empty icon="flag" title={t('icp.empty')} hint={t('icp.emptyHint')} />
      )}
      {icp.data && currency && icp.data.criteria.length > 0 && (
        <ul className="icp-list" data-testid="icp-list">
          {icp.data.criteria.map((c) => (
            <CriterionRow
              key={`${c.id}-${c.version}`}
              criterion={c}
              currency={currency}
              fields={fields}
              canEdit={canEdit}
              total={total}
              onChanged={changed}
              onStale={icp.reload}
            />
          ))}
        </ul>
      )}
      {canEdit && icp.data && currency && (
        <NewCriterion
          fields={fields}
          currency={currency}
          // Last in the list: the server puts a criterion sent without a position first.
          position={Math.max(0, ...icp.data.criteria.map((c) => c.position)) + 10}
          onCreated={(c) => changed(t('icp.added', { label: c.label }))}
        />
      )}
    </section>
  );
}

function useIcpFieldLabel(): (key: string, fields: FieldInfo[]) => string {
  const { t } = useTranslation();
  return (key, fields) => {
    if (key.startsWith(CUSTOM_PREFIX))
      return t('icp.customField', { name: key.slice(CUSTOM_PREFIX.length) });
    return t(`icp.field.${key}`, {
      defaultValue: fields.find((f) => f.key === key)?.description || key,
    });
  };
}

function CriterionRow({
  criterion,
  currency,
  fields,
  canEdit,
  total,
  onChanged,
  onStale,
}: {
  criterion: IcpCriterion;
  /** The reporting currency: an ARR threshold is in it. */
  currency: string;
  fields: FieldInfo[];
  canEdit: boolean;
  total: number;
  onChanged: (m: string) => void;
  onStale: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const valueText = (value: string | number | null) =>
    fieldValueText(criterion.field, value, { lang, t, currency }) ?? '—';
  const fieldLabel = useIcpFieldLabel();
  const [editing, setEditing] = useState(false);
  const row = useRowEditor({ closeConfirmOnFailure: true });
  const share = total > 0 ? Math.round((criterion.weight / total) * 100) : 0;

  const remove = () =>
    row.run(
      async () => {
        await api.deleteIcpCriterion(criterion.id);
        onChanged(t('icp.deleted', { label: criterion.label }));
      },
      (cause) => errorText(cause, t),
    );

  if (editing) {
    return (
      <li className="icp-item icp-item-editing">
        <CriterionForm
          criterion={criterion}
          currency={currency}
          fields={fields}
          onCancel={() => setEditing(false)}
          onSaved={(c) => onChanged(t('icp.saved', { label: c.label }))}
          onStale={onStale}
        />
      </li>
    );
  }
  return (
    <li className="icp-item" data-testid="icp-row" data-field={criterion.field}>
      <div className="icp-main">
        <div className="strong">{criterion.label}</div>
        <div className="icp-rule">
          {fieldLabel(criterion.field, fields)}{' '}
          <span className="op">{t(`icp.op.${criterion.op}`)}</span>{' '}
          {criterion.op === 'in' ? (
            criterion.values.map((v) => (
              <span key={v} className="value-chip" title={v} data-testid="icp-value-chip">
                {valueText(v)}
              </span>
            ))
          ) : (
            <strong data-testid="icp-threshold">{valueText(criterion.value)}</strong>
          )}
        </div>
        {row.problem && <ErrorAlert testId="icp-row-error">{row.problem}</ErrorAlert>}
        {row.confirming && (
          <DeleteConfirm
            question={t('icp.deleteConfirm', { label: criterion.label })}
            busy={row.busy}
            onConfirm={() => void remove()}
            onCancel={row.cancelConfirm}
            testId="icp"
          />
        )}
      </div>
      <div className="icp-weight" title={t('icp.share', { share })}>
        <span className="icp-weight-value" data-testid="icp-weight">
          {criterion.weight}
        </span>
        <span className="muted">{t('icp.share', { share })}</span>
      </div>
      {canEdit && (
        <div className="icp-tools">
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={() => setEditing(true)}
            data-testid="icp-edit"
          >
            {t('journey.rules.edit')}
          </button>
          <button
            type="button"
            className="icon-button"
            onClick={row.askToConfirm}
            aria-label={t('icp.deleteOf', { label: criterion.label })}
            title={t('journey.settings.delete')}
            data-testid="icp-delete"
          >
            <Icon name="trash" size={15} />
          </button>
        </div>
      )}
    </li>
  );
}

function NewCriterion({
  fields,
  currency,
  position,
  onCreated,
}: {
  fields: FieldInfo[];
  currency: string;
  position: number;
  onCreated: (c: IcpCriterion) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <div className="card-foot">
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => setOpen(true)}
          data-testid="icp-new"
        >
          <Icon name="plus" size={14} />
          {t('icp.add')}
        </button>
      </div>
    );
  }
  return (
    <CriterionForm
      fields={fields}
      currency={currency}
      position={position}
      onCancel={() => setOpen(false)}
      onSaved={(c) => {
        setOpen(false);
        onCreated(c);
      }}
    />
  );
}

function CriterionForm(props: {
  criterion?: IcpCriterion;
  /** The reporting currency: an ARR threshold is typed in its unit. */
  currency: string;
  fields: FieldInfo[];
  position?: number;
  onSaved: (c: IcpCriterion) => void;
  onCancel: () => void;
  onStale?: () => void;
}) {
  const { criterion, currency, fields, position, onSaved, onCancel, onStale } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const fieldLabel = useIcpFieldLabel();
  const [draft, setDraft] = useState<IcpDraft>(() =>
    criterion ? icpDraftOf(criterion, currency) : newIcpDraft(fields[0]?.key ?? 'industry', fields),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const known = fields.some((f) => f.key === draft.field);
  const custom = !known && draft.field.startsWith(CUSTOM_PREFIX);
  function update(change: Partial<IcpDraft>) {
    setDraft((prev) => ({ ...prev, ...change }));
    setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !(k in change))));
    setGeneral(null);
  }

  async function save() {
    const problems = validateIcp(
      draft,
      {
        required: t('planForm.required'),
        notNumber: t('planForm.notNumber'),
        weight: t('icp.weightRange'),
        custom: t('icp.customRequired'),
      },
      { currency, t },
    );
    setErrors(problems);
    if (Object.keys(problems).length) return;
    setSaving(true);
    try {
      const input = icpInput(draft, currency);
      onSaved(
        criterion
          ? await api.updateIcpCriterion(criterion.id, { version: criterion.version, ...input })
          : await api.createIcpCriterion(position === undefined ? input : { ...input, position }),
      );
    } catch (cause) {
      const message = errorText(cause, t);
      const where = cause instanceof ApiError ? icpProblemKey(cause.field) : null;
      if (where) setErrors({ [where]: message });
      else setGeneral(message);
      if (cause instanceof ApiError && cause.status === 409) onStale?.();
      setSaving(false);
    }
  }

  return (
    <div className="item-form icp-form" data-testid="icp-form">
      <div className="item-form-fields">
        <Field label={t('icp.label')} error={errors.label} errorTestId="icp-label-error" grow>
          <input
            type="text"
            className={errors.label ? 'input-error' : ''}
            value={draft.label}
            onChange={(e) => update({ label: e.target.value })}
            placeholder={t('icp.labelPlaceholder')}
            data-testid="icp-label"
          />
        </Field>
        <Field
          label={t('icp.fieldLabel')}
          error={custom ? undefined : errors.field}
          errorTestId="icp-field-error"
        >
          <select
            className={`select ${errors.field ? 'input-error' : ''}`}
            value={known ? draft.field : custom ? '__custom' : draft.field}
            onChange={(e) => {
              const field = e.target.value === '__custom' ? CUSTOM_PREFIX : e.target.value;
              // A new criterion on a number compares (≥); on anything else it lists values.
              update(criterion ? { field } : { field, op: defaultOp(field, fields) });
            }}
            data-testid="icp-field"
          >
            {fields.map((f) => (
              <option key={f.key} value={f.key} title={f.description}>
                {fieldLabel(f.key, fields)}
              </option>
            ))}
            {!known && !custom && draft.field && <option value={draft.field}>{draft.field}</option>}
            <option value="__custom">{t('icp.customOption')}</option>
          </select>
        </Field>
        {custom && (
          <Field label={t('icp.customName')} error={errors.field} errorTestId="icp-field-error">
            <span className="prefixed">
              <code>{CUSTOM_PREFIX}</code>
              <input
                type="text"
                className={`mono ${errors.field ? 'input-error' : ''}`}
                value={draft.field.slice(CUSTOM_PREFIX.length)}
                onChange={(e) => update({ field: CUSTOM_PREFIX + e.target.value.trim() })}
                placeholder="plan"
                data-testid="icp-custom"
              />
            </span>
          </Field>
        )}
        <Field label={t('icp.opLabel')} error={errors.op}>
          <select
            className="select select-sm"
            value={draft.op}
            onChange={(e) => update({ op: e.target.value as IcpOp })}
            data-testid="icp-op"
          >
            {ICP_OPS.map((op) => (
              <option key={op} value={op}>
                {t(`icp.op.${op}`)}
              </option>
            ))}
          </select>
        </Field>
        {draft.op === 'in' ? (
          <Field
            label={t('icp.values')}
            error={errors.values}
            errorTestId="icp-values-error"
            hint={t('icp.valuesHint')}
            grow
          >
            <input
              type="text"
              className={errors.values ? 'input-error' : ''}
              value={draft.values}
              onChange={(e) => update({ values: e.target.value })}
              placeholder={t('icp.valuesPlaceholder')}
              data-testid="icp-values"
            />
          </Field>
        ) : (
          <Field
            label={isMoneyField(draft.field) ? t('icp.amountIn', { currency }) : t('icp.value')}
            error={errors.value}
            errorTestId="icp-value-error"
            hint={
              isMoneyField(draft.field) ? amountHint(draft.value, currency, lang, t) : undefined
            }
            small={!isMoneyField(draft.field)}
          >
            {isMoneyField(draft.field) ? (
              <span className="input-with-unit input-amount">
                <input
                  type="text"
                  inputMode="decimal"
                  className={`num-input ${errors.value ? 'input-error' : ''}`}
                  value={draft.value}
                  onChange={(e) => update({ value: e.target.value })}
                  data-testid="icp-value"
                />
                <span className="unit">{currency}</span>
              </span>
            ) : (
              <input
                type="number"
                className={errors.value ? 'input-error' : ''}
                value={draft.value}
                onChange={(e) => update({ value: e.target.value })}
                data-testid="icp-value"
              />
            )}
          </Field>
        )}
        <Field
          label={t('icp.weightLabel')}
          error={errors.weight}
          errorTestId="icp-weight-error"
          hint="1–100"
          small
        >
          <input
            type="number"
            min={1}
            max={100}
            className={errors.weight ? 'input-error' : ''}
            value={draft.weight}
            onChange={(e) => update({ weight: e.target.value })}
            data-testid="icp-weight-input"
          />
        </Field>
      </div>
      {general && <ErrorAlert testId="icp-form-error">{general}</ErrorAlert>}
      <div className="item-form-foot">
        <button type="button" className="btn btn-ghost btn-sm" onClick={onCancel} disabled={saving}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary btn-sm"
          onClick={() => void save()}
          disabled={saving}
          data-testid="icp-save"
        >
          {saving
            ? t('journey.settings.saving')
            : criterion
              ? t('journey.settings.save')
              : t('icp.add')}
        </button>
      </div>
    </div>
  );
}
