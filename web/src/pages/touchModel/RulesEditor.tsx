// Edits the touch model (those who may configure success): the rules in order (a tier, a
// minimum ARR in the reporting currency, employee bands, industries, a custom attribute; added,
// removed, moved up and down), and the accounts per CSM each tier aims at. Save sends the version
// read (a 409 is shown, never overwritten); a refused field is shown at it. Others read the
// model. Leaving with unsaved changes asks first.
import { useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import {
  api,
  EMPLOYEE_BANDS,
  RULE_TIERS,
  TIERS,
  type EmployeeBand,
  type TouchModel,
} from '../../api';
import { Alert, ErrorAlert } from '../../components/Alert';
import { StaleAlert } from '../../components/FormDialog';
import { CellInput, Field, FieldError } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import { useUnsavedChangesGuard } from '../../components/UnsavedChanges';
import { useRecordForm, type FieldErrors } from '../../components/useRecordForm';
import {
  addIndustry,
  editorField,
  moved,
  newRule,
  touchModelDraft,
  touchModelInput,
  touchModelProblems,
  type RuleDraft,
  type TouchModelDraft,
} from './touchModelDraft';

export function RulesEditor(props: {
  model: TouchModel;
  /** The reporting currency: minimum ARRs are typed in its unit. */
  currency: string;
  canEdit: boolean;
  /** The model as saved: the pyramid is read again. */
  onSaved: (model: TouchModel) => void;
}) {
  const { currency, canEdit, onSaved } = props;
  const { t } = useTranslation();
  const [model, setModel] = useState(props.model);
  const [saved, setSaved] = useState(false);
  const form = useRecordForm<TouchModelDraft>(() => touchModelDraft(model, currency), {
    fieldOf: editorField,
  });
  useUnsavedChangesGuard(form.dirty);
  const { draft, change, errors } = form;
  const setRules = (rules: RuleDraft[]) => {
    setSaved(false);
    change({ rules });
  };

  async function save() {
    const answer = await form.submit(touchModelProblems(draft, currency, t), () =>
      api.saveTouchModel(touchModelInput(draft, model.version, currency)),
    );
    if (!answer) return;
    setModel(answer);
    form.reset(touchModelDraft(answer, currency));
    setSaved(true);
    onSaved(answer);
  }

  async function reload() {
    const latest = await api.touchModel();
    setModel(latest);
    form.reset(touchModelDraft(latest, currency));
  }

  return (
    <section className="card" data-testid="touch-rules" data-version={model.version}>
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('touchModel.rules.title')}</h2>
          <div className="card-head-sub">{t('touchModel.rules.intro')}</div>
        </div>
        {canEdit && (
          <div className="card-head-tools">
            {form.dirty && <span className="muted form-hint">{t('plan.unsaved')}</span>}
            <button
              type="button"
              className="btn btn-primary btn-sm"
              onClick={() => void save()}
              disabled={form.saving || form.stale || !form.dirty}
              title={t('touchModel.saveHint')}
              data-testid="touch-save"
            >
              {form.saving ? t('recordForm.saving') : t('touchModel.save')}
            </button>
          </div>
        )}
      </div>
      <fieldset className="plain-fieldset" disabled={!canEdit || form.saving}>
        <RuleRows
          rules={draft.rules}
          currency={currency}
          errors={errors}
          canEdit={canEdit}
          onChange={setRules}
        />
        <div className="card-pad form-stack">
          <FieldError message={errors.rules} testId="touch-rules-error" />
          {canEdit && (
            <div>
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                onClick={() => setRules([...draft.rules, newRule()])}
                data-testid="touch-rule-add"
              >
                <Icon name="plus" size={14} />
                {t('touchModel.rules.add')}
              </button>
            </div>
          )}
          <h3 className="section-title">{t('touchModel.capacity.title')}</h3>
          <div className="record-form-row touch-capacity">
            {TIERS.map((tier) => (
              <Field
                key={tier}
                label={t(`enum.tier.${tier}`)}
                hint={t('touchModel.capacity.hint')}
                error={errors[`capacity.${tier}`]}
                errorTestId={`touch-capacity-${tier}-error`}
                small
              >
                <input
                  type="number"
                  min={1}
                  value={draft.capacity[tier]}
                  onChange={(e) => {
                    setSaved(false);
                    change({ capacity: { ...draft.capacity, [tier]: e.target.value } });
                  }}
                  className={errors[`capacity.${tier}`] ? 'input-error' : ''}
                  data-testid={`touch-capacity-${tier}`}
                />
              </Field>
            ))}
          </div>
          {canEdit && <p className="muted form-hint">{t('touchModel.saveHint')}</p>}
          {saved && !form.dirty && (
            <Alert tone="success" role="status" testId="touch-saved">
              {t('touchModel.saved')}
            </Alert>
          )}
          {form.stale && <StaleAlert testId="touch-rules" onReload={reload} />}
          {form.error && <ErrorAlert testId="touch-rules-failed">{form.error}</ErrorAlert>}
        </div>
      </fieldset>
    </section>
  );
}

function RuleRows({
  rules,
  currency,
  errors,
  canEdit,
  onChange,
}: {
  rules: RuleDraft[];
  currency: string;
  errors: FieldErrors;
  canEdit: boolean;
  onChange: (rules: RuleDraft[]) => void;
}) {
  const { t } = useTranslation();
  const update = (i: number, patch: Partial<RuleDraft>) =>
    onChange(rules.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <div className="table-wrap table-wrap-full">
      <table className="table touch-rule-table" data-testid="touch-rule-table">
        <thead>
          <tr>
            <th className="num">#</th>
            <th>{t('touchModel.rules.col.tier')}</th>
            <th>{t('touchModel.rules.col.minArr', { currency })}</th>
            <th>{t('touchModel.rules.col.employeeBands')}</th>
            <th>{t('touchModel.rules.col.industries')}</th>
            <th>{t('touchModel.rules.col.attribute')}</th>
            <th>
              <span className="sr-only">{t('touchModel.rules.col.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rules.map((rule, i) => {
            const path = `rules[${i}]`;
            return (
              <tr key={i} data-testid="touch-rule" data-tier={rule.tier}>
                <td className="num muted">{i + 1}</td>
                <td>
                  <select
                    className="select select-sm"
                    value={rule.tier}
                    onChange={(e) => update(i, { tier: e.target.value as RuleDraft['tier'] })}
                    aria-label={t('touchModel.rules.col.tier')}
                    data-testid="touch-rule-tier"
                  >
                    {RULE_TIERS.map((tier) => (
                      <option key={tier} value={tier}>
                        {t(`enum.tier.${tier}`)}
                      </option>
                    ))}
                  </select>
                  <FieldError message={errors[`${path}.tier`]} />
                </td>
                <td>
                  <CellInput
                    type="text"
                    value={rule.minArr}
                    onChange={(minArr) => update(i, { minArr })}
                    label={t('touchModel.rules.col.minArr', { currency })}
                    placeholder={t('touchModel.rules.any')}
                    error={errors[`${path}.min_arr_minor`]}
                    testId="touch-rule-min-arr"
                  />
                </td>
                <td>
                  <BandChoice
                    chosen={rule.employeeBands}
                    onChange={(employeeBands) => update(i, { employeeBands })}
                  />
                  <FieldError message={errors[`${path}.employee_bands`]} />
                </td>
                <td>
                  <IndustryChips
                    industries={rule.industries}
                    onChange={(industries) => update(i, { industries })}
                  />
                  <FieldError message={errors[`${path}.industries`]} />
                </td>
                <td>
                  <div className="touch-attribute">
                    <CellInput
                      value={rule.attributeKey}
                      onChange={(attributeKey) => update(i, { attributeKey })}
                      label={t('touchModel.rules.attributeKey')}
                      placeholder={t('touchModel.rules.attributeKey')}
                      error={errors[`${path}.attribute.key`]}
                      testId="touch-rule-attribute-key"
                    />
                    <span aria-hidden="true">=</span>
                    <CellInput
                      value={rule.attributeValue}
                      onChange={(attributeValue) => update(i, { attributeValue })}
                      label={t('touchModel.rules.attributeValue')}
                      placeholder={t('touchModel.rules.attributeValue')}
                      error={errors[`${path}.attribute.value`] ?? errors[`${path}.attribute`]}
                      testId="touch-rule-attribute-value"
                    />
                  </div>
                </td>
                <td className="nowrap">
                  {canEdit && (
                    <>
                      <RuleButton
                        icon="arrowUp"
                        label={t('touchModel.rules.moveUp')}
                        disabled={i === 0}
                        onClick={() => onChange(moved(rules, i, i - 1))}
                        testId="touch-rule-up"
                      />
                      <RuleButton
                        icon="arrowDown"
                        label={t('touchModel.rules.moveDown')}
                        disabled={i === rules.length - 1}
                        onClick={() => onChange(moved(rules, i, i + 1))}
                        testId="touch-rule-down"
                      />
                      <RuleButton
                        icon="trash"
                        label={t('touchModel.rules.remove')}
                        onClick={() => onChange(rules.filter((_, j) => j !== i))}
                        testId="touch-rule-remove"
                      />
                    </>
                  )}
                </td>
              </tr>
            );
          })}
          <tr className="touch-rule-fallback" data-testid="touch-rule-fallback">
            <td />
            <td colSpan={6} className="muted">
              {rules.length === 0 ? t('touchModel.rules.empty') : t('touchModel.rules.fallback')}
            </td>
          </tr>
        </tbody>
      </table>
    </div>
  );
}

function RuleButton({
  icon,
  label,
  disabled = false,
  onClick,
  testId,
}: {
  icon: 'arrowUp' | 'arrowDown' | 'trash';
  label: string;
  disabled?: boolean;
  onClick: () => void;
  testId: string;
}) {
  return (
    <button
      type="button"
      className="icon-button"
      onClick={onClick}
      disabled={disabled}
      aria-label={label}
      title={label}
      data-testid={testId}
    >
      <Icon name={icon} size={14} />
    </button>
  );
}

/** The employee bands a rule takes, as toggles; none chosen is any. */
function BandChoice({
  chosen,
  onChange,
}: {
  chosen: EmployeeBand[];
  onChange: (bands: EmployeeBand[]) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="chip-choice" role="group" aria-label={t('touchModel.rules.col.employeeBands')}>
      {EMPLOYEE_BANDS.map((band) => {
        const on = chosen.includes(band);
        return (
          <label key={band} className={`chip-check ${on ? 'chip-check-on' : ''}`}>
            <input
              type="checkbox"
              checked={on}
              onChange={() =>
                // Kept in the bands' own order, whatever order they were ticked in.
                onChange(EMPLOYEE_BANDS.filter((b) => (b === band ? !on : chosen.includes(b))))
              }
              data-testid="touch-rule-band"
              data-band={band}
            />
            {t(`enum.employeeBand.${band}`)}
          </label>
        );
      })}
    </div>
  );
}

/** Industries as free-text chips: typed and added with Enter (not while an IME composes). */
function IndustryChips({
  industries,
  onChange,
}: {
  industries: string[];
  onChange: (industries: string[]) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  function add() {
    if (text.trim()) onChange(addIndustry(industries, text));
    setText('');
  }
  function onKeyDown(e: KeyboardEvent<HTMLInputElement>) {
    if (e.key !== 'Enter' || e.nativeEvent.isComposing) return;
    e.preventDefault();
    add();
  }
  return (
    <div className="chip-input">
      {industries.map((industry) => (
        <span key={industry} className="chip" data-testid="touch-rule-industry">
          {industry}
          <button
            type="button"
            className="chip-remove"
            onClick={() => onChange(industries.filter((x) => x !== industry))}
            aria-label={t('touchModel.rules.removeIndustry', { name: industry })}
            title={t('touchModel.rules.removeIndustry', { name: industry })}
          >
            <Icon name="x" size={11} />
          </button>
        </span>
      ))}
      <input
        type="text"
        value={text}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={add}
        placeholder={industries.length === 0 ? t('touchModel.rules.anyIndustry') : ''}
        aria-label={t('touchModel.rules.industryInput')}
        data-testid="touch-rule-industry-input"
      />
    </div>
  );
}
