// Timeline: touchpoints, survey answers and revenue movements, newest first, grouped by day.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type TimelineEntry, type TouchpointKind } from '../../api';
import { Badge, MovementBadge, ScoreBadge, SentimentBadge } from '../../components/Badges';
import { Icon, type IconName } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { dayKey, formatDate, formatDayHeading, formatMoney, formatTime } from '../../lib/format';

const KIND_ICON: Record<TouchpointKind, IconName> = {
  meeting: 'meeting',
  call: 'call',
  email: 'email',
  chat: 'chat',
  note: 'note',
  webinar: 'webinar',
  onsite: 'onsite',
};

export function TimelineTab({ accountId }: { accountId: number }) {
  const { t } = useTranslation();
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function load(from: string | null, signal?: AbortSignal) {
    setLoading(true);
    setError(null);
    try {
      const page = await api.timeline(accountId, from, signal);
      setEntries((prev) => (from ? [...prev, ...page.data] : page.data));
      setCursor(page.next_cursor);
      setLoaded(true);
    } catch (cause) {
      if (!signal?.aborted) setError(cause);
    } finally {
      if (!signal?.aborted) setLoading(false);
    }
  }

  useEffect(() => {
    const controller = new AbortController();
    setEntries([]);
    setLoaded(false);
    void load(null, controller.signal);
    return () => controller.abort();
  }, [accountId]);

  if (!loaded && error) return <ErrorBanner error={error} onRetry={() => void load(null)} />;
  if (!loaded) return <Skeleton />;
  if (entries.length === 0)
    return <Empty icon="calendar" title={t('timeline.empty')} hint={t('timeline.emptyHint')} />;

  const sorted = [...entries].sort((a, b) => Date.parse(b.occurred_at) - Date.parse(a.occurred_at));
  const groups: { day: string; items: TimelineEntry[] }[] = [];
  for (const entry of sorted) {
    const day = dayKey(entry.occurred_at);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.items.push(entry);
    else groups.push({ day, items: [entry] });
  }

  return (
    <section className="card timeline-card">
      <ol className="timeline" data-testid="timeline">
        {groups.map((group) => (
          <li key={group.day} className="tl-day">
            <div className="tl-day-label">
              <TimelineDay timestamp={group.items[0]!.occurred_at} />
            </div>
            <ol className="tl-items">
              {group.items.map((entry) => (
                <TimelineItem key={`${entry.type}-${entry.item.id}`} entry={entry} />
              ))}
            </ol>
          </li>
        ))}
      </ol>
      <ErrorBanner error={error} />
      {cursor && (
        <div className="tl-more">
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            disabled={loading}
            onClick={() => void load(cursor)}
            data-testid="timeline-more"
          >
            {loading ? t('common.loading') : t('timeline.more')}
          </button>
        </div>
      )}
    </section>
  );
}

function TimelineDay({ timestamp }: { timestamp: string }) {
  const { i18n } = useTranslation();
  return <>{formatDayHeading(timestamp, i18n.resolvedLanguage ?? 'en')}</>;
}

function TimelineItem({ entry }: { entry: TimelineEntry }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const time = formatTime(entry.occurred_at, lang);

  if (entry.type === 'touchpoint') {
    const tp = entry.item;
    return (
      <li className="tl-item" data-testid="timeline-item" data-type="touchpoint">
        <span className={`tl-icon tl-icon-${tp.kind}`}>
          <Icon name={KIND_ICON[tp.kind] ?? 'note'} size={15} />
        </span>
        <div className="tl-body">
          <div className="tl-head">
            <span className="tl-kind">
              {t(`enum.touchpoint.${tp.kind}`, { defaultValue: tp.kind })}
            </span>
            {tp.author_name && (
              <span className="tl-author">{t('timeline.by', { name: tp.author_name })}</span>
            )}
            <SentimentBadge sentiment={tp.sentiment} />
            <span className="tl-time">{time}</span>
          </div>
          <p className="tl-summary" data-testid="timeline-summary">
            {tp.summary}
          </p>
        </div>
      </li>
    );
  }

  if (entry.type === 'survey') {
    const s = entry.item;
    return (
      <li className="tl-item" data-testid="timeline-item" data-type="survey">
        <span className="tl-icon tl-icon-survey">
          <Icon name="survey" size={15} />
        </span>
        <div className="tl-body">
          <div className="tl-head">
            <span className="tl-kind">
              {t('timeline.surveyAnswered', { kind: t(`enum.surveyKind.${s.kind}`) })}
            </span>
            {s.contact_name && <span className="tl-author">{s.contact_name}</span>}
            <ScoreBadge kind={s.kind} score={s.score} />
            <span className="tl-time">{time}</span>
          </div>
          {s.comment && <p className="tl-summary tl-quote">{s.comment}</p>}
        </div>
      </li>
    );
  }

  const m = entry.item;
  const up = m.arr_delta_minor >= 0;
  return (
    <li className="tl-item" data-testid="timeline-item" data-type="revenue_movement">
      <span className={`tl-icon ${up ? 'tl-icon-up' : 'tl-icon-down'}`}>
        <Icon name={up ? 'trendUp' : 'trendDown'} size={15} />
      </span>
      <div className="tl-body">
        <div className="tl-head">
          <span className="tl-kind">{t('timeline.revenueMovement')}</span>
          <MovementBadge kind={m.kind} />
          <span className="tl-time">{formatDate(m.date, lang)}</span>
        </div>
        <p className="tl-summary">
          <span className={`strong ${up ? 'pos' : 'neg'}`}>
            {formatMoney(m.arr_delta_minor, m.currency, lang, { signed: true })}
          </span>{' '}
          <Badge tone="gray">ARR</Badge>{' '}
          <span className="muted">
            ({formatMoney(m.mrr_delta_minor, m.currency, lang, { signed: true })} MRR)
          </span>
        </p>
      </div>
    </li>
  );
}
