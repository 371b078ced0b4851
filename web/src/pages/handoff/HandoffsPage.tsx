// Hand-offs from sales to CS (seed 001: "poor-fit deals are visible"): the recent hand-offs whose
// fit to the ideal customer profile was poor, and the profile itself (its criteria and weights,
// shared by sales and CS; admins and managers edit it). /handoffs and /handoffs/icp.
import { TabbedPage, type RoutedTab } from '../../components/TabbedPage';
import { IcpEditor } from './IcpEditor';
import { PoorFitList } from './PoorFitList';

export type HandoffsTab = 'list' | 'icp';

const TABS: RoutedTab<HandoffsTab>[] = [
  { tab: 'list', path: '/handoffs' },
  { tab: 'icp', path: '/handoffs/icp' },
];

export function HandoffsPage({ tab }: { tab: HandoffsTab }) {
  return (
    <TabbedPage scope="handoffs" tabs={TABS} selected={tab}>
      {tab === 'list' && <PoorFitList />}
      {tab === 'icp' && <IcpEditor />}
    </TabbedPage>
  );
}
