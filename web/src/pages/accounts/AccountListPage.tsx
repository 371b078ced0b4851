// Account list: Japanese-aware search, filters, sortable columns, cursor paging. The search and
// filters live in the address (accountQuery), the toolbar in AccountFilters, the rows in
// AccountTable.
import { useTranslation } from 'react-i18next';
import { api } from '../../api';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { useAsync } from '../../lib/useAsync';
import { AccountFilters, useSearchText } from './AccountFilters';
import { useAccountQuery, useCursorPaging } from './accountQuery';
import { AccountRow, AccountTableHead } from './AccountTable';

const PAGE_SIZE = 50;

export function AccountListPage() {
  const { t } = useTranslation();
  const filters = useAccountQuery();
  const { query, queryKey, filtered } = filters;
  const search = useSearchText(filters);
  const paging = useCursorPaging(queryKey);

  const users = useAsync((signal) => api.users(signal), []);
  const list = useAsync(
    // Carries the query it answers, so the table can say which search it shows (data-q).
    async (signal) => ({
      ...(await api.accounts(
        { ...query, limit: PAGE_SIZE, cursor: paging.cursor ?? undefined },
        signal,
      )),
      q: query.q ?? '',
    }),
    [queryKey, paging.cursor],
  );
  const page = list.data;

  function clearFilters() {
    search.setText('');
    filters.clearFilters();
  }

  return (
    <div className="page" data-testid="accounts-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('accounts.title')}</h1>
          <p className="page-sub">{t('accounts.subtitle')}</p>
        </div>
      </div>

      <div className="card">
        <AccountFilters
          search={search}
          filters={filters}
          users={users.data?.data ?? []}
          onClear={clearFilters}
        />
        <ErrorBanner error={list.error} onRetry={list.reload} />

        <div className={`table-wrap ${list.loading && page ? 'is-refreshing' : ''}`}>
          <table
            className="table table-hover"
            data-testid="account-table"
            data-q={page?.q ?? ''}
            data-loading={list.loading ? 'true' : 'false'}
          >
            <AccountTableHead
              sortField={filters.sortField}
              sortDesc={filters.sortDesc}
              onSort={filters.toggleSort}
            />
            <tbody>
              {page?.data.map((account) => (
                <AccountRow key={account.id} account={account} />
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
    </div>
  );
}

/** The count, the rows shown ("1–50"), and the previous and next page. */
function Pager(props: {
  total: number | undefined;
  firstRow: number;
  shown: number;
  canGoBack: boolean;
  next: string | null;
  onBack: () => void;
  onForward: (cursor: string) => void;
}) {
  const { total, firstRow, shown, canGoBack, next, onBack, onForward } = props;
  const { t } = useTranslation();
  return (
    <div className="pager">
      <div className="pager-info">
        <span className="count" data-testid="account-total">
          {total !== undefined ? t('accounts.total', { count: total }) : ''}
        </span>
        {shown > 0 && (
          <span className="muted" data-testid="page-range">
            {t('accounts.range', { from: firstRow, to: firstRow + shown - 1 })}
          </span>
        )}
      </div>
      <div className="pager-buttons">
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          disabled={!canGoBack}
          onClick={onBack}
          data-testid="page-prev"
        >
          <Icon name="chevronLeft" size={14} />
          {t('common.previous')}
        </button>
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          disabled={!next}
          onClick={() => next && onForward(next)}
          data-testid="page-next"
        >
          {t('common.next')}
          <Icon name="chevronRight" size={14} />
        </button>
      </div>
    </div>
  );
}
