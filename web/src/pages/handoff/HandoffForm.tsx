// The sales → CS hand-off form: why the customer bought, the outcomes they expect (one per
// line), the stakeholders (HandoffRows), the sales owner and, on creation, "also make a success
// plan" from a template. Saving (useHandoffForm) creates or edits; a 400 is shown at the row and
// field it names.
import { useTranslation } from 'react-i18next';
import { api, type Contact, type Handoff, type SuccessPlan } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { Field } from '../../components/FormFields';
import { Icon } from '../../components/Icon';
import { useAsync } from '../../lib/useAsync';
import type { HandoffDraft } from './handoff';
import { OutcomeRows, StakeholderRows } from './HandoffRows';
import { useHandoffForm, type HandoffErrors } from './useHandoffForm';

export function HandoffForm(props: {
  accountId: number;
  contacts: Contact[];
  /** Editing this one; creating when absent. */
  handoff?: Handoff;
  onSaved: (handoff: Handoff, plan: SuccessPlan | null) => void;
  onCancel?: () => void;
  /** 409: the account got a hand-off meanwhile, or this one changed; the caller reads it again. */
  onConflict: () => void;
}) {
  const { t } = useTranslation();
  const { contacts, handoff, onCancel } = props;
  const creating = !handoff;
  const { draft, errors, general, saving, update, save } = useHandoffForm(props);

  return (
    <section className="card" data-testid="handoff-form" data-mode={creating ? 'create' : 'edit'}>
      <div className="card-head">
        <div>
          <h2 className="card-head-title">
            {creating ? t('handoff.formTitle') : t('handoff.editTitle')}
          </h2>
          <div className="card-head-sub">{t('handoff.formHint')}</div>
        </div>
      </div>
      <div className="card-pad form-stack">
        <Field
          label={t('handoff.whyBought')}
          error={errors.why_bought}
          errorTestId="handoff-why-error"
          hint={t('handoff.whyBoughtHint')}
        >
          <textarea
            rows={3}
            className={errors.why_bought ? 'input-error' : ''}
            value={draft.why_bought}
            onChange={(e) => update({ why_bought: e.target.value }, ['why_bought'])}
            placeholder={t('handoff.whyBoughtPlaceholder')}
            data-testid="handoff-why"
          />
        </Field>
        <OutcomeRows
          outcomes={draft.outcomes}
          errors={errors}
          onChange={(outcomes, clear) => update({ outcomes }, clear)}
        />
        <StakeholderRows
          stakeholders={draft.stakeholders}
          contacts={contacts}
          errors={errors}
          onChange={(stakeholders, clear) => update({ stakeholders }, clear)}
        />
        <label className="field field-owner">
          <span className="field-label">
            {t('handoff.salesOwner')}{' '}
            <span className="field-optional">{t('planForm.optional')}</span>
          </span>
          <input
            type="text"
            className={errors.sales_owner ? 'input-error' : ''}
            value={draft.sales_owner}
            onChange={(e) => update({ sales_owner: e.target.value }, ['sales_owner'])}
            placeholder={t('handoff.salesOwnerPlaceholder')}
            data-testid="handoff-sales-owner"
          />
          {errors.sales_owner && <span className="field-error">{errors.sales_owner}</span>}
        </label>
        {creating && <SeedPlanChoice draft={draft} errors={errors} update={update} />}

        {general && <ErrorAlert testId="handoff-error">{general}</ErrorAlert>}
        <div className="form-actions-row">
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void save()}
            disabled={saving}
            data-testid="handoff-save"
          >
            <Icon name="check" size={15} />
            {saving ? t('handoff.saving') : creating ? t('handoff.create') : t('handoff.save')}
          </button>
          {onCancel && (
            <button
              type="button"
              className="btn btn-ghost"
              onClick={onCancel}
              disabled={saving}
              data-testid="handoff-cancel"
            >
              {t('common.cancel')}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}

/** On creation only: also make a success plan, from a template or none. */
function SeedPlanChoice({
  draft,
  errors,
  update,
}: {
  draft: HandoffDraft;
  errors: HandoffErrors;
  update: (change: Partial<HandoffDraft>, clear?: string[]) => void;
}) {
  const { t } = useTranslation();
  const templates = useAsync((signal) => api.planTemplates(signal).catch(() => ({ data: [] })), []);
  return (
    <div className="seed-plan">
      <label className="check">
        <input
          type="checkbox"
          checked={draft.seed_plan}
          onChange={(e) => update({ seed_plan: e.target.checked }, ['template_key'])}
          data-testid="handoff-seed-plan"
        />
        <span>
          <strong>{t('handoff.seedPlan')}</strong>
          <span className="field-hint seed-plan-hint">{t('handoff.seedPlanHint')}</span>
        </span>
      </label>
      {draft.seed_plan && (
        <label className="field seed-plan-template">
          <span className="field-label">{t('newPlan.template')}</span>
          <select
            className="select select-wide"
            value={draft.template_key}
            onChange={(e) => update({ template_key: e.target.value }, ['template_key'])}
            data-testid="handoff-template"
          >
            <option value="">{t('handoff.noTemplate')}</option>
            {(templates.data?.data ?? []).map((tpl) => (
              <option key={tpl.key} value={tpl.key}>
                {tpl.name}
              </option>
            ))}
          </select>
          {errors.template_key && <span className="field-error">{errors.template_key}</span>}
        </label>
      )}
    </div>
  );
}
