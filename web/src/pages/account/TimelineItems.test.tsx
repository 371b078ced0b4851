// A support ticket on the timeline: its subject, priority and status in the user's words, and
// when it was solved.
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
