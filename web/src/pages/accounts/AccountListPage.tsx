// Account list: Japanese-aware search, filters, sortable columns, cursor paging. The search,
// filters, sort and page live in the address (accountQuery), the toolbar in AccountFilters, the
// rows in AccountTable. The list as it is filtered and sorted (every page) exports to CSV; those
// who may change accounts tick rows for the bulk actions (BulkBar, BulkDialogs).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { api, type Segment } from '../../api';
import { useCan } from '../../auth/permissions';
import { Alert } from '../../components/Alert';
import { ExportButton } from '../../components/ExportButton';
import { Icon } from '../../components/Icon';
import { useRevenueSettings } from '../../components/RevenueSettingsContext';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { AccountFilters, useSearchText } from './AccountFilters';
import { useAccountQuery, useCursorPaging } from './accountQuery';
import { AccountRow, AccountTableHead } from './AccountTable';
import { BulkBar } from './BulkBar';
import { BulkActionDialog, type BulkAction } from './BulkDialogs';
import { Pager } from './Pager';
import { SegmentDialog } from './SegmentDialog';
import { segmentFilterOf, segmentFilterWords } from './segmentFilter';
import { SegmentsDialog } from './SegmentsDialog';
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
  const segments = useAsync((signal) => api.segments(signal), []);
  const segmentList = segments.data?.data ?? [];
  // The segment dialog: a new one (null) from the list's filters, or one being edited.
  const [segmentForm, setSegmentForm] = useState<{ segment: Segment | null } | null>(null);
  const [managing, setManaging] = useState(false);
  const currency = useRevenueSettings().reportingCurrency;
  const { i18n } = useTranslation();
  const navigate = useNavigate();
  const appliedSegment = segmentList.find((s) => s.id === query.segment_id);
  const newFilter = segmentFilterOf(query, appliedSegment?.filter);
  const filterWords = (filter: typeof newFilter) =>
    segmentFilterWords(filter, {
      t,
      lang: i18n.resolvedLanguage ?? 'en',
      currency,
      ownerName: (id) => users.data?.data.find((u) => u.id === id)?.name ?? null,
    });

  /** The list of one segment alone (its filters are the segment's), in the list's sort. */
  function showSegment(segment: Segment) {
    const params = new URLSearchParams({ segment: String(segment.id) });
    if (query.sort && query.sort !== 'name') params.set('sort', query.sort);
    search.setText('');
    navigate(`/accounts?${params.toString()}`, { replace: true });
  }

  // A new segment is shown at once, once its dialog has closed (its unsaved-changes guard
  // would hold the navigation while it is open).
  const [created, setCreated] = useState<Segment | null>(null);
  useEffect(() => {
    if (!created || segmentForm) return;
    setCreated(null);
    showSegment(created);
    // showSegment reads the sort of this render; only the dialog's closing should run this.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [created, segmentForm]);

  function segmentSaved(segment: Segment) {
    if (segmentForm?.segment === null) setCreated(segment);
    setSegmentForm(null);
    segments.reload();
    setNotice(t('segments.saved', { name: segment.name }));
  }

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
          segments={segmentList}
          onClear={clearFilters}
          onSaveSegment={canBulk ? () => setSegmentForm({ segment: null }) : undefined}
          onManageSegments={() => setManaging(true)}
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

      {segmentForm && (
        <SegmentDialog
          segment={segmentForm.segment}
          filter={segmentForm.segment?.filter ?? newFilter}
          filterWords={filterWords(segmentForm.segment?.filter ?? newFilter)}
          onSaved={segmentSaved}
          onClose={() => setSegmentForm(null)}
        />
      )}
      {managing && !segmentForm && (
        <SegmentsDialog
          segments={segments}
          canEdit={canBulk}
          onShow={(segment) => {
            setManaging(false);
            showSegment(segment);
          }}
          onEdit={(segment) => setSegmentForm({ segment })}
          onClose={() => setManaging(false)}
        />
      )}
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
