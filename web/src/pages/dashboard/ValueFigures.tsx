// What the customers are worth and what is at stake: the ARR in the red band (linking to those
// accounts), and the lifetime value with today's customers' residual value — or, without enough
// history for the model, why there is none.
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { Dashboard } from '../../api';
import { definitionText } from '../../components/Definition';
import { formatMoney, formatNumber } from '../../lib/format';
import { formatRate } from '../../lib/portfolio';

/** The account list of the red band, in the dashboard's scope (same address names). */
export function redAccountsLink(scope: Dashboard['scope']): string {
  const params = new URLSearchParams({ band: 'red' });
  if (scope.tier) params.set('tier', scope.tier);
  if (scope.owner_id) params.set('owner', String(scope.owner_id));
  if (scope.segment_id) params.set('segment', String(scope.segment_id));
  return `/accounts?${params.toString()}`;
}

export function ValueFigures({ dashboard }: { dashboard: Dashboard }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const currency = dashboard.reporting_currency;
  const risk = dashboard.arr_at_risk;
  const life = dashboard.lifetime;
  return (
    <section className="outcome-group" data-testid="dashboard-value">
      <div className="outcome-group-head">
        <h2 className="section-title">{t('dashboard.value')}</h2>
      </div>
      <div className="tiles">
        <div className="tile outcome-tile" data-testid="dashboard-arr-at-risk">
          <div className="tile-label">{t('dashboard.figure.arr_at_risk')}</div>
          <div
            className={`tile-value outcome-value ${risk.arr > 0 ? 'neg' : ''}`}
            data-testid="dashboard-arr-at-risk-value"
          >
            {formatMoney(risk.arr, currency, lang)}
          </div>
          <div className="tile-sub">
            {t('dashboard.atRiskSub', {
              share: formatRate(risk.share, lang),
              count: risk.accounts,
            })}
          </div>
          <p className="outcome-definition">{t('dashboard.atRiskDefinition')}</p>
          <Link to={redAccountsLink(dashboard.scope)} data-testid="dashboard-red-accounts">
            {t('dashboard.showAccounts')}
          </Link>
        </div>
        <div className="tile outcome-tile" data-testid="dashboard-ltv">
          <div className="tile-label">{t('dashboard.figure.ltv')}</div>
          {life.model && life.ltv !== null ? (
            <>
              <div className="tile-value outcome-value" data-testid="dashboard-ltv-value">
                {formatMoney(life.ltv, currency, lang)}
              </div>
              <div className="tile-sub">
                {t('dashboard.lifetimeSub', {
                  years: formatNumber(life.expected_lifetime_years ?? 0, lang, 1),
                  discount: formatRate(life.discount, lang),
                })}
              </div>
              {life.residual_value !== null && (
                <div className="tile-sub" data-testid="dashboard-residual">
                  {t('dashboard.residual', {
                    value: formatMoney(life.residual_value, currency, lang),
                  })}
                </div>
              )}
              <p className="outcome-definition">
                {definitionText('ltv.value.average_arr_times_discounted_expected_lifetime', t)}
              </p>
            </>
          ) : (
            <>
              <div className="tile-value outcome-value muted" data-testid="dashboard-ltv-value">
                —
              </div>
              <p className="outcome-definition" data-testid="dashboard-ltv-none">
                {t('dashboard.noLifetimeModel')}
              </p>
            </>
          )}
          <Link to="/revenue/lifetime">{t('dashboard.showLifetime')}</Link>
        </div>
      </div>
    </section>
  );
}
