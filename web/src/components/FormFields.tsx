// Form fields shared by the editors: a labelled field (and a labelled text input), an input in a
// table cell, and a select of the moments of truth. An error replaces the hint under its input.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { MOMENTS, type Moment } from '../api';

/** A label above its input (the children), then the error or, when there is none, the hint. */
export function Field(props: {
  label: string;
  hint?: string;
  error?: string;
  /** Says "optional" beside the label. */
  optional?: boolean;
  small?: boolean;
  grow?: boolean;
  errorTestId?: string;
  children: ReactNode;
}) {
  const { label, hint, error, optional, small, grow, errorTestId, children } = props;
  const { t } = useTranslation();
  return (
    <label className={`field ${small ? 'field-small' : ''} ${grow ? 'field-grow' : ''}`}>
      <span className="field-label">
        {label}
        {optional && <span className="field-optional">{t('planForm.optional')}</span>}
      </span>
      {children}
      {error ? (
        <span className="field-error" data-testid={errorTestId}>
          {error}
        </span>
      ) : hint ? (
        <span className="field-hint">{hint}</span>
      ) : null}
    </label>
  );
}

/** A labelled text input, its error (test id `${testId}-error`) or hint under it. */
export function TextField(props: {
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  hint?: string | undefined;
  optional?: boolean;
  type?: 'text' | 'email' | 'tel';
  placeholder?: string;
  maxLength?: number;
  testId: string;
}) {
  const { label, value, onChange, error, hint, optional, type = 'text' } = props;
  const { placeholder, maxLength, testId } = props;
  return (
    <Field
      label={label}
      optional={optional}
      error={error}
      hint={hint}
      errorTestId={`${testId}-error`}
    >
      <input
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        placeholder={placeholder}
        maxLength={maxLength}
        className={error ? 'input-error' : ''}
        aria-invalid={error ? true : undefined}
        data-testid={testId}
      />
    </Field>
  );
}

/** An input in a table cell: no visible label (the column says it), its error under it (test id `${testId}-error`). */
export function CellInput(props: {
  value: string;
  onChange: (value: string) => void;
  label: string;
  error?: string;
  testId: string;
  /** A short number input. */
  narrow?: boolean;
  mono?: boolean;
  type?: 'text' | 'number';
  placeholder?: string;
  disabled?: boolean;
  /** The id of a <datalist> of suggestions. */
  list?: string;
}) {
  const {
    value,
    onChange,
    label,
    error,
    testId,
    narrow,
    mono,
    type = narrow ? 'number' : 'text',
    placeholder,
    disabled,
    list,
  } = props;
  const errorId = useId();
  return (
    <div className="cell-field">
      <input
        type={type}
        className={`${narrow ? 'narrow-input' : ''} ${mono ? 'mono' : ''} ${error ? 'input-error' : ''}`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        disabled={disabled}
        aria-label={label}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        placeholder={placeholder}
        list={list}
        data-testid={testId}
      />
      {error && (
        <div className="field-error" id={errorId} data-testid={`${testId}-error`}>
          {error}
        </div>
      )}
    </div>
  );
}

/** A select of the moments of truth (ZMOT … churned), named in the UI language. */
export function MomentSelect({
  value,
  onChange,
  label,
  testId,
}: {
  value: Moment;
  onChange: (moment: Moment) => void;
  label: string;
  testId: string;
}) {
  const { t } = useTranslation();
  return (
    <select
      className="select select-sm"
      value={value}
      onChange={(e) => onChange(e.target.value as Moment)}
      aria-label={label}
      data-testid={testId}
    >
      {MOMENTS.map((m) => (
        <option key={m} value={m}>
          {t(`enum.momentOfTruth.${m}`)}
        </option>
      ))}
    </select>
  );
}

/** A field's error, said at once to screen readers (forms that check on submit). */
export function FieldError({
  message,
  testId,
  id,
}: {
  message: string | undefined;
  testId?: string;
  id?: string;
}) {
  if (!message) return null;
  return (
    <span className="field-error" id={id} role="alert" data-testid={testId}>
      {message}
    </span>
  );
}
