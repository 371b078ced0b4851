// The account's health: why it has the score it has (the ledger), its band set by hand or ended
// (for those who may log activity), the last six months' trend with its band changes, and what
// changed between two days.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type AccountHealth } from '../../api';
import { useCan } from '../../auth/permissions';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { ErrorBanner, Skeleton } from '../../components/States';
import { errorText } from '../../lib/errorText';
import { formatDate } from '../../lib/format';
import type { AsyncState } from '../../lib/useAsync';
import { HealthDiffCard } from './HealthDiffCard';
import { HealthLedger } from './HealthLedger';
import { HealthOverrideDialog } from './HealthOverrideDialog';
import { HealthTrend } from './HealthTrend';

export function HealthTab({
  accountId,
  health,
}: {
  accountId: number;
  /** Read by the page: reloading it updates the header's badge too. */
  health: AsyncState<AccountHealth>;
}) {
  const { t } = useTranslation();
  // The override route needs write_activity (as logging a touchpoint does).
  const canOverride = useCan('writeActivity');
  const [dialog, setDialog] = useState(false);
  // Bumped when the band is set or ended: the trend and the diff are read again.
  const [revision, setRevision] = useState(0);
  const changed = () => {
    health.reload();
    setRevision((n) => n + 1);
  };
  const data = health.data;

  if (!data) {
    return (
      <div className="stack" data-testid="health-tab">
        <ErrorBanner error={health.error} onRetry={health.reload} />
        {!health.error && <Skeleton />}
      </div>
    );
  }
  const setButton = canOverride && (
    <button
      type="button"
      className="btn btn-secondary btn-sm"
      onClick={() => setDialog(true)}
      data-testid="health-override-set"
    >
      <Icon name="pencil" size={14} />
      {data.override ? t('health.override.change') : t('health.override.set')}
    </button>
  );
  return (
    <div className="stack" data-testid="health-tab">
      <ErrorBanner error={health.error} onRetry={health.reload} />
      {data.override && (
        <OverrideNotice
          accountId={accountId}
          health={data}
          canEnd={canOverride}
          onEnded={changed}
        />
      )}
      <HealthLedger health={data} action={setButton} />
      <HealthTrend accountId={accountId} scorecardId={data.scorecard.id} revision={revision} />
      <HealthDiffCard accountId={accountId} revision={revision} />
      {dialog && (
        <HealthOverrideDialog
          accountId={accountId}
          band={data.band}
          onSaved={() => {
            setDialog(false);
            changed();
          }}
          onClose={() => setDialog(false)}
        />
      )}
    </div>
  );
}

/** "Set to yellow by hand by 山田 until 31 Dec: <reason>", with the button that ends it. */
function OverrideNotice(props: {
  accountId: number;
  health: AccountHealth;
  canEnd: boolean;
  onEnded: () => void;
}) {
  const { accountId, health, canEnd, onEnded } = props;
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const override = health.override!;

  async function end() {
    setBusy(true);
    setError(null);
    try {
      await api.endHealthOverride(accountId);
      onEnded();
    } catch (cause) {
      setError(errorText(cause, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Alert
        tone="warning"
        role="status"
        testId="health-override-notice"
        action={
          canEnd && (
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => void end()}
              disabled={busy}
              data-testid="health-override-end"
            >
              {busy ? t('health.override.ending') : t('health.override.end')}
            </button>
          )
        }
      >
        <strong>
          {t('health.override.notice', {
            band: t(`enum.healthBand.${override.band}`),
            by: override.created_by,
            until: formatDate(override.expires_at.slice(0, 10), lang),
          })}
        </strong>{' '}
        <span data-testid="health-override-reason-shown">{override.reason}</span>
      </Alert>
      {error && <ErrorAlert testId="health-override-end-error">{error}</ErrorAlert>}
    </>
  );
}
