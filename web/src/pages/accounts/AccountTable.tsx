// The account list's table: a row per account (a click opens it), sortable by name, health, ARR
// and renewal date. Health is the score in its band's colour and the last twelve weeks drawn
// as an inline line (no chart per row: a page may have hundreds). The domain tells apart accounts of the same name (three 株式会社旭物流). For
// those who may change accounts, a first column of checkboxes selects rows for bulk actions.
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import type { Account } from '../../api';
import { ArrAmount } from '../../components/ArrAmount';
import { BandBadge, StageBadge, TierBadge } from '../../components/Badges';
import { useRevenueSettings } from '../../components/RevenueSettingsContext';
import { Icon } from '../../components/Icon';
import { Sparkline } from '../../components/Sparkline';
import { daysUntil, formatDate, formatRelativeDays, initials, regionName } from '../../lib/format';
import { formatPoints } from '../../lib/health';
import type { SortField } from './accountQuery';

/** The header's checkbox: every row of the page ticked, some of them, or none. */
export interface PageSelection {
  all: boolean;
  some: boolean;
  onChange: (on: boolean) => void;
}

export function AccountTableHead({
  sortField,
  sortDesc,
  onSort,
  selection,
}: {
  sortField: SortField;
  sortDesc: boolean;
  onSort: (field: SortField) => void;
  /** Undefined: no checkbox column. */
  selection?: PageSelection;
}) {
  const { t } = useTranslation();
  const currency = useRevenueSettings().reportingCurrency;
  const sortable = { active: sortField, desc: sortDesc, onSort };
  return (
    <thead>
      <tr>
        {selection && (
          <th className="cell-check">
            <Checkbox
              checked={selection.all}
              indeterminate={selection.some && !selection.all}
              onChange={selection.onChange}
              label={t('bulk.selectPage')}
              testId="select-page"
            />
          </th>
        )}
        <SortHeader field="name" label={t('accounts.col.name')} {...sortable} />
        <th>{t('accounts.col.domain')}</th>
        <th>{t('accounts.col.owner')}</th>
        <th>{t('accounts.col.stage')}</th>
        <th>{t('accounts.col.tier')}</th>
        <SortHeader
          field="health"
          label={t('accounts.col.health')}
          title={t('accounts.col.healthHint')}
          {...sortable}
        />
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

export function AccountRow({
  account,
  selected,
  onToggle,
}: {
  account: Account;
  /** Undefined: no checkbox column. */
  selected?: boolean;
  onToggle?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const navigate = useNavigate();
  const days = daysUntil(account.renewal_date);
  const soon = days !== null && days >= 0 && days <= 90;
  const selectable = selected !== undefined && onToggle !== undefined;
  return (
    <tr
      className={selected ? 'row-link row-selected' : 'row-link'}
      onClick={() => navigate(`/accounts/${account.id}`)}
      data-testid="account-row"
      data-account-id={account.id}
    >
      {selectable && (
        // A click beside the box ticks it too, and never opens the account.
        <td className="cell-check" onClick={(e) => e.stopPropagation()}>
          <Checkbox
            checked={selected}
            onChange={onToggle}
            label={t('bulk.selectRow', { name: account.name })}
            testId="account-select"
          />
        </td>
      )}
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
      <td className="cell-health">
        <HealthCell account={account} />
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

/** The score in its band's chip, and the weekly trend beside it; a dash until scored. */
function HealthCell({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { health_score: score, health_band: band, health_trend: trend } = account;
  if (score === null) return <span className="muted">—</span>;
  return (
    <span className="health-cell" data-testid="account-health" data-band={band ?? ''}>
      <BandBadge
        band={band}
        title={band ? t('health.bandHint', { band: t(`enum.healthBand.${band}`) }) : undefined}
      >
        {formatPoints(score, lang)}
      </BandBadge>
      {trend && trend.some((v) => v !== null) && (
        <Sparkline values={trend} band={band} label={t('accounts.healthTrend')} />
      )}
    </span>
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

/** A checkbox in a cell, filling the cell so that it is easy to hit; named for screen readers. */
function Checkbox({
  checked,
  indeterminate = false,
  onChange,
  label,
  testId,
}: {
  checked: boolean;
  indeterminate?: boolean;
  onChange: (on: boolean) => void;
  label: string;
  testId: string;
}) {
  const ref = useRef<HTMLInputElement>(null);
  // "Some of the page" has no attribute: it is a property of the element.
  useEffect(() => {
    if (ref.current) ref.current.indeterminate = indeterminate;
  }, [indeterminate]);
  return (
    <label className="row-check" title={label}>
      <input
        ref={ref}
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-label={label}
        data-testid={testId}
      />
    </label>
  );
}
