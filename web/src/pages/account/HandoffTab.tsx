// The sales hand-off (seed 001: sales and CS share what "a right customer" is): until there is
// one, an empty state (editors: a button that opens the form); then the hand-off (HandoffView),
// the fit score at the hand-off beside the fit now.
// The console learns there is none from GET /accounts/{id}/handoff's 404 (api.handoff → null):
// the browser logs that 404 in its console whatever the page does, until the server answers
// "none" without an error status.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Account, type SuccessPlan } from '../../api';
import { useCan } from '../../auth/permissions';
import { Alert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { formatDateTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { CurrentFit, FitBreakdown } from '../handoff/FitBreakdown';
import { HandoffForm } from '../handoff/HandoffForm';
import { HandoffView } from './HandoffView';

export function HandoffTab({ account }: { account: Account }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  // Recording and editing the hand-off change the customer's record (write_customers).
  const canEdit = useCan('writeCustomers');
  const loaded = useAsync(
    async (signal) => {
      const [handoff, fit, icp] = await Promise.all([
        api.handoff(account.id, signal),
        api.accountFit(account.id, signal).catch(() => null),
        // Which field each criterion tests, to word the account's values (its ARR as money).
        api.icp(signal).catch(() => null),
      ]);
      return { handoff, fit, criteria: icp?.criteria ?? [] };
    },
    [account.id],
  );
  const contacts = useAsync(
    (signal) => api.contacts(account.id, signal).catch(() => []),
    [account.id],
  );
  // The form is open: recording a new hand-off, or editing the one there is.
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<{ text: string | null; plan: SuccessPlan | null } | null>(
    null,
  );

  if (loaded.error && !loaded.data)
    return <ErrorBanner error={loaded.error} onRetry={loaded.reload} />;
  if (!loaded.data) return <Skeleton rows={6} />;
  const { handoff, fit, criteria } = loaded.data;

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
      <div className="handoff-layout">
        <div className="stack">
          {!handoff && !editing && (
            <section className="card" data-testid="handoff-empty">
              <Empty
                icon="handoff"
                title={t('handoff.none')}
                hint={canEdit ? t('handoff.noneEditorHint') : t('handoff.noneHint')}
              >
                {canEdit && (
                  <button
                    type="button"
                    className="btn btn-primary btn-sm"
                    onClick={() => {
                      setEditing(true);
                      setNotice(null);
                    }}
                    data-testid="handoff-start"
                  >
                    <Icon name="plus" size={14} />
                    {t('handoff.record')}
                  </button>
                )}
              </Empty>
            </section>
          )}
          {!handoff && editing && (
            <HandoffForm
              accountId={account.id}
              contacts={contacts.data ?? []}
              onSaved={(_h, plan) => saved('created', plan)}
              onCancel={() => setEditing(false)}
              // Recorded meanwhile by someone else: show theirs.
              onConflict={() => {
                setEditing(false);
                loaded.reload();
              }}
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
          {fit && <CurrentFit fit={fit} criteria={criteria} />}
          <Link to="/handoffs/icp" className="btn btn-ghost btn-sm self-start">
            {t('fit.viewIcp')}
            <Icon name="arrowRight" size={14} />
          </Link>
        </div>
      </div>
    </div>
  );
}
