// Which accounts the portfolio's figures are of: a tier, an owner, a saved segment (the dashboard
// and the revenue pages). The choice lives in the address (lib/useScope.ts).
import { useTranslation } from 'react-i18next';
import { api, TIERS } from '../api';
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
  const segmentList = segments.data?.data ?? [];
  // A segment of the address that is gone (deleted) still shows, so the select says what is asked.
  const unknownSegment =
    scope.segment_id !== undefined &&
    segments.data !== undefined &&
    !segmentList.some((s) => s.id === scope.segment_id);
  return (
    <div className="toolbar" data-testid="scope-filters">
      <select
        className="select"
        value={scope.tier ?? ''}
        onChange={(e) => setScope('tier', e.target.value)}
        aria-label={t('accounts.filter.tier')}
        data-testid="scope-tier"
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
        value={scope.owner_id ?? ''}
        onChange={(e) => setScope('owner_id', e.target.value)}
        aria-label={t('accounts.filter.owner')}
        data-testid="scope-owner"
      >
        <option value="">{t('accounts.filter.allOwners')}</option>
        {(users.data?.data ?? []).map((u) => (
          <option key={u.id} value={u.id}>
            {personLabel(u)}
          </option>
        ))}
      </select>
      <select
        className="select"
        value={scope.segment_id ?? ''}
        onChange={(e) => setScope('segment_id', e.target.value)}
        aria-label={t('segments.filter')}
        data-testid="scope-segment"
      >
        <option value="">{t('segments.all')}</option>
        {segmentList.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
        {unknownSegment && (
          <option value={scope.segment_id ?? undefined}>
            {t('segments.unknown', { id: scope.segment_id })}
          </option>
        )}
      </select>
      {children}
    </div>
  );
}
