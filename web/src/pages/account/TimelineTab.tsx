// Timeline: touchpoints, survey answers and revenue movements, newest first, grouped by day.
// Touchpoints are logged from here (and from the account's header), edited, deleted and exported
// to CSV.
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, type TimelineEntry, type Touchpoint } from '../../api';
import { useCan } from '../../auth/permissions';
import { ExportButton } from '../../components/ExportButton';
import { Icon } from '../../components/Icon';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { dayKey, formatDayHeading } from '../../lib/format';
import { TimelineItem } from './TimelineItems';
import { TouchpointDialog } from './TouchpointDialog';

export function TimelineTab({
  accountId,
  onLogTouchpoint,
}: {
  accountId: number;
  /** Opens the page's dialog that logs a touchpoint (the page reloads this tab after it). */
  onLogTouchpoint: () => void;
}) {
  const { t } = useTranslation();
  const canLog = useCan('writeActivity');
  const [entries, setEntries] = useState<TimelineEntry[]>([]);
  const [cursor, setCursor] = useState<string | null>(null);
  const [loading, setLoading] = useState(true);
  const [loaded, setLoaded] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [editing, setEditing] = useState<Touchpoint | null>(null);

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

  const bar = (
    <div className="section-bar">
      <h2 className="section-title">{t('account.tab.timeline')}</h2>
      <div className="card-head-tools">
        {entries.length > 0 && (
          <ExportButton list="touchpoints" query={{ account_id: accountId }} />
        )}
        {canLog && (
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={onLogTouchpoint}
            data-testid="timeline-log"
          >
            <Icon name="plus" size={14} />
            {t('touchpointForm.log')}
          </button>
        )}
      </div>
    </div>
  );
  const dialog = editing && (
    <TouchpointDialog
      accountId={accountId}
      touchpoint={editing}
      onSaved={() => {
        setEditing(null);
        void load(null);
      }}
      onClose={() => setEditing(null)}
    />
  );

  if (!loaded && error) return <ErrorBanner error={error} onRetry={() => void load(null)} />;
  if (!loaded) return <Skeleton />;
  if (entries.length === 0)
    return (
      <div className="stack">
        {bar}
        <Empty icon="calendar" title={t('timeline.empty')} hint={t('timeline.emptyHint')} />
      </div>
    );

  const sorted = [...entries].sort((a, b) => Date.parse(b.occurred_at) - Date.parse(a.occurred_at));
  const groups: { day: string; items: TimelineEntry[] }[] = [];
  for (const entry of sorted) {
    const day = dayKey(entry.occurred_at);
    const last = groups[groups.length - 1];
    if (last && last.day === day) last.items.push(entry);
    else groups.push({ day, items: [entry] });
  }

  return (
    <div className="stack">
      {bar}
      <section className="card timeline-card">
        <ol className="timeline" data-testid="timeline">
          {groups.map((group) => (
            <li key={group.day} className="tl-day">
              <div className="tl-day-label">
                <TimelineDay timestamp={group.items[0]!.occurred_at} />
              </div>
              <ol className="tl-items">
                {group.items.map((entry) => (
                  <TimelineItem
                    key={`${entry.type}-${entry.item.id}`}
                    entry={entry}
                    onEdit={setEditing}
                    onDeleted={() => void load(null)}
                  />
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
      {dialog}
    </div>
  );
}

function TimelineDay({ timestamp }: { timestamp: string }) {
  const { i18n } = useTranslation();
  return <>{formatDayHeading(timestamp, i18n.resolvedLanguage ?? 'en')}</>;
}
