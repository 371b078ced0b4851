// The account's people in the usage range: each by name, else email — never by the id the
// product sends in its events ("001DEMO00001642-seat11"), which is only in the tooltip of an
// "unknown user" — with their last activity and active days.
import { useTranslation } from 'react-i18next';
import type { AccountUsage } from '../../api';
import { Icon } from '../../components/Icon';
import { TableCard } from '../../components/TableCard';
import { formatDateTime, formatNumber, formatRelativeTime, initials } from '../../lib/format';
import { personLabel } from '../../lib/labels';

type UsageUser = AccountUsage['users'][number];

const seen = (timestamp: string | null) => Date.parse(timestamp ?? '') || 0;

export function UsageUsers({ users }: { users: UsageUser[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  // The server sends them most recently seen first; never-seen people (only identified) last.
  const sorted = [...users].sort((a, b) => seen(b.last_seen) - seen(a.last_seen));
  return (
    <TableCard
      title={t('usage.users')}
      testId="usage-users"
      empty={sorted.length === 0 ? { icon: 'meeting', title: t('usage.noUsers') } : null}
      columns={[
        { label: t('usage.col.user') },
        { label: t('usage.col.lastSeen') },
        { label: t('usage.col.activeDays'), numeric: true },
      ]}
    >
      {sorted.map((u, i) => (
        <tr key={u.user_id ?? `contact-${u.contact_id ?? i}`} data-testid="usage-user-row">
          <td>
            <UserCell user={u} />
          </td>
          <td>
            {u.last_seen ? (
              <div className="date-cell">
                <span>{formatRelativeTime(u.last_seen, lang)}</span>
                <span className="relative">{formatDateTime(u.last_seen, lang)}</span>
              </div>
            ) : (
              <span className="muted">—</span>
            )}
          </td>
          <td className="num strong" data-testid="usage-user-days">
            {formatNumber(u.active_days, lang)}
          </td>
        </tr>
      ))}
    </TableCard>
  );
}

/** The name (and the email under it), the email alone, or "Unknown user" with the id on hover. */
function UserCell({ user }: { user: UsageUser }) {
  const { t } = useTranslation();
  const label = personLabel(user);
  const name = user.name?.trim();
  return (
    <div className="person">
      {name ? (
        <span className="avatar avatar-sm">{initials(name)}</span>
      ) : (
        <span className="avatar avatar-sm avatar-anon">
          <Icon name="user" size={12} />
        </span>
      )}
      <div
        title={label ? undefined : t('usage.unknownUserHint', { id: user.user_id ?? '—' })}
        data-testid="usage-user"
      >
        <div className={label ? 'strong' : 'muted'}>{label ?? t('usage.unknownUser')}</div>
        {name && user.email && <div className="sub">{user.email}</div>}
      </div>
    </div>
  );
}
