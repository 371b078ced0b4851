// A success-plan template as the templates page shows it: what it is for (segment, length,
// description), the objectives it starts a plan with, their KPIs and milestones dated in days
// from the start; edit and delete (after a question) for admins and managers.
import { useTranslation } from 'react-i18next';
import { api, type SuccessPlanTemplate, type TemplateObjective } from '../../api';
import { ObjectiveTypeBadge } from '../../components/Badges';
import { ConfirmPrompt } from '../../components/ConfirmRow';
import { Icon } from '../../components/Icon';
import { useRowEditor } from '../../components/useRowEditor';
import { errorText } from '../../lib/errorText';
import { formatNumber } from '../../lib/format';
import { usageLabel } from '../plans/KpiRow';

/** `onEdit` and `onDeleted` only for those who may change templates. */
export function TemplateCard({
  template,
  onEdit,
  onDeleted,
}: {
  template: SuccessPlanTemplate;
  onEdit?: () => void;
  onDeleted?: () => void;
}) {
  const { t } = useTranslation();
  const row = useRowEditor();
  const remove = () =>
    row.run(
      async () => {
        await api.deletePlanTemplate(template.key);
        onDeleted?.();
      },
      (cause) => errorText(cause, t),
    );
  return (
    <section className="card template-card" data-testid="template-card" data-key={template.key}>
      <div className="template-head">
        <div>
          <h2 className="template-name">{template.name}</h2>
          {template.description && <p className="template-desc">{template.description}</p>}
          {onEdit && onDeleted && (
            <div className="template-actions">
              <button
                type="button"
                className="btn btn-secondary btn-sm"
                onClick={onEdit}
                data-testid="template-edit"
              >
                <Icon name="pencil" size={13} />
                {t('templateEditor.edit')}
              </button>
              <button
                type="button"
                className="btn btn-ghost btn-sm btn-danger-text"
                onClick={row.askToConfirm}
                disabled={row.busy}
                data-testid="template-delete"
              >
                <Icon name="trash" size={13} />
                {t('templateEditor.delete')}
              </button>
            </div>
          )}
        </div>
        <dl className="template-facts">
          {template.segment && (
            <div>
              <dt>{t('templates.segment')}</dt>
              <dd>{template.segment}</dd>
            </div>
          )}
          <div>
            <dt>{t('templates.duration')}</dt>
            <dd>{t('templates.days', { days: template.duration_days })}</dd>
          </div>
          <div>
            <dt>{t('plan.objectives')}</dt>
            <dd>{template.objectives.length}</dd>
          </div>
        </dl>
      </div>
      {row.confirming && (
        <ConfirmPrompt
          question={t('templateEditor.deleteQuestion', { name: template.name })}
          confirmLabel={row.busy ? t('templateEditor.deleting') : t('templateEditor.delete')}
          busy={row.busy}
          error={row.problem}
          onCancel={row.cancelConfirm}
          onConfirm={() => void remove()}
          testId="template-delete"
          className="template-confirm"
        />
      )}
      <ol className="template-objectives">
        {template.objectives.map((o, i) => (
          <TemplateObjectiveItem key={i} objective={o} />
        ))}
      </ol>
    </section>
  );
}

function TemplateObjectiveItem({ objective: o }: { objective: TemplateObjective }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const day = (days: number | null | undefined) =>
    days === null || days === undefined ? null : t('templates.dayN', { days });
  const n = (v: number) => formatNumber(v, lang, 2);
  return (
    <li className="template-objective" data-testid="template-objective">
      <div className="template-objective-head">
        <ObjectiveTypeBadge type={o.type} kind={o.kind ?? null} />
        <span className="strong">{o.title}</span>
        {day(o.due_in_days) && <span className="muted">{day(o.due_in_days)}</span>}
      </div>
      {(o.kpis?.length ?? 0) > 0 && (
        <ul className="template-items">
          {o.kpis!.map((k, j) => (
            <li key={j}>
              <span className="template-item-kind">{t('templates.kpi')}</span>
              <span>{k.name}</span>
              <span className="muted">
                {n(k.baseline)} → {n(k.target)}
                {k.unit ? ` ${k.unit}` : ''}
              </span>
              {k.usage && (
                <span className="usage-tag">
                  {t('plan.kpi.usageBound', { measure: usageLabel(k.usage, t) })}
                </span>
              )}
              {day(k.due_in_days) && <span className="muted">{day(k.due_in_days)}</span>}
            </li>
          ))}
        </ul>
      )}
      {(o.milestones?.length ?? 0) > 0 && (
        <ul className="template-items">
          {o.milestones!.map((m, j) => (
            <li key={j}>
              <span className="template-item-kind template-item-milestone">
                {t('templates.milestone')}
              </span>
              <span>{m.title}</span>
              {day(m.due_in_days) && <span className="muted">{day(m.due_in_days)}</span>}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}
