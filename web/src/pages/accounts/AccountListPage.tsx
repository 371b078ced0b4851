// Account list: Japanese-aware search, filters, sortable columns, cursor paging. The search,
// filters, sort and page live in the address (accountQuery), the toolbar in AccountFilters, the
// rows in AccountTable. The list as it is filtered and sorted (every page) exports to CSV; those
// who may change accounts tick rows for the bulk actions (BulkBar, BulkDialogs).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { useCan } from '../../auth/permissions';
import { Alert } from '../../components/Alert';
import { ExportButton } from '../../components/ExportButton';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { AccountFilters, useSearchText } from './AccountFilters';
import { useAccountQuery, useCursorPaging } from './accountQuery';
import { AccountRow, AccountTableHead } from './AccountTable';
import { BulkBar } from './BulkBar';
import { BulkActionDialog, type BulkAction } from './BulkDialogs';
import { Pager } from './Pager';
import { useSelection } from './selection';

const PAGE_SIZE = 50;

export function AccountListPage() {
  const { t } = useTranslation();
  const filters = useAccountQuery();
  const { query, queryKey, filtered } = filters;
  const search = useSearchText(filters);
  const paging = useCursorPaging();
  useDocumentTitle([query.q && t('accounts.searchTitle', { q: query.q }), t('accounts.title')]);

  const users = useAsync((signal) => api.users(signal), []);
  const list = useAsync(
    // Carries the search and the address it answers, so the table can say which it shows (data-q,
    // data-address: the address's whole query, page included): the browser tests wait for them.
    async (signal) => ({
      ...(await api.accounts(
        { ...query, limit: PAGE_SIZE, cursor: paging.cursor ?? undefined },
        signal,
      )),
      q: query.q ?? '',
      address: window.location.search,
    }),
    [queryKey, paging.cursor],
  );
  const page = list.data;
  const canBulk = useCan('writeCustomers');
  const selection = useSelection(queryKey);
  const [action, setAction] = useState<BulkAction | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const rows = page?.data ?? [];

  function clearFilters() {
    search.setText('');
    filters.clearFilters();
  }

  /** A bulk change made: say how many changed, untick them, read the list again. */
  function bulkDone(updated: number) {
    const unchanged = selection.count - updated;
    setAction(null);
    setNotice(
      t('bulk.done', { count: updated }) +
        (unchanged > 0 ? t('bulk.unchanged', { count: unchanged }) : ''),
    );
    selection.clear();
    list.reload();
  }

  return (
    <div className="page" data-testid="accounts-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('accounts.title')}</h1>
          <p className="page-sub">{t('accounts.subtitle')}</p>
        </div>
        <ExportButton list="accounts" query={query} title={t('export.accountsHint')} />
      </div>

      {notice && (
        <Alert
          tone="success"
          role="status"
          testId="bulk-notice"
          action={
            <button
              type="button"
              className="icon-button"
              onClick={() => setNotice(null)}
              aria-label={t('common.close')}
              title={t('common.close')}
            >
              <Icon name="x" size={14} />
            </button>
          }
        >
          {notice}
        </Alert>
      )}

      <div className="card">
        <AccountFilters
          search={search}
          filters={filters}
          users={users.data?.data ?? []}
          onClear={clearFilters}
        />
        {canBulk && selection.count > 0 && (
          <BulkBar count={selection.count} onAction={setAction} onClear={selection.clear} />
        )}
        <ErrorBanner error={list.error} onRetry={list.reload} />

        <div className={`table-wrap ${list.loading && page ? 'is-refreshing' : ''}`}>
          <table
            className="table table-hover table-compact account-table"
            data-testid="account-table"
            data-q={page?.q ?? ''}
            data-address={page?.address ?? ''}
            data-loading={list.loading ? 'true' : 'false'}
          >
            <AccountTableHead
              sortField={filters.sortField}
              sortDesc={filters.sortDesc}
              onSort={filters.toggleSort}
              selection={
                canBulk
                  ? {
                      all: rows.length > 0 && rows.every((a) => selection.has(a.id)),
                      some: rows.some((a) => selection.has(a.id)),
                      onChange: (on) => selection.setAll(rows, on),
                    }
                  : undefined
              }
            />
            <tbody>
              {rows.map((account) => (
                <AccountRow
                  key={account.id}
                  account={account}
                  selected={canBulk ? selection.has(account.id) : undefined}
                  onToggle={canBulk ? () => selection.toggle(account) : undefined}
                />
              ))}
            </tbody>
          </table>
          {!page && list.loading && <Skeleton rows={8} />}
          {page && page.data.length === 0 && (
            <Empty
              icon="search"
              title={filtered ? t('accounts.emptyFiltered') : t('accounts.empty')}
              hint={filtered ? t('accounts.emptyFilteredHint') : undefined}
            >
              {filtered && (
                <button type="button" className="btn btn-secondary btn-sm" onClick={clearFilters}>
                  {t('accounts.filter.clear')}
                </button>
              )}
            </Empty>
          )}
        </div>

        <Pager
          total={page?.total}
          firstRow={paging.pagesBefore * PAGE_SIZE + 1}
          shown={page?.data.length ?? 0}
          canGoBack={paging.pagesBefore > 0 && !list.loading}
          next={list.loading ? null : (page?.next_cursor ?? null)}
          onBack={paging.back}
          onForward={paging.forward}
        />
      </div>

      {action && (
        <BulkActionDialog
          action={action}
          accounts={selection.accounts}
          onDone={bulkDone}
          onClose={() => setAction(null)}
        />
      )}
    </div>
  );
}
