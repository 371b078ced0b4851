// The sales → CS hand-off form: why the customer bought, the outcomes they expect (one per
// line), the stakeholders (a contact of the account or a free name, with role and note), the
// sales owner and, on creation, "also make a success plan" from a template. Creates (POST) or
// edits (PATCH with the version read); a 400 is shown at the row and field it names.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, STAKEHOLDER_ROLES, type Contact, type Handoff, type StakeholderRole, type SuccessPlan } from '../../api';
import { Icon } from '../../components/Icon';
import { errorMessage } from '../../components/States';
import { useAsync } from '../../lib/useAsync';
import {
  emptyHandoffDraft,
  handoffDraftOf,
  handoffInput,
  handoffPatch,
  handoffProblemKey,
  newOutcome,
  newStakeholder,
  pickContact,
  validateHandoff,
  type HandoffDraft,
  type StakeholderRow,
} from './handoff';

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
  const { accountId, contacts, handoff, onSaved, onCancel, onConflict } = props;
  const creating = !handoff;
  const templates = useAsync((signal) => (creating ? api.planTemplates(signal).catch(() => ({ data: [] })) : Promise.resolve({ data: [] })), [creating]);
  const [draft, setDraft] = useState<HandoffDraft>(() => (handoff ? handoffDraftOf(handoff) : emptyHandoffDraft()));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const current = contacts.filter((c) => !c.departed);

  function update(change: Partial<HandoffDraft>, clear: string[] = []) {
    setDraft((prev) => ({ ...prev, ...change }));
    if (clear.length) setErrors((prev) => Object.fromEntries(Object.entries(prev).filter(([k]) => !clear.includes(k))));
    setGeneral(null);
  }

  function setStakeholder(key: number, change: (row: StakeholderRow) => StakeholderRow, clear: string[]) {
    update({ stakeholders: draft.stakeholders.map((s) => (s.key === key ? change(s) : s)) }, clear.map((f) => `stakeholder:${key}.${f}`));
  }

  async function save() {
    const problems = validateHandoff(draft, { required: t('planForm.required') });
    setErrors(problems);
    setGeneral(null);
    if (Object.keys(problems).length) return;
    setSaving(true);
    try {
      if (handoff) {
        onSaved(await api.updateHandoff(handoff.id, handoffPatch(draft, handoff.version)), null);
      } else {
        const created = await api.createHandoff(accountId, handoffInput(draft));
        onSaved(created.handoff, created.plan);
      }
    } catch (cause) {
      const message = errorMessage(cause, t('common.error'));
      if (cause instanceof ApiError && cause.status === 409) {
        setGeneral(creating ? t('handoff.exists') : t('handoff.conflict'));
        onConflict();
      } else {
        const where = cause instanceof ApiError ? handoffProblemKey(cause.field, draft) : null;
        if (where) setErrors({ [where]: message });
        else setGeneral(message);
      }
      setSaving(false);
    }
  }

  return (
    <section className="card" data-testid="handoff-form" data-mode={creating ? 'create' : 'edit'}>
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{creating ? t('handoff.formTitle') : t('handoff.editTitle')}</h2>
          <div className="card-head-sub">{t('handoff.formHint')}</div>
        </div>
      </div>
      <div className="card-pad form-stack">
        <label className="field">
          <span className="field-label">{t('handoff.whyBought')}</span>
          <textarea
            rows={3}
            className={errors.why_bought ? 'input-error' : ''}
            value={draft.why_bought}
            onChange={(e) => update({ why_bought: e.target.value }, ['why_bought'])}
            placeholder={t('handoff.whyBoughtPlaceholder')}
            data-testid="handoff-why"
          />
          {errors.why_bought ? <span className="field-error" data-testid="handoff-why-error">{errors.why_bought}</span> : <span className="field-hint">{t('handoff.whyBoughtHint')}</span>}
        </label>

        <div className="field">
          <span className="field-label">{t('handoff.outcomes')}</span>
          <span className="field-hint">{t('handoff.outcomesHint')}</span>
          {errors.expected_outcomes && <span className="field-error">{errors.expected_outcomes}</span>}
          <ol className="row-list">
            {draft.outcomes.map((row, i) => (
              <li key={row.key} className="row-list-item" data-testid="handoff-outcome">
                <div className="cell-field">
                  <input
                    type="text"
                    className={errors[`outcome:${row.key}`] ? 'input-error' : ''}
                    value={row.text}
                    onChange={(e) => update({ outcomes: draft.outcomes.map((o) => (o.key === row.key ? { ...o, text: e.target.value } : o)) }, [`outcome:${row.key}`])}
                    placeholder={t('handoff.outcomePlaceholder')}
                    aria-label={t('handoff.outcomeN', { n: i + 1 })}
                    data-testid={`handoff-outcome-${i}`}
                  />
                  {errors[`outcome:${row.key}`] && <div className="field-error" data-testid={`handoff-outcome-${i}-error`}>{errors[`outcome:${row.key}`]}</div>}
                </div>
                <button type="button" className="icon-button" onClick={() => update({ outcomes: draft.outcomes.filter((o) => o.key !== row.key) })} aria-label={t('handoff.removeOutcome', { n: i + 1 })} title={t('handoff.removeOutcome', { n: i + 1 })}>
                  <Icon name="x" size={15} />
                </button>
              </li>
            ))}
          </ol>
          <div>
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => update({ outcomes: [...draft.outcomes, newOutcome()] })} data-testid="handoff-outcome-add">
              <Icon name="plus" size={14} />
              {t('handoff.addOutcome')}
            </button>
          </div>
        </div>

        <div className="field">
          <span className="field-label">{t('handoff.stakeholders')}</span>
          <span className="field-hint">{t('handoff.stakeholdersHint')}</span>
          {errors.stakeholders && <span className="field-error">{errors.stakeholders}</span>}
          <div className="stakeholder-rows">
            {draft.stakeholders.map((row, i) => {
              const err = (f: string) => errors[`stakeholder:${row.key}.${f}`];
              return (
                <div key={row.key} className="stakeholder-row" data-testid="handoff-stakeholder">
                  <div className="cell-field sh-contact">
                    <select
                      className="select"
                      value={row.contact_id ?? ''}
                      onChange={(e) => setStakeholder(row.key, (r) => pickContact(r, current.find((c) => c.id === Number(e.target.value)) ?? null), ['name', 'contact_id', 'role'])}
                      aria-label={t('handoff.contactOf', { n: i + 1 })}
                      data-testid={`handoff-contact-${i}`}
                    >
                      <option value="">{t('handoff.freeName')}</option>
                      {current.map((c) => (
                        <option key={c.id} value={c.id}>
                          {c.name}
                          {c.title ? `（${c.title}）` : ''}
                        </option>
                      ))}
                    </select>
                    {err('contact_id') && <div className="field-error">{err('contact_id')}</div>}
                  </div>
                  <div className="cell-field sh-name">
                    <input
                      type="text"
                      className={err('name') ? 'input-error' : ''}
                      value={row.name}
                      onChange={(e) => setStakeholder(row.key, (r) => ({ ...r, name: e.target.value }), ['name'])}
                      placeholder={t('handoff.namePlaceholder')}
                      aria-label={t('handoff.nameOf', { n: i + 1 })}
                      data-testid={`handoff-stakeholder-name-${i}`}
                    />
                    {err('name') && <div className="field-error" data-testid={`handoff-stakeholder-name-${i}-error`}>{err('name')}</div>}
                  </div>
                  <div className="cell-field sh-role">
                    <select
                      className="select"
                      value={row.role}
                      onChange={(e) => setStakeholder(row.key, (r) => ({ ...r, role: e.target.value as StakeholderRole }), ['role'])}
                      aria-label={t('handoff.roleOf', { n: i + 1 })}
                      data-testid={`handoff-stakeholder-role-${i}`}
                    >
                      {STAKEHOLDER_ROLES.map((role) => (
                        <option key={role} value={role}>
                          {t(`enum.stakeholderRole.${role}`)}
                        </option>
                      ))}
                    </select>
                    {err('role') && <div className="field-error">{err('role')}</div>}
                  </div>
                  <div className="cell-field sh-note">
                    <input
                      type="text"
                      value={row.note}
                      onChange={(e) => setStakeholder(row.key, (r) => ({ ...r, note: e.target.value }), ['note'])}
                      placeholder={t('handoff.notePlaceholder')}
                      aria-label={t('handoff.noteOf', { n: i + 1 })}
                      data-testid={`handoff-stakeholder-note-${i}`}
                    />
                    {err('note') && <div className="field-error">{err('note')}</div>}
                  </div>
                  <button type="button" className="icon-button sh-remove" onClick={() => update({ stakeholders: draft.stakeholders.filter((s) => s.key !== row.key) })} aria-label={t('handoff.removeStakeholder', { n: i + 1 })} title={t('handoff.removeStakeholder', { n: i + 1 })}>
                    <Icon name="x" size={15} />
                  </button>
                </div>
              );
            })}
          </div>
          <div>
            <button type="button" className="btn btn-ghost btn-sm" onClick={() => update({ stakeholders: [...draft.stakeholders, newStakeholder()] })} data-testid="handoff-stakeholder-add">
              <Icon name="plus" size={14} />
              {t('handoff.addStakeholder')}
            </button>
          </div>
        </div>

        <label className="field field-owner">
          <span className="field-label">
            {t('handoff.salesOwner')} <span className="field-optional">{t('planForm.optional')}</span>
          </span>
          <input type="text" className={errors.sales_owner ? 'input-error' : ''} value={draft.sales_owner} onChange={(e) => update({ sales_owner: e.target.value }, ['sales_owner'])} placeholder={t('handoff.salesOwnerPlaceholder')} data-testid="handoff-sales-owner" />
          {errors.sales_owner && <span className="field-error">{errors.sales_owner}</span>}
        </label>

        {creating && (
          <div className="seed-plan">
            <label className="check">
              <input type="checkbox" checked={draft.seed_plan} onChange={(e) => update({ seed_plan: e.target.checked }, ['template_key'])} data-testid="handoff-seed-plan" />
              <span>
                <strong>{t('handoff.seedPlan')}</strong>
                <span className="field-hint seed-plan-hint">{t('handoff.seedPlanHint')}</span>
              </span>
            </label>
            {draft.seed_plan && (
              <label className="field seed-plan-template">
                <span className="field-label">{t('newPlan.template')}</span>
                <select className="select select-wide" value={draft.template_key} onChange={(e) => update({ template_key: e.target.value }, ['template_key'])} data-testid="handoff-template">
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
        )}

        {general && (
          <div className="alert alert-error" role="alert" data-testid="handoff-error">
            <Icon name="alert" size={18} />
            <div className="alert-body">{general}</div>
          </div>
        )}
        <div className="form-actions-row">
          <button type="button" className="btn btn-primary" onClick={() => void save()} disabled={saving} data-testid="handoff-save">
            <Icon name="check" size={15} />
            {saving ? t('handoff.saving') : creating ? t('handoff.create') : t('handoff.save')}
          </button>
          {onCancel && (
            <button type="button" className="btn btn-ghost" onClick={onCancel} disabled={saving}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </div>
    </section>
  );
}
