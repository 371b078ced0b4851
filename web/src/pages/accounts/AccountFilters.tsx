// The account list's toolbar: the search box (debounced into ?q=, not while an IME is still
// composing Japanese) and the filters by owner, stage, tier, health band, segment, renewal and
// ARR; saving the filters as a segment, and managing the segments.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { HEALTH_BANDS, TIERS, type Segment, type StaffUser } from '../../api';
import { FilterSelect, segmentOptions } from '../../components/FilterSelect';
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
      <FilterSelect
        value={query.owner_id}
        onChange={(v) => updateParam('owner', v)}
        label={t('accounts.filter.owner')}
        allLabel={t('accounts.filter.allOwners')}
        testId="filter-owner"
        options={users.map((u) => ({ value: u.id, label: u.name }))}
      />
      <StageSelect
        value={query.journey_stage ?? ''}
        onChange={(key) => updateParam('stage', key)}
        placeholder={t('accounts.filter.allStages')}
        label={t('accounts.filter.stage')}
        testId="filter-stage"
      />
      <FilterSelect
        value={query.tier}
        onChange={(v) => updateParam('tier', v)}
        label={t('accounts.filter.tier')}
        allLabel={t('accounts.filter.allTiers')}
        testId="filter-tier"
        options={TIERS.map((tier) => ({ value: tier, label: t(`enum.tier.${tier}`) }))}
      />
      <FilterSelect
        value={query.health_band}
        onChange={(v) => updateParam('band', v)}
        label={t('accounts.filter.band')}
        allLabel={t('accounts.filter.allBands')}
        testId="filter-band"
        options={HEALTH_BANDS.map((band) => ({ value: band, label: t(`enum.healthBand.${band}`) }))}
      />
      <FilterSelect
        value={query.renewal_within_days}
        onChange={(v) => updateParam('renewal', v)}
        label={t('accounts.filter.renewal')}
        allLabel={t('accounts.filter.anyRenewal')}
        testId="filter-renewal"
        options={RENEWAL_WINDOWS.map((days) => ({
          value: days,
          label: t('accounts.filter.renewalWithin', { days }),
        }))}
      />
      <FilterSelect
        value={query.segment_id}
        onChange={(v) => updateParam('segment', v)}
        label={t('segments.filter')}
        allLabel={t('segments.all')}
        testId="filter-segment"
        options={segmentOptions(segments, query.segment_id, t)}
      />
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
