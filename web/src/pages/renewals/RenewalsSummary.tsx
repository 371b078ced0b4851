// The renewals list in three figures: renewals due, overdue ones in their grace days, and the ARR
// they carry in the reporting currency (each account once; those without a rate said apart).
import { useTranslation } from 'react-i18next';
import type { RenewalDue } from '../../api';
import { formatMoney, formatNumber } from '../../lib/format';
import { renewalSummary } from './renewals';

export function RenewalsSummary({
  renewals,
  reporting,
}: {
  renewals: RenewalDue[];
  reporting: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const summary = renewalSummary(renewals);
  return (
    <div className="tiles" data-testid="renewals-summary">
      <div className="tile">
        <div className="tile-label">{t('enum.renewalStatus.due')}</div>
        <div className="tile-value" data-testid="renewals-due">
          {formatNumber(summary.due, lang)}
        </div>
      </div>
      <div className="tile">
        <div className="tile-label">{t('enum.renewalStatus.overdue')}</div>
        <div
          className={`tile-value ${summary.overdue ? 'neg' : ''}`}
          data-testid="renewals-overdue"
        >
          {formatNumber(summary.overdue, lang)}
        </div>
      </div>
      <div className="tile">
        <div className="tile-label">{t('renewals.arrAtStake', { currency: reporting })}</div>
        <div className="tile-value" data-testid="renewals-arr">
          {formatMoney(summary.arrReportingMinor, reporting, lang)}
        </div>
        {summary.unconverted > 0 && (
          <div className="tile-sub" data-testid="renewals-unconverted">
            {t('renewals.unconverted', { count: summary.unconverted })}
          </div>
        )}
      </div>
    </div>
  );
}
