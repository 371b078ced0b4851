// Hand-offs from sales to CS (seed 001: "poor-fit deals are visible"): the recent hand-offs whose
// fit to the ideal customer profile was poor, and the profile itself (its criteria and weights,
// shared by sales and CS; admins and managers edit it). /handoffs and /handoffs/icp.
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { IcpEditor } from './IcpEditor';
import { PoorFitList } from './PoorFitList';

export type HandoffsTab = 'list' | 'icp';

const TABS: { tab: HandoffsTab; path: string }[] = [
  { tab: 'list', path: '/handoffs' },
  { tab: 'icp', path: '/handoffs/icp' },
];

export function HandoffsPage({ tab }: { tab: HandoffsTab }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <div className="page" data-testid="handoffs-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('handoffs.title')}</h1>
          <p className="page-sub">{t('handoffs.subtitle')}</p>
        </div>
      </div>
      <div className="tabs" role="tablist" aria-label={t('handoffs.sections')}>
        {TABS.map((item) => (
          <button
            key={item.tab}
            type="button"
            role="tab"
            aria-selected={tab === item.tab}
            className={`tab ${tab === item.tab ? 'tab-active' : ''}`}
            onClick={() => navigate(item.path)}
            data-testid={`handoffs-tab-${item.tab}`}
          >
            {t(`handoffs.tab.${item.tab}`)}
          </button>
        ))}
      </div>
      <div role="tabpanel" data-testid={`handoffs-panel-${tab}`}>
        {tab === 'list' && <PoorFitList />}
        {tab === 'icp' && <IcpEditor />}
      </div>
    </div>
  );
}
