// The success plan of a hand-off: a link once there is one; else, for those who may write
// activity (a plan is, for the server), a button that makes one from the notes (with a template
// or none).
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type Handoff, type SuccessPlan } from '../../api';
import { useCan } from '../../auth/permissions';
import { ErrorAlert } from '../../components/Alert';
import { Icon } from '../../components/Icon';
import { errorText } from '../../lib/errorText';
import { useAsync } from '../../lib/useAsync';

export function PlanFromHandoff({
  handoff,
  accountId,
  onPlan,
}: {
  handoff: Handoff;
  accountId: number;
  onPlan: (plan: SuccessPlan) => void;
}) {
  const { t } = useTranslation();
  const canPlan = useCan('writeActivity');
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
  if (!canPlan) return null;

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
