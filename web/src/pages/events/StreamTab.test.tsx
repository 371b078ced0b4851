// The live stream against a fake EventSource: newest first, rejections marked, pause / resume /
// clear, at most 500 rows, the source filter in the stream's address, traits of identify calls.
// (Only admins get this tab: EventsPage.test.tsx.)
import { act } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { flush, click, renderPage, type Rendered } from '../../test/harness';
import { StreamTab } from './StreamTab';

class FakeEventSource {
  static readonly CLOSED = 2;
  static instances: FakeEventSource[] = [];
  readonly url: string;
  readyState = 0;
  onopen: ((event: Event) => void) | null = null;
  onerror: ((event: Event) => void) | null = null;
  private listeners = new Map<string, Set<(event: MessageEvent) => void>>();

  constructor(url: string) {
    this.url = url;
    FakeEventSource.instances.push(this);
  }
  addEventListener(type: string, listener: (event: MessageEvent) => void) {
    if (!this.listeners.has(type)) this.listeners.set(type, new Set());
    this.listeners.get(type)!.add(listener);
  }
  removeEventListener(type: string, listener: (event: MessageEvent) => void) {
    this.listeners.get(type)?.delete(listener);
  }
  close() {
    this.readyState = FakeEventSource.CLOSED;
  }
  open() {
    this.readyState = 1;
    this.onopen?.(new Event('open'));
  }
  emit(type: 'event' | 'rejected', data: unknown) {
    for (const listener of this.listeners.get(type) ?? [])
      listener(new MessageEvent(type, { data: JSON.stringify(data) }));
  }
}

const sources = [
  {
    id: 1,
    name: 'Web アプリ',
    key_prefix: 'bsk_a',
    created_at: '',
    revoked_at: null,
    rate_limit_per_second: 1000,
    events_received: 0,
    last_event_at: null,
  },
  {
    id: 2,
    name: 'モバイル',
    key_prefix: 'bsk_b',
    created_at: '',
    revoked_at: null,
    rate_limit_per_second: 1000,
    events_received: 0,
    last_event_at: null,
  },
];
function event(n: number) {
  return {
    source_id: 1,
    type: 'track',
    event: `event_${n}`,
    name: null,
    user_id: `u${n}`,
    anonymous_id: null,
    group_id: null,
    timestamp: '2026-11-23T10:15:00.000Z',
    received_at: '2026-11-23T10:15:00.100Z',
    message_id: `m${n}`,
    properties: { 形式: 'CSV', n },
  };
}
const answer = (call: { url: URL }) =>
  call.url.pathname === '/api/v1/sources' ? { body: { data: sources } } : undefined;

let page: Rendered;
const last = () => FakeEventSource.instances.at(-1)!;
const rows = () =>
  page
    .allByTestId('stream-row')
    .map((r) => r.getAttribute('data-message-id') ?? r.getAttribute('data-kind'));
async function emit(type: 'event' | 'rejected', data: unknown) {
  await act(async () => last().emit(type, data));
}

beforeEach(() => {
  vi.useFakeTimers();
  FakeEventSource.instances = [];
});
afterEach(() => {
  page.unmount();
  vi.useRealTimers();
});

describe('StreamTab', () => {
  beforeEach(() => vi.stubGlobal('EventSource', FakeEventSource));

  it('connects, then shows events newest first and rejections marked', async () => {
    page = await renderPage(<StreamTab />, { answer });
    expect(last().url).toBe('/api/v1/events/stream');
    expect(page.byTestId('stream-status')!.getAttribute('data-state')).toBe('connecting');
    await act(async () => last().open());
    expect(page.byTestId('stream-status')!.getAttribute('data-state')).toBe('open');

    await emit('event', event(1));
    await emit('rejected', {
      source_id: 1,
      index: 3,
      field: 'event',
      reason: 'required for track',
      message_id: null,
    });
    await emit('event', event(2));
    await flush(150);
    expect(rows()).toEqual(['m2', 'rejected', 'm1']);
    const rejected = page.container.querySelector('[data-kind="rejected"]')!;
    expect(rejected.className).toContain('row-rejected');
    expect(rejected.textContent).toContain('required for track');
    expect(page.byTestId('stream-counts')!.textContent).toBe('2 received · 1 rejected');

    await click(page.allByTestId('stream-expand')[0]!);
    expect(JSON.parse(page.byTestId('stream-properties')!.textContent!)).toEqual({
      形式: 'CSV',
      n: 2,
    });
  });

  it('holds rows while paused, shows them on resume, and clears', async () => {
    page = await renderPage(<StreamTab />, { answer });
    await emit('event', event(1));
    await flush(150);
    await click(page.byTestId('stream-pause'));
    await emit('event', event(2));
    await flush(150);
    expect(rows()).toEqual(['m1']);
    expect(page.byTestId('stream-paused')!.textContent).toContain('New rows waiting: 1 ');
    await click(page.byTestId('stream-pause'));
    expect(rows()).toEqual(['m2', 'm1']);
    await click(page.byTestId('stream-clear'));
    expect(rows()).toEqual([]);
    expect(page.byTestId('stream-counts')!.textContent).toBe('0 received · 0 rejected');
  });

  it('keeps the newest 500 rows', async () => {
    page = await renderPage(<StreamTab />, { answer });
    await act(async () => {
      for (let n = 1; n <= 620; n++) last().emit('event', event(n));
    });
    await flush(150);
    const shown = rows();
    expect(shown).toHaveLength(500);
    expect(shown[0]).toBe('m620');
    expect(shown.at(-1)).toBe('m121');
    expect(page.byTestId('stream-counts')!.textContent).toBe('620 received · 0 rejected');
  }, 20_000); // 500 table rows in jsdom: seconds on a busy machine

  it('lets an admin choose a source: the stream reconnects with source_id', async () => {
    page = await renderPage(<StreamTab />, {
      answer,
      path: '/events/stream?source=2',
      route: '/events/stream',
    });
    expect(last().url).toBe('/api/v1/events/stream?source_id=2');
    const select = page.byTestId<HTMLSelectElement>('stream-source')!;
    expect([...select.options].map((o) => o.textContent)).toEqual([
      'All sources',
      'Web アプリ',
      'モバイル',
    ]);
    const first = last();
    await act(async () => {
      select.value = '1';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(first.readyState).toBe(FakeEventSource.CLOSED);
    expect(last().url).toBe('/api/v1/events/stream?source_id=1');
  });

  it('shows identify, group and alias calls: groupId in its column, traits in the details', async () => {
    page = await renderPage(<StreamTab />, { answer });
    const base = {
      source_id: 1,
      event: null,
      name: null,
      user_id: 'u7',
      anonymous_id: null,
      timestamp: '2026-11-23T10:15:00.000Z',
      received_at: '2026-11-23T10:15:00.100Z',
    };
    await emit('event', {
      ...base,
      type: 'group',
      group_id: '001DEMO00000001',
      traits: { name: '株式会社あおぞら' },
      message_id: 'g1',
    });
    await emit('event', {
      ...base,
      type: 'identify',
      group_id: null,
      traits: { email: 'sato@example.jp', name: '佐藤 花子' },
      message_id: 'i1',
    });
    await emit('event', { ...base, type: 'alias', group_id: null, message_id: 'a1' });
    await flush(150);
    expect(rows()).toEqual(['a1', 'i1', 'g1']);
    const [alias, identify, group] = page.allByTestId('stream-row');
    expect(alias!.textContent).toContain('Alias');
    expect(identify!.textContent).toContain('Identify');
    expect(group!.textContent).toContain('001DEMO00000001');
    await click(identify!.querySelector('[data-testid="stream-expand"]'));
    expect(JSON.parse(page.byTestId('stream-traits')!.textContent!)).toEqual({
      email: 'sato@example.jp',
      name: '佐藤 花子',
    });
    expect(page.byTestId('stream-properties')).toBeNull();
  });

  it('offers to reconnect when the server closes the stream', async () => {
    page = await renderPage(<StreamTab />, { answer });
    await act(async () => {
      last().close();
      last().onerror?.(new Event('error'));
    });
    expect(page.byTestId('stream-status')!.getAttribute('data-state')).toBe('closed');
    const count = FakeEventSource.instances.length;
    await click(page.byTestId('stream-reconnect'));
    expect(FakeEventSource.instances.length).toBe(count + 1);
  });
});
