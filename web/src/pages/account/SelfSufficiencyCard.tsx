// Self-sufficiency (自走) at the top of the success tab: the level reached as a four-step ladder
// (no step marked until a first assessment: "dependent" is then only the server's default, not
// something anyone judged), when it was assessed, the assessment form (AssessForm) and the
// earlier assessments.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, SELF_SUFFICIENCY_LEVELS, type SelfSufficiencyLevel } from '../../api';
import { Alert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { ErrorBanner, Skeleton } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { AssessForm } from './AssessForm';

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
  const assessed = data.assessed_at !== null;
  const reachedIndex = assessed ? SELF_SUFFICIENCY_LEVELS.indexOf(data.level) : -1;

  return (
    <section
      className="card"
      data-testid="self-sufficiency"
      data-level={data.level}
      data-assessed={assessed ? 'true' : 'false'}
    >
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
