// The touch model set by hand, and why: a choice of touch model (after the dialog's blank choice,
// and before any other it offers), then, once a touch model is chosen, the reason the server
// requires with it. The account dialog (blank: automatic) and the bulk dialog of the account
// list (blank: none chosen yet; then "clear the override") ask for it so.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TIERS, type Tier } from '../../api';
import { Field, TextField } from '../../components/FormFields';
import { TIER_REASON_MAX } from './accountForm';

export function TierOverrideFields<Choice extends string>({
  tier,
  reason,
  onTier,
  onReason,
  errors,
  label,
  hint,
  blank,
  more,
  testId,
}: {
  /** A touch model, or a choice of the dialog's own (blank, or one of `more`). */
  tier: Tier | Choice;
  reason: string;
  onTier: (tier: Tier | Choice) => void;
  onReason: (reason: string) => void;
  errors: { tier?: string | undefined; reason?: string | undefined };
  label: string;
  hint?: string | undefined;
  /** The first option's words (its value is ''). */
  blank: string;
  /** Options after the touch models. */
  more?: ReactNode;
  /** `${testId}-select` and `${testId}-error`; `${testId}-reason` and `${testId}-reason-error`. */
  testId: string;
}) {
  const { t } = useTranslation();
  const chosen = (TIERS as readonly string[]).includes(tier);
  return (
    <>
      <Field label={label} error={errors.tier} errorTestId={`${testId}-error`} hint={hint}>
        <select
          className={`select ${errors.tier ? 'input-error' : ''}`}
          value={tier}
          onChange={(e) => onTier(e.target.value as Tier | Choice)}
          aria-invalid={errors.tier ? true : undefined}
          data-testid={`${testId}-select`}
        >
          <option value="">{blank}</option>
          {TIERS.map((choice) => (
            <option key={choice} value={choice}>
              {t(`enum.tier.${choice}`)}
            </option>
          ))}
          {more}
        </select>
      </Field>
      {chosen && (
        <TextField
          label={t('account.field.tier_override_reason')}
          value={reason}
          onChange={onReason}
          error={errors.reason}
          hint={t('account.tierReasonHint')}
          placeholder={t('account.tierReasonPlaceholder')}
          maxLength={TIER_REASON_MAX}
          testId={`${testId}-reason`}
        />
      )}
    </>
  );
}
