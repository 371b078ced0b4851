// A success plan to share with the customer (/plans/:id/print): a clean sheet without the
// console around it, laid out for paper (print CSS), in the language chosen at the top; and the
// same plan as a Markdown file, built here from the plan's JSON.
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { api, ApiError, type Kpi, type SuccessPlan } from '../../api';
import { ObjectiveTypeBadge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { Logo } from '../../components/Layout';
import { ProgressBar } from '../../components/ProgressBar';
import { Empty, ErrorBanner, Loading } from '../../components/States';
import { downloadText } from '../../lib/download';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { kpiProgress, markdownFileName, objectiveProgress, planMarkdown } from '../../lib/plan';
import { useAsync } from '../../lib/useAsync';
import { useDocumentTitle } from '../../lib/useDocumentTitle';
import { formatPercent } from '../../lib/usage';

export function PlanPrintPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const loaded = useAsync(
    async (signal) => {
      const plan = await api.successPlan(id, signal);
      // The account's name heads the sheet; the plan is still worth showing without it.
      const account = await api.account(plan.account_id, signal).catch(() => null);
      return { plan, accountName: account?.name ?? null };
    },
    [id],
  );

  if (loaded.error instanceof ApiError && loaded.error.status === 404) {
    return (
      <div className="print-page">
        <Empty icon="flag" title={t('printPlan.notFound')}>
          <Link className="btn btn-secondary btn-sm" to="/accounts">
            {t('account.backToList')}
          </Link>
        </Empty>
      </div>
    );
  }
  return (
    <div className="print-page" data-testid="plan-print">
      {loaded.error && <ErrorBanner error={loaded.error} onRetry={loaded.reload} />}
      {!loaded.data && !loaded.error && <Loading />}
      {loaded.data && <PlanSheet plan={loaded.data.plan} accountName={loaded.data.accountName} />}
    </div>
  );
}

function PlanSheet({ plan, accountName }: { plan: SuccessPlan; accountName: string | null }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const date = (d: string | null) => (d ? formatDate(d, lang) : '—');
  // "Save as PDF" names the file after the page title.
  useDocumentTitle([plan.title, accountName]);

  return (
    <>
      <div className="print-toolbar no-print">
        <Link
          to={`/accounts/${plan.account_id}?tab=success&plan=${plan.id}`}
          className="btn btn-ghost btn-sm"
          data-testid="print-back"
        >
          <Icon name="chevronLeft" size={14} />
          {t('printPlan.back')}
        </Link>
        <div className="toolbar-spacer" />
        <LanguageSwitch />
        <button
          type="button"
          className="btn btn-secondary btn-sm"
          onClick={() =>
            downloadText(markdownFileName(plan), planMarkdown(plan, { accountName, t, lang }))
          }
          data-testid="plan-markdown"
        >
          <Icon name="download" size={14} />
          {t('printPlan.markdown')}
        </button>
        <button
          type="button"
          className="btn btn-primary btn-sm"
          onClick={() => window.print()}
          data-testid="plan-print-button"
        >
          <Icon name="printer" size={14} />
          {t('printPlan.print')}
        </button>
      </div>

      <article className="print-sheet" data-testid="print-sheet">
        <header className="print-header">
          <div className="print-brand">
            <Logo />
            <span>Banso</span>
            <span className="print-asof">
              {t('printPlan.generated', { date: formatDateTime(new Date().toISOString(), lang) })}
            </span>
          </div>
          {accountName && (
            <div className="print-for">{t('printPlan.preparedFor', { account: accountName })}</div>
          )}
          <h1 className="print-title">{plan.title}</h1>
          <dl className="print-facts">
            <div>
              <dt>{t('plan.field.period')}</dt>
              <dd>
                {date(plan.starts_on)} – {date(plan.ends_on)}
              </dd>
            </div>
            <div>
              <dt>{t('plan.field.status')}</dt>
              <dd>{t(`enum.planStatus.${plan.status}`)}</dd>
            </div>
            <div className="print-facts-progress">
              <dt>{t('plan.field.progress')}</dt>
              <dd>
                <ProgressBar value={plan.progress} label={t('plan.field.progress')} />
              </dd>
            </div>
          </dl>
        </header>

        <section className="print-section">
          <h2>{t('plan.definition')}</h2>
          {plan.definition.trim() ? (
            <blockquote className="print-definition">{plan.definition}</blockquote>
          ) : (
            <p className="muted">{t('plan.noDefinition')}</p>
          )}
        </section>

        <section className="print-section">
          <h2>{t('plan.objectives')}</h2>
          {plan.objectives.length === 0 && <p className="muted">{t('plan.noObjectives')}</p>}
          {plan.objectives.map((o, i) => (
            <div key={o.id ?? i} className="print-objective" data-testid="print-objective">
              <div className="print-objective-head">
                <h3>
                  {i + 1}. {o.title}
                </h3>
                <ProgressBar value={o.progress ?? objectiveProgress(o)} size="sm" label={o.title} />
              </div>
              <div className="print-objective-meta">
                <ObjectiveTypeBadge type={o.type} kind={o.kind} />
                <span>
                  {t('plan.field.status')}: {t(`enum.planStatus.${o.status}`)}
                </span>
                {o.due_on && <span>{t('plan.milestone.dueOn', { date: date(o.due_on) })}</span>}
              </div>
              {o.kpis.length > 0 && (
                <table className="print-table">
                  <thead>
                    <tr>
                      <th>{t('plan.kpi.name')}</th>
                      <th className="num">{t('plan.kpi.baseline')}</th>
                      <th className="num">{t('plan.kpi.current')}</th>
                      <th className="num">{t('plan.kpi.target')}</th>
                      <th>{t('plan.field.due')}</th>
                      <th className="num">{t('plan.field.progress')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {o.kpis.map((k, j) => (
                      <tr key={k.id ?? j}>
                        <td>{k.name}</td>
                        <td className="num">{kpiValue(k.baseline, k, lang)}</td>
                        <td className="num">{kpiValue(k.current, k, lang)}</td>
                        <td className="num strong">{kpiValue(k.target, k, lang)}</td>
                        <td>{date(k.due_on)}</td>
                        <td className="num">{formatPercent(k.progress ?? kpiProgress(k), lang)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              )}
              {o.milestones.length > 0 && (
                <ul className="print-milestones">
                  {o.milestones.map((m, j) => (
                    <li key={m.id ?? j} className={m.achieved_on ? 'done' : undefined}>
                      <span
                        className="print-box"
                        aria-label={m.achieved_on ? t('printPlan.achieved') : t('printPlan.open')}
                      >
                        {m.achieved_on ? '✓' : ''}
                      </span>
                      <span className="print-milestone-title">{m.title}</span>
                      <span className="muted">
                        {m.achieved_on
                          ? t('plan.milestone.achievedOnDate', { date: date(m.achieved_on) })
                          : m.due_on
                            ? t('plan.milestone.dueOn', { date: date(m.due_on) })
                            : ''}
                      </span>
                    </li>
                  ))}
                </ul>
              )}
            </div>
          ))}
        </section>
        <footer className="print-footer">{t('printPlan.footer')}</footer>
      </article>
    </>
  );
}

function kpiValue(value: number | null, kpi: Kpi, lang: string): string {
  if (value === null) return '—';
  return kpi.unit ? `${formatNumber(value, lang, 2)} ${kpi.unit}` : formatNumber(value, lang, 2);
}
