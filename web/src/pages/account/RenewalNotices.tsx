// The account's contracts due for renewal (GET /renewals?account_id=), each said where the
// revenue is: ending soon, or ended within the grace days and not yet renewed — which is not churn
// until the grace days pass. Nothing when none is due.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Renewals } from '../../api';
import { Alert } from '../../components/Alert';
import { formatDate, formatRelativeDays } from '../../lib/format';
import { graceDaysLeft } from '../renewals/renewals';

export function RenewalNotices({ renewals: data }: { renewals: Renewals }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  if (data.data.length === 0) return null;
  return (
    <div className="stack-sm" data-testid="renewal-notices">
      {data.data.map((r) => {
        const values = {
          product: r.contract.product,
          date: r.contract.end_date ? formatDate(r.contract.end_date, lang) : '',
          relative: formatRelativeDays(r.days_until, lang),
          count: graceDaysLeft(r.days_until, data.churn_grace_days),
        };
        return (
          <Alert
            key={r.contract.id}
            tone={r.status === 'overdue' ? 'warning' : 'info'}
            icon="calendar"
            testId="renewal-notice"
            data-status={r.status}
            action={
              <Link className="btn btn-ghost btn-sm" to="/renewals">
                {t('renewals.title')}
              </Link>
            }
          >
            <strong>{t(`enum.renewalStatus.${r.status}`)}</strong>{' '}
            {t(`renewals.notice.${r.status}`, values)}
          </Alert>
        );
      })}
    </div>
  );
}
