// The revenue settings as their form holds them (the reporting currency, the grace days as
// typed), the checks the server makes, and what a save sends: the version read and what changed.
import type { RevenueSettings, RevenueSettingsPatch } from '../../api';
import type { FieldErrors } from '../../components/useRecordForm';
import type { Translate } from '../../lib/errorText';

export const MAX_GRACE_DAYS = 365;

export interface RevenueSettingsDraft {
  reporting_currency: string;
  churn_grace_days: string;
}

export function revenueSettingsDraft(settings: RevenueSettings): RevenueSettingsDraft {
  return {
    reporting_currency: settings.reporting_currency,
    churn_grace_days: String(settings.churn_grace_days),
  };
}

export function revenueSettingsProblems(draft: RevenueSettingsDraft, t: Translate): FieldErrors {
  const problems: FieldErrors = {};
  if (!/^[A-Z]{3}$/.test(draft.reporting_currency))
    problems.reporting_currency = t('errors.reason.not_a_currency');
  const days = draft.churn_grace_days.trim();
  if (!/^\d+$/.test(days) || Number(days) > MAX_GRACE_DAYS)
    problems.churn_grace_days = t('fx.settings.graceRange', { max: MAX_GRACE_DAYS });
  return problems;
}

export function revenueSettingsPatch(
  settings: RevenueSettings,
  draft: RevenueSettingsDraft,
): RevenueSettingsPatch {
  const patch: RevenueSettingsPatch = { version: settings.version };
  if (draft.reporting_currency !== settings.reporting_currency)
    patch.reporting_currency = draft.reporting_currency;
  const days = Number(draft.churn_grace_days.trim());
  if (days !== settings.churn_grace_days) patch.churn_grace_days = days;
  return patch;
}
