// The self-sufficiency assessment: the criteria of each level as checkboxes (starting from the
// last assessment), the level they give shown before recording, and a note.
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  api,
  SELF_SUFFICIENCY_LEVELS,
  type SelfSufficiency,
  type SelfSufficiencyLevel,
} from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { errorText } from '../../lib/errorText';
import { levelReached } from '../../lib/selfSufficiency';

export function AssessForm({
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
