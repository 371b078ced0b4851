// Adds or edits a contract: product, external id, period, billing period, the amount per billing
// period in the account's currency (typed as ¥1,200,000 or $6,000.00, previewed with its MRR),
// and seats. The account's revenue is worked out again by the server on every save.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, BILLING_PERIODS, type BillingPeriod, type Contract } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/FormFields';
import { useRecordForm } from '../../components/useRecordForm';
import {
  amountPreview,
  contractDraft,
  contractInput,
  contractPatch,
  contractProblems,
  type ContractDraft,
} from './contractForm';

export function ContractDialog(props: {
  accountId: number;
  /** The account's currency: every contract of the account is in it. */
  currency: string;
  contract: Contract | null;
  onSaved: (contract: Contract) => void;
  onClose: () => void;
  now?: () => Date;
}) {
  const { accountId, currency, onSaved, onClose, now = () => new Date() } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [original, setOriginal] = useState(props.contract);
  const form = useRecordForm<ContractDraft>(() => contractDraft(original, now()), {
    fieldOf: (field) => (field === 'amount_minor' ? 'amount' : null),
  });
  const { draft, change, errors } = form;

  async function save() {
    if (original && !form.dirty) return onClose();
    const saved = await form.submit(contractProblems(draft, currency, t), () =>
      original
        ? api.updateContract(original.id, contractPatch(original, draft))
        : api.createContract(contractInput(accountId, currency, draft)),
    );
    if (saved) onSaved(saved);
  }

  async function reload() {
    if (!original) return;
    const latest = await api.contract(original.id);
    setOriginal(latest);
    form.reset(contractDraft(latest, now()));
  }

  const input = (key: keyof ContractDraft, type: 'text' | 'date' = 'text', extra = {}) => (
    <input
      type={type}
      value={draft[key]}
      onChange={(e) => change({ [key]: e.target.value })}
      className={errors[key] ? 'input-error' : ''}
      aria-invalid={errors[key] ? true : undefined}
      data-testid={`contract-${key}`}
      {...extra}
    />
  );
  const field = (key: keyof ContractDraft, optional = false, hint?: string) => ({
    label: t(`contractForm.${key}`),
    error: errors[key],
    errorTestId: `contract-${key}-error`,
    optional,
    hint,
  });

  return (
    <FormDialog
      title={original ? t('contractForm.editTitle') : t('contractForm.title')}
      testId="contract-dialog"
      form={form}
      onSubmit={() => void save()}
      onClose={onClose}
      onReload={reload}
      wide
    >
      <div className="record-form-row">
        <Field {...field('product')}>
          {input('product', 'text', { placeholder: t('contractForm.productPlaceholder') })}
        </Field>
        <Field {...field('external_id', true, t('contractForm.externalIdHint'))}>
          {input('external_id', 'text', {
            className: `mono ${errors.external_id ? 'input-error' : ''}`,
          })}
        </Field>
        <Field {...field('start_date')}>{input('start_date', 'date')}</Field>
        <Field {...field('end_date', true, t('contractForm.endDateHint'))}>
          {input('end_date', 'date')}
        </Field>
        <Field {...field('billing_period')}>
          <select
            className="select"
            value={draft.billing_period}
            onChange={(e) => change({ billing_period: e.target.value as BillingPeriod })}
            data-testid="contract-billing_period"
          >
            {BILLING_PERIODS.map((period) => (
              <option key={period} value={period}>
                {t(`enum.billing.${period}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field {...field('amount', false, amountPreview(draft, currency, lang, t))}>
          <span className="input-with-unit">
            {input('amount', 'text', {
              inputMode: 'decimal',
              className: `num-input ${errors.amount ? 'input-error' : ''}`,
            })}
            <span className="unit">{currency}</span>
          </span>
        </Field>
        <Field {...field('seats', true, t('contractForm.seatsHint'))}>
          {input('seats', 'text', {
            inputMode: 'numeric',
            className: `num-input ${errors.seats ? 'input-error' : ''}`,
          })}
        </Field>
        <Field label={t('contractForm.currency')} hint={t('contractForm.currencyHint')}>
          <input
            type="text"
            value={currency}
            disabled
            className="mono"
            data-testid="contract-currency"
          />
        </Field>
      </div>
    </FormDialog>
  );
}
