// The account's header: its name and key facts (ARR in the reporting currency and its own,
// renewal, owner…), its health, stage and touch model (with the reason when it is set by hand),
// and the actions every tab offers.
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account, AccountHealth } from '../../api';
import { ArrAmount } from '../../components/ArrAmount';
import { StageBadge, TierBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { daysUntil, formatDate, formatRelativeDays, initials, regionName } from '../../lib/format';
import { employeeBandLabel, industryLabel } from '../../lib/labels';
import { HealthBadge } from './HealthBadge';

/**
 * `actions`: the buttons shown on every tab (log a touchpoint, edit the account); `health`: the
 * account's score, once read.
 */
export function AccountHeader({
  account,
  health,
  actions,
}: {
  account: Account;
  health?: AccountHealth;
  actions?: ReactNode;
}) {
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
                {industryLabel(account.industry, t)}
              </span>
            )}
            {account.country && (
              <span className="meta-item">{regionName(account.country, lang)}</span>
            )}
          </div>
        </div>
        <div className="account-header-side">
          <div className="account-badges">
            {health && <HealthBadge health={health} />}
            <StageBadge stage={account.journey_stage} moment={account.moment_of_truth} />
            <TierBadge tier={account.tier} override={account.tier_override !== null} />
          </div>
          {account.tier_override && account.tier_override_reason && (
            <div className="sub tier-reason" data-testid="account-tier-reason">
              {t('account.tierReason', { reason: account.tier_override_reason })}
            </div>
          )}
          {actions && <div className="account-actions">{actions}</div>}
        </div>
      </div>
      <dl className="stats">
        <div className="stat">
          <dt>{t('account.field.arr')}</dt>
          <dd className="stat-value">
            <ArrAmount arr={account} testId="account-arr" />
          </dd>
        </div>
        <div className="stat">
          <dt>{t('account.field.renewal_date')}</dt>
          <dd className="stat-value" data-testid="account-renewal">
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
          <dd className="stat-value" data-testid="account-owner">
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
            {account.employee_band ? employeeBandLabel(account.employee_band, t) : '—'}
          </dd>
        </div>
      </dl>
    </section>
  );
}
