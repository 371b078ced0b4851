// The customer's own success: self-sufficiency (自走) first, then the account's success plans
// (cards with status, period, progress and the customer's definition of success), a new plan
// from a template, and the chosen plan's editor. The chosen plan is in the address (?plan=).
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, type SuccessPlan } from '../../api';
import { useCan } from '../../auth/permissions';
import { Alert } from '../../components/Alert';
import { PlanStatusBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { ProgressBar } from '../../components/ProgressBar';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { formatDate } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { NewPlanForm } from '../plans/NewPlanForm';
import { PlanEditor } from '../plans/PlanEditor';
import { SelfSufficiencyCard } from './SelfSufficiencyCard';

export function SuccessTab({ accountId }: { accountId: number }) {
  const { t } = useTranslation();
  // Plans (new, edited) and self-sufficiency assessments are activity (the server's write_activity).
  const canEdit = useCan('writeActivity');
  const [params, setParams] = useSearchParams();
  const loaded = useAsync((signal) => api.successPlans(accountId, signal), [accountId]);
  const [plans, setPlans] = useState<SuccessPlan[] | null>(null);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<string | null>(null);

  useEffect(() => {
    if (loaded.data) setPlans(loaded.data.data);
  }, [loaded.data]);

  const wanted = Number(params.get('plan'));
  const selected = plans?.find((p) => p.id === wanted) ?? plans?.[0] ?? null;

  function select(id: number) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        next.set('plan', String(id));
        return next;
      },
      { replace: true },
    );
  }

  function replace(plan: SuccessPlan) {
    setPlans((prev) => (prev ?? []).map((p) => (p.id === plan.id ? plan : p)));
  }

  return (
    <div className="stack" data-testid="success">
      <SelfSufficiencyCard accountId={accountId} canEdit={canEdit} />

      <div className="section-bar">
        <div>
          <h2 className="section-title">
            {t('success.plans')}{' '}
            {plans && plans.length > 0 && (
              <span className="title-count">{t('success.planCount', { count: plans.length })}</span>
            )}
          </h2>
          <div className="muted section-sub">{t('success.plansSub')}</div>
        </div>
        {canEdit && !creating && (
          <button
            type="button"
            className="btn btn-primary btn-sm"
            onClick={() => {
              setCreating(true);
              setCreated(null);
            }}
            data-testid="plan-new"
          >
            <Icon name="plus" size={14} />
            {t('success.newFromTemplate')}
          </button>
        )}
      </div>
      {creating && (
        <NewPlanForm
          accountId={accountId}
          onCancel={() => setCreating(false)}
          onCreated={(plan) => {
            setPlans((prev) => [plan, ...(prev ?? [])]);
            setCreating(false);
            setCreated(plan.title);
            select(plan.id);
          }}
        />
      )}
      {created && (
        <Alert tone="success" testId="plan-created">
          {t('success.created', { title: created })}
        </Alert>
      )}
      <ErrorBanner error={loaded.error} onRetry={loaded.reload} />
      {!plans && !loaded.error && <Skeleton rows={3} />}
      {plans && plans.length === 0 && !creating && (
        <section className="card">
          <Empty icon="flag" title={t('success.empty')} hint={t('success.emptyHint')}>
            {canEdit && (
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                onClick={() => setCreating(true)}
              >
                <Icon name="plus" size={14} />
                {t('success.newFromTemplate')}
              </button>
            )}
          </Empty>
        </section>
      )}
      {plans && plans.length > 0 && (
        <div className="plan-cards" role="list">
          {plans.map((plan) => (
            <PlanCard
              key={plan.id}
              plan={plan}
              selected={plan.id === selected?.id}
              onSelect={() => select(plan.id)}
            />
          ))}
        </div>
      )}
      {selected && (
        <PlanEditor key={selected.id} plan={selected} canEdit={canEdit} onSaved={replace} />
      )}
    </div>
  );
}

function PlanCard({
  plan,
  selected,
  onSelect,
}: {
  plan: SuccessPlan;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <button
      type="button"
      role="listitem"
      className={`plan-card ${selected ? 'plan-card-selected' : ''}`}
      onClick={onSelect}
      aria-current={selected ? 'true' : undefined}
      title={t('success.select')}
      data-testid="plan-card"
      data-plan-id={plan.id}
    >
      <span className="plan-card-head">
        <span className="plan-card-title">{plan.title}</span>
        <PlanStatusBadge status={plan.status} />
      </span>
      <span className="plan-card-dates">
        {t('success.period', {
          from: formatDate(plan.starts_on, lang),
          to: plan.ends_on ? formatDate(plan.ends_on, lang) : t('success.openEnded'),
        })}
      </span>
      <ProgressBar
        value={plan.progress}
        label={t('plan.field.progress')}
        testId="plan-card-progress"
      />
      <span className={`plan-card-definition ${plan.definition ? '' : 'muted'}`}>
        {plan.definition || t('plan.noDefinition')}
      </span>
    </button>
  );
}
