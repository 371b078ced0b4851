import { useTranslation } from 'react-i18next';

/**
 * A table row under the row it confirms an action for ("Revoke this key?"), with the action's
 * error, Cancel, and the confirming button. Test ids are `${testId}-confirm-row`,
 * `${testId}-cancel` and `${testId}-confirm`.
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
  const { t } = useTranslation();
  return (
    <tr className="row-confirm" data-testid={props.rowTestId ?? `${props.testId}-confirm-row`}>
      <td colSpan={props.colSpan}>
        <div className="confirm-row" role="group" aria-label={props.label}>
          <span className="strong neg-text">{props.question}</span>
          {props.error && (
            <span className="field-error" role="alert">
              {props.error}
            </span>
          )}
          <button type="button" className="btn btn-ghost btn-sm" disabled={props.busy} onClick={props.onCancel} data-testid={`${props.testId}-cancel`}>
            {t('common.cancel')}
          </button>
          <button type="button" className="btn btn-danger btn-sm" disabled={props.busy} onClick={props.onConfirm} data-testid={`${props.testId}-confirm`}>
            {props.busy ? props.busyLabel : props.confirmLabel}
          </button>
        </div>
      </td>
    </tr>
  );
}
