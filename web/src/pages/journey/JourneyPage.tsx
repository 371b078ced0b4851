// The customer journey across the moments of truth (seed 002): the board (where every account
// is now, and for how long), the funnel (how accounts move on, and where they churn from) and,
// for those who configure success (the server's configure_success), the settings (the stages
// and the rules that move accounts).
// Each tab has its own address: /journey, /journey/funnel, /journey/settings.
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/permissions';
import { Empty } from '../../components/States';
import { TabbedPage, type RoutedTab } from '../../components/TabbedPage';
import { BoardTab } from './BoardTab';
import { FunnelTab } from './FunnelTab';
import { SettingsTab } from './SettingsTab';

export type JourneyTab = 'board' | 'funnel' | 'settings';

const TABS: (RoutedTab<JourneyTab> & { editorsOnly?: boolean })[] = [
  { tab: 'board', path: '/journey' },
  { tab: 'funnel', path: '/journey/funnel' },
  { tab: 'settings', path: '/journey/settings', editorsOnly: true },
];

export function JourneyPage({ tab }: { tab: JourneyTab }) {
  const { t } = useTranslation();
  const isEditor = useCan('configureSuccess');
  return (
    <TabbedPage
      scope="journey"
      tabs={TABS.filter((item) => isEditor || !item.editorsOnly)}
      selected={tab}
    >
      {tab === 'board' && <BoardTab />}
      {tab === 'funnel' && <FunnelTab />}
      {tab === 'settings' &&
        (isEditor ? (
          <SettingsTab />
        ) : (
          <section className="card" data-testid="journey-settings-denied">
            <Empty
              icon="lock"
              title={t('journey.settings.editorsOnly')}
              hint={t('journey.settings.editorsOnlyHint')}
            />
          </section>
        ))}
    </TabbedPage>
  );
}
