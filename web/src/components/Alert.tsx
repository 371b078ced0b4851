// The console's boxed messages (.alert in styles.css): an icon, the message, and at times a
// button after it. One component, so that every notice and every failure looks and reads alike.
import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

export type AlertTone = 'error' | 'warning' | 'success' | 'info';

const TONE_ICON: Record<AlertTone, IconName> = {
  error: 'alert',
  warning: 'alert',
  success: 'check',
  info: 'alert',
};

export interface AlertProps {
  tone: AlertTone;
  children: ReactNode;
  /** Defaults to the tone's icon (a check for success, a circled "!" otherwise). */
  icon?: IconName;
  iconSize?: number;
  /** "alert" for what screen readers should say at once; "status" for a polite notice. */
  role?: 'alert' | 'status';
  testId?: string;
  /** Extra classes (`form-alert`, `save-alert`: spacing where the alert sits). */
  className?: string;
  /** After the message: a Retry button, say. */
  action?: ReactNode;
}

/** `data-*` attributes (`data-tone`, `data-warning`) go on the box, for tests and styles. */
export function Alert({
  tone,
  children,
  icon = TONE_ICON[tone],
  iconSize = 18,
  role,
  testId,
  className,
  action,
  ...data
}: AlertProps & { [attribute: `data-${string}`]: string | undefined }) {
  return (
    <div
      {...data}
      className={`alert alert-${tone}${className ? ` ${className}` : ''}`}
      role={role}
      data-testid={testId}
    >
      <Icon name={icon} size={iconSize} />
      <div className="alert-body">{children}</div>
      {action}
    </div>
  );
}

/** A failure, said at once to screen readers: the one error box of every form and row. */
export function ErrorAlert(
  props: Pick<AlertProps, 'children' | 'testId' | 'className' | 'action'>,
) {
  return <Alert {...props} tone="error" role="alert" />;
}
