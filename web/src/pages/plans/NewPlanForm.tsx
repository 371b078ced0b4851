// A new success plan from a template: the templates as cards to choose from, a start date
// (today unless changed), then one click; the server copies the objectives and dates them.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, ApiError, type SuccessPlan } from '../../api';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { ErrorBanner, Skeleton } from '../../components/States';
import { todayIso } from '../../lib/plan';
import { useAsync } from '../../lib/useAsync';
import { errorText } from '../../lib/errorText';

export function NewPlanForm({
  accountId,
  onCreated,
  onCancel,
}: {
  accountId: number;
  onCreated: (plan: SuccessPlan) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const templates = useAsync((signal) => api.planTemplates(signal), []);
  const [key, setKey] = useState<string | null>(null);
  const [startsOn, setStartsOn] = useState(todayIso());
  const [problem, setProblem] = useState<{
    field: 'template' | 'starts_on' | null;
    message: string;
  } | null>(null);
  const [saving, setSaving] = useState(false);

  async function create() {
    if (!key) return setProblem({ field: 'template', message: t('newPlan.chooseTemplate') });
    if (!startsOn) return setProblem({ field: 'starts_on', message: t('newPlan.chooseDate') });
    setProblem(null);
    setSaving(true);
    try {
      onCreated(await api.createPlanFromTemplate(accountId, key, startsOn));
    } catch (cause) {
      const field = cause instanceof ApiError && cause.field === 'starts_on' ? 'starts_on' : null;
      setProblem({ field, message: errorText(cause, t) });
      setSaving(false);
    }
  }

  return (
    <section className="card new-plan" data-testid="new-plan">
      <div className="card-head">
        <h2 className="card-head-title">{t('newPlan.title')}</h2>
        <Link to="/success-templates" className="btn btn-ghost btn-sm">
          {t('success.viewTemplates')}
          <Icon name="arrowRight" size={14} />
        </Link>
      </div>
      <div className="card-pad">
        <ErrorBanner error={templates.error} onRetry={templates.reload} />
        {!templates.data && !templates.error && <Skeleton rows={2} />}
        {templates.data && templates.data.data.length === 0 && (
          <p className="muted">{t('newPlan.noTemplates')}</p>
        )}
        {templates.data && templates.data.data.length > 0 && (
          <div className="template-choices" role="radiogroup" aria-label={t('newPlan.template')}>
            {templates.data.data.map((tpl) => (
              <button
                key={tpl.key}
                type="button"
                role="radio"
                aria-checked={key === tpl.key}
                className={`choice template-choice ${key === tpl.key ? 'choice-active' : ''}`}
                onClick={() => {
                  setKey(tpl.key);
                  setProblem(null);
                }}
                data-testid="template-choice"
                data-key={tpl.key}
              >
                <Icon name={key === tpl.key ? 'check' : 'flag'} size={18} />
                <span className="choice-title">{tpl.name}</span>
                <span className="choice-hint">
                  {[
                    tpl.segment,
                    t('newPlan.duration', { days: tpl.duration_days }),
                    t('newPlan.objectiveCount', { count: tpl.objectives.length }),
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                </span>
                {tpl.description && <span className="choice-desc">{tpl.description}</span>}
              </button>
            ))}
          </div>
        )}
        {problem?.field === 'template' && (
          <div className="field-error" data-testid="new-plan-template-error">
            {problem.message}
          </div>
        )}
        <div className="inline-form">
          <label className="field">
            <span className="field-label">{t('newPlan.startsOn')}</span>
            <input
              type="date"
              value={startsOn}
              onChange={(e) => setStartsOn(e.target.value)}
              className={problem?.field === 'starts_on' ? 'input-error' : ''}
              data-testid="new-plan-starts-on"
            />
            {problem?.field === 'starts_on' ? (
              <span className="field-error">{problem.message}</span>
            ) : (
              <span className="field-hint">{t('newPlan.startsOnHint')}</span>
            )}
          </label>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void create()}
            disabled={saving || !key}
            data-testid="new-plan-create"
          >
            <Icon name="plus" size={15} />
            {saving ? t('newPlan.creating') : t('newPlan.create')}
          </button>
          <button type="button" className="btn btn-ghost" onClick={onCancel} disabled={saving}>
            {t('newPlan.cancel')}
          </button>
        </div>
        {problem && problem.field === null && (
          <ErrorAlert testId="new-plan-error" className="form-alert">
            {problem.message}
          </ErrorAlert>
        )}
      </div>
    </section>
  );
}
