// The events page's tabs: the live stream (raw traits, personal data) is for admins only; other
// roles see no stream tab, and its address opens no stream.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { renderPage, type Rendered } from '../../test/harness';
import { EventsPage } from './EventsPage';

vi.mock('../../components/EChart', () => ({
  CHART_AXIS: { line: {}, label: {}, valueLabel: {}, split: {} },
  EChart: ({ testId }: { testId: string }) => <div data-testid={testId} />,
}));

const opened: string[] = [];
class FakeEventSource {
  static readonly CLOSED = 2;
  readyState = 0;
  onopen = null;
  onerror = null;
  constructor(url: string) {
    opened.push(url);
  }
  addEventListener() {}
  removeEventListener() {}
  close() {}
}

const answer = (call: { url: URL }) => {
  if (call.url.pathname === '/api/v1/sources') return { body: { data: [] } };
  if (call.url.pathname === '/api/v1/events/catalog') return { body: [] };
  if (call.url.pathname === '/api/v1/events/volume')
    return { body: { from: '2026-11-01', to: '2026-11-30', name: null, days: [] } };
  return undefined;
};

let page: Rendered;
beforeEach(() => {
  opened.length = 0;
  vi.stubGlobal('EventSource', FakeEventSource);
});
afterEach(() => page.unmount());
const tabs = () => [...page.container.querySelectorAll<HTMLElement>('[role="tab"]')];

describe('EventsPage', () => {
  it('gives admins the live stream tab', async () => {
    page = await renderPage(<EventsPage tab="stream" />, { answer });
    expect(tabs().map((tab) => tab.getAttribute('data-testid'))).toEqual([
      'events-tab-catalog',
      'events-tab-features',
      'events-tab-stream',
    ]);
    expect(page.byTestId('stream')).not.toBeNull();
    expect(opened).toEqual(['/api/v1/events/stream']);
  });

  it.each(['manager', 'csm', 'marketer', 'viewer'] as const)(
    'hides the live stream from a %s, and opens no stream at its address',
    async (role) => {
      page = await renderPage(<EventsPage tab="stream" />, { answer, role });
      expect(tabs().map((tab) => tab.getAttribute('data-testid'))).toEqual([
        'events-tab-catalog',
        'events-tab-features',
      ]);
      expect(page.byTestId('stream')).toBeNull();
      expect(page.byTestId('stream-admin-only')!.textContent).toContain(
        'Only admins can watch the live stream',
      );
      expect(page.container.textContent).not.toContain('Disconnected');
      expect(opened).toEqual([]);
      expect(page.calls.some((c) => c.url.pathname === '/api/v1/sources')).toBe(false);
    },
  );
});
