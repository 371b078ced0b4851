// Live messages as the server accepts (or rejects) them, newest first: EventSource on
// /api/v1/events/stream (same origin, so the session cookie goes along), optionally for one
// source. Admins only (EventsPage shows this tab to no one else): messages carry raw traits.
// Pause holds new rows aside; at most 500 are kept.
import { Fragment, useEffect, useMemo, useReducer, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, type StreamEvent, type StreamRejection } from '../../api';
import { Alert } from '../../components/Alert';
import { Badge } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { Empty } from '../../components/States';
import { dateTimeFormat, formatNumber, localeOf } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { EventTypeBadge } from './CatalogTab';
import {
  MAX_STREAM_ROWS,
  initialStream,
  parseStreamMessage,
  streamEventLabel,
  streamReducer,
  type Incoming,
  type StreamRow,
} from './stream';

/** Messages are gathered this long before one render. */
const FLUSH_MS = 100;

type Connection = 'connecting' | 'open' | 'reconnecting' | 'closed' | 'unsupported';

function formatter(lang: string, style: 'clock' | 'full'): Intl.DateTimeFormat {
  return dateTimeFormat(
    localeOf(lang),
    style === 'clock'
      ? { hour: '2-digit', minute: '2-digit', second: '2-digit' }
      : { dateStyle: 'medium', timeStyle: 'medium' },
  );
}

function formatStamp(timestamp: string, lang: string, style: 'clock' | 'full'): string {
  const parsed = new Date(timestamp);
  if (Number.isNaN(parsed.getTime())) return timestamp;
  return formatter(lang, style).format(parsed);
}
const formatClock = (timestamp: string, lang: string) => formatStamp(timestamp, lang, 'clock');

export function StreamTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [params, setParams] = useSearchParams();
  const sourceId = Number(params.get('source')) > 0 ? Number(params.get('source')) : null;
  const sources = useAsync((signal) => api.sources(signal).then((r) => r.data), []);
  const sourceName = useMemo(
    () => new Map((sources.data ?? []).map((s) => [s.id, s.name])),
    [sources.data],
  );

  const [state, dispatch] = useReducer(streamReducer, initialStream);
  const [connection, setConnection] = useState<Connection>('connecting');
  const [attempt, setAttempt] = useState(0);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());

  useEffect(() => {
    dispatch({ type: 'clear' });
    setExpanded(new Set());
  }, [sourceId]);

  useEffect(() => {
    if (typeof EventSource === 'undefined') {
      setConnection('unsupported');
      return;
    }
    setConnection('connecting');
    const source = new EventSource(api.eventStreamUrl(sourceId));
    let queue: Incoming[] = [];
    let timer: ReturnType<typeof setTimeout> | undefined;
    const flush = () => {
      timer = undefined;
      const items = queue;
      queue = [];
      dispatch({ type: 'receive', items });
    };
    const listener = (kind: 'event' | 'rejected') => (message: MessageEvent) => {
      const item = parseStreamMessage(kind, String(message.data));
      if (!item) return;
      queue.push(item);
      timer ??= setTimeout(flush, FLUSH_MS);
    };
    const onEvent = listener('event');
    const onRejected = listener('rejected');
    source.addEventListener('event', onEvent);
    source.addEventListener('rejected', onRejected);
    source.onopen = () => setConnection('open');
    // EventSource retries by itself unless the server refused the stream (then it is CLOSED).
    source.onerror = () =>
      setConnection(source.readyState === EventSource.CLOSED ? 'closed' : 'reconnecting');
    return () => {
      source.removeEventListener('event', onEvent);
      source.removeEventListener('rejected', onRejected);
      source.close();
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [sourceId, attempt]);

  function chooseSource(value: string) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value) next.set('source', value);
        else next.delete('source');
        return next;
      },
      { replace: true },
    );
  }

  function toggle(key: number) {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });
  }

  const connectionTone = {
    open: 'live',
    connecting: 'wait',
    reconnecting: 'wait',
    closed: 'down',
    unsupported: 'down',
  }[connection];

  return (
    <section className="card" data-testid="stream">
      <div className="toolbar">
        <span
          className={`live-status live-${connectionTone}`}
          data-testid="stream-status"
          data-state={connection}
        >
          <span className="live-dot" aria-hidden="true" />
          {t(`events.stream.status.${connection}`)}
        </span>
        {connection === 'closed' && (
          <button
            type="button"
            className="btn btn-secondary btn-sm"
            onClick={() => setAttempt((n) => n + 1)}
            data-testid="stream-reconnect"
          >
            <Icon name="refresh" size={14} />
            {t('events.stream.reconnect')}
          </button>
        )}
        <select
          className="select"
          value={sourceId ?? ''}
          onChange={(e) => chooseSource(e.target.value)}
          aria-label={t('events.stream.source')}
          data-testid="stream-source"
        >
          <option value="">{t('events.stream.allSources')}</option>
          {sourceId !== null && !sourceName.has(sourceId) && (
            <option value={sourceId}>#{sourceId}</option>
          )}
          {(sources.data ?? []).map((s) => (
            <option key={s.id} value={s.id}>
              {s.name}
              {s.revoked_at ? ` (${t('sources.revoked')})` : ''}
            </option>
          ))}
        </select>
        <div className="toolbar-spacer" />
        <span className="muted stream-counts" data-testid="stream-counts">
          {t('events.stream.counts', {
            received: formatNumber(state.received, lang),
            rejected: formatNumber(state.rejected, lang),
          })}
        </span>
        <button
          type="button"
          className={`btn btn-sm ${state.paused ? 'btn-primary' : 'btn-secondary'}`}
          onClick={() => dispatch({ type: state.paused ? 'resume' : 'pause' })}
          data-testid="stream-pause"
          aria-pressed={state.paused}
        >
          <Icon name={state.paused ? 'play' : 'pause'} size={13} />
          {state.paused ? t('events.stream.resume') : t('events.stream.pause')}
        </button>
        <button
          type="button"
          className="btn btn-ghost btn-sm"
          onClick={() => {
            dispatch({ type: 'clear' });
            setExpanded(new Set());
          }}
          data-testid="stream-clear"
        >
          <Icon name="trash" size={13} />
          {t('events.stream.clear')}
        </button>
      </div>

      {state.paused && (
        <Alert tone="info" icon="pause" iconSize={16} testId="stream-paused">
          {t('events.stream.pausedNote', {
            pending: formatNumber(state.pending.length, lang),
            max: formatNumber(MAX_STREAM_ROWS, lang),
          })}
        </Alert>
      )}

      {state.rows.length === 0 ? (
        <Empty
          icon="radio"
          title={t('events.stream.waiting')}
          hint={t('events.stream.waitingHint')}
        />
      ) : (
        <div className="table-wrap">
          <table className="table stream-table" data-testid="stream-table">
            <thead>
              <tr>
                <th className="expand-cell" aria-hidden="true" />
                <th>{t('events.stream.col.time')}</th>
                <th>{t('events.stream.col.type')}</th>
                <th>{t('events.stream.col.name')}</th>
                <th>{t('events.stream.col.user')}</th>
                <th>{t('events.stream.col.group')}</th>
                <th>{t('events.stream.col.source')}</th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map((row) => (
                <Fragment key={row.key}>
                  {row.kind === 'event' ? (
                    <EventRow
                      event={row.data}
                      open={expanded.has(row.key)}
                      onToggle={() => toggle(row.key)}
                      sourceName={sourceName}
                    />
                  ) : (
                    <RejectedRow
                      row={row}
                      open={expanded.has(row.key)}
                      onToggle={() => toggle(row.key)}
                      sourceName={sourceName}
                    />
                  )}
                  {expanded.has(row.key) && <DetailRow row={row} />}
                </Fragment>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <div className="card-foot muted" data-testid="stream-kept">
        {t('events.stream.kept', {
          shown: formatNumber(state.rows.length, lang),
          max: formatNumber(MAX_STREAM_ROWS, lang),
        })}
      </div>
    </section>
  );
}

function ExpandButton({ open, onToggle }: { open: boolean; onToggle: () => void }) {
  const { t } = useTranslation();
  return (
    <td className="expand-cell">
      <button
        type="button"
        className="icon-button icon-button-sm"
        aria-expanded={open}
        aria-label={open ? t('events.stream.collapse') : t('events.stream.expand')}
        onClick={onToggle}
        data-testid="stream-expand"
      >
        <Icon name={open ? 'chevronDown' : 'chevronRight'} size={14} />
      </button>
    </td>
  );
}

function SourceCell({ id, sourceName }: { id: number; sourceName: ReadonlyMap<number, string> }) {
  return <td className="nowrap">{sourceName.get(id) ?? <span className="muted">#{id}</span>}</td>;
}

function EventRow({
  event,
  open,
  onToggle,
  sourceName,
}: {
  event: StreamEvent;
  open: boolean;
  onToggle: () => void;
  sourceName: ReadonlyMap<number, string>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const label = streamEventLabel(event);
  return (
    <tr
      className={open ? 'row-open' : undefined}
      data-testid="stream-row"
      data-kind="event"
      data-message-id={event.message_id}
    >
      <ExpandButton open={open} onToggle={onToggle} />
      <td className="nowrap" title={formatStamp(event.timestamp, lang, 'full')}>
        {formatClock(event.timestamp, lang)}
      </td>
      <td>
        <EventTypeBadge type={event.type} />
      </td>
      <td>
        {label ? <code className="event-name">{label}</code> : <span className="muted">—</span>}
      </td>
      <td className="nowrap">
        {event.user_id ??
          (event.anonymous_id ? (
            <span className="muted" title={t('events.stream.anonymous')}>
              {event.anonymous_id}
            </span>
          ) : (
            <span className="muted">—</span>
          ))}
      </td>
      <td>
        {event.group_id ? (
          <code title="groupId">{event.group_id}</code>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
      <SourceCell id={event.source_id} sourceName={sourceName} />
    </tr>
  );
}

function RejectedRow({
  row,
  open,
  onToggle,
  sourceName,
}: {
  row: StreamRow & { kind: 'rejected' };
  open: boolean;
  onToggle: () => void;
  sourceName: ReadonlyMap<number, string>;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const rejection: StreamRejection = row.data;
  return (
    <tr className="row-rejected" data-testid="stream-row" data-kind="rejected">
      <ExpandButton open={open} onToggle={onToggle} />
      <td className="nowrap">{formatClock(row.receivedAt, lang)}</td>
      <td>
        <Badge tone="red" dot>
          {t('events.stream.rejected')}
        </Badge>
      </td>
      <td colSpan={3} className="wrap" data-testid="stream-reason">
        {rejection.field && <code className="reject-field">{rejection.field}</code>}{' '}
        <span className="strong">{rejection.reason}</span>{' '}
        <span className="muted">{t('events.stream.itemIndex', { index: rejection.index })}</span>
      </td>
      <SourceCell id={rejection.source_id} sourceName={sourceName} />
    </tr>
  );
}

function DetailRow({ row }: { row: StreamRow }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const facts: [string, string | number | null | undefined][] =
    row.kind === 'event'
      ? [
          ['messageId', row.data.message_id],
          ['anonymousId', row.data.anonymous_id],
          ['timestamp', formatStamp(row.data.timestamp, lang, 'full')],
          ['receivedAt', formatStamp(row.data.received_at, lang, 'full')],
        ]
      : [
          ['messageId', row.data.message_id],
          ['index', row.data.index],
          ['field', row.data.field],
        ];
  return (
    <tr
      className={`row-detail ${row.kind === 'rejected' ? 'row-rejected' : ''}`}
      data-testid="stream-detail"
    >
      <td />
      <td colSpan={6}>
        <dl className="detail-facts">
          {facts.map(([key, value]) => (
            <div key={key}>
              <dt>{t(`events.stream.fact.${key}`)}</dt>
              <dd>{value == null || value === '' ? '—' : <code>{value}</code>}</dd>
            </div>
          ))}
        </dl>
        {row.kind === 'event' && row.data.properties && (
          <>
            <div className="detail-label">{t('events.stream.properties')}</div>
            <pre className="json" data-testid="stream-properties">
              {JSON.stringify(row.data.properties, null, 2)}
            </pre>
          </>
        )}
        {row.kind === 'event' && row.data.traits && (
          <>
            <div className="detail-label">{t('events.stream.traits')}</div>
            <pre className="json" data-testid="stream-traits">
              {JSON.stringify(row.data.traits, null, 2)}
            </pre>
          </>
        )}
      </td>
    </tr>
  );
}
