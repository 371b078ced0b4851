// Leaving a form with unsaved changes asks first. Every form says whether it holds changes
// (useUnsavedChangesGuard(dirty)); the one provider, inside the data router, blocks in-app
// navigation (a link, a tab in ?tab=, back) while any form does, warns on closing or reloading
// the browser tab (beforeunload), and asks in the user's language. One provider, because a
// router takes one blocker at a time.
import {
  createContext,
  useContext,
  useEffect,
  useId,
  useRef,
  useState,
  type ReactNode,
} from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker } from 'react-router-dom';
import { Dialog } from './Dialog';

interface Registry {
  /** Records whether the form `id` holds unsaved changes. */
  set: (id: string, dirty: boolean) => void;
  /** Asks before `discard` runs (closing a form, say); runs it at once when nothing is unsaved. */
  confirm: (discard: () => void) => void;
}

const GuardContext = createContext<Registry | null>(null);

export interface UnsavedChangesGuard {
  /** Closes a form (the caller's `discard`) after asking, when it holds unsaved changes. */
  confirmDiscard: (discard: () => void) => void;
}

/** Says that this form holds unsaved changes while `dirty`: leaving the page asks first. */
export function useUnsavedChangesGuard(dirty: boolean): UnsavedChangesGuard {
  const registry = useContext(GuardContext);
  const id = useId();
  useEffect(() => {
    registry?.set(id, dirty);
  }, [registry, id, dirty]);
  useEffect(() => () => registry?.set(id, false), [registry, id]);
  return {
    confirmDiscard: (discard) => (dirty && registry ? registry.confirm(discard) : discard()),
  };
}

export function UnsavedChangesProvider({ children }: { children: ReactNode }) {
  const dirty = useRef(new Set<string>());
  const [discard, setDiscard] = useState<{ run: () => void } | null>(null);
  const blocker = useBlocker(
    ({ currentLocation: from, nextLocation: to }) =>
      dirty.current.size > 0 && (from.pathname !== to.pathname || from.search !== to.search),
  );

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (dirty.current.size === 0) return;
      event.preventDefault();
      // Older browsers ask only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, []);

  const [registry] = useState<Registry>(() => ({
    set: (id, isDirty) => {
      if (isDirty) dirty.current.add(id);
      else dirty.current.delete(id);
    },
    confirm: (run) => setDiscard({ run }),
  }));

  const blocked = blocker.state === 'blocked';
  function stay() {
    if (blocker.state === 'blocked') blocker.reset();
    setDiscard(null);
  }
  function leave() {
    if (blocker.state === 'blocked') blocker.proceed();
    discard?.run();
    setDiscard(null);
  }

  return (
    <GuardContext.Provider value={registry}>
      {children}
      {(blocked || discard) && <LeaveDialog leaving={blocked} onStay={stay} onLeave={leave} />}
    </GuardContext.Provider>
  );
}

function LeaveDialog({
  leaving,
  onStay,
  onLeave,
}: {
  /** Navigating away (else closing a form). */
  leaving: boolean;
  onStay: () => void;
  onLeave: () => void;
}) {
  const { t } = useTranslation();
  return (
    <Dialog title={t('unsaved.title')} onClose={onStay} testId="unsaved-dialog" top>
      <div className="modal-body form-stack">
        <p className="unsaved-text">{t('unsaved.body')}</p>
        <div className="form-actions-row modal-actions">
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={onStay}
            data-testid="unsaved-stay"
          >
            {t('unsaved.stay')}
          </button>
          <button
            type="button"
            className="btn btn-danger btn-sm"
            onClick={onLeave}
            data-testid="unsaved-leave"
          >
            {leaving ? t('unsaved.leave') : t('unsaved.discard')}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
