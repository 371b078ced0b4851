// The live event stream's memory: newest first, at most MAX_STREAM_ROWS rows kept; while paused,
// new rows wait aside (under the same bound) until resumed. Messages arrive in batches (the page
// gathers them for a moment, so that a busy stream is not one render per event).
import type { StreamEvent, StreamRejection } from '../../api';

export const MAX_STREAM_ROWS = 500;

export type Incoming =
  | { kind: 'event'; data: StreamEvent }
  | { kind: 'rejected'; data: StreamRejection; receivedAt: string };
export type StreamRow = Incoming & { key: number };

export interface StreamState {
  /** Shown, newest first. */
  rows: StreamRow[];
  /** Arrived while paused, newest first; shown on resume. */
  pending: StreamRow[];
  paused: boolean;
  /** Counts since the page opened (or the last clear), however many rows were let go. */
  received: number;
  rejected: number;
  nextKey: number;
}

export type StreamAction =
  | { type: 'receive'; items: Incoming[] }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'clear' };

export const initialStream: StreamState = {
  rows: [],
  pending: [],
  paused: false,
  received: 0,
  rejected: 0,
  nextKey: 1,
};

/** `newest` (newest first) in front of `rows`, cut to MAX_STREAM_ROWS. */
function prepend(newest: StreamRow[], rows: StreamRow[]): StreamRow[] {
  const head = newest.length > MAX_STREAM_ROWS ? newest.slice(0, MAX_STREAM_ROWS) : newest;
  return head.concat(rows.slice(0, MAX_STREAM_ROWS - head.length));
}

export function streamReducer(state: StreamState, action: StreamAction): StreamState {
  switch (action.type) {
    case 'receive': {
      if (action.items.length === 0) return state;
      // Arrival order in; newest first out.
      const newest = action.items
        .map((item, i) => ({ ...item, key: state.nextKey + i }) as StreamRow)
        .reverse();
      const rejected = action.items.filter((item) => item.kind === 'rejected').length;
      const counts = {
        received: state.received + action.items.length - rejected,
        rejected: state.rejected + rejected,
        nextKey: state.nextKey + action.items.length,
      };
      return state.paused
        ? { ...state, ...counts, pending: prepend(newest, state.pending) }
        : { ...state, ...counts, rows: prepend(newest, state.rows) };
    }
    case 'pause':
      return state.paused ? state : { ...state, paused: true };
    case 'resume':
      return state.paused
        ? { ...state, paused: false, pending: [], rows: prepend(state.pending, state.rows) }
        : state;
    case 'clear':
      return { ...initialStream, paused: state.paused, nextKey: state.nextKey };
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** One server-sent message (its `event:` kind and `data:`) as a row to add; null if not one we know. */
export function parseStreamMessage(
  kind: string,
  data: string,
  now: Date = new Date(),
): Incoming | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data);
  } catch {
    return null;
  }
  if (!isObject(parsed)) return null;
  if (kind === 'event' && typeof parsed.type === 'string') {
    // properties and traits come only when the message had them; anything else there is dropped.
    const { properties, traits, ...rest } = parsed;
    const data = {
      ...rest,
      ...(isObject(properties) && { properties }),
      ...(isObject(traits) && { traits }),
    };
    return { kind: 'event', data: data as unknown as StreamEvent };
  }
  if (kind === 'rejected' && typeof parsed.reason === 'string') {
    return {
      kind: 'rejected',
      data: parsed as unknown as StreamRejection,
      receivedAt: now.toISOString(),
    };
  }
  return null;
}

/** What the message is called: a track event's name, else a page's or screen's name (identify, group and alias have none). */
export function streamEventLabel(event: StreamEvent): string | null {
  return event.event ?? event.name ?? null;
}
