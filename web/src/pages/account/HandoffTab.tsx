// The sales hand-off (seed 001: sales and CS share what "a right customer" is): until there is
// one, the form; then what sales said (why they bought, expected outcomes, stakeholders), the
// fit score at the hand-off beside the fit now, and the success plan seeded from it (a button
// to make one while there is none, a link once there is).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Account, type Handoff, type SuccessPlan } from '../../api';
import { useAuth } from '../../auth/AuthContext';
import { Alert, ErrorAlert } from '../../components/Alert';
import { StakeholderRoleBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { errorText } from '../../lib/errorText';
import { CurrentFit, FitBreakdown } from '../handoff/FitBreakdown';
import { HandoffForm } from '../handoff/HandoffForm';

export function HandoffTab({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const { user } = useAuth();
  const canEdit = Boolean(user && user.role !== 'viewer');
  const loaded = useAsync(
    async (signal) => {
      const [handoff, fit] = await Promise.all([
        api.handoff(account.id, signal),
        api.accountFit(account.id, signal).catch(() => null),
      ]);
      return { handoff, fit };
    },
    [account.id],
  );
  const contacts = useAsync(
    (signal) => api.contacts(account.id, signal).catch(() => []),
    [account.id],
  );
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<{ text: string | null; plan: SuccessPlan | null } | null>(
    null,
  );

  if (loaded.error && !loaded.data)
    return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Skeleton rows={6} />;
  const { handoff, fit } = loaded.data;

  // What happened: the hand-off recorded (maybe with a plan), edited, or a plan made from it.
  function saved(what: 'created' | 'saved' | 'plan', plan: SuccessPlan | null) {
    setEditing(false);
    setNotice({
      text: what === 'plan' ? null : t(what === 'created' ? 'handoff.created' : 'handoff.saved'),
      plan,
    });
    loaded.reload();
  }

  return (
    <div className="stack" data-testid="handoff-tab" data-state={handoff ? 'present' : 'none'}>
      {notice && (
        <Alert tone="success" testId="handoff-saved">
          {[notice.text, notice.plan && t('handoff.planSeeded', { title: notice.plan.title })]
            .filter(Boolean)
            .join(' ')}
        </Alert>
      )}
      {!handoff && !canEdit && (
        <section className="card">
          <Empty icon="user" title={t('handoff.none')} hint={t('handoff.noneHint')} />
        </section>
      )}
      <div className="handoff-layout">
        <div className="stack">
          {!handoff && canEdit && (
            <HandoffForm
              accountId={account.id}
              contacts={contacts.data ?? []}
              onSaved={(_h, plan) => saved('created', plan)}
              onConflict={loaded.reload}
            />
          )}
          {handoff && editing && (
            <HandoffForm
              key={handoff.version}
              accountId={account.id}
              contacts={contacts.data ?? []}
              handoff={handoff}
              onSaved={() => saved('saved', null)}
              onCancel={() => setEditing(false)}
              onConflict={loaded.reload}
            />
          )}
          {handoff && !editing && (
            <HandoffView
              handoff={handoff}
              accountId={account.id}
              canEdit={canEdit}
              onEdit={() => {
                setEditing(true);
                setNotice(null);
              }}
              onPlan={(plan) => saved('plan', plan)}
            />
          )}
        </div>
        <div className="stack">
          {handoff && (
            <FitBreakdown
              title={t('fit.atHandoff')}
              sub={t('fit.atHandoffHint', { date: formatDateTime(handoff.handed_off_at, lang) })}
              score={handoff.fit_score}
              criteria={handoff.fit}
              testId="fit-at-handoff"
            />
          )}
          {fit && <CurrentFit fit={fit} />}
          <Link to="/handoffs/icp" className="btn btn-ghost btn-sm self-start">
            {t('fit.viewIcp')}
            <Icon name="arrowRight" size={14} />
          </Link>
        </div>
      </div>
    </div>
  );
}

function HandoffView({
  handoff,
  accountId,
  canEdit,
  onEdit,
  onPlan,
}: {
  handoff: Handoff;
  accountId: number;
  canEdit: boolean;
  onEdit: () => void;
  onPlan: (plan: SuccessPlan) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <section className="card" data-testid="handoff-view" data-handoff-id={handoff.id}>
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('handoff.title')}</h2>
          <div className="card-head-sub" data-testid="handoff-when">
            {t('handoff.handedOff', {
              date: formatDateTime(handoff.handed_off_at, lang),
              name: handoff.handed_off_by_name ?? '—',
            })}
          </div>
        </div>
        {canEdit && (
          <div className="card-head-tools">
            <button
              type="button"
              className="btn btn-secondary btn-sm"
              onClick={onEdit}
              data-testid="handoff-edit"
            >
              {t('handoff.edit')}
            </button>
          </div>
        )}
      </div>
      <div className="card-pad form-stack">
        <div>
          <div className="block-title">{t('handoff.whyBought')}</div>
          <blockquote className="definition-quote" data-testid="handoff-why-text">
            {handoff.why_bought}
          </blockquote>
        </div>
        <div>
          <div className="block-title">{t('handoff.outcomes')}</div>
          {handoff.expected_outcomes.length === 0 ? (
            <p className="muted">{t('handoff.noOutcomes')}</p>
          ) : (
            <ol className="outcome-list" data-testid="handoff-outcomes">
              {handoff.expected_outcomes.map((o, i) => (
                <li key={i}>{o}</li>
              ))}
            </ol>
          )}
        </div>
        <div>
          <div className="block-title">{t('handoff.stakeholders')}</div>
          {handoff.stakeholders.length === 0 ? (
            <p className="muted">{t('handoff.noStakeholders')}</p>
          ) : (
            <ul className="stakeholder-list" data-testid="handoff-stakeholders">
              {handoff.stakeholders.map((s, i) => (
                <li key={i} data-testid="handoff-stakeholder-item">
                  <span className="strong">{s.name}</span>
                  <StakeholderRoleBadge role={s.role} />
                  {s.contact_id === null && (
                    <span className="muted small">{t('handoff.notAContact')}</span>
                  )}
                  {s.note && <span className="muted">— {s.note}</span>}
                </li>
              ))}
            </ul>
          )}
        </div>
        <dl className="kv kv-inline">
          <div className="kv-row">
            <dt>{t('handoff.salesOwner')}</dt>
            <dd data-testid="handoff-sales-owner-text">
              {handoff.sales_owner || <span className="muted">—</span>}
            </dd>
          </div>
        </dl>
        <PlanFromHandoff
          handoff={handoff}
          accountId={accountId}
          canEdit={canEdit}
          onPlan={onPlan}
        />
      </div>
    </section>
  );
}

function PlanFromHandoff({
  handoff,
  accountId,
  canEdit,
  onPlan,
}: {
  handoff: Handoff;
  accountId: number;
  canEdit: boolean;
  onPlan: (plan: SuccessPlan) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [template, setTemplate] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const templates = useAsync(
    (signal) => (open ? api.planTemplates(signal) : Promise.resolve({ data: [] })),
    [open],
  );

  if (handoff.plan_id !== null) {
    return (
      <div className="handoff-plan" data-testid="handoff-plan">
        <Icon name="flag" size={15} />
        <span>{t('handoff.planExists')}</span>
        <Link
          to={`/accounts/${accountId}?tab=success&plan=${handoff.plan_id}`}
          data-testid="handoff-plan-link"
        >
          {t('handoff.openPlan')}
        </Link>
      </div>
    );
  }
  if (!canEdit) return null;

  async function create() {
    setBusy(true);
    setProblem(null);
    try {
      onPlan(await api.planFromHandoff(handoff.id, template || null));
    } catch (cause) {
      setProblem(errorText(cause, t));
      setBusy(false);
    }
  }

  return (
    <div className="handoff-plan" data-testid="handoff-plan">
      {!open ? (
        <button
          type="button"
          className="btn btn-primary btn-sm"
          onClick={() => setOpen(true)}
          data-testid="handoff-plan-open"
        >
          <Icon name="flag" size={14} />
          {t('handoff.makePlan')}
        </button>
      ) : (
        <div className="inline-form handoff-plan-form">
          <label className="field">
            <span className="field-label">{t('newPlan.template')}</span>
            <select
              className="select select-wide"
              value={template}
              onChange={(e) => setTemplate(e.target.value)}
              data-testid="handoff-plan-template"
            >
              <option value="">{t('handoff.noTemplate')}</option>
              {(templates.data?.data ?? []).map((tpl) => (
                <option key={tpl.key} value={tpl.key}>
                  {tpl.name}
                </option>
              ))}
            </select>
            <span className="field-hint">{t('handoff.seedPlanHint')}</span>
          </label>
          <button
            type="button"
            className="btn btn-primary"
            onClick={() => void create()}
            disabled={busy}
            data-testid="handoff-plan-create"
          >
            {busy ? t('newPlan.creating') : t('handoff.makePlan')}
          </button>
          <button
            type="button"
            className="btn btn-ghost"
            onClick={() => setOpen(false)}
            disabled={busy}
          >
            {t('common.cancel')}
          </button>
        </div>
      )}
      {problem && <ErrorAlert>{problem}</ErrorAlert>}
    </div>
  );
}
