// Product events: the catalogue with daily volume, the event → feature mapping, the live stream.
// Each tab has its own address (/events, /events/features, /events/stream). The live stream shows
// raw traits (personal data): the server serves it to those who manage the event sources
// (manage_sources, admins), and only they see its tab.
import { useTranslation } from 'react-i18next';
import { useCan } from '../../auth/permissions';
import { Empty } from '../../components/States';
import { TabbedPage, type RoutedTab } from '../../components/TabbedPage';
import { CatalogTab } from './CatalogTab';
import { FeatureMappingTab } from './FeatureMappingTab';
import { StreamTab } from './StreamTab';

export type EventsTab = 'catalog' | 'features' | 'stream';

const TABS: (RoutedTab<EventsTab> & { sourcesOnly?: boolean })[] = [
  { tab: 'catalog', path: '/events' },
  { tab: 'features', path: '/events/features' },
  { tab: 'stream', path: '/events/stream', sourcesOnly: true },
];

export function EventsPage({ tab }: { tab: EventsTab }) {
  const { t } = useTranslation();
  const canWatch = useCan('manageSources');
  return (
    <TabbedPage
      scope="events"
      tabs={TABS.filter((item) => canWatch || !item.sourcesOnly)}
      selected={tab}
    >
      {tab === 'catalog' && <CatalogTab />}
      {tab === 'features' && <FeatureMappingTab />}
      {tab === 'stream' &&
        (canWatch ? (
          <StreamTab />
        ) : (
          <section className="card" data-testid="stream-admin-only">
            <Empty
              icon="lock"
              title={t('events.stream.adminOnly')}
              hint={t('events.stream.adminOnlyHint')}
            />
          </section>
        ))}
    </TabbedPage>
  );
}
