// The account list against a fake /api: debounced search into ?q=, filters, cursor paging.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { StagesProvider } from '../../components/StagesContext';
import i18n from '../../i18n';
import { stagesFixture } from '../../test/journeyFixtures';
import { AccountListPage } from './AccountListPage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const account = (id: number, name: string) => ({
  id,
  version: 1,
  name,
  name_kana: null,
  external_id: null,
  domain: null,
  industry: null,
  employee_band: null,
  country: 'JP',
  currency: 'JPY',
  owner_id: null,
  owner_name: null,
  tier_override: null,
  tier: 'tech_touch',
  journey_stage: 'adopting',
  journey_stage_since: '2026-01-01T00:00:00Z',
  moment_of_truth: 'smot',
  start_date: null,
  renewal_date: null,
  custom_attributes: {},
  arr_minor: 1000,
  created_at: '',
  updated_at: '',
});

let container: HTMLDivElement;
let root: Root;
let calls: URL[];

function answer(url: URL) {
  if (url.pathname === '/api/v1/journey/stages') return { data: stagesFixture() };
  if (url.pathname === '/api/v1/users')
    return { data: [{ id: 3, email: 'sato@x', name: '佐藤 花子', role: 'csm' }] };
  const cursor = url.searchParams.get('cursor');
  if (url.searchParams.get('q') === 'ばんそう')
    return { data: [account(9, '株式会社ばんそう')], total: 1, next_cursor: null };
  if (!cursor) return { data: [account(1, 'A社')], total: 3, next_cursor: 'c2' };
  if (cursor === 'c2') return { data: [account(2, 'B社')], total: 3, next_cursor: 'c3' };
  return { data: [account(3, 'C社')], total: 3, next_cursor: null };
}

async function flush(ms = 0) {
  await act(async () => {
    if (ms) vi.advanceTimersByTime(ms);
    for (let i = 0; i < 5; i++) await Promise.resolve();
  });
}

const rows = () =>
  [...container.querySelectorAll('[data-testid="account-row"] .account-name')].map(
    (e) => e.textContent,
  );
const button = (id: string) => container.querySelector<HTMLButtonElement>(`[data-testid="${id}"]`)!;

describe('AccountListPage', () => {
  beforeEach(async () => {
    vi.useFakeTimers();
    await i18n.changeLanguage('en');
    calls = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: string) => {
        const url = new URL(input, 'http://banso.test');
        calls.push(url);
        return new Response(JSON.stringify(answer(url)), { status: 200 });
      }),
    );
    container = document.createElement('div');
    document.body.append(container);
    root = createRoot(container);
    await act(async () => {
      root.render(
        <MemoryRouter initialEntries={['/accounts']}>
          <StagesProvider>
            <Routes>
              <Route path="/accounts" element={<AccountListPage />} />
            </Routes>
          </StagesProvider>
        </MemoryRouter>,
      );
    });
    await flush();
  });

  afterEach(() => {
    act(() => root.unmount());
    container.remove();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('pages forward and back with the cursor stack', async () => {
    expect(rows()).toEqual(['A社']);
    expect(container.querySelector('[data-testid="account-total"]')!.textContent).toBe(
      '3 accounts',
    );
    await act(async () => button('page-next').click());
    await flush();
    expect(rows()).toEqual(['B社']);
    await act(async () => button('page-next').click());
    await flush();
    expect(rows()).toEqual(['C社']);
    expect(button('page-next').disabled).toBe(true);
    await act(async () => button('page-prev').click());
    await flush();
    expect(rows()).toEqual(['B社']);
    const accountCalls = calls
      .filter((u) => u.pathname === '/api/v1/accounts')
      .map((u) => u.searchParams.get('cursor'));
    expect(accountCalls).toEqual([null, 'c2', 'c3', 'c2']);
  });

  it('debounces the search box into q and starts again from the first page', async () => {
    await act(async () => button('page-next').click());
    await flush();
    const input = container.querySelector<HTMLInputElement>('[data-testid="account-search"]')!;
    await act(async () => {
      const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')!.set!;
      setter.call(input, 'ばんそう');
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await flush(100);
    expect(calls.some((u) => u.searchParams.get('q'))).toBe(false); // not yet: debounced
    await flush(400);
    await flush();
    const last = calls.filter((u) => u.pathname === '/api/v1/accounts').at(-1)!;
    expect(last.searchParams.get('q')).toBe('ばんそう');
    expect(last.searchParams.get('cursor')).toBeNull();
    expect(rows()).toEqual(['株式会社ばんそう']);
    expect(container.querySelector('[data-testid="account-table"]')!.getAttribute('data-q')).toBe(
      'ばんそう',
    );
  });

  it('names the stages from the API, grouped by moment of truth, in the filter and the rows', async () => {
    const stage = container.querySelector<HTMLSelectElement>('[data-testid="filter-stage"]')!;
    const groups = [...stage.querySelectorAll('optgroup')];
    expect(groups.map((g) => g.label)).toEqual([
      'ZMOT (searching)',
      'FMOT (choosing, buying)',
      'SMOT (using)',
      'TMOT (renewing, recommending)',
      'Churned',
    ]);
    expect([...groups[3]!.querySelectorAll('option')].map((o) => [o.value, o.textContent])).toEqual(
      [
        ['renewing', 'Renewing'],
        ['expanding', 'Expanding'],
        ['advocating', 'Advocating'],
      ],
    );
    expect(
      container.querySelector('[data-testid="account-row"] [data-testid="stage-badge"]')!
        .textContent,
    ).toBe('AdoptingSMOT');
    await act(async () => i18n.changeLanguage('ja'));
    expect(
      container.querySelector('[data-testid="account-row"] [data-testid="stage-badge"]')!
        .textContent,
    ).toBe('定着・活用SMOT');
    expect(groups[0]!.label).toBe('ZMOT（情報収集）');
  });

  it('sends the filters and the sort', async () => {
    const stage = container.querySelector<HTMLSelectElement>('[data-testid="filter-stage"]')!;
    await act(async () => {
      stage.value = 'renewing';
      stage.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    await act(async () => button('sort-arr').click());
    await flush();
    const last = calls.filter((u) => u.pathname === '/api/v1/accounts').at(-1)!;
    expect(last.searchParams.get('journey_stage')).toBe('renewing');
    expect(last.searchParams.get('sort')).toBe('-arr');
    expect(last.searchParams.get('limit')).toBe('50');
  });
});
