// Staff (manage_users: admins): who can sign in to the console, with which role and language, whether
// they are enabled, when they last signed in and whether failed sign-ins hold them back. Each
// one is managed in a dialog (StaffDialog: profile, password, sessions, tokens, enable/disable);
// new colleagues are added through AddStaffDialog.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type StaffUser } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { useCan } from '../../auth/permissions';
import { Alert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { formatDateTime, formatRelativeTime, initials } from '../../lib/format';
import { orderStaff } from '../../lib/staff';
import { useAsync } from '../../lib/useAsync';
import { AddStaffDialog } from './AddStaffDialog';
import { PasswordDialog } from './PasswordDialog';
import { LanguageName, LockBadge, RoleBadge, StatusBadge } from './StaffBadges';
import { StaffDialog } from './StaffDialog';

export function StaffPage() {
  const { t } = useTranslation();
  const { user } = useAuth();
  const canManage = useCan('manageUsers');
  if (!canManage || !user) {
    return (
      <div className="page" data-testid="staff-page">
        <Empty icon="lock" title={t('staff.adminOnly')} hint={t('staff.adminOnlyHint')} />
      </div>
    );
  }
  return <StaffAdmin me={user.id} />;
}

/** Which dialog is open: adding someone, or one user's panel or their password reset. */
type Open =
  | { kind: 'add' }
  | { kind: 'manage'; id: number; notice?: string }
  | { kind: 'password'; id: number };

function StaffAdmin({ me }: { me: number }) {
  const { t } = useTranslation();
  const list = useAsync((signal) => api.users(signal), []);
  const [users, setUsers] = useState<StaffUser[] | null>(null);
  const [open, setOpen] = useState<Open | null>(null);
  // Kept as the person added, so that it follows the language switch.
  const [added, setAdded] = useState<string | null>(null);
  const shown = users ?? list.data?.data ?? null;
  const current = open && open.kind !== 'add' ? shown?.find((u) => u.id === open.id) : undefined;

  /** A user as the server now has it, in place (or first, when new). Also called when a re-read arrives later. */
  function replace(user: StaffUser) {
    setUsers((before) => {
      const rest = before ?? list.data?.data ?? [];
      return rest.some((u) => u.id === user.id)
        ? rest.map((u) => (u.id === user.id ? user : u))
        : [user, ...rest];
    });
  }

  /** Reads a user again after a change the server makes to the record itself (a new password bumps its version). */
  function reread(id: number) {
    api.user(id).then(replace, () => undefined);
  }

  return (
    <div className="page" data-testid="staff-page">
      <div className="page-head">
        <div>
          <h1 className="page-title" data-testid="staff-title">
            {t('staff.title')}
          </h1>
          <p className="page-sub">{t('staff.subtitle')}</p>
        </div>
        <button
          type="button"
          className="btn btn-primary"
          onClick={() => setOpen({ kind: 'add' })}
          data-testid="staff-add"
        >
          <Icon name="plus" size={15} />
          {t('staff.add')}
        </button>
      </div>

      {added !== null && (
        <Alert tone="success" role="status" testId="staff-notice">
          {t('staff.create.done', { name: added })}
        </Alert>
      )}

      <section className="card">
        <div className="card-head">
          <h2 className="card-head-title">{t('staff.listTitle')}</h2>
          {shown && (
            <span className="count" data-testid="staff-count">
              {t('staff.count', { count: shown.length })}
            </span>
          )}
        </div>
        <ErrorBanner error={list.error} onRetry={list.reload} />
        {!shown && !list.error && <Skeleton rows={4} />}
        {shown && shown.length === 0 && <Empty icon="user" title={t('staff.empty')} />}
        {shown && shown.length > 0 && (
          <div className="table-wrap">
            <table className="table table-hover" data-testid="staff-table">
              <thead>
                <tr>
                  <th>{t('staff.col.name')}</th>
                  <th>{t('staff.col.email')}</th>
                  <th>{t('staff.col.role')}</th>
                  <th>{t('staff.col.language')}</th>
                  <th>{t('staff.col.status')}</th>
                  <th>{t('staff.col.lastSignIn')}</th>
                  <th className="actions-cell" aria-label={t('staff.col.actions')} />
                </tr>
              </thead>
              <tbody>
                {orderStaff(shown).map((u) => (
                  <StaffRow
                    key={u.id}
                    user={u}
                    me={u.id === me}
                    onManage={() => setOpen({ kind: 'manage', id: u.id })}
                  />
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      {open?.kind === 'add' && (
        <AddStaffDialog
          onClose={() => setOpen(null)}
          onCreated={(user) => {
            replace(user);
            setAdded(user.name);
            setOpen(null);
          }}
        />
      )}
      {open?.kind === 'manage' && current && (
        <StaffDialog
          key={current.id}
          user={current}
          me={current.id === me}
          notice={open.notice}
          onChanged={replace}
          onReread={() => reread(current.id)}
          onResetPassword={() => setOpen({ kind: 'password', id: current.id })}
          onClose={() => setOpen(null)}
        />
      )}
      {open?.kind === 'password' && current && (
        <PasswordDialog
          user={current}
          onDone={() => {
            reread(current.id);
            setOpen({
              kind: 'manage',
              id: current.id,
              notice: t('staff.password.done', { name: current.name }),
            });
          }}
          onCancel={() => setOpen({ kind: 'manage', id: current.id })}
        />
      )}
    </div>
  );
}

function StaffRow({ user, me, onManage }: { user: StaffUser; me: boolean; onManage: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <tr
      className={user.disabled ? 'row-dim' : undefined}
      data-testid="staff-row"
      data-user-id={user.id}
      data-email={user.email}
    >
      <td className="nowrap">
        <span className="person">
          <span className="avatar avatar-sm" aria-hidden="true">
            {initials(user.name)}
          </span>
          <span className="strong" data-testid="staff-name">
            {user.name}
          </span>
          {me && <span className="you-tag">{t('staff.you')}</span>}
        </span>
      </td>
      <td className="staff-email">{user.email}</td>
      <td>
        <RoleBadge role={user.role} />
      </td>
      <td className="nowrap">
        <LanguageName language={user.language} />
      </td>
      <td>
        <span className="badge-row">
          <StatusBadge disabled={user.disabled} />
          <LockBadge user={user} />
        </span>
      </td>
      <td>
        {user.last_sign_in_at ? (
          <div className="date-cell" title={formatDateTime(user.last_sign_in_at, lang)}>
            <span>{formatRelativeTime(user.last_sign_in_at, lang)}</span>
            <span className="relative">{formatDateTime(user.last_sign_in_at, lang)}</span>
          </div>
        ) : (
          <span className="muted">{t('staff.neverSignedIn')}</span>
        )}
      </td>
      <td className="actions-cell nowrap">
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={onManage}
          aria-label={t('staff.manageLabel', { name: user.name })}
          data-testid="staff-manage"
        >
          {t('staff.manage')}
        </button>
      </td>
    </tr>
  );
}
