// Moves an account to another journey stage (POST /accounts/{id}/journey/moves): a stage select
// grouped by moment of truth and a note saying why. Used by the board's dialog, the account's
// Journey tab and its profile. A 400 naming `to` is shown at the select; a 409 (the account
// changed since it was read) asks the caller to read it again.
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { api, ApiError, type JourneyMoveInput, type JourneyMoveResult } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { StageSelect } from '../../components/StageSelect';
import { errorText } from '../../lib/errorText';

/** What a move sends: the note only when written, the version only when read. */
export function moveBody(to: string, note: string, version: number | undefined): JourneyMoveInput {
  const body: JourneyMoveInput = { to };
  if (note.trim()) body.note = note.trim();
  if (version !== undefined) body.version = version;
  return body;
}

export function MoveForm(props: {
  accountId: number;
  /** The stage the account is in: not offered. */
  current: string | null;
  /** The account's version as read; undefined sends none (the board does not know it). */
  version?: number;
  onMoved: (result: JourneyMoveResult) => void;
  /** The account changed since it was read (409): the caller reads it again. */
  onStale?: () => void;
  onCancel?: () => void;
  withNote?: boolean;
  testId?: string;
}) {
  const { t } = useTranslation();
  const {
    accountId,
    current,
    version,
    onMoved,
    onStale,
    onCancel,
    withNote = true,
    testId = 'move-form',
  } = props;
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<{ field: 'to' | null; message: string } | null>(null);
  const [saving, setSaving] = useState(false);
  const errorId = useId();

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (!to) return setProblem({ field: 'to', message: t('journey.move.chooseStage') });
    setProblem(null);
    setSaving(true);
    try {
      const result = await api.moveAccount(accountId, moveBody(to, withNote ? note : '', version));
      setTo('');
      setNote('');
      onMoved(result);
    } catch (cause) {
      if (cause instanceof ApiError && cause.status === 409) {
        setProblem({ field: null, message: t('journey.move.conflict') });
        onStale?.();
      } else {
        setProblem({
          field: cause instanceof ApiError && cause.field === 'to' ? 'to' : null,
          message: errorText(cause, t),
        });
      }
    } finally {
      setSaving(false);
    }
  }

  return (
    <form
      className={`move-form ${withNote ? '' : 'move-form-compact'}`}
      onSubmit={(e) => void submit(e)}
      data-testid={testId}
      noValidate
    >
      <label className="field">
        <span className="field-label">{t('journey.move.to')}</span>
        <StageSelect
          value={to}
          onChange={(key) => {
            setTo(key);
            setProblem(null);
          }}
          placeholder={t('journey.move.choose')}
          disabledKey={current}
          label={t('journey.move.to')}
          testId="move-to"
          className="select select-wide"
          invalid={problem?.field === 'to'}
          describedBy={problem?.field === 'to' ? errorId : undefined}
        />
        {problem?.field === 'to' && (
          <span className="field-error" id={errorId} data-testid="move-to-error">
            {problem.message}
          </span>
        )}
      </label>
      {withNote && (
        <label className="field">
          <span className="field-label">
            {t('journey.move.note')}{' '}
            <span className="field-optional">{t('planForm.optional')}</span>
          </span>
          <textarea
            rows={2}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            placeholder={t('journey.move.notePlaceholder')}
            data-testid="move-note"
          />
        </label>
      )}
      {problem && problem.field === null && (
        <ErrorAlert testId="move-error">{problem.message}</ErrorAlert>
      )}
      <div className="form-actions-row">
        <button
          type="submit"
          className="btn btn-primary btn-sm"
          disabled={saving}
          data-testid="move-submit"
        >
          <Icon name="arrowRight" size={14} />
          {saving ? t('journey.move.moving') : t('journey.move.submit')}
        </button>
        {onCancel && (
          <button
            type="button"
            className="btn btn-ghost btn-sm"
            onClick={onCancel}
            disabled={saving}
          >
            {t('common.cancel')}
          </button>
        )}
      </div>
    </form>
  );
}
