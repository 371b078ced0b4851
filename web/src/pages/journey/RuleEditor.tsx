// The journey rules: "move an account from these stages to that one when every condition on its
// data holds". Listed with their conditions in words, switched on and off in place, edited in a
// form whose condition fields come from the server's list; a 400 is shown at the field it names.
// An ARR condition is in the reporting currency, typed in its own unit (¥1,000,000, $6,000.00).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  api,
  ApiError,
  RULE_OPS,
  type FieldInfo,
  type JourneyRule,
  type JourneyRules,
  type RuleOp,
} from '../../api';
import { Alert, ErrorAlert } from '../../components/Alert';
import { StageBadge } from '../../components/Badges';
import { DeleteConfirm } from '../../components/ConfirmRow';
import { Field } from '../../components/FormFields';
import { useRevenueSettings } from '../../components/RevenueSettingsContext';
import { Icon } from '../../components/Icon';
import { StageSelect } from '../../components/StageSelect';
import { useStages } from '../../components/StagesContext';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { useRowEditor } from '../../components/useRowEditor';
import { groupByMoment, OP_SYMBOL, stageName } from '../../lib/journey';
import type { AsyncState } from '../../lib/useAsync';
import { errorText } from '../../lib/errorText';
import { amountHint, fieldValueText, isMoneyField } from '../../lib/fieldValues';
import {
  newCondition,
  newRuleDraft,
  ruleDraftOf,
  ruleInput,
  ruleProblemKey,
  validateRule,
  type ConditionDraft,
  type RuleDraft,
} from './rules';

/** A rule field in the UI language ("有効な契約の数"), else the server's description, else the key. */
export function useFieldLabel(): (key: string, fields?: FieldInfo[]) => string {
  const { t } = useTranslation();
  return (key, fields) =>
    t(`journey.field.${key}`, {
      defaultValue: fields?.find((f) => f.key === key)?.description || key,
    });
}

export function RuleEditor({ rules }: { rules: AsyncState<JourneyRules> }) {
  const { t } = useTranslation();
  const [editing, setEditing] = useState<JourneyRule | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const fields = rules.data?.fields ?? [];
  const revenue = useRevenueSettings();
  const currency = revenue.reportingCurrency;

  function saved(message: string) {
    setEditing(null);
    setNotice(message);
    rules.reload();
  }

  return (
    <section className="card" data-testid="rule-editor">
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('journey.rules.title')}</h2>
          <div className="card-head-sub">{t('journey.rules.hint')}</div>
        </div>
        {editing === null && rules.data && currency && (
          <div className="card-head-tools">
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => {
                setEditing('new');
                setNotice(null);
              }}
              data-testid="rule-new"
            >
              <Icon name="plus" size={14} />
              {t('journey.rules.add')}
            </button>
          </div>
        )}
      </div>
      {notice && (
        <Alert tone="success" testId="rule-notice">
          {notice}
        </Alert>
      )}
      <ErrorBanner error={rules.error} onRetry={rules.reload} />
      <ErrorBanner error={currency ? undefined : revenue.error} onRetry={revenue.reload} />
      {!(rules.data && currency) && !rules.error && !revenue.error && <Skeleton rows={3} />}
      {editing === 'new' && currency && (
        <RuleForm
          fields={fields}
          currency={currency}
          onCancel={() => setEditing(null)}
          onSaved={(r) => saved(t('journey.rules.added', { name: r.name }))}
        />
      )}
      {rules.data && rules.data.data.length === 0 && editing !== 'new' && (
        <Empty icon="flag" title={t('journey.rules.empty')} hint={t('journey.rules.emptyHint')} />
      )}
      {rules.data && currency && rules.data.data.length > 0 && (
        <ul className="rule-list" data-testid="rule-list">
          {rules.data.data.map((rule) =>
            editing !== 'new' && editing?.id === rule.id ? (
              <li key={rule.id} className="rule-item rule-item-editing">
                <RuleForm
                  rule={rule}
                  fields={fields}
                  currency={currency}
                  onCancel={() => setEditing(null)}
                  onSaved={(r) => saved(t('journey.rules.saved', { name: r.name }))}
                  onStale={rules.reload}
                />
              </li>
            ) : (
              <RuleRow
                key={`${rule.id}-${rule.version}`}
                rule={rule}
                fields={fields}
                currency={currency}
                onEdit={() => {
                  setEditing(rule);
                  setNotice(null);
                }}
                onChanged={saved}
              />
            ),
          )}
        </ul>
      )}
    </section>
  );
}

function RuleRow({
  rule,
  fields,
  currency,
  onEdit,
  onChanged,
}: {
  rule: JourneyRule;
  fields: FieldInfo[];
  /** The reporting currency: an ARR condition is in it. */
  currency: string;
  onEdit: () => void;
  onChanged: (message: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const fieldLabel = useFieldLabel();
  const row = useRowEditor({ closeConfirmOnFailure: true });
  const failed = (cause: unknown) => errorText(cause, t);

  const toggle = () =>
    row.run(async () => {
      const next = await api.updateJourneyRule(rule.id, {
        version: rule.version,
        enabled: !rule.enabled,
      });
      onChanged(
        t(next.enabled ? 'journey.rules.enabledNow' : 'journey.rules.disabledNow', {
          name: rule.name,
        }),
      );
    }, failed);

  const remove = () =>
    row.run(async () => {
      await api.deleteJourneyRule(rule.id);
      onChanged(t('journey.rules.deleted', { name: rule.name }));
    }, failed);

  return (
    <li
      className={`rule-item ${rule.enabled ? '' : 'rule-disabled'}`}
      data-testid="rule-row"
      data-rule={rule.key}
      data-enabled={rule.enabled ? 'true' : 'false'}
    >
      <div className="rule-main">
        <div className="rule-title">
          <span className="strong">{rule.name}</span> <code>{rule.key}</code>
        </div>
        <div className="rule-path">
          {rule.from_stages.length === 0 ? (
            <span className="muted">{t('journey.rules.anyStage')}</span>
          ) : (
            rule.from_stages.map((s) => <StageBadge key={s} stage={s} />)
          )}
          <Icon name="arrowRight" size={14} />
          <StageBadge stage={rule.to_stage} />
        </div>
        <ul className="rule-conditions">
          {rule.conditions.map((c, i) => (
            <li key={i} data-testid="rule-condition">
              {fieldLabel(c.field, fields)} <span className="op">{OP_SYMBOL[c.op]}</span>{' '}
              <strong>{fieldValueText(c.field, c.value, { lang, t, currency })}</strong>
            </li>
          ))}
        </ul>
        {row.problem && <ErrorAlert testId="rule-row-error">{row.problem}</ErrorAlert>}
        {row.confirming && (
          <DeleteConfirm
            question={t('journey.rules.deleteConfirm', { name: rule.name })}
            busy={row.busy}
            onConfirm={() => void remove()}
            onCancel={row.cancelConfirm}
            testId="rule"
          />
        )}
      </div>
      <div className="rule-tools">
        <label className="switch" title={t('journey.rules.enabled')}>
          <input
            type="checkbox"
            checked={rule.enabled}
            onChange={() => void toggle()}
            disabled={row.busy}
            data-testid="rule-enabled"
          />
          <span>{rule.enabled ? t('journey.rules.on') : t('journey.rules.off')}</span>
        </label>
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          onClick={onEdit}
          disabled={row.busy}
          data-testid="rule-edit"
        >
          {t('journey.rules.edit')}
        </button>
        <button
          type="button"
          className="icon-button"
          onClick={row.askToConfirm}
          disabled={row.busy}
          aria-label={t('journey.rules.deleteOf', { name: rule.name })}
          title={t('journey.settings.delete')}
          data-testid="rule-delete"
        >
          <Icon name="trash" size={15} />
        </button>
      </div>
    </li>
  );
}

export function RuleForm({
  rule,
  fields,
  currency,
  onSaved,
  onCancel,
  onStale,
}: {
  rule?: JourneyRule;
  fields: FieldInfo[];
  /** The reporting currency: an ARR condition is typed in its unit. */
  currency: string;
  onSaved: (rule: JourneyRule) => void;
  onCancel: () => void;
  onStale?: () => void;
}) {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<RuleDraft>(() =>
    rule ? ruleDraftOf(rule, currency) : newRuleDraft(fields[0]?.key ?? ''),
  );
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const isNew = !rule;

  function update(change: Partial<RuleDraft>, clear: string[] = []) {
    setDraft((prev) => ({ ...prev, ...change }));
    setErrors((prev) =>
      Object.fromEntries(Object.entries(prev).filter(([k]) => !clear.includes(k))),
    );
    setGeneral(null);
  }

  function setCondition(
    index: number,
    change: Partial<{ field: string; op: RuleOp; value: string }>,
  ) {
    update(
      { conditions: draft.conditions.map((c, i) => (i === index ? { ...c, ...change } : c)) },
      Object.keys(change).map((k) => `conditions[${index}].${k}`),
    );
  }

  function removeCondition(index: number) {
    // Indices shift: messages tied to a row would point at the wrong one.
    setDraft((prev) => ({ ...prev, conditions: prev.conditions.filter((_, i) => i !== index) }));
    setErrors((prev) =>
      Object.fromEntries(Object.entries(prev).filter(([k]) => !k.startsWith('conditions'))),
    );
  }

  function toggleFrom(key: string) {
    update(
      {
        from_stages: draft.from_stages.includes(key)
          ? draft.from_stages.filter((s) => s !== key)
          : [...draft.from_stages, key],
      },
      ['from_stages'],
    );
  }

  async function save() {
    const problems = validateRule(
      draft,
      isNew,
      {
        required: t('planForm.required'),
        notNumber: t('planForm.notNumber'),
        oneCondition: t('journey.rules.oneCondition'),
      },
      { currency, t },
    );
    setErrors(problems);
    setGeneral(null);
    if (Object.keys(problems).length > 0) return;
    setSaving(true);
    try {
      const input = ruleInput(draft, currency);
      if (rule) {
        const { key: _key, ...rest } = input;
        onSaved(await api.updateJourneyRule(rule.id, { version: rule.version, ...rest }));
      } else {
        onSaved(await api.createJourneyRule(input));
      }
    } catch (cause) {
      const message = errorText(cause, t);
      const where = cause instanceof ApiError ? ruleProblemKey(cause.field) : null;
      if (where) setErrors({ [where]: message });
      else
        setGeneral(
          cause instanceof ApiError && cause.status === 409 ? t('journey.rules.conflict') : message,
        );
      if (cause instanceof ApiError && cause.status === 409) onStale?.();
      setSaving(false);
    }
  }

  return (
    <div className="item-form rule-form" data-testid="rule-form" data-rule={rule?.key ?? ''}>
      <div className="item-form-title">
        {rule ? t('journey.rules.editTitle', { name: rule.name }) : t('journey.rules.add')}
      </div>
      <div className="item-form-fields">
        {isNew && (
          <Field
            label={t('journey.rules.key')}
            hint={t('journey.settings.keyHint')}
            error={errors.key}
          >
            <input
              type="text"
              className={`mono ${errors.key ? 'input-error' : ''}`}
              value={draft.key}
              onChange={(e) => update({ key: e.target.value }, ['key'])}
              placeholder="three_active_weeks"
              data-testid="rule-key"
            />
          </Field>
        )}
        <Field label={t('journey.rules.name')} error={errors.name} grow>
          <input
            type="text"
            className={errors.name ? 'input-error' : ''}
            value={draft.name}
            onChange={(e) => update({ name: e.target.value }, ['name'])}
            placeholder={t('journey.rules.namePlaceholder')}
            data-testid="rule-name"
          />
        </Field>
      </div>
      <FromStagePicks picked={draft.from_stages} error={errors.from_stages} onToggle={toggleFrom} />
      <div className="item-form-fields">
        <Field label={t('journey.rules.to')} error={errors.to_stage}>
          <StageSelect
            value={draft.to_stage}
            onChange={(key) => update({ to_stage: key }, ['to_stage'])}
            placeholder={t('journey.move.choose')}
            label={t('journey.rules.to')}
            testId="rule-to"
            invalid={Boolean(errors.to_stage)}
          />
        </Field>
        <label className="check rule-enabled-check">
          <input
            type="checkbox"
            checked={draft.enabled}
            onChange={(e) => update({ enabled: e.target.checked }, ['enabled'])}
            data-testid="rule-form-enabled"
          />
          {t('journey.rules.enabled')}
        </label>
      </div>
      <div className="field">
        <span className="field-label">{t('journey.rules.conditions')}</span>
        <span className="field-hint">{t('journey.rules.conditionsHint')}</span>
        {errors.conditions && (
          <div className="field-error" data-testid="rule-conditions-error">
            {errors.conditions}
          </div>
        )}
        <div className="condition-rows">
          {draft.conditions.map((c, i) => (
            <ConditionRow
              key={c.key}
              condition={c}
              index={i}
              fields={fields}
              currency={currency}
              errorAt={(part) => errors[`conditions[${i}].${part}`]}
              onChange={(change) => setCondition(i, change)}
              onRemove={() => removeCondition(i)}
            />
          ))}
        </div>
        <div>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={() =>
              update({ conditions: [...draft.conditions, newCondition(fields[0]?.key ?? '')] }, [
                'conditions',
              ])
            }
            data-testid="condition-add"
          >
            <Icon name="plus" size={14} />
            {t('journey.rules.addCondition')}
          </button>
        </div>
      </div>
      {general && <ErrorAlert testId="rule-form-error">{general}</ErrorAlert>}
      <div className="item-form-foot">
        <button type="button" className="btn btn-ghost btn-sm" onClick={onCancel} disabled={saving}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="btn btn-primary btn-sm"
          onClick={() => void save()}
          disabled={saving}
          data-testid="rule-save"
        >
          {saving ? t('journey.settings.saving') : t('journey.settings.save')}
        </button>
      </div>
    </div>
  );
}

/** The stages a rule moves accounts from (none: any), as checkboxes grouped by moment of truth. */
function FromStagePicks({
  picked,
  error,
  onToggle,
}: {
  picked: string[];
  error: string | undefined;
  onToggle: (key: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { stages } = useStages();
  return (
    <fieldset className="stage-picks" data-testid="rule-from">
      <legend className="field-label">{t('journey.rules.from')}</legend>
      <div className="field-hint">{t('journey.rules.fromHint')}</div>
      {groupByMoment(stages ?? []).map((group) => (
        <div key={group.moment} className="stage-pick-group">
          <span className="stage-pick-moment">{t(`enum.momentOfTruth.${group.moment}`)}</span>
          {group.stages.map((s) => (
            <label
              key={s.key}
              className={`chip-check ${picked.includes(s.key) ? 'chip-check-on' : ''}`}
            >
              <input
                type="checkbox"
                checked={picked.includes(s.key)}
                onChange={() => onToggle(s.key)}
                data-testid={`rule-from-${s.key}`}
              />
              {stageName(s, lang)}
            </label>
          ))}
        </div>
      ))}
      {error && (
        <div className="field-error" data-testid="rule-from-error">
          {error}
        </div>
      )}
    </fieldset>
  );
}

/** One condition of a rule: a field of the account's data, an operator, a number. */
function ConditionRow(props: {
  condition: ConditionDraft;
  index: number;
  fields: FieldInfo[];
  currency: string;
  errorAt: (part: 'field' | 'op' | 'value') => string | undefined;
  onChange: (change: Partial<Pick<ConditionDraft, 'field' | 'op' | 'value'>>) => void;
  onRemove: () => void;
}) {
  const { condition: c, index: i, fields, currency, errorAt, onChange, onRemove } = props;
  const money = isMoneyField(c.field);
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const fieldLabel = useFieldLabel();
  const known = fields.some((f) => f.key === c.field);
  const [fieldError, opError, valueError] = [errorAt('field'), errorAt('op'), errorAt('value')];
  return (
    <div className="condition-row" data-testid="condition-row">
      <div className="cell-field">
        <select
          className={`select select-wide ${fieldError ? 'input-error' : ''}`}
          value={c.field}
          onChange={(e) => onChange({ field: e.target.value })}
          aria-label={t('journey.rules.conditionField', { n: i + 1 })}
          title={fields.find((f) => f.key === c.field)?.description}
          data-testid={`condition-field-${i}`}
        >
          <option value="">{t('journey.rules.chooseField')}</option>
          {c.field && !known && <option value={c.field}>{c.field}</option>}
          {fields.map((f) => (
            <option key={f.key} value={f.key} title={f.description}>
              {fieldLabel(f.key, fields)}
            </option>
          ))}
        </select>
        {fieldError && (
          <div className="field-error" data-testid={`condition-field-${i}-error`}>
            {fieldError}
          </div>
        )}
      </div>
      <div className="cell-field">
        <select
          className={`select select-sm op-select ${opError ? 'input-error' : ''}`}
          value={c.op}
          onChange={(e) => onChange({ op: e.target.value as RuleOp })}
          aria-label={t('journey.rules.conditionOp', { n: i + 1 })}
          data-testid={`condition-op-${i}`}
        >
          {RULE_OPS.map((op) => (
            <option key={op} value={op}>
              {t(`journey.op.${op}`)}
            </option>
          ))}
        </select>
        {opError && (
          <div className="field-error" data-testid={`condition-op-${i}-error`}>
            {opError}
          </div>
        )}
      </div>
      <div className="cell-field">
        <span className={money ? 'input-with-unit input-amount' : undefined}>
          <input
            type={money ? 'text' : 'number'}
            inputMode={money ? 'decimal' : undefined}
            className={`narrow-input ${money ? 'amount-input' : ''} ${valueError ? 'input-error' : ''}`}
            value={c.value}
            onChange={(e) => onChange({ value: e.target.value })}
            aria-label={t('journey.rules.conditionValue', { n: i + 1 })}
            data-testid={`condition-value-${i}`}
          />
          {money && <span className="unit">{currency}</span>}
        </span>
        {valueError && (
          <div className="field-error" data-testid={`condition-value-${i}-error`}>
            {valueError}
          </div>
        )}
        {money && (
          <div className="field-hint condition-hint" data-testid={`condition-value-${i}-hint`}>
            {amountHint(c.value, currency, lang, t)}
          </div>
        )}
      </div>
      <button
        type="button"
        className="icon-button"
        onClick={onRemove}
        aria-label={t('journey.rules.removeCondition', { n: i + 1 })}
        title={t('journey.rules.removeCondition', { n: i + 1 })}
        data-testid={`condition-remove-${i}`}
      >
        <Icon name="x" size={15} />
      </button>
    </div>
  );
}
