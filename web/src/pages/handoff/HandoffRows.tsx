// The hand-off form's two lists of rows: the outcomes the customer expects (one a line) and the
// stakeholders (a contact of the account or a free name, with role and note). Rows have stable
// keys; their errors are keyed `outcome:<key>` and `stakeholder:<key>.<field>`.
import { useTranslation } from 'react-i18next';
import { STAKEHOLDER_ROLES, type Contact, type StakeholderRole } from '../../api';
import { Icon } from '../../components/Icon';
import {
  newOutcome,
  newStakeholder,
  pickContact,
  type OutcomeRow,
  type StakeholderRow,
} from './handoff';
import type { HandoffErrors } from './useHandoffForm';

/** The new rows, and the error keys their change makes stale. */
type OnRowsChange<Row> = (rows: Row[], clear?: string[]) => void;

export function OutcomeRows({
  outcomes,
  errors,
  onChange,
}: {
  outcomes: OutcomeRow[];
  errors: HandoffErrors;
  onChange: OnRowsChange<OutcomeRow>;
}) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <span className="field-label">{t('handoff.outcomes')}</span>
      <span className="field-hint">{t('handoff.outcomesHint')}</span>
      {errors.expected_outcomes && <span className="field-error">{errors.expected_outcomes}</span>}
      <ol className="row-list">
        {outcomes.map((row, i) => {
          const error = errors[`outcome:${row.key}`];
          return (
            <li key={row.key} className="row-list-item" data-testid="handoff-outcome">
              <div className="cell-field">
                <input
                  type="text"
                  className={error ? 'input-error' : ''}
                  value={row.text}
                  onChange={(e) =>
                    onChange(
                      outcomes.map((o) => (o.key === row.key ? { ...o, text: e.target.value } : o)),
                      [`outcome:${row.key}`],
                    )
                  }
                  placeholder={t('handoff.outcomePlaceholder')}
                  aria-label={t('handoff.outcomeN', { n: i + 1 })}
                  data-testid={`handoff-outcome-${i}`}
                />
                {error && (
                  <div className="field-error" data-testid={`handoff-outcome-${i}-error`}>
                    {error}
                  </div>
                )}
              </div>
              <RemoveRowButton
                label={t('handoff.removeOutcome', { n: i + 1 })}
                onClick={() => onChange(outcomes.filter((o) => o.key !== row.key))}
              />
            </li>
          );
        })}
      </ol>
      <AddRowButton
        label={t('handoff.addOutcome')}
        onClick={() => onChange([...outcomes, newOutcome()])}
        testId="handoff-outcome-add"
      />
    </div>
  );
}

export function StakeholderRows({
  stakeholders,
  contacts,
  errors,
  onChange,
}: {
  stakeholders: StakeholderRow[];
  contacts: Contact[];
  errors: HandoffErrors;
  onChange: OnRowsChange<StakeholderRow>;
}) {
  const { t } = useTranslation();
  const current = contacts.filter((c) => !c.departed);
  function change(key: number, edit: (row: StakeholderRow) => StakeholderRow, clear: string[]) {
    onChange(
      stakeholders.map((s) => (s.key === key ? edit(s) : s)),
      clear.map((field) => `stakeholder:${key}.${field}`),
    );
  }
  return (
    <div className="field">
      <span className="field-label">{t('handoff.stakeholders')}</span>
      <span className="field-hint">{t('handoff.stakeholdersHint')}</span>
      {errors.stakeholders && <span className="field-error">{errors.stakeholders}</span>}
      <div className="stakeholder-rows">
        {stakeholders.map((row, i) => (
          <StakeholderInputs
            key={row.key}
            row={row}
            index={i}
            contacts={current}
            errorAt={(field) => errors[`stakeholder:${row.key}.${field}`]}
            onChange={(edit, clear) => change(row.key, edit, clear)}
            onRemove={() => onChange(stakeholders.filter((s) => s.key !== row.key))}
          />
        ))}
      </div>
      <AddRowButton
        label={t('handoff.addStakeholder')}
        onClick={() => onChange([...stakeholders, newStakeholder()])}
        testId="handoff-stakeholder-add"
      />
    </div>
  );
}

function StakeholderInputs(props: {
  row: StakeholderRow;
  index: number;
  /** The account's contacts still there, to pick from. */
  contacts: Contact[];
  errorAt: (field: string) => string | undefined;
  onChange: (edit: (row: StakeholderRow) => StakeholderRow, clear: string[]) => void;
  onRemove: () => void;
}) {
  const { row, index: i, contacts, errorAt, onChange, onRemove } = props;
  const { t } = useTranslation();
  return (
    <div className="stakeholder-row" data-testid="handoff-stakeholder">
      <div className="cell-field sh-contact">
        <select
          className="select"
          value={row.contact_id ?? ''}
          onChange={(e) =>
            onChange(
              (r) => pickContact(r, contacts.find((c) => c.id === Number(e.target.value)) ?? null),
              ['name', 'contact_id', 'role'],
            )
          }
          aria-label={t('handoff.contactOf', { n: i + 1 })}
          data-testid={`handoff-contact-${i}`}
        >
          <option value="">{t('handoff.freeName')}</option>
          {contacts.map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
              {c.title ? `（${c.title}）` : ''}
            </option>
          ))}
        </select>
        {errorAt('contact_id') && <div className="field-error">{errorAt('contact_id')}</div>}
      </div>
      <div className="cell-field sh-name">
        <input
          type="text"
          className={errorAt('name') ? 'input-error' : ''}
          value={row.name}
          onChange={(e) => onChange((r) => ({ ...r, name: e.target.value }), ['name'])}
          placeholder={t('handoff.namePlaceholder')}
          aria-label={t('handoff.nameOf', { n: i + 1 })}
          data-testid={`handoff-stakeholder-name-${i}`}
        />
        {errorAt('name') && (
          <div className="field-error" data-testid={`handoff-stakeholder-name-${i}-error`}>
            {errorAt('name')}
          </div>
        )}
      </div>
      <div className="cell-field sh-role">
        <select
          className="select"
          value={row.role}
          onChange={(e) =>
            onChange((r) => ({ ...r, role: e.target.value as StakeholderRole }), ['role'])
          }
          aria-label={t('handoff.roleOf', { n: i + 1 })}
          data-testid={`handoff-stakeholder-role-${i}`}
        >
          {STAKEHOLDER_ROLES.map((role) => (
            <option key={role} value={role}>
              {t(`enum.stakeholderRole.${role}`)}
            </option>
          ))}
        </select>
        {errorAt('role') && <div className="field-error">{errorAt('role')}</div>}
      </div>
      <div className="cell-field sh-note">
        <input
          type="text"
          value={row.note}
          onChange={(e) => onChange((r) => ({ ...r, note: e.target.value }), ['note'])}
          placeholder={t('handoff.notePlaceholder')}
          aria-label={t('handoff.noteOf', { n: i + 1 })}
          data-testid={`handoff-stakeholder-note-${i}`}
        />
        {errorAt('note') && <div className="field-error">{errorAt('note')}</div>}
      </div>
      <RemoveRowButton
        label={t('handoff.removeStakeholder', { n: i + 1 })}
        onClick={onRemove}
        className="sh-remove"
      />
    </div>
  );
}

function RemoveRowButton({
  label,
  onClick,
  className,
}: {
  label: string;
  onClick: () => void;
  className?: string;
}) {
  return (
    <button
      type="button"
      className={className ? `icon-button ${className}` : 'icon-button'}
      onClick={onClick}
      aria-label={label}
      title={label}
    >
      <Icon name="x" size={15} />
    </button>
  );
}

function AddRowButton({
  label,
  onClick,
  testId,
}: {
  label: string;
  onClick: () => void;
  testId: string;
}) {
  return (
    <div>
      <button type="button" className="btn btn-ghost btn-sm" onClick={onClick} data-testid={testId}>
        <Icon name="plus" size={14} />
        {label}
      </button>
    </div>
  );
}
