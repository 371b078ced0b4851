// The account list's toolbar: the search box (debounced into ?q=, not while an IME is still
// composing Japanese) and the filters by owner, stage, tier, health band, segment, renewal and
// ARR; saving the filters as a segment, and managing the segments.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HEALTH_BANDS, TIERS, type Segment, type StaffUser } from '../../api';
import { Icon } from '../../components/Icon';
import { StageSelect } from '../../components/StageSelect';
import { useDebounced } from '../../lib/useAsync';
import type { AccountQueryState } from './accountQuery';
import { ArrRangeFilter } from './ArrRangeFilter';

const RENEWAL_WINDOWS = [30, 60, 90, 180, 365];

export interface SearchText {
  text: string;
  setText: (text: string) => void;
  setComposing: (composing: boolean) => void;
}

/** The search box's text, sent to ?q= once typing pauses and no IME composition is open. */
export function useSearchText({ query, updateParam }: AccountQueryState): SearchText {
  const [text, setText] = useState(query.q ?? '');
  const [composing, setComposing] = useState(false);
  const debounced = useDebounced(text, 300);
  useEffect(() => {
    if (composing) return;
    const q = debounced.trim();
    if ((query.q ?? '') === q) return;
    updateParam('q', q);
  }, [debounced, composing]);
  return { text, setText, setComposing };
}

export function AccountFilters({
  search,
  filters,
  users,
  segments,
  onClear,
  onSaveSegment,
  onManageSegments,
}: {
  search: SearchText;
  filters: AccountQueryState;
  users: Pick<StaffUser, 'id' | 'name'>[];
  segments: Segment[];
  onClear: () => void;
  /** Saves the filters as a segment; undefined when the user may not. */
  onSaveSegment?: () => void;
  onManageSegments: () => void;
}) {
  const { t } = useTranslation();
  const { query, updateParam } = filters;
  return (
    <div className="toolbar">
      <label className="search">
        <Icon name="search" size={16} />
        <input
          type="search"
          value={search.text}
          placeholder={t('accounts.searchPlaceholder')}
          aria-label={t('accounts.search')}
          onChange={(e) => search.setText(e.target.value)}
          onCompositionStart={() => search.setComposing(true)}
          onCompositionEnd={(e) => {
            search.setComposing(false);
            search.setText(e.currentTarget.value);
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
        {users.map((u) => (
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
        value={query.health_band ?? ''}
        onChange={(e) => updateParam('band', e.target.value)}
        aria-label={t('accounts.filter.band')}
        data-testid="filter-band"
      >
        <option value="">{t('accounts.filter.allBands')}</option>
        {HEALTH_BANDS.map((band) => (
          <option key={band} value={band}>
            {t(`enum.healthBand.${band}`)}
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
      <select
        className="select"
        value={query.segment_id ?? ''}
        onChange={(e) => updateParam('segment', e.target.value)}
        aria-label={t('segments.filter')}
        data-testid="filter-segment"
      >
        <option value="">{t('segments.all')}</option>
        {segments.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
        {query.segment_id && !segments.some((s) => s.id === query.segment_id) && (
          <option value={query.segment_id}>
            {t('segments.unknown', { id: query.segment_id })}
          </option>
        )}
      </select>
      <ArrRangeFilter
        range={{
          min: query.arr_reporting_min ?? undefined,
          max: query.arr_reporting_max ?? undefined,
        }}
        onChange={(range) => filters.setArrRange(range.min, range.max)}
      />
      {filters.filtered && (
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          onClick={onClear}
          data-testid="clear-filters"
        >
          <Icon name="x" size={14} />
          {t('accounts.filter.clear')}
        </button>
      )}
      <span className="toolbar-spacer" />
      {onSaveSegment && filters.filtered && (
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={onSaveSegment}
          data-testid="segment-save"
        >
          <Icon name="tag" size={14} />
          {t('segments.save')}
        </button>
      )}
      <button
        type="button"
        className="btn btn-ghost btn-sm"
        onClick={onManageSegments}
        data-testid="segments-manage"
      >
        {t('segments.manage')}
      </button>
    </div>
  );
}
