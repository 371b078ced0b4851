// The selected tab of the account page. The profile, shown first, comes with the page; every
// other tab is a chunk of its own, fetched when it is first chosen (or, once the page is idle,
// ahead of that), so that opening an account loads only what its first view shows.
import { Suspense, useEffect } from 'react';
import type { Account, AccountHealth } from '../../api';
import { Skeleton } from '../../components/States';
import { lazyPage } from '../../lazyPages';
import type { AsyncState } from '../../lib/useAsync';
import { ProfileTab } from './ProfileTab';

const JourneyTab = lazyPage(() => import('./JourneyTab').then((m) => m.JourneyTab));
const HandoffTab = lazyPage(() => import('./HandoffTab').then((m) => m.HandoffTab));
const RevenueTab = lazyPage(() => import('./RevenueTab').then((m) => m.RevenueTab));
const ContactsTab = lazyPage(() => import('./ContactsTab').then((m) => m.ContactsTab));
const RelationshipsTab = lazyPage(() =>
  import('./RelationshipsTab').then((m) => m.RelationshipsTab),
);
const TimelineTab = lazyPage(() => import('./TimelineTab').then((m) => m.TimelineTab));
const NpsTab = lazyPage(() => import('./NpsTab').then((m) => m.NpsTab));
const UsageTab = lazyPage(() => import('./UsageTab').then((m) => m.UsageTab));
const SuccessTab = lazyPage(() => import('./SuccessTab').then((m) => m.SuccessTab));
const HealthTab = lazyPage(() => import('./HealthTab').then((m) => m.HealthTab));
const LATER = [
  HealthTab,
  JourneyTab,
  HandoffTab,
  RevenueTab,
  ContactsTab,
  RelationshipsTab,
  TimelineTab,
  NpsTab,
  UsageTab,
  SuccessTab,
];

/**
 * Fetches the other tabs' chunks once the page has been shown and the browser is idle, so that
 * choosing one waits for nothing. Not sooner: the main thread is idle while the first frame is
 * rasterised and drawn, and fetching and compiling nine chunks then would compete with it for the
 * CPU (docs/performance.md, page load).
 */
const AFTER_FIRST_FRAME_MS = 300;
function usePreloadLaterTabs() {
  useEffect(() => {
    const start = () => LATER.forEach((tab) => void tab.preload());
    let idle: number | undefined;
    const timer = setTimeout(() => {
      if (typeof requestIdleCallback === 'function')
        idle = requestIdleCallback(start, { timeout: 2000 });
      else start();
    }, AFTER_FIRST_FRAME_MS);
    return () => {
      clearTimeout(timer);
      if (idle !== undefined) cancelIdleCallback(idle);
    };
  }, []);
}

// Health comes right after the profile: how the customer is doing, and why. Then the journey and
// the hand-off: where the customer is, and what sales promised.
export const TABS = [
  'profile',
  'health',
  'journey',
  'handoff',
  'revenue',
  'contacts',
  'relationships',
  'timeline',
  'nps',
  'usage',
  'success',
] as const;
export type Tab = (typeof TABS)[number];

export function AccountTabPanel({
  tab,
  account,
  onAccountChanged,
  onEdit,
  onLogTouchpoint,
  timelineKey,
  health,
}: {
  tab: Tab;
  account: Account;
  onAccountChanged: () => void;
  /** Opens the account's edit dialog; undefined when the user may not edit it. */
  onEdit: (() => void) | undefined;
  onLogTouchpoint: () => void;
  /** Changes when a touchpoint was logged elsewhere: the timeline is read again. */
  timelineKey: number;
  /** The account's health, read by the page (its header shows it too). */
  health: AsyncState<AccountHealth>;
}) {
  usePreloadLaterTabs();
  return (
    <Suspense fallback={<Skeleton />}>
      {tab === 'profile' && (
        <ProfileTab account={account} onAccountChanged={onAccountChanged} onEdit={onEdit} />
      )}
      {tab === 'health' && <HealthTab accountId={account.id} health={health} />}
      {tab === 'journey' && <JourneyTab account={account} onAccountChanged={onAccountChanged} />}
      {tab === 'handoff' && <HandoffTab account={account} />}
      {tab === 'revenue' && <RevenueTab account={account} onAccountChanged={onAccountChanged} />}
      {tab === 'contacts' && <ContactsTab accountId={account.id} />}
      {tab === 'relationships' && <RelationshipsTab accountId={account.id} />}
      {tab === 'timeline' && (
        <TimelineTab key={timelineKey} accountId={account.id} onLogTouchpoint={onLogTouchpoint} />
      )}
      {tab === 'nps' && <NpsTab accountId={account.id} />}
      {tab === 'usage' && <UsageTab accountId={account.id} />}
      {tab === 'success' && <SuccessTab accountId={account.id} />}
    </Suspense>
  );
}
