// One staff user, managed by an admin: the profile (name, role, language; PATCH with the
// version read), sign-in (clear a lock, reset the password, end every session), their API
// tokens, and disabling or enabling them, each with a confirmation. A 409 naming `version`
// means someone changed the user meanwhile: the user is read again and the admin told so; a
// 409 naming `role` or `disabled` (no enabled admin would be left, or an admin disabling
// themself) is shown where it happened.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, USER_LANGUAGES, USER_ROLES, type StaffUser, type StaffUserPatch, type UserLanguage, type UserRole } from '../../api';
import { Dialog } from '../../components/Dialog';
import { Icon } from '../../components/Icon';
import { errorMessage } from '../../components/States';
import { formatDateTime, formatRelativeTime } from '../../lib/format';
import { isSignInLocked, profileDraftOf, profilePatch, type ProfileDraft } from '../../lib/staff';
import { LanguageName, LockBadge, RoleBadge, StatusBadge } from './StaffBadges';
import { TokenList } from './TokenList';

type Section = 'profile' | 'signIn' | 'access';
type Tone = 'success' | 'warning' | 'error';
interface Message {
  section: Section;
  tone: Tone;
  text: string;
}
type Confirming = 'sessions' | 'disable' | 'enable';

const ALERT_ICON: Record<Tone, 'check' | 'alert'> = { success: 'check', warning: 'alert', error: 'alert' };

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
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { user, me, notice, onChanged, onReread, onResetPassword, onClose } = props;
  const [draft, setDraft] = useState<ProfileDraft>(() => profileDraftOf(user));
  const [fieldErrors, setFieldErrors] = useState<{ name?: string; role?: string; language?: string }>({});
  const [message, setMessage] = useState<Message | null>(notice ? { section: 'signIn', tone: 'success', text: notice } : null);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [busy, setBusy] = useState<Section | null>(null);
  const ids = useId();
  const patch = profilePatch(user, draft);
  const locked = isSignInLocked(user);

  function say(section: Section, tone: Tone, text: string) {
    setMessage({ section, tone, text });
  }

  /** The answer to a refused PATCH: stale → read again; otherwise the server's message, by its field. */
  async function refused(cause: unknown, section: Section) {
    const text = errorMessage(cause, t('common.error'));
    if (cause instanceof ApiError && (cause.field === 'role' || cause.field === 'name' || cause.field === 'language') && section === 'profile') {
      setFieldErrors({ [cause.field]: text });
      return;
    }
    if (cause instanceof ApiError && cause.status === 409 && (cause.field === 'version' || !cause.field)) {
      try {
        const fresh = await api.user(user.id);
        onChanged(fresh);
        setDraft(profileDraftOf(fresh));
        setFieldErrors({});
        say(section, 'warning', t('staff.panel.stale'));
      } catch (again) {
        say(section, 'error', errorMessage(again, t('common.error')));
      }
      return;
    }
    say(section, 'error', text);
  }

  async function write(section: Section, body: StaffUserPatch, done: (saved: StaffUser) => string) {
    setBusy(section);
    setMessage(null);
    try {
      const saved = await api.updateUser(user.id, body);
      onChanged(saved);
      say(section, 'success', done(saved));
      return saved;
    } catch (cause) {
      await refused(cause, section);
      return null;
    } finally {
      setBusy(null);
      setConfirming(null);
    }
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    if (!patch) return;
    if (patch.name === '') {
      setFieldErrors({ name: t('staff.problem.name.required') });
      return;
    }
    setFieldErrors({});
    const saved = await write('profile', patch, () => t('staff.panel.saved'));
    if (saved) setDraft(profileDraftOf(saved));
  }

  async function run(section: Section, action: () => Promise<string>) {
    setBusy(section);
    setMessage(null);
    try {
      say(section, 'success', await action());
    } catch (cause) {
      say(section, 'error', errorMessage(cause, t('common.error')));
    } finally {
      setBusy(null);
      setConfirming(null);
    }
  }

  const endSessions = () =>
    run('signIn', async () => {
      const { ended } = await api.endUserSessions(user.id);
      onReread();
      return t('staff.panel.ended', { count: ended });
    });

  // Shown cleared at once; the re-read brings whatever else the server changed with it.
  const clearLock = () =>
    run('signIn', async () => {
      await api.clearSignInLock(user.id);
      onChanged({ ...user, sign_in_blocked_until: null });
      onReread();
      return t('staff.panel.lockCleared');
    });

  const shownMessage = (section: Section) =>
    message?.section === section && (
      <div className={`alert alert-${message.tone}`} role={message.tone === 'success' ? 'status' : 'alert'} data-testid={`staff-${section}-message`} data-tone={message.tone}>
        <Icon name={ALERT_ICON[message.tone]} size={18} />
        <div className="alert-body">{message.text}</div>
      </div>
    );

  return (
    <Dialog title={user.name} onClose={onClose} testId="staff-dialog" wide>
      <div className="staff-dialog" data-user-id={user.id} data-version={user.version}>
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

        <section className="staff-section" aria-labelledby={`${ids}-profile`}>
          <h3 className="staff-section-title" id={`${ids}-profile`}>
            {t('staff.panel.profile')}
          </h3>
          <form className="staff-profile" onSubmit={(e) => void save(e)} noValidate data-testid="staff-profile-form">
            <div className="field staff-profile-name">
              <label className="field-label" htmlFor={`${ids}-name`}>
                {t('staff.field.name')}
              </label>
              <input
                id={`${ids}-name`}
                type="text"
                value={draft.name}
                onChange={(e) => {
                  setDraft({ ...draft, name: e.target.value });
                  setFieldErrors({});
                }}
                className={fieldErrors.name ? 'input-error' : undefined}
                aria-invalid={fieldErrors.name ? true : undefined}
                data-testid="staff-edit-name"
              />
              {fieldErrors.name && (
                <span className="field-error" role="alert" data-testid="staff-edit-name-error">
                  {fieldErrors.name}
                </span>
              )}
            </div>
            <label className="field">
              <span className="field-label">{t('staff.field.role')}</span>
              <select
                className="select select-wide"
                value={draft.role}
                onChange={(e) => {
                  setDraft({ ...draft, role: e.target.value as UserRole });
                  setFieldErrors({});
                }}
                aria-invalid={fieldErrors.role ? true : undefined}
                data-testid="staff-edit-role"
              >
                {USER_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {t(`enum.userRole.${role}`)}
                  </option>
                ))}
              </select>
              {fieldErrors.role && (
                <span className="field-error" role="alert" data-testid="staff-edit-role-error">
                  {fieldErrors.role}
                </span>
              )}
            </label>
            <label className="field">
              <span className="field-label">{t('staff.field.language')}</span>
              <select
                className="select select-wide"
                value={draft.language}
                onChange={(e) => {
                  setDraft({ ...draft, language: e.target.value as UserLanguage });
                  setFieldErrors({});
                }}
                data-testid="staff-edit-language"
              >
                {USER_LANGUAGES.map((language) => (
                  <option key={language} value={language} lang={language}>
                    {t(`staff.languageName.${language}`)}
                  </option>
                ))}
              </select>
              {fieldErrors.language && (
                <span className="field-error" role="alert">
                  {fieldErrors.language}
                </span>
              )}
            </label>
            <div className="staff-profile-actions">
              <button type="submit" className="btn btn-primary btn-sm" disabled={!patch || busy !== null} data-testid="staff-save">
                <Icon name="check" size={14} />
                {busy === 'profile' ? t('staff.panel.saving') : t('staff.panel.save')}
              </button>
              {patch && (
                <button type="button" className="btn btn-ghost btn-sm" onClick={() => setDraft(profileDraftOf(user))} disabled={busy !== null}>
                  {t('common.cancel')}
                </button>
              )}
            </div>
          </form>
          {shownMessage('profile')}
        </section>

        <section className="staff-section" aria-labelledby={`${ids}-sign-in`}>
          <h3 className="staff-section-title" id={`${ids}-sign-in`}>
            {t('staff.panel.signIn')}
          </h3>
          {shownMessage('signIn')}
          {locked && (
            <div className="staff-action staff-action-lock" data-testid="staff-lock">
              <Icon name="lock" size={16} />
              <div className="staff-action-text">
                <div className="strong">{t('staff.locked')}</div>
                <div className="field-hint">{t('staff.panel.lock', { time: formatDateTime(user.sign_in_blocked_until, lang) })}</div>
              </div>
              <button type="button" className="btn btn-secondary btn-sm" onClick={() => void clearLock()} disabled={busy !== null} data-testid="staff-clear-lock">
                {busy === 'signIn' ? t('staff.panel.clearing') : t('staff.panel.clearLock')}
              </button>
            </div>
          )}
          <div className="staff-action">
            <Icon name="key" size={16} />
            <div className="staff-action-text">
              <div className="strong">{t('staff.panel.resetPassword')}</div>
              <div className="field-hint">{t('staff.panel.resetPasswordHint')}</div>
            </div>
            <button type="button" className="btn btn-secondary btn-sm" onClick={onResetPassword} disabled={busy !== null} data-testid="staff-reset-password">
              {t('staff.panel.resetPasswordButton')}
            </button>
          </div>
          <div className="staff-action">
            <Icon name="logout" size={16} />
            <div className="staff-action-text">
              <div className="strong">{t('staff.panel.endSessions')}</div>
              <div className="field-hint">{t('staff.panel.endSessionsHint')}</div>
            </div>
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
          </div>
          {confirming === 'sessions' && (
            <ConfirmRow
              text={`${t('staff.panel.endSessionsConfirm', { name: user.name })}${me ? ` ${t('staff.panel.endSessionsSelf')}` : ''}`}
              yes={busy === 'signIn' ? t('staff.panel.ending') : t('staff.panel.endSessionsYes')}
              busy={busy !== null}
              onYes={() => void endSessions()}
              onNo={() => setConfirming(null)}
              testId="staff-end-sessions"
            />
          )}
        </section>

        <section className="staff-section" aria-labelledby={`${ids}-tokens`}>
          <h3 className="staff-section-title" id={`${ids}-tokens`}>
            {t('staff.tokens.title')}
          </h3>
          <p className="field-hint staff-section-hint">{t('staff.tokens.hint')}</p>
          <TokenList userId={user.id} />
        </section>

        <section className="staff-section" aria-labelledby={`${ids}-access`}>
          <h3 className="staff-section-title" id={`${ids}-access`}>
            {t('staff.panel.access')}
          </h3>
          {shownMessage('access')}
          <div className={`staff-action ${user.disabled ? 'staff-action-off' : ''}`}>
            <Icon name={user.disabled ? 'lock' : 'user'} size={16} />
            <div className="staff-action-text">
              <div className="strong">{user.disabled ? t('staff.panel.accessOff') : t('staff.panel.accessOn')}</div>
              <div className="field-hint">{user.disabled ? t('staff.panel.enableHint') : t('staff.panel.disableHint')}</div>
            </div>
            {user.disabled ? (
              <button type="button" className="btn btn-secondary btn-sm" onClick={() => setConfirming('enable')} disabled={busy !== null || confirming === 'enable'} aria-expanded={confirming === 'enable'} data-testid="staff-enable">
                {t('staff.panel.enable')}
              </button>
            ) : (
              <button type="button" className="btn btn-ghost btn-sm btn-danger-text" onClick={() => setConfirming('disable')} disabled={busy !== null || confirming === 'disable'} aria-expanded={confirming === 'disable'} data-testid="staff-disable">
                {t('staff.panel.disable')}
              </button>
            )}
          </div>
          {confirming === 'disable' && !user.disabled && (
            <ConfirmRow
              text={t('staff.panel.disableConfirm', { name: user.name })}
              yes={busy === 'access' ? t('staff.panel.disabling') : t('staff.panel.disableYes')}
              danger
              busy={busy !== null}
              onYes={() => void write('access', { version: user.version, disabled: true }, (saved) => t('staff.panel.disabledNote', { name: saved.name }))}
              onNo={() => setConfirming(null)}
              testId="staff-disable"
            />
          )}
          {confirming === 'enable' && user.disabled && (
            <ConfirmRow
              text={t('staff.panel.enableConfirm', { name: user.name })}
              yes={busy === 'access' ? t('staff.panel.enabling') : t('staff.panel.enableYes')}
              busy={busy !== null}
              onYes={() => void write('access', { version: user.version, disabled: false }, (saved) => t('staff.panel.enabledNote', { name: saved.name }))}
              onNo={() => setConfirming(null)}
              testId="staff-enable"
            />
          )}
        </section>

        <div className="staff-dialog-foot">
          <button type="button" className="btn btn-secondary btn-sm" onClick={onClose} data-testid="staff-dialog-close">
            {t('common.close')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}

function ConfirmRow(props: { text: string; yes: string; danger?: boolean; busy: boolean; onYes: () => void; onNo: () => void; testId: string }) {
  const { t } = useTranslation();
  const { text, yes, danger = false, busy, onYes, onNo, testId } = props;
  const ref = useRef<HTMLDivElement>(null);
  // The panel scrolls: bring the question into view where it opened (jsdom has no scrollIntoView).
  // A block body: newer browsers answer scrollIntoView with a promise, which React would take
  // for the effect's clean-up and call.
  useEffect(() => {
    void ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, []);
  return (
    <div ref={ref} className={`confirm-row staff-confirm ${danger ? 'staff-confirm-danger' : ''}`} role="group" data-testid={`${testId}-confirm-row`}>
      <span className={danger ? 'strong neg-text' : 'strong'}>{text}</span>
      <button type="button" className="btn btn-ghost btn-sm" disabled={busy} onClick={onNo} data-testid={`${testId}-cancel`}>
        {t('common.cancel')}
      </button>
      <button type="button" className={`btn btn-sm ${danger ? 'btn-danger' : 'btn-primary'}`} disabled={busy} onClick={onYes} data-testid={`${testId}-confirm`}>
        {yes}
      </button>
    </div>
  );
}
