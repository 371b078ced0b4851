// Product events: the catalogue with daily volume, the event → feature mapping, the live stream.
// Each tab has its own address (/events, /events/features, /events/stream).
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { CatalogTab } from './CatalogTab';
import { FeatureMappingTab } from './FeatureMappingTab';
import { StreamTab } from './StreamTab';

export type EventsTab = 'catalog' | 'features' | 'stream';

const TABS: { tab: EventsTab; path: string }[] = [
  { tab: 'catalog', path: '/events' },
  { tab: 'features', path: '/events/features' },
  { tab: 'stream', path: '/events/stream' },
];

export function EventsPage({ tab }: { tab: EventsTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="page" data-testid="events-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('events.title')}</h1>
          <p className="page-sub">{t('events.subtitle')}</p>
        </div>
      </div>
      <div className="tabs" role="tablist" aria-label={t('events.sections')}>
        {TABS.map((item) => (
          <button
            key={item.tab}
            type="button"
            role="tab"
            aria-selected={tab === item.tab}
            className={`tab ${tab === item.tab ? 'tab-active' : ''}`}
            onClick={() => navigate(item.path)}
            data-testid={`events-tab-${item.tab}`}
          >
            {t(`events.tab.${item.tab}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" data-testid={`events-panel-${tab}`}>
        {tab === 'catalog' && <CatalogTab />}
        {tab === 'features' && <FeatureMappingTab />}
        {tab === 'stream' && <StreamTab />}
      </div>
    </div>
  );
}
