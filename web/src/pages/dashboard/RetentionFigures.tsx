// The goal first (concept 8): net and gross revenue retention and logo retention over the
// trailing twelve months, each with its definition in words (on hover and beneath).
import { useTranslation } from 'react-i18next';
import type { DashboardRetention } from '../../api';
import { definitionText } from '../../components/Definition';
import { formatMoney, formatMonth } from '../../lib/format';
import { formatRate } from '../../lib/portfolio';

export const RETENTION_FIGURES = ['nrr', 'grr', 'logo_retention'] as const;

export function RetentionFigures({
  retention,
  currency,
}: {
  retention: DashboardRetention;
  currency: string;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  return (
    <section className="outcome-group" data-testid="dashboard-retention">
      <div className="outcome-group-head">
        <h2 className="section-title">{t('dashboard.retention')}</h2>
        <span className="muted small" data-testid="dashboard-ttm">
          {t('dashboard.ttm', {
            from: formatMonth(retention.first_month, lang),
            to: formatMonth(retention.last_month, lang),
          })}
        </span>
      </div>
      <div className="tiles">
        {RETENTION_FIGURES.map((figure) => {
          const key = retention.definition[figure];
          const definition = key ? definitionText(key, t) : '';
          return (
            <div
              key={figure}
              className="tile outcome-tile"
              title={definition}
              data-testid={`dashboard-${figure}`}
            >
              <div className="tile-label">{t(`dashboard.figure.${figure}`)}</div>
              <div className="tile-value outcome-value" data-testid={`dashboard-${figure}-value`}>
                {formatRate(retention[figure], lang)}
              </div>
              {figure === 'nrr' && retention.start_arr > 0 && (
                <div className="tile-sub">
                  {t('dashboard.startArr', {
                    arr: formatMoney(retention.start_arr, currency, lang),
                  })}
                </div>
              )}
              <p className="outcome-definition">{definition}</p>
            </div>
          );
        })}
      </div>
    </section>
  );
}
