// 収益リテンション / Revenue retention (/revenue…): the MRR bridge with NRR, GRR and logo
// retention per period, the cohorts by start month or quarter, the lifetime value from the
// survival of customers by tenure, and the restatements of closed months. Each tab keeps its
// choices, and the scope (tier, owner, segment), in the address.
import { useLocation } from 'react-router-dom';
import { TabbedPage } from '../../components/TabbedPage';
import { CohortsTab } from './CohortsTab';
import { LifetimeTab } from './LifetimeTab';
import { RestatementsTab } from './RestatementsTab';
import { RetentionTab } from './RetentionTab';

export type RevenueTab = 'retention' | 'cohorts' | 'lifetime' | 'restatements';

const PATHS: Record<RevenueTab, string> = {
  retention: '/revenue',
  cohorts: '/revenue/cohorts',
  lifetime: '/revenue/lifetime',
  restatements: '/revenue/restatements',
};

/** The scope's part of the address, carried from tab to tab (the tabs' own choices are not). */
function scopeSearch(search: string): string {
  const params = new URLSearchParams(search);
  const kept = new URLSearchParams();
  for (const key of ['tier', 'owner', 'segment']) {
    const value = params.get(key);
    if (value) kept.set(key, value);
  }
  const text = kept.toString();
  return text ? `?${text}` : '';
}

export function RevenuePage({ tab }: { tab: RevenueTab }) {
  const search = scopeSearch(useLocation().search);
  const tabs = (Object.keys(PATHS) as RevenueTab[]).map((t) => ({
    tab: t,
    path: t === 'restatements' ? PATHS[t] : `${PATHS[t]}${search}`,
  }));
  return (
    <TabbedPage scope="revenuePage" tabs={tabs} selected={tab}>
      {tab === 'retention' && <RetentionTab />}
      {tab === 'cohorts' && <CohortsTab />}
      {tab === 'lifetime' && <LifetimeTab />}
      {tab === 'restatements' && <RestatementsTab />}
    </TabbedPage>
  );
}
