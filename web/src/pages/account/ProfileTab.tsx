import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Account } from '../../api';
import { StageBadge, TierBadge } from '../../components/Badges';
import { formatDate, formatDateTime, formatMoney, regionName } from '../../lib/format';

function show(value: ReactNode): ReactNode {
  return value === null || value === undefined || value === '' ? <span className="muted">—</span> : value;
}

function attributeText(value: unknown, yes: string, no: string): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'boolean') return value ? yes : no;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

export function ProfileTab({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const fields: [string, ReactNode][] = [
    ['name', account.name],
    ['name_kana', account.name_kana],
    ['external_id', account.external_id && <code>{account.external_id}</code>],
    ['domain', account.domain],
    ['industry', account.industry],
    ['employee_band', account.employee_band && t('account.employees', { band: account.employee_band })],
    ['country', account.country && `${regionName(account.country, lang)} (${account.country})`],
    ['currency', account.currency],
    ['owner', account.owner_name],
    ['journey_stage', <StageBadge stage={account.journey_stage} />],
    ['tier', <TierBadge tier={account.tier} override={account.tier_override !== null} />],
    ['tier_override', account.tier_override ? t(`enum.tier.${account.tier_override}`) : t('account.automatic')],
    ['arr', formatMoney(account.arr_minor, account.currency, lang)],
    ['start_date', formatDate(account.start_date, lang)],
    ['renewal_date', formatDate(account.renewal_date, lang)],
    ['created_at', formatDateTime(account.created_at, lang)],
    ['updated_at', formatDateTime(account.updated_at, lang)],
  ];
  const attributes = Object.entries(account.custom_attributes ?? {});

  return (
    <div className="grid-2">
      <section className="card">
        <h2 className="card-title">{t('account.profile')}</h2>
        <dl className="kv" data-testid="profile-fields">
          {fields.map(([key, value]) => (
            <div key={key} className="kv-row">
              <dt>{t(`account.field.${key}`)}</dt>
              <dd>{show(value)}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section className="card">
        <h2 className="card-title">{t('account.customAttributes')}</h2>
        {attributes.length === 0 ? (
          <p className="muted card-pad">{t('account.noCustomAttributes')}</p>
        ) : (
          <dl className="kv" data-testid="custom-attributes">
            {attributes.map(([key, value]) => (
              <div key={key} className="kv-row">
                <dt>
                  <code>{key}</code>
                </dt>
                <dd>{attributeText(value, t('common.yes'), t('common.no'))}</dd>
              </div>
            ))}
          </dl>
        )}
      </section>
    </div>
  );
}
