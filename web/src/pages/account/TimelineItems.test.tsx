// A support ticket on the timeline: its subject, priority and status in the user's words, and
// when it was solved. A health band change: from → to, why, and the measures that moved it.
import { afterEach, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../api';
import { renderPage, type Rendered } from '../../test/harness';
import { TimelineItem } from './TimelineItems';

const ticketEntry = (overrides: Partial<Extract<TimelineEntry, { type: 'ticket' }>['item']> = {}) =>
  ({
    type: 'ticket',
    occurred_at: '2026-10-05T01:30:00Z',
    item: {
      id: 7,
      version: 1,
      external_id: 'zd-1001',
      account_id: 12,
      contact_id: null,
      subject: 'ログインできない',
      priority: 'urgent',
      status: 'solved',
      opened_at: '2026-10-05T01:30:00Z',
      solved_at: '2026-10-06T03:00:00Z',
      created_at: '2026-10-05T01:30:00Z',
      updated_at: '2026-10-06T03:00:00Z',
      ...overrides,
    },
  }) satisfies TimelineEntry;

let page: Rendered | undefined;
afterEach(() => page?.unmount());

describe('a ticket on the timeline', () => {
  const render = (entry: TimelineEntry, lang: 'ja' | 'en') =>
    renderPage(
      <ul>
        <TimelineItem entry={entry} onEdit={() => {}} onDeleted={() => {}} />
      </ul>,
      { answer: () => undefined, lang },
    );

  it('says what was asked, how urgent it was and when it was solved, in Japanese', async () => {
    page = await render(ticketEntry(), 'ja');
    const text = page.byTestId('timeline-item')!.textContent!;
    expect(text).toContain('サポートチケット');
    expect(text).toContain('ログインできない');
    expect(text).toContain('緊急');
    expect(text).toContain('解決済み');
    expect(text).toContain('に解決');
  });

  it('and in English; an open ticket has no solved line', async () => {
    page = await render(
      ticketEntry({ status: 'pending', priority: 'normal', solved_at: null }),
      'en',
    );
    const text = page.byTestId('timeline-item')!.textContent!;
    expect(text).toContain('Support ticket');
    expect(text).toContain('Pending');
    expect(text).toContain('Normal');
    expect(text).not.toContain('Solved');
  });
});

const bandChange = {
  type: 'health_band_change',
  occurred_at: '2026-09-09T00:00:00Z',
  item: {
    id: 496,
    account_id: 12,
    from: 'yellow',
    to: 'red',
    at: '2026-09-09T00:00:00Z',
    cause: 'score',
    score: 38.46,
    moved_by: [
      { measure: 'open_tickets', points_before: 28.3, points: 12.1, raw: 4 },
      { measure: 'nps_latest', points_before: 17.69, points: 15.5, raw: 6 },
    ],
  },
} satisfies TimelineEntry;

describe('a health band change on the timeline', () => {
  const render = (entry: TimelineEntry, lang: 'ja' | 'en') =>
    renderPage(
      <ul>
        <TimelineItem entry={entry} onEdit={() => {}} onDeleted={() => {}} />
      </ul>,
      { answer: () => undefined, lang },
    );

  it('says from which band to which, why, and the measures that moved it, in Japanese', async () => {
    page = await render(bandChange, 'ja');
    expect(page.byTestId('timeline-band-change')!.textContent).toBe('ヘルス：黄 → 赤');
    expect(page.byTestId('timeline-band-change')!.className).toContain('badge-red');
    const text = page.byTestId('timeline-item')!.textContent!;
    expect(text).toContain('スコアの変化');
    expect(text).toContain('スコア 38.5');
    expect(page.byTestId('timeline-band-moved')!.textContent).toContain('28.3 → 12.1');
  });

  it('and in English; a band set by hand names no measure', async () => {
    page = await render(
      {
        ...bandChange,
        item: { ...bandChange.item, from: null, to: 'green', cause: 'override', moved_by: [] },
      },
      'en',
    );
    expect(page.byTestId('timeline-band-change')!.textContent).toBe('Health: None → Green');
    expect(page.byTestId('timeline-item')!.textContent).toContain('Set by hand');
    expect(page.byTestId('timeline-band-moved')).toBeNull();
  });
});
