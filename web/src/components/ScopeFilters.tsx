// Which accounts the portfolio's figures are of: a tier, an owner, a saved segment (the dashboard
// and the revenue pages). The choice lives in the address (lib/useScope.ts).
import { useTranslation } from 'react-i18next';
import { api, TIERS } from '../api';
import { FilterSelect, segmentOptions } from './FilterSelect';
import { personLabel } from '../lib/labels';
import { useAsync } from '../lib/useAsync';
import type { ScopeState } from '../lib/useScope';

export function ScopeFilters({
  state,
  children,
}: {
  state: ScopeState;
  children?: React.ReactNode;
}) {
  const { t } = useTranslation();
  const { scope, setScope } = state;
  const users = useAsync((signal) => api.users(signal).catch(() => ({ data: [] })), []);
  const segments = useAsync((signal) => api.segments(signal), []);
  return (
    <div className="toolbar" data-testid="scope-filters">
      <FilterSelect
        value={scope.tier}
        onChange={(v) => setScope('tier', v)}
        label={t('accounts.filter.tier')}
        allLabel={t('accounts.filter.allTiers')}
        testId="scope-tier"
        options={TIERS.map((tier) => ({ value: tier, label: t(`enum.tier.${tier}`) }))}
      />
      <FilterSelect
        value={scope.owner_id}
        onChange={(v) => setScope('owner_id', v)}
        label={t('accounts.filter.owner')}
        allLabel={t('accounts.filter.allOwners')}
        testId="scope-owner"
        options={(users.data?.data ?? []).map((u) => ({
          value: u.id,
          label: personLabel(u) ?? '',
        }))}
      />
      <FilterSelect
        value={scope.segment_id}
        onChange={(v) => setScope('segment_id', v)}
        label={t('segments.filter')}
        allLabel={t('segments.all')}
        testId="scope-segment"
        options={
          segments.data === undefined ? [] : segmentOptions(segments.data.data, scope.segment_id, t)
        }
      />
      {children}
    </div>
  );
}
