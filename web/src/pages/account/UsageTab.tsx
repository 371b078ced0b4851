// Product usage of one account: active users (DAU / WAU / MAU), stickiness, seats (when known),
// the 4-week trend, the features and events used most, and each person's last activity and
// active days in the range.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type AccountUsage } from '../../api';
import { Icon } from '../../components/Icon';
import { RangePicker } from '../../components/RangePicker';
import { TableCard } from '../../components/TableCard';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { formatDateTime, formatNumber, formatRelativeTime, initials } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { fillDays, formatPercent, formatTrend, lastDays, type RangeDays } from '../../lib/usage';
import { EventTypeBadge } from '../events/CatalogTab';
import { UsageChart } from './UsageChart';

/** No event in the range and nobody active: nothing to chart. */
export function hasUsage(usage: AccountUsage): boolean {
  return usage.users.length > 0 || usage.days.some((d) => d.events > 0 || d.dau > 0);
}

export function UsageTab({ accountId }: { accountId: number }) {
  const { t } = useTranslation();
  const [range, setRange] = useState<RangeDays>(30);
  const dates = useMemo(() => lastDays(range), [range]);
  const usage = useAsync(
    (signal) => api.accountUsage(accountId, dates.from, dates.to, signal),
    [accountId, dates.from, dates.to],
  );

  return (
    <div className="stack" data-testid="usage">
      <div className="section-bar">
        <h2 className="section-title">{t('usage.title')}</h2>
        <RangePicker value={range} onChange={setRange} testId="usage-range" />
      </div>
      <ErrorBanner error={usage.error} onRetry={usage.reload} />
      {!usage.data && !usage.error && <Skeleton />}
      {usage.data &&
        (hasUsage(usage.data) ? (
          <UsageReport usage={usage.data} />
        ) : (
          <section className="card">
            <Empty icon="activity" title={t('usage.empty')} hint={t('usage.emptyHint')}>
              <Link className="btn btn-secondary btn-sm" to="/events">
                {t('usage.toEvents')}
              </Link>
            </Empty>
          </section>
        ))}
    </div>
  );
}

function UsageReport({ usage }: { usage: AccountUsage }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const n = (value: number, digits = 0) => formatNumber(value, lang, digits);
  const days = useMemo(
    () => fillDays(usage.days, usage, (date) => ({ date, dau: 0, wau: 0, mau: 0, events: 0 })),
    [usage],
  );
  const trend = formatTrend(usage.trend_4w?.change, lang);
  const seen = (timestamp: string | null) => Date.parse(timestamp ?? '') || 0;
  // The server sends them most recently seen first; never-seen people (only identified) last.
  const users = [...usage.users].sort((a, b) => seen(b.last_seen) - seen(a.last_seen));
  const maxFeature = Math.max(1, ...usage.top_features.map((f) => f.events));
  const maxEvent = Math.max(1, ...usage.top_events.map((e) => e.count));

  return (
    <>
      <div className="tiles" data-testid="usage-figures">
        <div className="tile">
          <div className="tile-label">{t('usage.dauAverage')}</div>
          <div className="tile-value" data-testid="usage-dau">
            {n(usage.dau_average, 1)}
          </div>
        </div>
        <div className="tile">
          <div className="tile-label">{t('usage.wau')}</div>
          <div className="tile-value" data-testid="usage-wau">
            {n(usage.wau)}
          </div>
        </div>
        <div className="tile">
          <div className="tile-label">{t('usage.mau')}</div>
          <div className="tile-value" data-testid="usage-mau">
            {n(usage.mau)}
          </div>
        </div>
        <div className="tile" title={t('usage.stickinessHint')}>
          <div className="tile-label">{t('usage.stickiness')}</div>
          <div className="tile-value" data-testid="usage-stickiness">
            {formatPercent(usage.stickiness, lang)}
          </div>
          <div className="tile-sub">{t('usage.stickinessHint')}</div>
        </div>
        {usage.seat_utilisation !== null && (
          <div className="tile">
            <div className="tile-label">{t('usage.seatUtilisation')}</div>
            <div className="tile-value" data-testid="usage-seats">
              {formatPercent(usage.seat_utilisation, lang)}
            </div>
            {usage.licensed_seats !== null && (
              <div className="tile-sub">
                {t('usage.seatsOf', { mau: n(usage.mau), seats: n(usage.licensed_seats) })}
              </div>
            )}
          </div>
        )}
        <div className="tile">
          <div className="tile-label">{t('usage.trend4w')}</div>
          <div
            className={`tile-value ${trend?.direction === 'up' ? 'pos' : trend?.direction === 'down' ? 'neg' : ''}`}
            data-testid="usage-trend"
          >
            {trend ? trend.text : '—'}
          </div>
          {usage.trend_4w && (
            <div className="tile-sub">
              {t('usage.trendDetail', {
                current: n(usage.trend_4w.current_weekly_active),
                previous: n(usage.trend_4w.previous_weekly_active),
              })}
            </div>
          )}
        </div>
      </div>

      <section className="card">
        <h2 className="card-title">{t('usage.chartTitle')}</h2>
        <UsageChart days={days} />
      </section>

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

      <TableCard
        title={t('usage.users')}
        testId="usage-users"
        empty={users.length === 0 ? { icon: 'meeting', title: t('usage.noUsers') } : null}
        columns={[
          { label: t('usage.col.user') },
          { label: t('usage.col.lastSeen') },
          { label: t('usage.col.activeDays'), numeric: true },
        ]}
      >
        {users.map((u, i) => (
          <tr key={u.user_id ?? `contact-${u.contact_id ?? i}`} data-testid="usage-user-row">
            <td>
              <div className="person">
                {u.name ? (
                  <span className="avatar avatar-sm">{initials(u.name)}</span>
                ) : (
                  <span className="avatar avatar-sm avatar-anon">
                    <Icon name="user" size={12} />
                  </span>
                )}
                <div>
                  <div className="strong">
                    {u.name ?? u.email ?? (u.user_id ? <code>{u.user_id}</code> : '—')}
                  </div>
                  {u.name && u.email && <div className="sub">{u.email}</div>}
                  {(u.name || u.email) && u.user_id && (
                    <div className="sub mono-sub">{u.user_id}</div>
                  )}
                </div>
              </div>
            </td>
            <td>
              {u.last_seen ? (
                <div className="date-cell">
                  <span>{formatRelativeTime(u.last_seen, lang)}</span>
                  <span className="relative">{formatDateTime(u.last_seen, lang)}</span>
                </div>
              ) : (
                <span className="muted">—</span>
              )}
            </td>
            <td className="num strong" data-testid="usage-user-days">
              {n(u.active_days)}
            </td>
          </tr>
        ))}
      </TableCard>
    </>
  );
}
