// Adds or edits one month's exchange rate: the month, the currency, and the rate typed as a
// decimal — units of the reporting currency for one unit of the currency ("1 USD = 151.2 JPY").
// A rate of that currency for that month already (409 naming `month`) is shown at the month.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type FxRate } from '../../api';
import { FormDialog } from '../../components/FormDialog';
import { Field } from '../../components/FormFields';
import { useRecordForm } from '../../components/useRecordForm';
import { currencyName } from '../../lib/format';
import {
  fxRateDraft,
  fxRateInput,
  fxRatePatch,
  fxRateProblems,
  normaliseRate,
  type FxRateDraft,
} from './fxRateForm';

export function FxRateDialog(props: {
  rate: FxRate | null;
  /** The reporting currency: the rate converts into it. */
  reporting: string;
  /** The currencies to choose from (not the reporting one). */
  currencies: string[];
  /** A new rate's currency (the first one missing, say). */
  initialCurrency?: string;
  onSaved: (rate: FxRate) => void;
  onClose: () => void;
  now?: () => Date;
}) {
  const {
    reporting,
    currencies,
    initialCurrency,
    onSaved,
    onClose,
    now = () => new Date(),
  } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [original, setOriginal] = useState(props.rate);
  const form = useRecordForm<FxRateDraft>(() =>
    fxRateDraft(original, now(), initialCurrency ?? currencies[0]),
  );
  const { draft, change, errors } = form;
  const rate = normaliseRate(draft.rate);
  const choices = currencies.includes(draft.currency)
    ? currencies
    : [draft.currency, ...currencies].filter(Boolean);

  async function save() {
    if (original && !form.dirty) return onClose();
    const saved = await form.submit(fxRateProblems(draft, reporting, t), () =>
      original
        ? api.updateFxRate(original.id, fxRatePatch(original, draft))
        : api.createFxRate(fxRateInput(draft)),
    );
    if (saved) onSaved(saved);
  }

  async function reload() {
    if (!original) return;
    const latest = await api.fxRate(original.id);
    setOriginal(latest);
    form.reset(fxRateDraft(latest, now()));
  }

  const field = (key: keyof FxRateDraft, hint?: string) => ({
    label: t(`fx.field.${key}`),
    error: errors[key],
    errorTestId: `fx-rate-${key}-error`,
    hint,
  });

  return (
    <FormDialog
      title={original ? t('fx.editTitle') : t('fx.addTitle')}
      testId="fx-rate-dialog"
      form={form}
      onSubmit={() => void save()}
      onClose={onClose}
      onReload={reload}
    >
      <Field {...field('month', t('fx.monthHint'))}>
        <input
          type="month"
          value={draft.month}
          onChange={(e) => change({ month: e.target.value })}
          className={errors.month ? 'input-error' : ''}
          aria-invalid={errors.month ? true : undefined}
          data-testid="fx-rate-month"
        />
      </Field>
      <Field {...field('currency')}>
        <select
          className={`select select-wide ${errors.currency ? 'input-error' : ''}`}
          value={draft.currency}
          onChange={(e) => change({ currency: e.target.value })}
          data-testid="fx-rate-currency"
        >
          {!draft.currency && <option value="">{t('fx.chooseCurrency')}</option>}
          {choices.map((code) => (
            <option key={code} value={code}>
              {`${code} — ${currencyName(code, lang)}`}
            </option>
          ))}
        </select>
      </Field>
      <Field
        {...field(
          'rate',
          rate && draft.currency
            ? t('fx.ratePreview', { currency: draft.currency, rate, reporting })
            : t('fx.rateHint', { reporting }),
        )}
      >
        <span className="input-with-unit">
          <input
            type="text"
            inputMode="decimal"
            value={draft.rate}
            onChange={(e) => change({ rate: e.target.value })}
            className={`num-input ${errors.rate ? 'input-error' : ''}`}
            aria-invalid={errors.rate ? true : undefined}
            placeholder="151.2"
            data-testid="fx-rate-rate"
          />
          <span className="unit">{reporting}</span>
        </span>
      </Field>
    </FormDialog>
  );
}
