// Account list: Japanese-aware search, filters, sortable columns, cursor paging.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { api, TIERS, type AccountQuery, type AccountSort, type Tier } from '../../api';
import { StageBadge, TierBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { StageSelect } from '../../components/StageSelect';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { daysUntil, formatDate, formatMoney, formatRelativeDays, initials, regionName } from '../../lib/format';
import { useAsync, useDebounced } from '../../lib/useAsync';

const PAGE_SIZE = 50;
const RENEWAL_WINDOWS = [30, 60, 90, 180, 365];
const SORTS: AccountSort[] = ['name', '-name', 'renewal_date', '-renewal_date', 'arr', '-arr'];
type SortField = 'name' | 'renewal_date' | 'arr';

function readQuery(params: URLSearchParams): AccountQuery {
  const stage = params.get('stage');
  const tier = params.get('tier');
  const owner = Number(params.get('owner'));
  const renewal = Number(params.get('renewal'));
  const sort = params.get('sort');
  return {
    q: params.get('q') ?? undefined,
    owner_id: owner > 0 ? owner : undefined,
    // Stages are editable: any key goes to the server, which names the known ones if it is not.
    journey_stage: stage?.trim() || undefined,
    tier: TIERS.includes(tier as Tier) ? (tier as Tier) : undefined,
    renewal_within_days: renewal > 0 ? renewal : undefined,
    sort: SORTS.includes(sort as AccountSort) ? (sort as AccountSort) : 'name',
  };
}

export function AccountListPage() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => readQuery(params), [params]);
  const queryKey = JSON.stringify(query);

  // Search text: debounced into ?q=, and not while an IME is still composing Japanese.
  const [text, setText] = useState(query.q ?? '');
  const [composing, setComposing] = useState(false);
  const debounced = useDebounced(text, 300);
  useEffect(() => {
    if (composing) return;
    const q = debounced.trim();
    if ((params.get('q') ?? '') === q) return;
    updateParam('q', q);
  }, [debounced, composing]);

  function updateParam(key: string, value: string | number | undefined) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === undefined || value === '' || value === 0) next.delete(key);
        else next.set(key, String(value));
        return next;
      },
      { replace: true },
    );
  }

  // A stack of cursors, one per page seen; it starts again whenever the query changes.
  const [paging, setPaging] = useState<{ key: string; stack: (string | null)[] }>({ key: queryKey, stack: [null] });
  const stack = paging.key === queryKey ? paging.stack : [null];
  const cursor = stack[stack.length - 1] ?? null;

  const users = useAsync((signal) => api.users(signal), []);
  const list = useAsync(
    // Carries the query it answers, so the table can say which search it shows (data-q).
    async (signal) => ({ ...(await api.accounts({ ...query, limit: PAGE_SIZE, cursor: cursor ?? undefined }, signal)), q: query.q ?? '' }),
    [queryKey, cursor],
  );

  const sortField = (query.sort ?? 'name').replace('-', '') as SortField;
  const sortDesc = (query.sort ?? '').startsWith('-');
  function toggleSort(field: SortField) {
    const next: AccountSort = sortField === field ? ((sortDesc ? field : `-${field}`) as AccountSort) : field === 'arr' ? '-arr' : field;
    updateParam('sort', next === 'name' ? undefined : next);
  }

  const filtered = Boolean(query.q || query.owner_id || query.journey_stage || query.tier || query.renewal_within_days);
  function clearFilters() {
    setText('');
    setParams(query.sort && query.sort !== 'name' ? { sort: query.sort } : {}, { replace: true });
  }

  const page = list.data;
  const firstRow = (stack.length - 1) * PAGE_SIZE + 1;
  const lastRow = firstRow + (page?.data.length ?? 0) - 1;

  return (
    <div className="page" data-testid="accounts-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('accounts.title')}</h1>
          <p className="page-sub">{t('accounts.subtitle')}</p>
        </div>
      </div>

      <div className="card">
        <div className="toolbar">
          <label className="search">
            <Icon name="search" size={16} />
            <input
              type="search"
              value={text}
              placeholder={t('accounts.searchPlaceholder')}
              aria-label={t('accounts.search')}
              onChange={(e) => setText(e.target.value)}
              onCompositionStart={() => setComposing(true)}
              onCompositionEnd={(e) => {
                setComposing(false);
                setText(e.currentTarget.value);
              }}
              data-testid="account-search"
            />
          </label>
          <select
            className="select"
            value={query.owner_id ?? ''}
            onChange={(e) => updateParam('owner', e.target.value)}
            aria-label={t('accounts.filter.owner')}
            data-testid="filter-owner"
          >
            <option value="">{t('accounts.filter.allOwners')}</option>
            {(users.data?.data ?? []).map((u) => (
              <option key={u.id} value={u.id}>
                {u.name}
              </option>
            ))}
          </select>
          <StageSelect
            value={query.journey_stage ?? ''}
            onChange={(key) => updateParam('stage', key)}
            placeholder={t('accounts.filter.allStages')}
            label={t('accounts.filter.stage')}
            testId="filter-stage"
          />
          <select
            className="select"
            value={query.tier ?? ''}
            onChange={(e) => updateParam('tier', e.target.value)}
            aria-label={t('accounts.filter.tier')}
            data-testid="filter-tier"
          >
            <option value="">{t('accounts.filter.allTiers')}</option>
            {TIERS.map((tier) => (
              <option key={tier} value={tier}>
                {t(`enum.tier.${tier}`)}
              </option>
            ))}
          </select>
          <select
            className="select"
            value={query.renewal_within_days ?? ''}
            onChange={(e) => updateParam('renewal', e.target.value)}
            aria-label={t('accounts.filter.renewal')}
            data-testid="filter-renewal"
          >
            <option value="">{t('accounts.filter.anyRenewal')}</option>
            {RENEWAL_WINDOWS.map((days) => (
              <option key={days} value={days}>
                {t('accounts.filter.renewalWithin', { days })}
              </option>
            ))}
          </select>
          {filtered && (
            <button type="button" className="btn btn-ghost btn-sm" onClick={clearFilters} data-testid="clear-filters">
              <Icon name="x" size={14} />
              {t('accounts.filter.clear')}
            </button>
          )}
        </div>

        <ErrorBanner error={list.error} onRetry={list.reload} />

        <div className={`table-wrap ${list.loading && page ? 'is-refreshing' : ''}`}>
          <table className="table table-hover" data-testid="account-table" data-q={page?.q ?? ''} data-loading={list.loading ? 'true' : 'false'}>
            <thead>
              <tr>
                <SortHeader field="name" label={t('accounts.col.name')} active={sortField} desc={sortDesc} onSort={toggleSort} />
                <th>{t('accounts.col.owner')}</th>
                <th>{t('accounts.col.stage')}</th>
                <th>{t('accounts.col.tier')}</th>
                <SortHeader field="arr" label={t('accounts.col.arr')} active={sortField} desc={sortDesc} onSort={toggleSort} numeric />
                <SortHeader field="renewal_date" label={t('accounts.col.renewal')} active={sortField} desc={sortDesc} onSort={toggleSort} />
                <th>{t('accounts.col.country')}</th>
              </tr>
            </thead>
            <tbody>
              {page?.data.map((account) => {
                const days = daysUntil(account.renewal_date);
                const soon = days !== null && days >= 0 && days <= 90;
                return (
                  <tr
                    key={account.id}
                    className="row-link"
                    onClick={() => navigate(`/accounts/${account.id}`)}
                    data-testid="account-row"
                    data-account-id={account.id}
                  >
                    <td className="cell-name">
                      <Link to={`/accounts/${account.id}`} className="account-name" onClick={(e) => e.stopPropagation()}>
                        {account.name}
                      </Link>
                      {account.name_kana && <div className="kana">{account.name_kana}</div>}
                    </td>
                    <td>
                      {account.owner_name ? (
                        <span className="person">
                          <span className="avatar avatar-sm">{initials(account.owner_name)}</span>
                          {account.owner_name}
                        </span>
                      ) : (
                        <span className="muted">{t('common.unassigned')}</span>
                      )}
                    </td>
                    <td>
                      <StageBadge stage={account.journey_stage} moment={account.moment_of_truth} />
                    </td>
                    <td>
                      <TierBadge tier={account.tier} override={account.tier_override !== null} />
                    </td>
                    <td className="num">{formatMoney(account.arr_minor, account.currency, lang)}</td>
                    <td>
                      {account.renewal_date ? (
                        <div className="date-cell">
                          <span>{formatDate(account.renewal_date, lang)}</span>
                          {days !== null && (
                            <span className={`relative ${soon ? 'relative-soon' : ''}`}>{formatRelativeDays(days, lang)}</span>
                          )}
                        </div>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td>{regionName(account.country, lang) || <span className="muted">—</span>}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
          {!page && list.loading && <Skeleton rows={8} />}
          {page && page.data.length === 0 && (
            <Empty icon="search" title={filtered ? t('accounts.emptyFiltered') : t('accounts.empty')} hint={filtered ? t('accounts.emptyFilteredHint') : undefined}>
              {filtered && (
                <button type="button" className="btn btn-secondary btn-sm" onClick={clearFilters}>
                  {t('accounts.filter.clear')}
                </button>
              )}
            </Empty>
          )}
        </div>

        <div className="pager">
          <div className="pager-info">
            <span className="count" data-testid="account-total">
              {page?.total !== undefined ? t('accounts.total', { count: page.total }) : ''}
            </span>
            {page && page.data.length > 0 && (
              <span className="muted" data-testid="page-range">
                {t('accounts.range', { from: firstRow, to: lastRow })}
              </span>
            )}
          </div>
          <div className="pager-buttons">
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              disabled={stack.length <= 1 || list.loading}
              onClick={() => setPaging({ key: queryKey, stack: stack.slice(0, -1) })}
              data-testid="page-prev"
            >
              <Icon name="chevronLeft" size={14} />
              {t('common.previous')}
            </button>
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              disabled={!page?.next_cursor || list.loading}
              onClick={() => page?.next_cursor && setPaging({ key: queryKey, stack: [...stack, page.next_cursor] })}
              data-testid="page-next"
            >
              {t('common.next')}
              <Icon name="chevronRight" size={14} />
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}

function SortHeader({
  field,
  label,
  active,
  desc,
  onSort,
  numeric = false,
}: {
  field: SortField;
  label: string;
  active: SortField;
  desc: boolean;
  onSort: (field: SortField) => void;
  numeric?: boolean;
}) {
  const isActive = active === field;
  return (
    <th className={numeric ? 'num' : undefined} aria-sort={isActive ? (desc ? 'descending' : 'ascending') : 'none'}>
      <button type="button" className={`sort ${isActive ? 'sort-active' : ''}`} onClick={() => onSort(field)} data-testid={`sort-${field}`}>
        {label}
        <Icon name={isActive ? (desc ? 'arrowDown' : 'arrowUp') : 'sort'} size={13} />
      </button>
    </th>
  );
}
