// The state behind one staff user's panel (StaffDialog): the profile draft and its field errors,
// one message (said in the section it is about), the section whose action is under way, and the
// confirmation open. A 409 naming `version` (or nothing) means someone changed the user
// meanwhile: the user is read again and the admin told so; a refusal naming a profile field is
// shown at that field.
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type StaffUser, type StaffUserPatch } from '../../api';
import { profileDraftOf, profilePatch, type ProfileDraft } from '../../lib/staff';
import { errorText } from '../../lib/errorText';

export type PanelSection = 'profile' | 'signIn' | 'access';
export type MessageTone = 'success' | 'warning' | 'error';
export interface PanelMessage {
  section: PanelSection;
  tone: MessageTone;
  text: string;
}
export type Confirming = 'sessions' | 'disable' | 'enable';
type ProfileErrors = { name?: string; role?: string; language?: string };

const PROFILE_FIELDS: readonly string[] = ['name', 'role', 'language'];

export interface StaffPanel {
  draft: ProfileDraft;
  /** What saving the profile would send; null when nothing changed. */
  patch: StaffUserPatch | null;
  fieldErrors: ProfileErrors;
  message: PanelMessage | null;
  busy: PanelSection | null;
  confirming: Confirming | null;
  setConfirming: (confirming: Confirming | null) => void;
  editDraft: (change: Partial<ProfileDraft>) => void;
  discardDraft: () => void;
  saveProfile: (event: FormEvent) => Promise<void>;
  setDisabled: (disabled: boolean) => Promise<void>;
  endSessions: () => Promise<void>;
  clearLock: () => Promise<void>;
}

export function useStaffPanel({
  user,
  notice,
  onChanged,
  onReread,
}: {
  user: StaffUser;
  notice?: string;
  onChanged: (user: StaffUser) => void;
  onReread: () => void;
}): StaffPanel {
  const { t } = useTranslation();
  const [draft, setDraft] = useState<ProfileDraft>(() => profileDraftOf(user));
  const [fieldErrors, setFieldErrors] = useState<ProfileErrors>({});
  const [message, setMessage] = useState<PanelMessage | null>(
    notice ? { section: 'signIn', tone: 'success', text: notice } : null,
  );
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [busy, setBusy] = useState<PanelSection | null>(null);
  const patch = profilePatch(user, draft);
  const say = (section: PanelSection, tone: MessageTone, text: string) =>
    setMessage({ section, tone, text });

  /** The answer to a refused PATCH: stale → read again; otherwise the server's message, by its field. */
  async function refused(cause: unknown, section: PanelSection) {
    const text = errorText(cause, t);
    if (
      cause instanceof ApiError &&
      cause.field &&
      PROFILE_FIELDS.includes(cause.field) &&
      section === 'profile'
    ) {
      setFieldErrors({ [cause.field]: text });
      return;
    }
    if (
      cause instanceof ApiError &&
      cause.status === 409 &&
      (cause.field === 'version' || !cause.field)
    ) {
      try {
        const fresh = await api.user(user.id);
        onChanged(fresh);
        setDraft(profileDraftOf(fresh));
        setFieldErrors({});
        say(section, 'warning', t('staff.panel.stale'));
      } catch (again) {
        say(section, 'error', errorText(again, t));
      }
      return;
    }
    say(section, 'error', text);
  }

  /** Runs one section's action: busy meanwhile, its outcome said in that section, the confirmation closed. */
  async function act<T>(
    section: PanelSection,
    action: () => Promise<T>,
    done: (result: T) => string,
    failed: (cause: unknown) => Promise<void> | void,
  ): Promise<T | null> {
    setBusy(section);
    setMessage(null);
    try {
      const result = await action();
      say(section, 'success', done(result));
      return result;
    } catch (cause) {
      await failed(cause);
      return null;
    } finally {
      setBusy(null);
      setConfirming(null);
    }
  }

  const write = (section: PanelSection, body: StaffUserPatch, done: (saved: StaffUser) => string) =>
    act(
      section,
      async () => {
        const saved = await api.updateUser(user.id, body);
        onChanged(saved);
        return saved;
      },
      done,
      (cause) => refused(cause, section),
    );

  /** An action other than a PATCH: its error is said as the server put it. */
  const run = (section: PanelSection, action: () => Promise<string>) =>
    act(
      section,
      action,
      (text) => text,
      (cause) => say(section, 'error', errorText(cause, t)),
    ).then(() => undefined);

  async function saveProfile(event: FormEvent) {
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

  async function setDisabled(disabled: boolean) {
    await write('access', { version: user.version, disabled }, (saved) =>
      t(disabled ? 'staff.panel.disabledNote' : 'staff.panel.enabledNote', { name: saved.name }),
    );
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

  return {
    draft,
    patch,
    fieldErrors,
    message,
    busy,
    confirming,
    setConfirming,
    editDraft: (change) => {
      setDraft((prev) => ({ ...prev, ...change }));
      setFieldErrors({});
    },
    discardDraft: () => setDraft(profileDraftOf(user)),
    saveProfile,
    setDisabled,
    endSessions,
    clearLock,
  };
}
