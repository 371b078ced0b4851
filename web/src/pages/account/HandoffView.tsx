// A recorded sales hand-off: what sales said (why they bought, expected outcomes, stakeholders),
// who recorded it and when, and the success plan seeded from it (a button to make one while
// there is none, a link once there is).
import { useTranslation } from 'react-i18next';
import type { Handoff, SuccessPlan } from '../../api';
import { StakeholderRoleBadge } from '../../components/Badges';
import { formatDateTime } from '../../lib/format';
import { useStaffNames } from '../../lib/useStaffNames';
import { handedOffBy } from '../handoff/handoff';
import { PlanFromHandoff } from './PlanFromHandoff';

export function HandoffView({
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
  const by = handedOffBy(handoff, useStaffNames());
  const date = formatDateTime(handoff.handed_off_at, lang);
  return (
    <section className="card" data-testid="handoff-view" data-handoff-id={handoff.id}>
      <div className="card-head">
        <div>
          <h2 className="card-head-title">{t('handoff.title')}</h2>
          <div className="card-head-sub" data-testid="handoff-when">
            {by.system
              ? t('handoff.handedOffNoUser', { date })
              : t('handoff.handedOff', { date, name: by.name ?? t('handoff.unknownStaff') })}
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
        <PlanFromHandoff handoff={handoff} accountId={accountId} onPlan={onPlan} />
      </div>
    </section>
  );
}
