// The selected tab of the account page.
import type { Account } from '../../api';
import { ContactsTab } from './ContactsTab';
import { HandoffTab } from './HandoffTab';
import { JourneyTab } from './JourneyTab';
import { NpsTab } from './NpsTab';
import { ProfileTab } from './ProfileTab';
import { RelationshipsTab } from './RelationshipsTab';
import { RevenueTab } from './RevenueTab';
import { SuccessTab } from './SuccessTab';
import { TimelineTab } from './TimelineTab';
import { UsageTab } from './UsageTab';

// The journey and the hand-off come right after the profile: where the customer is, and what sales promised.
export const TABS = [
  'profile',
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
}: {
  tab: Tab;
  account: Account;
  onAccountChanged: () => void;
  /** Opens the account's edit dialog; undefined when the user may not edit it. */
  onEdit: (() => void) | undefined;
  onLogTouchpoint: () => void;
  /** Changes when a touchpoint was logged elsewhere: the timeline is read again. */
  timelineKey: number;
}) {
  return (
    <>
      {tab === 'profile' && (
        <ProfileTab account={account} onAccountChanged={onAccountChanged} onEdit={onEdit} />
      )}
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
    </>
  );
}
