// The account list's table: a row per account (a click opens it), sortable by name, ARR and
// renewal date. The domain tells apart accounts of the same name (three 株式会社旭物流).
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Account } from '../../api';
import { ArrAmount } from '../../components/ArrAmount';
import { StageBadge, TierBadge } from '../../components/Badges';
import { useRevenueSettings } from '../../components/RevenueSettingsContext';
import { Icon } from '../../components/Icon';
import { daysUntil, formatDate, formatRelativeDays, initials, regionName } from '../../lib/format';
import type { SortField } from './accountQuery';

export function AccountTableHead({
  sortField,
  sortDesc,
  onSort,
}: {
  sortField: SortField;
  sortDesc: boolean;
  onSort: (field: SortField) => void;
}) {
  const { t } = useTranslation();
  const currency = useRevenueSettings().reportingCurrency;
  const sortable = { active: sortField, desc: sortDesc, onSort };
  return (
    <thead>
      <tr>
        <SortHeader field="name" label={t('accounts.col.name')} {...sortable} />
        <th>{t('accounts.col.domain')}</th>
        <th>{t('accounts.col.owner')}</th>
        <th>{t('accounts.col.stage')}</th>
        <th>{t('accounts.col.tier')}</th>
        <SortHeader
          field="arr"
          label={currency ? t('accounts.col.arrIn', { currency }) : t('accounts.col.arr')}
          title={currency && t('accounts.col.arrHint', { currency })}
          {...sortable}
          numeric
        />
        <SortHeader field="renewal_date" label={t('accounts.col.renewal')} {...sortable} />
        <th>{t('accounts.col.country')}</th>
      </tr>
    </thead>
  );
}

export function AccountRow({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const navigate = useNavigate();
  const days = daysUntil(account.renewal_date);
  const soon = days !== null && days >= 0 && days <= 90;
  return (
    <tr
      className="row-link"
      onClick={() => navigate(`/accounts/${account.id}`)}
      data-testid="account-row"
      data-account-id={account.id}
    >
      <td className="cell-name">
        <Link
          to={`/accounts/${account.id}`}
          className="account-name"
          onClick={(e) => e.stopPropagation()}
        >
          {account.name}
        </Link>
        {account.name_kana && <div className="kana">{account.name_kana}</div>}
      </td>
      <td className="cell-domain" title={account.domain ?? undefined} data-testid="account-domain">
        {account.domain || <span className="muted">—</span>}
      </td>
      <td>
        {account.owner_name ? (
          <span className="person">
            <span className="avatar avatar-sm">{initials(account.owner_name)}</span>
            {account.owner_name}
          </span>
        ) : (
          <span className="muted">{t('common.unassigned')}</span>
        )}
      </td>
      <td>
        <StageBadge stage={account.journey_stage} moment={account.moment_of_truth} />
      </td>
      <td>
        <TierBadge tier={account.tier} override={account.tier_override !== null} compact />
      </td>
      <td className="num">
        <ArrAmount arr={account} testId="account-arr" />
      </td>
      <td>
        {account.renewal_date ? (
          <div className="date-cell">
            <span>{formatDate(account.renewal_date, lang)}</span>
            {days !== null && (
              <span className={`relative ${soon ? 'relative-soon' : ''}`}>
                {formatRelativeDays(days, lang)}
              </span>
            )}
          </div>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <td className="cell-country">
        {regionName(account.country, lang) || <span className="muted">—</span>}
      </td>
    </tr>
  );
}

function SortHeader({
  field,
  label,
  active,
  desc,
  onSort,
  numeric = false,
  title,
}: {
  field: SortField;
  label: string;
  title?: string;
  active: SortField;
  desc: boolean;
  onSort: (field: SortField) => void;
  numeric?: boolean;
}) {
  const isActive = active === field;
  return (
    <th
      className={numeric ? 'num' : undefined}
      aria-sort={isActive ? (desc ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className={`sort ${isActive ? 'sort-active' : ''}`}
        onClick={() => onSort(field)}
        title={title}
        data-testid={`sort-${field}`}
      >
        {label}
        <Icon name={isActive ? (desc ? 'arrowDown' : 'arrowUp') : 'sort'} size={13} />
      </button>
    </th>
  );
}
