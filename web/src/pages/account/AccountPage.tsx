// Account 360°: the header with the account's key facts, then one tab per facet.
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { api, ApiError, type Account } from '../../api';
import { StageBadge, TierBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Loading } from '../../components/States';
import { Tabs } from '../../components/TabbedPage';
import {
  daysUntil,
  formatDate,
  formatMoney,
  formatRelativeDays,
  initials,
  regionName,
} from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
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
const TABS = [
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
type Tab = (typeof TABS)[number];

export function AccountPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const [params, setParams] = useSearchParams();
  const tab: Tab = TABS.includes(params.get('tab') as Tab) ? (params.get('tab') as Tab) : 'profile';
  const account = useAsync((signal) => api.account(id, signal), [id]);

  if (account.error instanceof ApiError && account.error.status === 404) {
    return (
      <div className="page">
        <Empty icon="building" title={t('account.notFound')}>
          <Link className="btn btn-secondary btn-sm" to="/accounts">
            {t('account.backToList')}
          </Link>
        </Empty>
      </div>
    );
  }

  return (
    <div className="page" data-testid="account-page">
      <nav className="breadcrumb" aria-label={t('account.breadcrumb')}>
        <Link to="/accounts">{t('nav.accounts')}</Link>
        <Icon name="chevronRight" size={13} />
        <span>{account.data?.name ?? '…'}</span>
      </nav>
      <ErrorBanner error={account.error} onRetry={account.reload} />
      {!account.data && account.loading && <Loading />}
      {account.data && (
        <>
          <AccountHeader account={account.data} />
          <Tabs
            label={t('account.sections')}
            tabs={TABS}
            selected={tab}
            tabLabel={(name) => t(`account.tab.${name}`)}
            onSelect={(name) =>
              setParams(name === 'profile' ? {} : { tab: name }, { replace: true })
            }
          >
            {tab === 'profile' && (
              <ProfileTab account={account.data} onAccountChanged={account.reload} />
            )}
            {tab === 'journey' && (
              <JourneyTab account={account.data} onAccountChanged={account.reload} />
            )}
            {tab === 'handoff' && <HandoffTab account={account.data} />}
            {tab === 'revenue' && <RevenueTab account={account.data} />}
            {tab === 'contacts' && <ContactsTab accountId={account.data.id} />}
            {tab === 'relationships' && <RelationshipsTab accountId={account.data.id} />}
            {tab === 'timeline' && <TimelineTab accountId={account.data.id} />}
            {tab === 'nps' && <NpsTab accountId={account.data.id} />}
            {tab === 'usage' && <UsageTab accountId={account.data.id} />}
            {tab === 'success' && <SuccessTab accountId={account.data.id} />}
          </Tabs>
        </>
      )}
    </div>
  );
}

function AccountHeader({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const days = daysUntil(account.renewal_date);
  return (
    <section className="card account-header" data-testid="account-header">
      <div className="account-header-top">
        <div className="account-mark" aria-hidden="true">
          {initials(account.name)}
        </div>
        <div className="account-title">
          {account.name_kana && <div className="kana">{account.name_kana}</div>}
          <h1 data-testid="account-name">{account.name}</h1>
          <div className="account-meta">
            {account.domain && (
              <a
                href={`https://${account.domain}`}
                target="_blank"
                rel="noreferrer noopener"
                className="meta-item"
              >
                <Icon name="globe" size={14} />
                {account.domain}
              </a>
            )}
            {account.industry && (
              <span className="meta-item">
                <Icon name="building" size={14} />
                {account.industry}
              </span>
            )}
            {account.country && (
              <span className="meta-item">{regionName(account.country, lang)}</span>
            )}
          </div>
        </div>
        <div className="account-badges">
          <StageBadge stage={account.journey_stage} moment={account.moment_of_truth} />
          <TierBadge tier={account.tier} override={account.tier_override !== null} />
        </div>
      </div>
      <dl className="stats">
        <div className="stat">
          <dt>{t('account.field.arr')}</dt>
          <dd className="stat-value" data-testid="account-arr">
            {formatMoney(account.arr_minor, account.currency, lang)}
          </dd>
        </div>
        <div className="stat">
          <dt>{t('account.field.renewal_date')}</dt>
          <dd className="stat-value">
            {account.renewal_date ? formatDate(account.renewal_date, lang) : '—'}
            {days !== null && (
              <span className={`relative ${days >= 0 && days <= 90 ? 'relative-soon' : ''}`}>
                {formatRelativeDays(days, lang)}
              </span>
            )}
          </dd>
        </div>
        <div className="stat">
          <dt>{t('account.field.start_date')}</dt>
          <dd className="stat-value">
            {account.start_date ? formatDate(account.start_date, lang) : '—'}
          </dd>
        </div>
        <div className="stat">
          <dt>{t('account.field.owner')}</dt>
          <dd className="stat-value">
            {account.owner_name ? (
              <span className="person">
                <span className="avatar avatar-sm">{initials(account.owner_name)}</span>
                {account.owner_name}
              </span>
            ) : (
              <span className="muted">{t('common.unassigned')}</span>
            )}
          </dd>
        </div>
        <div className="stat">
          <dt>{t('account.field.employee_band')}</dt>
          <dd className="stat-value">
            {account.employee_band ? t('account.employees', { band: account.employee_band }) : '—'}
          </dd>
        </div>
      </dl>
    </section>
  );
}
