// Confirmations asked before an action that cannot be taken back: the question with Cancel and
// the confirming button, in a panel (ConfirmPrompt), as a table row under the row it acts on
// (ConfirmRow), or inside a list item it would delete (DeleteConfirm).
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The question, the action's error, Cancel and the confirming button. Test ids are
 * `${testId}-cancel` and `${testId}-confirm`.
 */
export function ConfirmPrompt(props: {
  question: string;
  /** The confirming button's text (the caller says "Revoking…" while busy). */
  confirmLabel: string;
  busy: boolean;
  onCancel: () => void;
  onConfirm: () => void;
  testId: string;
  error?: string | null;
  /** A destructive action: the question and the button in red; otherwise a primary button. */
  danger?: boolean;
  /** The group's accessible name. */
  label?: string;
  className?: string;
  promptTestId?: string;
  /** In a scrolling panel: bring the question into view where it opened. */
  scrollIntoView?: boolean;
}) {
  const { t } = useTranslation();
  const {
    question,
    confirmLabel,
    busy,
    onCancel,
    onConfirm,
    testId,
    error,
    danger = true,
    label,
    className,
    promptTestId,
    scrollIntoView = false,
  } = props;
  const ref = useRef<HTMLDivElement>(null);
  // jsdom has no scrollIntoView. A block body: newer browsers answer scrollIntoView with a
  // promise, which React would take for the effect's clean-up and call.
  useEffect(() => {
    if (scrollIntoView) void ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [scrollIntoView]);
  return (
    <div
      ref={ref}
      className={`confirm-row${className ? ` ${className}` : ''}`}
      role="group"
      aria-label={label}
      data-testid={promptTestId}
    >
      <span className={danger ? 'strong neg-text' : 'strong'}>{question}</span>
      {error && (
        <span className="field-error" role="alert">
          {error}
        </span>
      )}
      <button
        type="button"
        className="btn btn-ghost btn-sm"
        disabled={busy}
        onClick={onCancel}
        data-testid={`${testId}-cancel`}
      >
        {t('common.cancel')}
      </button>
      <button
        type="button"
        className={`btn btn-sm ${danger ? 'btn-danger' : 'btn-primary'}`}
        disabled={busy}
        onClick={onConfirm}
        data-testid={`${testId}-confirm`}
      >
        {confirmLabel}
      </button>
    </div>
  );
}

/**
 * A table row under the row it confirms an action for ("Revoke this key?"), with the action's
 * error. Test ids are `${testId}-confirm-row` (or rowTestId), `${testId}-cancel` and
 * `${testId}-confirm`.
 */
export function ConfirmRow(props: {
  colSpan: number;
  label: string;
  question: string;
  confirmLabel: string;
  busyLabel: string;
  busy: boolean;
  error?: string | null;
  onCancel: () => void;
  onConfirm: () => void;
  testId: string;
  rowTestId?: string;
}) {
  const {
    colSpan,
    label,
    question,
    confirmLabel,
    busyLabel,
    busy,
    error,
    onCancel,
    onConfirm,
    testId,
    rowTestId,
  } = props;
  return (
    <tr className="row-confirm" data-testid={rowTestId ?? `${testId}-confirm-row`}>
      <td colSpan={colSpan}>
        <ConfirmPrompt
          label={label}
          question={question}
          confirmLabel={busy ? busyLabel : confirmLabel}
          busy={busy}
          error={error}
          onCancel={onCancel}
          onConfirm={onConfirm}
          testId={testId}
        />
      </td>
    </tr>
  );
}

/**
 * "Delete …?" inside the list item it would delete, with Delete and Cancel. Test ids are
 * `${testId}-confirm` and `${testId}-delete-yes`; a failure is the row's to show.
 */
export function DeleteConfirm({
  question,
  busy,
  onConfirm,
  onCancel,
  testId,
}: {
  question: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <div className="confirm-row" data-testid={`${testId}-confirm`}>
      <span>{question}</span>
      <button
        type="button"
        className="btn btn-danger btn-sm"
        onClick={onConfirm}
        disabled={busy}
        data-testid={`${testId}-delete-yes`}
      >
        {t('journey.settings.delete')}
      </button>
      <button type="button" className="btn btn-ghost btn-sm" onClick={onCancel} disabled={busy}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
