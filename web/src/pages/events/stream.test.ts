import { describe, expect, it } from 'vitest';
import type { StreamEvent } from '../../api';
import {
  MAX_STREAM_ROWS,
  initialStream,
  parseStreamMessage,
  streamEventLabel,
  streamReducer,
  type Incoming,
  type StreamState,
} from './stream';

function event(n: number, extra: Partial<StreamEvent> = {}): Incoming {
  return {
    kind: 'event',
    data: {
      source_id: 1,
      type: 'track',
      event: `e${n}`,
      name: null,
      user_id: 'u1',
      anonymous_id: null,
      group_id: null,
      timestamp: '2026-11-23T10:15:00.000Z',
      received_at: '2026-11-23T10:15:00.100Z',
      message_id: `m${n}`,
      properties: {},
      ...extra,
    },
  };
}
const rejected = (index: number): Incoming => ({
  kind: 'rejected',
  data: { source_id: 1, index, field: 'event', reason: 'required', message_id: null },
  receivedAt: '2026-11-23T10:15:01.000Z',
});
const order = (state: StreamState, list: 'rows' | 'pending' = 'rows') =>
  state[list].map((row) =>
    row.kind === 'event' ? Number(row.data.message_id.slice(1)) : `r${row.data.index}`,
  );

function receive(state: StreamState, items: Incoming[]): StreamState {
  return streamReducer(state, { type: 'receive', items });
}

describe('the live stream reducer', () => {
  it('shows the newest first, events and rejections alike, and counts both', () => {
    let state = receive(initialStream, [event(1), event(2)]);
    state = receive(state, [rejected(3), event(4)]);
    expect(order(state)).toEqual([4, 'r3', 2, 1]);
    expect(state.received).toBe(3);
    expect(state.rejected).toBe(1);
    expect(new Set(state.rows.map((r) => r.key)).size).toBe(4);
  });

  it(`keeps at most ${MAX_STREAM_ROWS} rows, dropping the oldest, and still counts everything`, () => {
    let state = initialStream;
    for (let batch = 0; batch < 6; batch++)
      state = receive(
        state,
        Array.from({ length: 100 }, (_, i) => event(batch * 100 + i + 1)),
      );
    expect(state.rows).toHaveLength(MAX_STREAM_ROWS);
    expect(order(state)[0]).toBe(600);
    expect(order(state).at(-1)).toBe(101);
    expect(state.received).toBe(600);
    // One batch larger than the limit keeps only its newest rows.
    state = receive(
      state,
      Array.from({ length: 700 }, (_, i) => event(1000 + i)),
    );
    expect(state.rows).toHaveLength(MAX_STREAM_ROWS);
    expect(order(state)[0]).toBe(1699);
    expect(order(state).at(-1)).toBe(1200);
  });

  it('holds new rows aside while paused and shows them, newest first, on resume', () => {
    let state = receive(initialStream, [event(1)]);
    state = streamReducer(state, { type: 'pause' });
    state = receive(state, [event(2), rejected(3)]);
    expect(order(state)).toEqual([1]);
    expect(order(state, 'pending')).toEqual(['r3', 2]);
    expect(state.rejected).toBe(1);
    state = streamReducer(state, { type: 'resume' });
    expect(state.paused).toBe(false);
    expect(order(state)).toEqual(['r3', 2, 1]);
    expect(state.pending).toEqual([]);
  });

  it(`bounds what waits while paused to ${MAX_STREAM_ROWS} too`, () => {
    let state = receive(
      initialStream,
      Array.from({ length: 300 }, (_, i) => event(i + 1)),
    );
    state = streamReducer(state, { type: 'pause' });
    state = receive(
      state,
      Array.from({ length: 800 }, (_, i) => event(1000 + i)),
    );
    expect(state.pending).toHaveLength(MAX_STREAM_ROWS);
    state = streamReducer(state, { type: 'resume' });
    expect(state.rows).toHaveLength(MAX_STREAM_ROWS);
    expect(order(state)[0]).toBe(1799);
    expect(order(state).at(-1)).toBe(1300);
  });

  it('clears rows, waiting rows and counts, but stays paused and keeps keys unique', () => {
    let state = receive(initialStream, [event(1)]);
    state = streamReducer(state, { type: 'pause' });
    state = receive(state, [event(2)]);
    const before = state.nextKey;
    state = streamReducer(state, { type: 'clear' });
    expect(state).toMatchObject({ rows: [], pending: [], paused: true, received: 0, rejected: 0 });
    expect(state.nextKey).toBe(before);
  });

  it('ignores pause when paused, resume when running, and an empty batch', () => {
    const state = receive(initialStream, [event(1)]);
    expect(streamReducer(state, { type: 'resume' })).toBe(state);
    expect(receive(state, [])).toBe(state);
    const paused = streamReducer(state, { type: 'pause' });
    expect(streamReducer(paused, { type: 'pause' })).toBe(paused);
  });
});

describe('stream messages', () => {
  it('reads an accepted event; properties and traits only when sent', () => {
    const data = JSON.stringify({
      source_id: 2,
      type: 'page',
      event: null,
      name: '料金プラン',
      user_id: null,
      anonymous_id: 'a1',
      group_id: null,
      timestamp: 't',
      received_at: 't',
      message_id: 'm',
    });
    const item = parseStreamMessage('event', data);
    expect(item?.kind).toBe('event');
    if (item?.kind !== 'event') return;
    expect(item.data.properties).toBeUndefined();
    expect(item.data.traits).toBeUndefined();
    expect(streamEventLabel(item.data)).toBe('料金プラン');
  });

  it('reads identify, group and alias messages (no name; traits, groupId)', () => {
    const base = {
      source_id: 1,
      event: null,
      name: null,
      user_id: 'u1',
      anonymous_id: null,
      timestamp: 't',
      received_at: 't',
    };
    const group = parseStreamMessage(
      'event',
      JSON.stringify({
        ...base,
        type: 'group',
        group_id: '001DEMO00000001',
        traits: { name: '株式会社あおぞら' },
        message_id: 'g',
      }),
    );
    expect(group).toEqual({
      kind: 'event',
      data: {
        ...base,
        type: 'group',
        group_id: '001DEMO00000001',
        traits: { name: '株式会社あおぞら' },
        message_id: 'g',
      },
    });
    const identify = parseStreamMessage(
      'event',
      JSON.stringify({
        ...base,
        type: 'identify',
        group_id: null,
        traits: { email: 'sato@example.jp' },
        properties: 'odd',
        message_id: 'i',
      }),
    );
    if (identify?.kind !== 'event') throw new Error('not read');
    expect(identify.data.traits).toEqual({ email: 'sato@example.jp' });
    expect(identify.data.properties).toBeUndefined(); // not an object: dropped
    expect(streamEventLabel(identify.data)).toBeNull();
    const alias = parseStreamMessage(
      'event',
      JSON.stringify({ ...base, type: 'alias', group_id: null, message_id: 'a' }),
    );
    expect(alias?.kind).toBe('event');
  });

  it('reads a rejection and stamps when it arrived', () => {
    const now = new Date('2026-11-23T10:15:00.000Z');
    const item = parseStreamMessage(
      'rejected',
      '{"source_id":1,"index":3,"field":"event","reason":"required","message_id":null}',
      now,
    );
    expect(item).toEqual({
      kind: 'rejected',
      data: { source_id: 1, index: 3, field: 'event', reason: 'required', message_id: null },
      receivedAt: '2026-11-23T10:15:00.000Z',
    });
  });

  it('drops what it cannot read', () => {
    expect(parseStreamMessage('event', 'not json')).toBeNull();
    expect(parseStreamMessage('event', '[1,2]')).toBeNull();
    expect(parseStreamMessage('event', '{"message_id":"m1"}')).toBeNull();
    expect(parseStreamMessage('rejected', '{"index":1}')).toBeNull();
    expect(parseStreamMessage('ping', '{"type":"track"}')).toBeNull();
  });

  it('names a track event by its event, a page by its name', () => {
    const track = (event(1) as Incoming & { kind: 'event' }).data;
    expect(streamEventLabel(track)).toBe('e1');
    expect(streamEventLabel({ ...track, event: null, name: null })).toBeNull();
  });
});
