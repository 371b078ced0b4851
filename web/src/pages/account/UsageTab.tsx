// Product usage of one account: active users (DAU / WAU / MAU), stickiness, seats (when known),
// the 4-week trend, the features and events used most, and each person's last activity and
// active days in the range (UsageUsers).
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { api, type AccountUsage } from '../../api';
import { RangePicker } from '../../components/RangePicker';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { formatNumber } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { fillDays, formatPercent, formatTrend, lastDays, type RangeDays } from '../../lib/usage';
import { UsageChart } from './UsageChart';
import { UsageTopLists } from './UsageTopLists';
import { UsageUsers } from './UsageUsers';

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
          <UsageReport usage={usage.data} loading={usage.loading} />
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

function UsageReport({ usage, loading }: { usage: AccountUsage; loading: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const n = (value: number, digits = 0) => formatNumber(value, lang, digits);
  const days = useMemo(
    () => fillDays(usage.days, usage, (date) => ({ date, dau: 0, wau: 0, mau: 0, events: 0 })),
    [usage],
  );
  const trend = formatTrend(usage.trend_4w?.change, lang);

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
        <UsageChart days={days} loading={loading} />
      </section>

      <UsageTopLists usage={usage} />
      <UsageUsers users={usage.users} />
    </>
  );
}
