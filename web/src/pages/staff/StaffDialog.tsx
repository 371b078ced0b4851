// One staff user, managed by an admin: the profile (StaffProfileForm), sign-in (clear a lock,
// reset the password, end every session), their API tokens, and disabling or enabling them,
// each with a confirmation. The state and the calls are useStaffPanel's; a 409 naming `role` or
// `disabled` (no enabled admin would be left, or an admin disabling themself) is shown where it
// happened.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { StaffUser } from '../../api';
import { Alert } from '../../components/Alert';
import { ConfirmPrompt } from '../../components/ConfirmRow';
import { Dialog } from '../../components/Dialog';
import { Icon, type IconName } from '../../components/Icon';
import { formatDateTime, formatRelativeTime } from '../../lib/format';
import { isSignInLocked } from '../../lib/staff';
import { LanguageName, LockBadge, RoleBadge, StatusBadge } from './StaffBadges';
import { StaffProfileForm } from './StaffProfileForm';
import { TokenList } from './TokenList';
import { useStaffPanel, type PanelSection, type StaffPanel } from './useStaffPanel';

export function StaffDialog(props: {
  user: StaffUser;
  /** The signed-in admin is this user. */
  me: boolean;
  /** Said in the sign-in section on opening (the password was just reset). */
  notice?: string;
  onChanged: (user: StaffUser) => void;
  /** Read the user again: the server may have changed the record (its version) on its own. */
  onReread: () => void;
  onResetPassword: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { user, me, onResetPassword, onClose } = props;
  const panel = useStaffPanel(props);
  return (
    <Dialog title={user.name} onClose={onClose} testId="staff-dialog" wide>
      <div className="staff-dialog" data-user-id={user.id} data-version={user.version}>
        <StaffFacts user={user} me={me} />
        <PanelSectionBox
          section="profile"
          title={t('staff.panel.profile')}
          panel={panel}
          messageBelow
        >
          <StaffProfileForm panel={panel} />
        </PanelSectionBox>
        <PanelSectionBox section="signIn" title={t('staff.panel.signIn')} panel={panel}>
          <SignInActions user={user} me={me} panel={panel} onResetPassword={onResetPassword} />
        </PanelSectionBox>
        <TokensSection userId={user.id} />
        <PanelSectionBox section="access" title={t('staff.panel.access')} panel={panel}>
          <AccessActions user={user} panel={panel} />
        </PanelSectionBox>
        <div className="staff-dialog-foot">
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={onClose}
            data-testid="staff-dialog-close"
          >
            {t('common.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function StaffFacts({ user, me }: { user: StaffUser; me: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <div className="staff-facts">
      <span className="staff-email">{user.email}</span>
      <RoleBadge role={user.role} />
      <StatusBadge disabled={user.disabled} />
      <LockBadge user={user} />
      {me && <span className="you-tag">{t('staff.you')}</span>}
      <span className="staff-facts-times muted">
        <LanguageName language={user.language} />
        {' · '}
        {t('staff.panel.added', { time: formatDateTime(user.created_at, lang) })}
        {' · '}
        {user.last_sign_in_at
          ? t('staff.panel.lastSignIn', { time: formatRelativeTime(user.last_sign_in_at, lang) })
          : t('staff.neverSignedIn')}
      </span>
    </div>
  );
}

/** A titled section of the panel, with the panel's message when it is about this section. */
function PanelSectionBox({
  section,
  title,
  panel,
  messageBelow = false,
  children,
}: {
  section: PanelSection;
  title: string;
  panel: StaffPanel;
  messageBelow?: boolean;
  children: ReactNode;
}) {
  const titleId = useId();
  const { message } = panel;
  const shown = message?.section === section && (
    <Alert
      tone={message.tone}
      role={message.tone === 'success' ? 'status' : 'alert'}
      testId={`staff-${section}-message`}
      data-tone={message.tone}
    >
      {message.text}
    </Alert>
  );
  return (
    <section className="staff-section" aria-labelledby={titleId}>
      <h3 className="staff-section-title" id={titleId}>
        {title}
      </h3>
      {!messageBelow && shown}
      {children}
      {messageBelow && shown}
    </section>
  );
}

function TokensSection({ userId }: { userId: number }) {
  const { t } = useTranslation();
  const titleId = useId();
  return (
    <section className="staff-section" aria-labelledby={titleId}>
      <h3 className="staff-section-title" id={titleId}>
        {t('staff.tokens.title')}
      </h3>
      <p className="field-hint staff-section-hint">{t('staff.tokens.hint')}</p>
      <TokenList userId={userId} />
    </section>
  );
}

/** One action of the panel: an icon, what it does and why, and its button. */
function StaffAction({
  icon,
  title,
  hint,
  className = '',
  testId,
  children,
}: {
  icon: IconName;
  title: string;
  hint: string;
  className?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div className={`staff-action ${className}`} data-testid={testId}>
      <Icon name={icon} size={16} />
      <div className="staff-action-text">
        <div className="strong">{title}</div>
        <div className="field-hint">{hint}</div>
      </div>
      {children}
    </div>
  );
}

function SignInActions({
  user,
  me,
  panel,
  onResetPassword,
}: {
  user: StaffUser;
  me: boolean;
  panel: StaffPanel;
  onResetPassword: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { busy, confirming, setConfirming } = panel;
  return (
    <>
      {isSignInLocked(user) && (
        <StaffAction
          icon="lock"
          title={t('staff.locked')}
          hint={t('staff.panel.lock', { time: formatDateTime(user.sign_in_blocked_until, lang) })}
          className="staff-action-lock"
          testId="staff-lock"
        >
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={() => void panel.clearLock()}
            disabled={busy !== null}
            data-testid="staff-clear-lock"
          >
            {busy === 'signIn' ? t('staff.panel.clearing') : t('staff.panel.clearLock')}
          </button>
        </StaffAction>
      )}
      <StaffAction
        icon="key"
        title={t('staff.panel.resetPassword')}
        hint={t('staff.panel.resetPasswordHint')}
      >
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={onResetPassword}
          disabled={busy !== null}
          data-testid="staff-reset-password"
        >
          {t('staff.panel.resetPasswordButton')}
        </button>
      </StaffAction>
      <StaffAction
        icon="logout"
        title={t('staff.panel.endSessions')}
        hint={t('staff.panel.endSessionsHint')}
      >
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => setConfirming('sessions')}
          disabled={busy !== null || confirming === 'sessions'}
          aria-expanded={confirming === 'sessions'}
          data-testid="staff-end-sessions"
        >
          {t('staff.panel.endSessionsButton')}
        </button>
      </StaffAction>
      {confirming === 'sessions' && (
        <PanelConfirm
          question={`${t('staff.panel.endSessionsConfirm', { name: user.name })}${me ? ` ${t('staff.panel.endSessionsSelf')}` : ''}`}
          confirmLabel={
            busy === 'signIn' ? t('staff.panel.ending') : t('staff.panel.endSessionsYes')
          }
          panel={panel}
          onConfirm={() => void panel.endSessions()}
          testId="staff-end-sessions"
        />
      )}
    </>
  );
}

function AccessActions({ user, panel }: { user: StaffUser; panel: StaffPanel }) {
  const { t } = useTranslation();
  const { busy, confirming, setConfirming } = panel;
  // The one action offered: enable a disabled user, or disable an enabled one.
  const action = user.disabled ? 'enable' : 'disable';
  return (
    <>
      <StaffAction
        icon={user.disabled ? 'lock' : 'user'}
        title={user.disabled ? t('staff.panel.accessOff') : t('staff.panel.accessOn')}
        hint={user.disabled ? t('staff.panel.enableHint') : t('staff.panel.disableHint')}
        className={user.disabled ? 'staff-action-off' : ''}
      >
        <button
          type="button"
          className={
            user.disabled ? 'btn btn-secondary btn-sm' : 'btn btn-ghost btn-sm btn-danger-text'
          }
          onClick={() => setConfirming(action)}
          disabled={busy !== null || confirming === action}
          aria-expanded={confirming === action}
          data-testid={`staff-${action}`}
        >
          {user.disabled ? t('staff.panel.enable') : t('staff.panel.disable')}
        </button>
      </StaffAction>
      {confirming === 'disable' && !user.disabled && (
        <PanelConfirm
          question={t('staff.panel.disableConfirm', { name: user.name })}
          confirmLabel={
            busy === 'access' ? t('staff.panel.disabling') : t('staff.panel.disableYes')
          }
          danger
          panel={panel}
          onConfirm={() => void panel.setDisabled(true)}
          testId="staff-disable"
        />
      )}
      {confirming === 'enable' && user.disabled && (
        <PanelConfirm
          question={t('staff.panel.enableConfirm', { name: user.name })}
          confirmLabel={busy === 'access' ? t('staff.panel.enabling') : t('staff.panel.enableYes')}
          panel={panel}
          onConfirm={() => void panel.setDisabled(false)}
          testId="staff-enable"
        />
      )}
    </>
  );
}

/** A confirmation in the panel: any action under way holds it; it scrolls into view on opening. */
function PanelConfirm({
  question,
  confirmLabel,
  danger = false,
  panel,
  onConfirm,
  testId,
}: {
  question: string;
  confirmLabel: string;
  danger?: boolean;
  panel: StaffPanel;
  onConfirm: () => void;
  testId: string;
}) {
  return (
    <ConfirmPrompt
      question={question}
      confirmLabel={confirmLabel}
      danger={danger}
      busy={panel.busy !== null}
      onCancel={() => panel.setConfirming(null)}
      onConfirm={onConfirm}
      testId={testId}
      promptTestId={`${testId}-confirm-row`}
      className={`staff-confirm ${danger ? 'staff-confirm-danger' : ''}`}
      scrollIntoView
    />
  );
}
