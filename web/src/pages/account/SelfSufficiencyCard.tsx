// Self-sufficiency (自走) at the top of the success tab: the level reached as a four-step ladder,
// when it was assessed, an assessment form (the criteria of each level as checkboxes, the level
// they give shown before recording) and the earlier assessments.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  api,
  SELF_SUFFICIENCY_LEVELS,
  type SelfSufficiency,
  type SelfSufficiencyLevel,
} from '../../api';
import { Alert, ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { ErrorBanner, Skeleton } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { levelReached } from '../../lib/selfSufficiency';
import { useAsync } from '../../lib/useAsync';
import { errorText } from '../../lib/errorText';

const HISTORY_SHOWN = 5;

export function SelfSufficiencyCard({
  accountId,
  canEdit,
}: {
  accountId: number;
  canEdit: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const state = useAsync((signal) => api.selfSufficiency(accountId, signal), [accountId]);
  const [assessing, setAssessing] = useState(false);
  const [recorded, setRecorded] = useState<SelfSufficiencyLevel | null>(null);

  if (state.error && !state.data) return <ErrorBanner error={state.error} onRetry={state.reload} />;
  if (!state.data) return <Skeleton rows={2} />;
  const data = state.data;
  const reachedIndex = SELF_SUFFICIENCY_LEVELS.indexOf(data.level);

  return (
    <section className="card" data-testid="self-sufficiency" data-level={data.level}>
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('self.title')}</h2>
          <div className="card-head-sub">{t('self.sub')}</div>
        </div>
        <div className="card-head-tools">
          <span className="muted" data-testid="self-assessed-at">
            {data.assessed_at
              ? t('self.assessedAt', { date: formatDateTime(data.assessed_at, lang) })
              : t('self.never')}
          </span>
          {canEdit && !assessing && (
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={() => {
                setAssessing(true);
                setRecorded(null);
              }}
              data-testid="self-assess"
            >
              <Icon name="check" size={14} />
              {t('self.assess')}
            </button>
          )}
        </div>
      </div>
      <ol className="ladder" aria-label={t('self.level')}>
        {SELF_SUFFICIENCY_LEVELS.map((level, i) => (
          <li
            key={level}
            className={`ladder-step ${i < reachedIndex ? 'ladder-past' : ''} ${i === reachedIndex ? 'ladder-current' : ''}`}
            aria-current={i === reachedIndex ? 'step' : undefined}
            data-testid={i === reachedIndex ? 'self-level' : undefined}
          >
            <span className="ladder-mark" aria-hidden="true">
              {i < reachedIndex ? <Icon name="check" size={12} /> : i + 1}
            </span>
            <span className="ladder-text">
              <span className="ladder-name">{t(`enum.selfLevel.${level}`)}</span>
              <span className="ladder-hint">{t(`enum.selfLevelHint.${level}`)}</span>
            </span>
          </li>
        ))}
      </ol>
      {recorded && (
        <Alert tone="success" testId="self-recorded">
          {t('self.recorded', { level: t(`enum.selfLevel.${recorded}`) })}
        </Alert>
      )}
      {assessing && (
        <AssessForm
          accountId={accountId}
          data={data}
          onCancel={() => setAssessing(false)}
          onRecorded={(level) => {
            setAssessing(false);
            setRecorded(level);
            state.reload();
          }}
        />
      )}
      {data.history.length > 0 && (
        <details className="self-history" data-testid="self-history">
          <summary>
            {t('self.history')} ({data.history.length})
          </summary>
          <ul>
            {data.history.slice(0, HISTORY_SHOWN).map((a) => (
              <li key={a.id}>
                <span className="strong">{t(`enum.selfLevel.${a.level}`)}</span>
                <span className="muted">{formatDateTime(a.assessed_at, lang)}</span>
                <span className="muted">
                  {t('self.metCount', { met: a.met.length, total: data.criteria.length })}
                </span>
                {a.note && <span className="self-note">{a.note}</span>}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

function AssessForm({
  accountId,
  data,
  onCancel,
  onRecorded,
}: {
  accountId: number;
  data: SelfSufficiency;
  onCancel: () => void;
  onRecorded: (level: SelfSufficiencyLevel) => void;
}) {
  const { t } = useTranslation();
  // Start from the last assessment: usually only a criterion or two changes.
  const [met, setMet] = useState<Set<number>>(() => new Set(data.history[0]?.met ?? []));
  const [note, setNote] = useState('');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setError(null), [met, note]);
  const preview = useMemo(() => levelReached(data.criteria, met), [data.criteria, met]);

  function toggle(id: number) {
    setMet((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  }

  async function submit() {
    setSaving(true);
    try {
      // Only ids the criteria still have: one deleted since the last assessment would be refused.
      const ids = data.criteria.filter((c) => met.has(c.id)).map((c) => c.id);
      const answer = await api.assessSelfSufficiency(accountId, ids, note.trim());
      onRecorded(answer.level);
    } catch (cause) {
      setError(errorText(cause, t));
      setSaving(false);
    }
  }

  return (
    <form
      className="assess-form"
      data-testid="self-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
    >
      <div className="assess-head">
        <div className="strong">{t('self.formTitle')}</div>
        <div className="field-hint">{t('self.formHint')}</div>
      </div>
      <div className="assess-levels">
        {SELF_SUFFICIENCY_LEVELS.slice(1).map((level) => {
          const criteria = data.criteria.filter((c) => c.level === level);
          return (
            <fieldset key={level} className="assess-level">
              <legend>{t(`enum.selfLevel.${level}`)}</legend>
              {criteria.length === 0 && <div className="muted">{t('self.noCriteria')}</div>}
              {criteria.map((c) => (
                <label key={c.id} className="check">
                  <input
                    type="checkbox"
                    checked={met.has(c.id)}
                    onChange={() => toggle(c.id)}
                    data-testid={`self-criterion-${c.id}`}
                  />
                  <span>{c.text}</span>
                </label>
              ))}
            </fieldset>
          );
        })}
      </div>
      <label className="field">
        <span className="field-label">{t('self.note')}</span>
        <textarea
          value={note}
          onChange={(e) => setNote(e.target.value)}
          placeholder={t('self.notePlaceholder')}
          rows={2}
          data-testid="self-note"
        />
      </label>
      {error && <ErrorAlert testId="self-error">{error}</ErrorAlert>}
      <div className="assess-foot">
        <span className="assess-preview" data-testid="self-preview">
          {t('self.preview', { level: t(`enum.selfLevel.${preview}`) })}
        </span>
        <div className="toolbar-spacer" />
        <button type="button" className="btn btn-ghost btn-sm" onClick={onCancel} disabled={saving}>
          {t('self.cancel')}
        </button>
        <button
          type="submit"
          className="btn btn-primary btn-sm"
          disabled={saving}
          data-testid="self-submit"
        >
          {saving ? t('self.submitting') : t('self.submit')}
        </button>
      </div>
    </form>
  );
}
