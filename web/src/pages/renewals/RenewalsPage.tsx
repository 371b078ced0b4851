// 更新管理 / Renewals (/renewals): the contracts ending within the window chosen (?within=, 30 to
// 180 days), and those ended within the churn grace days with no renewal yet — not churn until
// the grace days pass. Soonest end first, as the server lists them; each with its account, owner
// and ARR in both currencies. The list as shown exports to CSV.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api } from '../../api';
import { ExportButton } from '../../components/ExportButton';
import { ErrorBanner, Skeleton } from '../../components/States';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { DEFAULT_WITHIN, readWithin, WITHIN_CHOICES } from './renewals';
import { RenewalsSummary } from './RenewalsSummary';
import { RenewalsTable } from './RenewalsTable';

export function RenewalsPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const within = readWithin(params);
  const withinLabel = useId();
  useDocumentTitle([t('renewals.title')]);
  const renewals = useAsync(
    async (signal) => ({ ...(await api.renewals({ within_days: within }, signal)), within }),
    [within],
  );
  const data = renewals.data;

  return (
    <div className="page" data-testid="renewals-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('renewals.title')}</h1>
          <p className="page-sub">
            {t('renewals.subtitle', { days: data?.churn_grace_days ?? '…' })}
          </p>
        </div>
        <ExportButton list="renewals" query={{ within_days: within }} />
      </div>
      {/* The window is the page's filter: its own bar (as the funnel's), so the subtitle keeps the width. */}
      <div className="card">
        <div className="toolbar">
          <span className="toolbar-field" id={withinLabel}>
            {t('renewals.within')}
          </span>
          <div
            className="segmented segmented-nowrap"
            role="group"
            aria-labelledby={withinLabel}
            data-testid="renewals-within"
          >
            {WITHIN_CHOICES.map((days) => (
              <button
                key={days}
                type="button"
                className={within === days ? 'active' : ''}
                aria-pressed={within === days}
                onClick={() =>
                  setParams(days === DEFAULT_WITHIN ? {} : { within: String(days) }, {
                    replace: true,
                  })
                }
                data-testid={`renewals-within-${days}`}
              >
                {t('renewals.withinDays', { days })}
              </button>
            ))}
          </div>
        </div>
      </div>
      <ErrorBanner error={renewals.error} onRetry={renewals.reload} />
      {!data && !renewals.error && <Skeleton rows={6} />}
      {data && (
        <div className={`stack ${renewals.loading ? 'is-refreshing' : ''}`}>
          <RenewalsSummary renewals={data.data} reporting={data.reporting_currency} />
          <RenewalsTable
            renewals={data.data}
            reporting={data.reporting_currency}
            graceDays={data.churn_grace_days}
            within={data.within}
            loading={renewals.loading}
          />
        </div>
      )}
    </div>
  );
}
