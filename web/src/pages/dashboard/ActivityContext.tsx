// Activity of the last days, last and quieter than the outcomes: context for reading them, not a
// goal (concept 8: no activity KPIs, no leaderboards).
import { useTranslation } from 'react-i18next';
import { TOUCHPOINT_KINDS, type Dashboard } from '../../api';
import { formatNumber } from '../../lib/format';

export function ActivityContext({ activity }: { activity: Dashboard['activity'] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const touchpoints = TOUCHPOINT_KINDS.map(
    (kind) => [kind, activity.touchpoints[kind] ?? 0] as const,
  );
  const total = touchpoints.reduce((sum, [, n]) => sum + n, 0);
  return (
    <section className="activity-context" data-testid="dashboard-activity">
      <h2 className="activity-title">{t('dashboard.activity', { days: activity.days })}</h2>
      <p className="muted small">{t('dashboard.activityNote')}</p>
      <dl className="activity-figures">
        <div>
          <dt>{t('dashboard.touchpoints')}</dt>
          <dd data-testid="dashboard-touchpoints">{formatNumber(total, lang)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.tickets')}</dt>
          <dd>{formatNumber(activity.tickets_opened, lang)}</dd>
        </div>
        <div>
          <dt>{t('dashboard.surveys')}</dt>
          <dd>{formatNumber(activity.survey_responses, lang)}</dd>
        </div>
      </dl>
      <p className="muted small activity-kinds">
        {touchpoints
          .filter(([, n]) => n > 0)
          .map(([kind, n]) => `${t(`enum.touchpoint.${kind}`)} ${formatNumber(n, lang)}`)
          .join(t('health.listSeparator'))}
      </p>
    </section>
  );
}
