// The features and the events an account used most in the range, each as a bar against the
// first.
import { useTranslation } from 'react-i18next';
import type { AccountUsage } from '../../api';
import { formatNumber } from '../../lib/format';
import { EventTypeBadge } from '../events/CatalogTab';

export function UsageTopLists({ usage }: { usage: AccountUsage }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const n = (value: number) => formatNumber(value, lang);
  const maxFeature = Math.max(1, ...usage.top_features.map((f) => f.events));
  const maxEvent = Math.max(1, ...usage.top_events.map((e) => e.count));
  return (
    <div className="grid-2">
      <section className="card">
        <h2 className="card-title">{t('usage.topFeatures')}</h2>
        {usage.top_features.length === 0 ? (
          <p className="muted card-pad">{t('usage.noFeatures')}</p>
        ) : (
          <ol className="bar-list" data-testid="usage-top-features">
            {usage.top_features.map((f) => (
              <li key={f.feature}>
                <div className="bar-list-head">
                  <span className="bar-list-name">{f.feature}</span>
                  <span className="bar-list-value">
                    {t('usage.featureFigures', { events: n(f.events), users: n(f.users) })}
                  </span>
                </div>
                <div className="bar-track" aria-hidden="true">
                  <span
                    className="bar-fill"
                    style={{ width: `${(f.events / maxFeature) * 100}%` }}
                  />
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
      <section className="card">
        <h2 className="card-title">{t('usage.topEvents')}</h2>
        {usage.top_events.length === 0 ? (
          <p className="muted card-pad">{t('usage.noEvents')}</p>
        ) : (
          <ol className="bar-list" data-testid="usage-top-events">
            {usage.top_events.map((e) => (
              <li key={`${e.type}:${e.name}`}>
                <div className="bar-list-head">
                  <span className="bar-list-name">
                    <code className="event-name">{e.name}</code>{' '}
                    {e.type !== 'track' && <EventTypeBadge type={e.type} />}
                  </span>
                  <span className="bar-list-value">{n(e.count)}</span>
                </div>
                <div className="bar-track" aria-hidden="true">
                  <span
                    className="bar-fill bar-fill-alt"
                    style={{ width: `${(e.count / maxEvent) * 100}%` }}
                  />
                </div>
              </li>
            ))}
          </ol>
        )}
      </section>
    </div>
  );
}
