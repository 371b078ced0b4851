// Success-plan templates, read-only: what each one is for (segment, length, description) and
// the objectives it starts a plan with, their KPIs and milestones dated in days from the start.
import { useTranslation } from 'react-i18next';
import { api, type SuccessPlanTemplate, type TemplateObjective } from '../../api';
import { ObjectiveTypeBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { formatNumber } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { usageLabel } from '../plans/KpiRow';

export function SuccessTemplatesPage() {
  const { t } = useTranslation();
  const templates = useAsync((signal) => api.planTemplates(signal), []);
  return (
    <div className="page" data-testid="templates-page">
      <div className="page-head">
        <div>
          <h1 className="page-title">{t('templates.title')}</h1>
          <p className="page-sub">{t('templates.subtitle')}</p>
        </div>
      </div>
      <ErrorBanner error={templates.error} onRetry={templates.reload} />
      {!templates.data && !templates.error && <Skeleton />}
      {templates.data && templates.data.data.length === 0 && (
        <section className="card">
          <Empty icon="flag" title={t('templates.empty')} />
        </section>
      )}
      {templates.data?.data.map((tpl) => (
        <TemplateCard key={tpl.key} template={tpl} />
      ))}
      {templates.data && templates.data.data.length > 0 && (
        <p className="muted templates-note">
          <Icon name="lock" size={13} /> {t('templates.readOnly')}
        </p>
      )}
    </div>
  );
}

function TemplateCard({ template }: { template: SuccessPlanTemplate }) {
  const { t } = useTranslation();
  return (
    <section className="card template-card" data-testid="template-card" data-key={template.key}>
      <div className="template-head">
        <div>
          <h2 className="template-name">{template.name}</h2>
          {template.description && <p className="template-desc">{template.description}</p>}
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
