// A small modal dialog: a backdrop, a titled card, Escape or the backdrop closes it, focus goes
// to its first field. (No <dialog>: jsdom, where the tests run, lacks showModal.)
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Icon } from './Icon';

/**
 * `wide`: room for a panel of several sections (a staff user) rather than one small form.
 * `initialFocus`: a selector of the field to focus first (else the first field). `top`: above
 * another dialog (the question asked before a form with unsaved changes closes).
 */
export function Dialog(props: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  testId: string;
  wide?: boolean;
  initialFocus?: string;
  top?: boolean;
}) {
  const { title, onClose, children, testId, wide = false, initialFocus, top = false } = props;
  const { t } = useTranslation();
  const titleId = useId();
  const ref = useRef<HTMLDivElement>(null);
  // The latest onClose, so that the effect (focus, Escape) runs once and not on every render.
  const close = useRef(onClose);
  close.current = onClose;
  // The field focused on opening, read once: a later render must not move the focus.
  const focusFirst = useRef(initialFocus);

  useEffect(() => {
    const before = document.activeElement as HTMLElement | null;
    const first = 'select, input, textarea, button:not(.icon-button)';
    (
      (focusFirst.current && ref.current?.querySelector<HTMLElement>(focusFirst.current)) ||
      ref.current?.querySelector<HTMLElement>(first)
    )?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      before?.focus?.();
    };
  }, []);

  return (
    <div
      className={top ? 'modal-backdrop modal-backdrop-top' : 'modal-backdrop'}
      onMouseDown={(e) => e.target === e.currentTarget && onClose()}
    >
      <div
        ref={ref}
        className={wide ? 'modal modal-wide' : 'modal'}
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        data-testid={testId}
      >
        <div className="modal-head">
          <h2 id={titleId} className="modal-title">
            {title}
          </h2>
          <button
            type="button"
            className="icon-button"
            onClick={onClose}
            aria-label={t('common.close')}
            title={t('common.close')}
          >
            <Icon name="x" size={16} />
          </button>
        </div>
        {children}
      </div>
    </div>
  );
}
