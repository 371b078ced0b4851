// A staff user's role, status, sign-in lock and language, as the list and the dialog show them.
import { useTranslation } from 'react-i18next';
import type { StaffUser, UserRole } from '../../api';
import { Badge, type Tone } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { formatDateTime } from '../../lib/format';
import { isSignInLocked } from '../../lib/staff';

const ROLE_TONE: Record<UserRole, Tone> = {
  admin: 'indigo',
  manager: 'violet',
  csm: 'blue',
  marketer: 'teal',
  viewer: 'gray',
};

export function RoleBadge({ role }: { role: UserRole }) {
  const { t } = useTranslation();
  return (
    <Badge tone={ROLE_TONE[role] ?? 'gray'} testId="staff-role">
      {t(`enum.userRole.${role}`, { defaultValue: role })}
    </Badge>
  );
}

export function StatusBadge({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return disabled ? (
    <Badge tone="gray" testId="staff-status" dot>
      {t('staff.disabled')}
    </Badge>
  ) : (
    <Badge tone="green" testId="staff-status" dot>
      {t('staff.active')}
    </Badge>
  );
}

/** Shown only while failed sign-ins hold the user's email back. */
export function LockBadge({ user }: { user: Pick<StaffUser, 'sign_in_blocked_until'> }) {
  const { t, i18n } = useTranslation();
  if (!isSignInLocked(user)) return null;
  const until = formatDateTime(user.sign_in_blocked_until, i18n.resolvedLanguage ?? 'en');
  return (
    <Badge tone="amber" testId="staff-locked" title={t('staff.lockedUntil', { time: until })}>
      <Icon name="lock" size={12} />
      {t('staff.locked')}
    </Badge>
  );
}

/** Each language named in itself (日本語, English), as the language switch does. */
export function LanguageName({ language }: { language: string }) {
  const { t } = useTranslation();
  return (
    <span lang={language}>{t(`staff.languageName.${language}`, { defaultValue: language })}</span>
  );
}
