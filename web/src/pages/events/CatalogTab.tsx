// The event catalogue (searchable, sortable) and the daily volume of one event or of all.
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router-dom';
import { api, type CatalogEvent, type EventType } from '../../api';
import { Badge, type Tone } from '../../components/Badges';
import { Icon } from '../../components/Icon';
import { RangePicker, readRange } from '../../components/RangePicker';
import { Empty, ErrorBanner, Skeleton } from '../../components/States';
import { formatDateTime, formatNumber, formatRelativeTime } from '../../lib/format';
import { useAsync } from '../../lib/useAsync';
import { fillDays, lastDays, type RangeDays } from '../../lib/usage';
import {
  filterCatalog,
  nextSort,
  sortCatalog,
  type CatalogSort,
  type CatalogSortField,
} from './catalog';
import { VolumeChart } from './VolumeChart';

const TYPE_TONE: Record<EventType, Tone> = { track: 'indigo', page: 'teal', screen: 'violet' };

/** Track event names, alphabetical: what has a volume of its own and can be mapped to a feature. */
export function trackNames(catalog: readonly CatalogEvent[]): string[] {
  return catalog
    .filter((e) => e.type === 'track')
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b, 'en'));
}

export function EventTypeBadge({ type }: { type: string }) {
  const { t } = useTranslation();
  return (
    <Badge tone={TYPE_TONE[type as EventType] ?? 'gray'}>
      {t(`enum.eventType.${type}`, { defaultValue: type })}
    </Badge>
  );
}

export function CatalogTab() {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  const [params, setParams] = useSearchParams();
  const range = readRange(params.get('range'));
  const selected = params.get('event') || null;
  const [text, setText] = useState('');
  const [sort, setSort] = useState<CatalogSort>({ field: 'count', desc: true });

  function update(key: string, value: string | null) {
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (value === null || value === '') next.delete(key);
        else next.set(key, value);
        return next;
      },
      { replace: true },
    );
  }

  const catalog = useAsync((signal) => api.eventCatalog(signal), []);
  const dates = useMemo(() => lastDays(range), [range]);
  const volume = useAsync(
    (signal) => api.eventVolume(dates.from, dates.to, selected, signal),
    [dates.from, dates.to, selected],
  );
  const days = useMemo(
    () => (volume.data ? fillDays(volume.data.days, dates, (date) => ({ date, count: 0 })) : []),
    [volume.data, dates],
  );
  const total = days.reduce((sum, d) => sum + d.count, 0);

  const rows = useMemo(
    () => sortCatalog(filterCatalog(catalog.data ?? [], text), sort, lang),
    [catalog.data, text, sort, lang],
  );
  // The server counts volume per name for track events only (page and screen views only in the total).
  const names = useMemo(() => trackNames(catalog.data ?? []), [catalog.data]);

  return (
    <div className="stack">
      <section className="card" data-testid="volume-card">
        <div className="card-head">
          <div>
            <h2 className="card-head-title">{t('events.volume.title')}</h2>
            <div className="card-head-sub" data-testid="volume-total">
              {selected ? <code>{selected}</code> : t('events.volume.allEvents')} ·{' '}
              {t('events.volume.total', { count: total })}
            </div>
          </div>
          <div className="card-head-tools">
            <select
              className="select"
              value={selected ?? ''}
              onChange={(e) => update('event', e.target.value)}
              aria-label={t('events.volume.event')}
              data-testid="volume-event"
            >
              <option value="">{t('events.volume.allEvents')}</option>
              {selected && !names.includes(selected) && (
                <option value={selected}>{selected}</option>
              )}
              {names.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
            <RangePicker
              value={range}
              onChange={(d: RangeDays) => update('range', d === 30 ? null : String(d))}
              testId="volume-range"
            />
          </div>
        </div>
        <ErrorBanner error={volume.error} onRetry={volume.reload} />
        {!volume.error && <VolumeChart days={days} loading={volume.loading} />}
      </section>

      <section className="card">
        <div className="toolbar">
          <label className="search">
            <Icon name="search" size={16} />
            <input
              type="search"
              value={text}
              placeholder={t('events.catalog.searchPlaceholder')}
              aria-label={t('events.catalog.search')}
              onChange={(e) => setText(e.target.value)}
              data-testid="catalog-search"
            />
          </label>
          <div className="toolbar-spacer" />
          {catalog.data && (
            <span className="count" data-testid="catalog-count">
              {text.trim()
                ? t('events.catalog.countFiltered', {
                    shown: rows.length,
                    total: catalog.data.length,
                  })
                : t('events.catalog.count', { count: catalog.data.length })}
            </span>
          )}
        </div>
        <ErrorBanner error={catalog.error} onRetry={catalog.reload} />
        {!catalog.data && !catalog.error && <Skeleton rows={6} />}
        {catalog.data && catalog.data.length === 0 && (
          <Empty
            icon="activity"
            title={t('events.catalog.empty')}
            hint={t('events.catalog.emptyHint')}
          />
        )}
        {catalog.data && catalog.data.length > 0 && (
          <div className="table-wrap">
            <table className="table table-hover" data-testid="catalog-table">
              <thead>
                <tr>
                  <CatalogHeader field="name" sort={sort} onSort={setSort} />
                  <CatalogHeader field="type" sort={sort} onSort={setSort} />
                  <CatalogHeader field="feature" sort={sort} onSort={setSort} />
                  <CatalogHeader field="count" sort={sort} onSort={setSort} numeric />
                  <CatalogHeader field="first_seen" sort={sort} onSort={setSort} />
                  <CatalogHeader field="last_seen" sort={sort} onSort={setSort} />
                </tr>
              </thead>
              <tbody>
                {rows.map((event) => (
                  <CatalogRow
                    key={`${event.type}:${event.name}`}
                    event={event}
                    selected={event.type === 'track' && event.name === selected}
                    onSelect={() => update('event', event.name === selected ? null : event.name)}
                  />
                ))}
              </tbody>
            </table>
            {rows.length === 0 && <Empty icon="search" title={t('events.catalog.noMatch')} />}
          </div>
        )}
      </section>
    </div>
  );
}

function CatalogRow({
  event,
  selected,
  onSelect,
}: {
  event: CatalogEvent;
  selected: boolean;
  onSelect: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.resolvedLanguage ?? 'en';
  // Only track events have a volume of their own and a feature (page and screen views have neither).
  const isTrack = event.type === 'track';
  return (
    <tr
      className={isTrack ? `row-link ${selected ? 'row-selected' : ''}` : undefined}
      onClick={isTrack ? onSelect : undefined}
      aria-selected={isTrack ? selected : undefined}
      title={isTrack ? t('events.catalog.showVolume') : undefined}
      data-testid="catalog-row"
      data-name={event.name}
      data-type={event.type}
    >
      <td>
        <code className="event-name">{event.name}</code>
      </td>
      <td>
        <EventTypeBadge type={event.type} />
      </td>
      <td>
        {event.feature ? (
          <span className="feature-name">{event.feature}</span>
        ) : isTrack ? (
          <span className="muted">{t('events.catalog.noFeature')}</span>
        ) : (
          <span className="muted" title={t('events.catalog.trackOnly')}>
            —
          </span>
        )}
      </td>
      <td className="num strong">{formatNumber(event.count, lang)}</td>
      <td className="nowrap">{formatDateTime(event.first_seen, lang)}</td>
      <td>
        <div className="date-cell">
          <span>{formatRelativeTime(event.last_seen, lang)}</span>
          <span className="relative">{formatDateTime(event.last_seen, lang)}</span>
        </div>
      </td>
    </tr>
  );
}

function CatalogHeader({
  field,
  sort,
  onSort,
  numeric = false,
}: {
  field: CatalogSortField;
  sort: CatalogSort;
  onSort: (sort: CatalogSort) => void;
  numeric?: boolean;
}) {
  const { t } = useTranslation();
  const active = sort.field === field;
  return (
    <th
      className={numeric ? 'num' : undefined}
      aria-sort={active ? (sort.desc ? 'descending' : 'ascending') : 'none'}
    >
      <button
        type="button"
        className={`sort ${active ? 'sort-active' : ''}`}
        onClick={() => onSort(nextSort(sort, field))}
        data-testid={`catalog-sort-${field}`}
      >
        {t(`events.catalog.col.${field}`)}
        <Icon name={active ? (sort.desc ? 'arrowDown' : 'arrowUp') : 'sort'} size={13} />
      </button>
    </th>
  );
}
