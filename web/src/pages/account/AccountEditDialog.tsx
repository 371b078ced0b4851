// Edits the account: its owner (a staff user, by name), renewal date, touch model (or none:
// automatic) with the reason it is set by hand, and custom attributes; saved with the version
// read (a 409 says someone saved first).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type Account } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/FormFields';
import { useRecordForm } from '../../components/useRecordForm';
import { formatDate } from '../../lib/format';
import { accountDraft, accountChanges, accountProblems, type AccountDraft } from './accountForm';
import { CustomAttributesEditor } from './CustomAttributesEditor';
import { OwnerField } from './OwnerField';
import { TierOverrideFields } from './TierOverrideFields';

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
  const { draft, change, errors } = form;

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
        <OwnerField
          value={draft.owner_id}
          onChange={(owner_id) => change({ owner_id })}
          current={account.owner_id}
          label={t('account.field.owner')}
          blank={t('common.unassigned')}
          error={errors.owner_id}
          testId="account-owner"
        />
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
      </div>
      <TierOverrideFields
        tier={draft.tier_override}
        reason={draft.tier_override_reason}
        onTier={(tier_override) => change({ tier_override })}
        onReason={(tier_override_reason) => change({ tier_override_reason })}
        errors={{ tier: errors.tier_override, reason: errors.tier_override_reason }}
        label={t('account.field.tier_override')}
        hint={t('accountForm.tierHint')}
        blank={t('account.automatic')}
        testId="account-tier-override"
      />
      <CustomAttributesEditor
        rows={draft.custom_attributes}
        errors={errors}
        onChange={(custom_attributes) => change({ custom_attributes })}
      />
    </FormDialog>
  );
}
