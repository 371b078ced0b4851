// Product events: the catalogue with daily volume, the event → feature mapping, the live stream.
// Each tab has its own address (/events, /events/features, /events/stream). The live stream shows
// raw traits (personal data): the server serves it to admins only, and only admins see its tab.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useAuth } from '../../auth/AuthContext';
import { Empty } from '../../components/States';
import { CatalogTab } from './CatalogTab';
import { FeatureMappingTab } from './FeatureMappingTab';
import { StreamTab } from './StreamTab';

export type EventsTab = 'catalog' | 'features' | 'stream';

const TABS: { tab: EventsTab; path: string; adminOnly?: boolean }[] = [
  { tab: 'catalog', path: '/events' },
  { tab: 'features', path: '/events/features' },
  { tab: 'stream', path: '/events/stream', adminOnly: true },
];

export function EventsPage({ tab }: { tab: EventsTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { user } = useAuth();
  const isAdmin = user?.role === 'admin';
  const tabs = TABS.filter((item) => isAdmin || !item.adminOnly);
  return (
    <div className="page" data-testid="events-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('events.title')}</h1>
          <p className="page-sub">{t('events.subtitle')}</p>
        </div>
      </div>
      <div className="tabs" role="tablist" aria-label={t('events.sections')}>
        {tabs.map((item) => (
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
        {tab === 'stream' &&
          (isAdmin ? (
            <StreamTab />
          ) : (
            <section className="card" data-testid="stream-admin-only">
              <Empty icon="lock" title={t('events.stream.adminOnly')} hint={t('events.stream.adminOnlyHint')} />
            </section>
          ))}
      </div>
    </div>
  );
}
