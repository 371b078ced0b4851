// An account's ARR as the console compares accounts: in the reporting currency first (what lists
// sort and filter by), with the account's own amount beneath when its currency is another. When
// no exchange rate converts it yet, a "rate missing" marker stands where the converted amount
// would be, with the reason on hover: the amount is never shown as if converted at 1.0.
import { useTranslation } from 'react-i18next';
import { formatMoney } from '../lib/format';
import { Badge } from './Badges';
import { useRevenueSettings } from './RevenueSettingsContext';

export interface ArrFigures {
  arr_minor: number;
  currency: string;
  /** Null while the account's currency has no rate into the reporting currency. */
  arr_reporting_minor: number | null;
}

/** What to show: the reporting amount, the account's own, or the marker. */
export type ArrView =
  | { kind: 'same'; main: string }
  | { kind: 'converted'; main: string; own: string }
  | { kind: 'missing'; own: string }
  | { kind: 'ownOnly'; own: string };

/** The view of an ARR, given the reporting currency (undefined while it is not read yet). */
export function arrView(arr: ArrFigures, reporting: string | undefined, lang: string): ArrView {
  const own = formatMoney(arr.arr_minor, arr.currency, lang);
  if (!reporting) return { kind: 'ownOnly', own };
  if (arr.currency === reporting) return { kind: 'same', main: own };
  if (arr.arr_reporting_minor === null) return { kind: 'missing', own };
  return { kind: 'converted', main: formatMoney(arr.arr_reporting_minor, reporting, lang), own };
}

/**
 * The amounts stacked: the reporting one (or the marker) above, the account's own beneath.
 * `reportingCurrency` when the answer names it (renewals); else the shared settings'.
 */
export function ArrAmount({
  arr,
  reportingCurrency,
  testId = 'arr',
}: {
  arr: ArrFigures;
  reportingCurrency?: string;
  testId?: string;
}) {
  const { t, i18n } = useTranslation();
  const shared = useRevenueSettings().reportingCurrency;
  const reporting = reportingCurrency ?? shared;
  const view = arrView(arr, reporting, i18n.resolvedLanguage ?? 'en');
  const ownTitle = t('money.ownCurrencyHint', { currency: arr.currency });
  return (
    <span className="arr" data-testid={testId} data-state={view.kind}>
      {view.kind === 'same' && <span className="arr-main">{view.main}</span>}
      {view.kind === 'ownOnly' && <span className="arr-main">{view.own}</span>}
      {view.kind === 'converted' && (
        <>
          <span className="arr-main" title={t('money.reportingHint', { currency: reporting })}>
            {view.main}
          </span>
          <span className="arr-own" title={ownTitle} data-testid={`${testId}-own`}>
            {view.own}
          </span>
        </>
      )}
      {view.kind === 'missing' && (
        <>
          <RateMissingBadge currency={arr.currency} reporting={reporting!} />
          <span className="arr-own" title={ownTitle} data-testid={`${testId}-own`}>
            {view.own}
          </span>
        </>
      )}
    </span>
  );
}

/** "Rate missing", and why on hover: no rate from this currency into the reporting one yet. */
export function RateMissingBadge({ currency, reporting }: { currency: string; reporting: string }) {
  const { t } = useTranslation();
  const why = t('money.rateMissingHint', { currency, reporting });
  return (
    <span className="arr-missing" title={why}>
      <Badge tone="amber" testId="rate-missing">
        {t('money.rateMissing')}
      </Badge>
      <span className="sr-only">{why}</span>
    </span>
  );
}
