// Edits the account: its owner (a staff user, by name), renewal date, touch model (or none:
// automatic) with the reason it is set by hand, and custom attributes; saved with the version read (a 409 says someone saved first).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, TIERS, type Account, type Tier } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/FormFields';
import { useRecordForm } from '../../components/useRecordForm';
import { formatDate } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import {
  accountDraft,
  accountChanges,
  accountProblems,
  ownerChoices,
  type AccountDraft,
} from './accountForm';
import { CustomAttributesEditor } from './CustomAttributesEditor';

export function AccountEditDialog(props: {
  account: Account;
  onSaved: (account: Account) => void;
  onClose: () => void;
}) {
  const { onSaved, onClose } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [account, setAccount] = useState(props.account);
  const form = useRecordForm<AccountDraft>(() => accountDraft(account));
  const users = useAsync((signal) => api.users(signal), []);
  const { draft, change, errors } = form;
  const owners = users.data ? ownerChoices(users.data.data, account.owner_id, lang) : null;

  async function save() {
    if (!form.dirty) return onClose();
    const saved = await form.submit(accountProblems(draft, account, t), () =>
      api.updateAccount(account.id, account.version, accountChanges(account, draft)),
    );
    if (saved) onSaved(saved);
  }

  async function reload() {
    const latest = await api.account(account.id);
    setAccount(latest);
    form.reset(accountDraft(latest));
  }

  return (
    <FormDialog
      title={t('accountForm.title', { name: account.name })}
      testId="account-dialog"
      form={form}
      onSubmit={() => void save()}
      onClose={onClose}
      onReload={reload}
      wide
    >
      <div className="record-form-row">
        <Field label={t('account.field.owner')} error={errors.owner_id}>
          <select
            className="select"
            value={draft.owner_id}
            onChange={(e) => change({ owner_id: e.target.value })}
            disabled={!owners}
            data-testid="account-owner-select"
          >
            <option value="">{owners ? t('common.unassigned') : t('common.loading')}</option>
            {owners?.map((owner) => (
              <option key={owner.id} value={String(owner.id)}>
                {owner.label}
              </option>
            ))}
          </select>
        </Field>
        <Field
          label={t('account.field.renewal_date')}
          optional
          error={errors.renewal_date}
          errorTestId="account-renewal-error"
          hint={
            account.start_date
              ? t('accountForm.startedOn', { date: formatDate(account.start_date, lang) })
              : undefined
          }
        >
          <input
            type="date"
            value={draft.renewal_date}
            onChange={(e) => change({ renewal_date: e.target.value })}
            className={errors.renewal_date ? 'input-error' : ''}
            data-testid="account-renewal-input"
          />
        </Field>
        <Field
          label={t('account.field.tier_override')}
          error={errors.tier_override}
          hint={t('accountForm.tierHint')}
        >
          <select
            className="select"
            value={draft.tier_override}
            onChange={(e) => change({ tier_override: e.target.value as Tier | '' })}
            data-testid="account-tier-select"
          >
            <option value="">{t('account.automatic')}</option>
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`enum.tier.${tier}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {draft.tier_override && (
        <Field
          label={t('account.field.tier_override_reason')}
          error={errors.tier_override_reason}
          errorTestId="account-tier-reason-error"
          hint={t('account.tierReasonHint')}
        >
          <input
            type="text"
            value={draft.tier_override_reason}
            onChange={(e) => change({ tier_override_reason: e.target.value })}
            placeholder={t('account.tierReasonPlaceholder')}
            className={errors.tier_override_reason ? 'input-error' : ''}
            aria-invalid={errors.tier_override_reason ? true : undefined}
            data-testid="account-tier-reason-input"
          />
        </Field>
      )}
      <CustomAttributesEditor
        rows={draft.custom_attributes}
        errors={errors}
        onChange={(custom_attributes) => change({ custom_attributes })}
      />
    </FormDialog>
  );
}
