// Account 360°: the header with the account's key facts and the actions every tab offers (log a
// touchpoint, edit the account), then one tab per facet.
import { useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api, ApiError, type Account } from '../../api';
import { useCan } from '../../auth/permissions';
import { Alert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Loading } from '../../components/States';
import { Tabs } from '../../components/TabbedPage';
import { useAsync, type AsyncState } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { takeArrived, takePrefetched } from '../../prefetch';
import { AccountEditDialog } from './AccountEditDialog';
import { AccountHeader } from './AccountHeader';
import { AccountTabPanel, TABS, type Tab } from './AccountTabPanel';
import { TouchpointDialog } from './TouchpointDialog';

/**
 * The account, read as useAsync reads (keeping the last one while another loads). At the address
 * the page started at, it was asked for at load (src/prefetch.ts): when that answer has arrived
 * by the first render, the first render shows it and nothing is read again (a second render of
 * the same account would compete with the first one's paint); when it is still on its way, the
 * first load waits for it. Reloads, and other accounts, ask the API.
 */
function useAccount(id: number): AsyncState<Account> {
  const [arrived] = useState(() => takeArrived(`account:${id}`));
  const [data, setData] = useState<Account | undefined>(arrived);
  const [error, setError] = useState<ApiError | Error>();
  const [loading, setLoading] = useState(!arrived);
  const [tick, setTick] = useState(0);
  // The first load is the arrived answer (unless the address has changed since).
  const shown = useRef(arrived?.id);

  useEffect(() => {
    if (shown.current === id && tick === 0) return;
    shown.current = undefined;
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    (takePrefetched(`account:${id}`) ?? api.account(id, controller.signal)).then(
      (account) => {
        if (controller.signal.aborted) return;
        setData(account);
        setLoading(false);
      },
      (cause: unknown) => {
        if (controller.signal.aborted) return;
        setError(cause instanceof Error ? cause : new Error(String(cause)));
        setLoading(false);
      },
    );
    return () => controller.abort();
  }, [id, tick]);

  const reload = useCallback(() => setTick((n) => n + 1), []);
  return { data, error, loading, reload };
}

export function AccountPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'profile';
  const account = useAccount(id);
  // Read beside the account: the header shows it on every tab, and the health tab explains it.
  const health = useAsync((signal) => api.accountHealth(id, signal), [id]);
  useDocumentTitle([account.data?.name, t('nav.accounts')]);
  const canLog = useCan('writeActivity');
  const canEdit = useCan('writeCustomers');
  const [dialog, setDialog] = useState<'touchpoint' | 'edit' | null>(null);
  // Bumped when a touchpoint is logged: the timeline is read again.
  const [logged, setLogged] = useState(0);
  const selectTab = (name: Tab) =>
    setParams(name === 'profile' ? {} : { tab: name }, { replace: true });

  if (account.error instanceof ApiError && account.error.status === 404) {
    return (
      <div className="page">
        <Empty icon="building" title={t('account.notFound')}>
          <Link className="btn btn-secondary btn-sm" to="/accounts">
            {t('account.backToList')}
          </Link>
        </Empty>
      </div>
    );
  }

  const actions = (
    <>
      {canEdit && (
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => setDialog('edit')}
          data-testid="account-edit"
        >
          <Icon name="pencil" size={14} />
          {t('accountForm.edit')}
        </button>
      )}
      {canLog && (
        <button
          type="button"
          className="btn btn-primary btn-sm"
          onClick={() => setDialog('touchpoint')}
          data-testid="account-log-touchpoint"
        >
          <Icon name="plus" size={14} />
          {t('touchpointForm.log')}
        </button>
      )}
    </>
  );

  return (
    <div className="page" data-testid="account-page">
      <nav className="breadcrumb" aria-label={t('account.breadcrumb')}>
        <Link to="/accounts">{t('nav.accounts')}</Link>
        <Icon name="chevronRight" size={13} />
        <span>{account.data?.name ?? '…'}</span>
      </nav>
      <ErrorBanner error={account.error} onRetry={account.reload} />
      {!account.data && account.loading && <Loading />}
      {account.data && (
        <>
          <AccountHeader account={account.data} health={health.data} actions={actions} />
          {logged > 0 && tab !== 'timeline' && (
            <Alert
              tone="success"
              role="status"
              testId="touchpoint-logged"
              action={
                <button
                  type="button"
                  className="btn btn-ghost btn-sm"
                  onClick={() => selectTab('timeline')}
                >
                  {t('touchpointForm.showTimeline')}
                </button>
              }
            >
              {t('touchpointForm.logged')}
            </Alert>
          )}
          <Tabs
            label={t('account.sections')}
            tabs={TABS}
            selected={tab}
            tabLabel={(name) => t(`account.tab.${name}`)}
            onSelect={selectTab}
          >
            <AccountTabPanel
              tab={tab}
              account={account.data}
              onAccountChanged={account.reload}
              onEdit={canEdit ? () => setDialog('edit') : undefined}
              onLogTouchpoint={() => setDialog('touchpoint')}
              timelineKey={logged}
              health={health}
            />
          </Tabs>
          {dialog === 'touchpoint' && (
            <TouchpointDialog
              accountId={account.data.id}
              touchpoint={null}
              onSaved={() => {
                setDialog(null);
                setLogged((n) => n + 1);
              }}
              onClose={() => setDialog(null)}
            />
          )}
          {dialog === 'edit' && (
            <AccountEditDialog
              account={account.data}
              onSaved={() => {
                setDialog(null);
                account.reload();
              }}
              onClose={() => setDialog(null)}
            />
          )}
        </>
      )}
    </div>
  );
}
