// A dialog holding one record's form (useRecordForm): the fields (the children), what went
// wrong, Cancel and Save. Closing it with unsaved changes asks first, as leaving the page does;
// Ctrl+Enter (⌘+Enter) saves from any field. When someone else saved the record first, Save
// waits until the record has been read again.
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, ErrorAlert } from './Alert';
import { Dialog } from './Dialog';
import { useUnsavedChangesGuard } from './UnsavedChanges';
import type { RecordForm } from './useRecordForm';

export function FormDialog<Draft extends object>(props: {
  title: string;
  /** The dialog's test id; its parts are `${testId}-save`, `-cancel`, `-error`, `-stale`, `-reload`. */
  testId: string;
  form: RecordForm<Draft>;
  /** Checks the draft and sends it (form.submit). */
  onSubmit: () => void;
  onClose: () => void;
  /** Reads the record again after a conflict and resets the form to it. */
  onReload?: () => Promise<void>;
  saveLabel?: string;
  wide?: boolean;
  initialFocus?: string;
  children: ReactNode;
}) {
  const { title, testId, form, onSubmit, onClose, onReload, saveLabel, wide, initialFocus } = props;
  const { t } = useTranslation();
  const guard = useUnsavedChangesGuard(form.dirty);
  const close = () => guard.confirmDiscard(onClose);

  function submit(event: { preventDefault: () => void }) {
    event.preventDefault();
    if (!form.saving && !form.stale) onSubmit();
  }

  return (
    <Dialog title={title} onClose={close} testId={testId} wide={wide} initialFocus={initialFocus}>
      <form
        className="modal-body form-stack record-form"
        onSubmit={submit}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) submit(e);
        }}
        noValidate
        data-testid={`${testId}-form`}
      >
        {props.children}
        {form.stale && onReload && <StaleAlert testId={testId} onReload={onReload} />}
        {form.error && <ErrorAlert testId={`${testId}-error`}>{form.error}</ErrorAlert>}
        <div className="form-actions-row modal-actions">
          <span className="muted form-hint record-form-keys">{t('recordForm.saveKeys')}</span>
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={close}
            disabled={form.saving}
            data-testid={`${testId}-cancel`}
          >
            {t('common.cancel')}
          </button>
          <button
            type="submit"
            className="btn btn-primary btn-sm"
            disabled={form.saving || form.stale}
            data-testid={`${testId}-save`}
          >
            {form.saving ? t('recordForm.saving') : (saveLabel ?? t('recordForm.save'))}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

/** "Someone else saved this first": nothing was sent over it; read it again to go on. */
export function StaleAlert({
  testId,
  onReload,
}: {
  testId: string;
  onReload: () => Promise<void>;
}) {
  const { t } = useTranslation();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  async function reload() {
    setBusy(true);
    setFailed(false);
    try {
      await onReload();
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }
  return (
    <Alert
      tone="warning"
      role="alert"
      testId={`${testId}-stale`}
      action={
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() => void reload()}
          disabled={busy}
          data-testid={`${testId}-reload`}
        >
          {busy ? t('common.loading') : t('recordForm.reload')}
        </button>
      }
    >
      <strong>{t('recordForm.staleTitle')}</strong> {t('recordForm.staleBody')}
      {failed && <div className="field-error">{t('recordForm.reloadFailed')}</div>}
    </Alert>
  );
}
