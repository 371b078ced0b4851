// The customers' own success: the share achieving their success-plan outcomes (of those with a
// plan, and how many have one), and the share at each level of self-sufficiency (自走).
import { useTranslation } from 'react-i18next';
import { SELF_SUFFICIENCY_LEVELS, type Dashboard } from '../../api';
import { formatNumber } from '../../lib/format';
import { formatRate } from '../../lib/portfolio';

const LEVEL_COLOR: Record<(typeof SELF_SUFFICIENCY_LEVELS)[number], string> = {
  dependent: '#fca5a5',
  guided: '#fcd34d',
  self_running: '#86efac',
  advocate: '#16a34a',
};
const NOT_ASSESSED_COLOR = '#e4e4e7';

export function CustomerOutcomes({ outcomes }: { outcomes: Dashboard['outcomes'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const plans = outcomes.success_plans;
  const self = outcomes.self_sufficiency;
  const parts = [
    ...SELF_SUFFICIENCY_LEVELS.map((level) => {
      const found = self.levels.find((l) => l.level === level);
      return {
        key: level,
        name: t(`enum.selfLevel.${level}`),
        accounts: found?.accounts ?? 0,
        share: found?.share ?? null,
        color: LEVEL_COLOR[level],
      };
    }),
    {
      key: 'not_assessed',
      name: t('dashboard.notAssessed'),
      accounts: self.not_assessed,
      share: self.share_not_assessed,
      color: NOT_ASSESSED_COLOR,
    },
  ];
  return (
    <section className="outcome-group" data-testid="dashboard-outcomes">
      <div className="outcome-group-head">
        <h2 className="section-title">{t('dashboard.customerOutcomes')}</h2>
      </div>
      <div className="tiles">
        <div className="tile outcome-tile" data-testid="dashboard-plans">
          <div className="tile-label">{t('dashboard.figure.plans')}</div>
          <div className="tile-value outcome-value" data-testid="dashboard-plans-value">
            {formatRate(plans.share_achieving, lang)}
          </div>
          <div className="tile-sub">
            {t('dashboard.plansSub', {
              achieving: formatNumber(plans.achieving, lang),
              withPlan: formatNumber(plans.with_plan, lang),
            })}
          </div>
          <div className="tile-sub">
            {t('dashboard.plansCoverage', {
              share: formatRate(plans.share_with_plan, lang),
              customers: formatNumber(plans.customers, lang),
            })}
          </div>
          <p className="outcome-definition">{t('dashboard.plansDefinition')}</p>
        </div>
        <div className="tile outcome-tile outcome-tile-wide" data-testid="dashboard-self">
          <div className="tile-label">{t('dashboard.figure.self')}</div>
          <div className="level-bar" role="img" aria-label={t('dashboard.figure.self')}>
            {parts
              .filter((p) => p.accounts > 0)
              .map((p) => (
                <span
                  key={p.key}
                  className="level-bar-part"
                  style={{ flexGrow: p.accounts, background: p.color }}
                  title={`${p.name}: ${formatRate(p.share, lang)}`}
                />
              ))}
          </div>
          <ul className="level-list">
            {parts.map((p) => (
              <li key={p.key} data-testid="dashboard-self-level" data-level={p.key}>
                <span className="level-dot" style={{ background: p.color }} aria-hidden="true" />
                <span className="level-name">{p.name}</span>
                <span className="strong" data-testid="dashboard-self-share">
                  {formatRate(p.share, lang)}
                </span>
                <span className="muted small">
                  {t('dashboard.accounts', { count: p.accounts })}
                </span>
              </li>
            ))}
          </ul>
        </div>
      </div>
    </section>
  );
}
