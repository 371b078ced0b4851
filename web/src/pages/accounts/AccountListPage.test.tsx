// The account list against a fake /api: debounced search into ?q=, filters, cursor paging, all
// kept in the address (Back from an account returns to the same page; a copied address reopens
// it), the domain column, the health column with its trend, the tab's title.
import { act } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { MemoryRouter, Route, Routes, useLocation, useNavigate } from 'react-router-dom';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from '../../auth/AuthContext';
import { RevenueSettingsProvider } from '../../components/RevenueSettingsContext';
import { StagesProvider } from '../../components/StagesContext';
import i18n from '../../i18n';
import { revenueSettingsFixture, type as typeInto } from '../../test/harness';
import { stagesFixture } from '../../test/journeyFixtures';
import { AccountListPage } from './AccountListPage';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const account = (id: number, name: string) => ({
  id,
  version: 1,
  name,
  name_kana: null,
  external_id: null,
  domain: `asahi-${id}.example.jp`,
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
  health_score: 38.25,
  health_band: 'red',
  health_trend: [null, null, 55, 48, null, 40, 38.25],
  created_at: '',
  updated_at: '',
});

let container: HTMLDivElement;
let root: Root;
let calls: URL[];

function answer(url: URL) {
  // A viewer: no bulk actions here (BulkActions.test.tsx has them).
  if (url.pathname === '/api/v1/auth/me')
    return {
      user: { id: 1, email: 'v@x', name: 'Viewer', role: 'viewer' },
      csrf_token: 'tok',
      permissions: ['signed_in', 'read_customers'],
    };
  if (url.pathname === '/api/v1/journey/stages') return { data: stagesFixture() };
  if (url.pathname === '/api/v1/settings/revenue') return revenueSettingsFixture;
  if (url.pathname === '/api/v1/users')
    return { data: [{ id: 3, email: 'sato@x', name: '佐藤 花子', role: 'csm' }] };
  const cursor = url.searchParams.get('cursor');
  if (url.searchParams.get('q') === 'ばんそう')
    return { data: [account(9, '株式会社ばんそう')], total: 1, next_cursor: null };
  if (url.searchParams.get('arr_reporting_min'))
    return {
      data: [
        {
          ...account(7, 'Blue Harbor Software Ltd.'),
          currency: 'USD',
          arr_minor: 804_000,
          arr_reporting_minor: 1_215_648,
        },
        { ...account(8, 'Bluebird Media Ltd.'), currency: 'GBP', arr_reporting_minor: null },
      ],
      total: 2,
      next_cursor: null,
    };
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
const accountCalls = () => calls.filter((u) => u.pathname === '/api/v1/accounts');

/** Where the router is, and a way back (as the browser's Back button). */
function Probe() {
  const location = useLocation();
  const navigate = useNavigate();
  return (
    <>
      <output data-testid="address">{location.pathname + location.search}</output>
      <button type="button" data-testid="browser-back" onClick={() => navigate(-1)} />
    </>
  );
}
const address = () => decodeURIComponent(button('address').textContent!);

async function render(path: string) {
  await act(async () => {
    root.render(
      <MemoryRouter initialEntries={[path]}>
        <AuthProvider>
          <StagesProvider>
            <RevenueSettingsProvider>
              <Routes>
                <Route path="/accounts" element={<AccountListPage />} />
                <Route path="/accounts/:id" element={<div data-testid="account-page" />} />
              </Routes>
              <Probe />
            </RevenueSettingsProvider>
          </StagesProvider>
        </AuthProvider>
      </MemoryRouter>,
    );
  });
  await flush();
}

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
    await render('/accounts');
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
    expect(accountCalls().map((u) => u.searchParams.get('cursor'))).toEqual([
      null,
      'c2',
      'c3',
      'c2',
    ]);
  });

  it('keeps the page, search and sort in the address, so Back from an account returns there', async () => {
    await act(async () => button('sort-arr').click());
    await flush();
    await act(async () => button('page-next').click());
    await flush();
    await act(async () => button('page-next').click());
    await flush();
    expect(address()).toBe('/accounts?sort=-arr&cursor=c2&cursor=c3');
    expect(rows()).toEqual(['C社']);
    expect(container.querySelector('[data-testid="page-range"]')!.textContent).toBe('101–101'); // one row on the third page
    // Open an account, then come back as the browser's Back does.
    await act(async () =>
      container.querySelector<HTMLAnchorElement>('[data-testid="account-row"] a')!.click(),
    );
    await flush();
    expect(button('account-page')).not.toBeNull();
    await act(async () => button('browser-back').click());
    await flush();
    expect(rows()).toEqual(['C社']);
    expect(address()).toBe('/accounts?sort=-arr&cursor=c2&cursor=c3');
    const last = accountCalls().at(-1)!;
    expect(last.searchParams.get('cursor')).toBe('c3');
    expect(last.searchParams.get('sort')).toBe('-arr');
    // Previous still knows the page before.
    await act(async () => button('page-prev').click());
    await flush();
    expect(rows()).toEqual(['B社']);
    expect(address()).toBe('/accounts?sort=-arr&cursor=c2');
  });

  it('reopens a copied address as it was: search, filter and page', async () => {
    act(() => root.unmount());
    root = createRoot(container);
    calls = [];
    await render('/accounts?q=%E6%97%AD&tier=high_touch&cursor=c2');
    const first = accountCalls()[0]!;
    expect(first.searchParams.get('q')).toBe('旭');
    expect(first.searchParams.get('tier')).toBe('high_touch');
    expect(first.searchParams.get('cursor')).toBe('c2');
    expect(rows()).toEqual(['B社']);
    expect(container.querySelector<HTMLInputElement>('[data-testid="account-search"]')!.value).toBe(
      '旭',
    );
    expect(button('page-prev').disabled).toBe(false);
    expect(document.title).toBe('“旭” · Accounts · Banso');
  });

  it('starts again from the first page when a filter changes', async () => {
    await act(async () => button('page-next').click());
    await flush();
    const tier = container.querySelector<HTMLSelectElement>('[data-testid="filter-tier"]')!;
    await act(async () => {
      tier.value = 'tech_touch';
      tier.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(address()).toBe('/accounts?tier=tech_touch');
    expect(accountCalls().at(-1)!.searchParams.get('cursor')).toBeNull();
  });

  it('shows each account’s domain, to tell apart accounts of the same name', async () => {
    const cells = [...container.querySelectorAll('[data-testid="account-domain"]')];
    expect(cells.map((c) => c.textContent)).toEqual(['asahi-1.example.jp']);
    expect(container.querySelector('thead')!.textContent).toContain('Domain');
    expect(document.title).toBe('Accounts · Banso');
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

  it('filters by an ARR range typed in the reporting currency, kept in the address', async () => {
    expect(button('sort-arr').textContent).toBe('ARR (JPY)');
    const min = container.querySelector<HTMLInputElement>('[data-testid="filter-arr-min"]')!;
    await typeInto(min, '1,000,000');
    await act(async () => {
      min.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    });
    await flush();
    expect(address()).toBe('/accounts?arr_min=1000000');
    const last = accountCalls().at(-1)!;
    expect(last.searchParams.get('arr_reporting_min')).toBe('1000000');
    expect(last.searchParams.get('arr_reporting_max')).toBeNull();
    // The reporting amount, the account's own beneath; a missing rate marked, never converted.
    const arr = [...container.querySelectorAll<HTMLElement>('[data-testid="account-arr"]')];
    expect(arr.map((a) => a.textContent)).toEqual([
      '¥1,215,648$8,040.00',
      expect.stringContaining('Rate missing'),
    ]);
    expect(arr[1]!.textContent).toContain('£10.00');
    // Cleared with the other filters.
    await act(async () => button('clear-filters').click());
    await flush();
    expect(address()).toBe('/accounts');
    expect(min.value).toBe('');
  });

  it('reopens an ARR range from the address, and refuses a maximum under the minimum', async () => {
    act(() => root.unmount());
    root = createRoot(container);
    await render('/accounts?arr_min=600000&arr_max=2000000');
    expect(accountCalls().at(-1)!.searchParams.get('arr_reporting_max')).toBe('2000000');
    const max = container.querySelector<HTMLInputElement>('[data-testid="filter-arr-max"]')!;
    expect(max.value).toBe('2,000,000');
    await typeInto(max, '500');
    await act(async () => max.dispatchEvent(new FocusEvent('focusout', { bubbles: true })));
    await flush();
    expect(container.querySelector('[data-testid="filter-arr-error"]')!.textContent).toBe(
      'The maximum must not be below the minimum.',
    );
    expect(address()).toBe('/accounts?arr_min=600000&arr_max=2000000');
  });

  it('shows each account’s health: the score in its band, the weekly trend as a line', async () => {
    const cell = container.querySelector<HTMLElement>('[data-testid="account-health"]')!;
    expect(cell.dataset.band).toBe('red');
    expect(cell.querySelector('.badge-red')!.textContent).toBe('38.3');
    const line = cell.querySelector('[data-testid="health-sparkline"]')!;
    expect(line.getAttribute('aria-label')).toBe('Health score over the last 12 weeks');
    // A week without a score breaks the line.
    expect(line.querySelector('path')!.getAttribute('d')!.match(/M/g)).toHaveLength(2);
  });

  it('sorts by health, the accounts most at risk first, and filters by band, in the address', async () => {
    expect(button('sort-health').textContent).toBe('Health');
    await act(async () => button('sort-health').click());
    await flush();
    expect(address()).toBe('/accounts?sort=health');
    expect(button('sort-health').closest('th')!.getAttribute('aria-sort')).toBe('ascending');
    await act(async () => button('sort-health').click());
    await flush();
    expect(address()).toBe('/accounts?sort=-health');
    const band = container.querySelector<HTMLSelectElement>('[data-testid="filter-band"]')!;
    expect([...band.options].map((o) => o.textContent)).toEqual([
      'Any health',
      'Red',
      'Yellow',
      'Green',
    ]);
    await act(async () => {
      band.value = 'red';
      band.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await flush();
    expect(address()).toBe('/accounts?sort=-health&band=red');
    const last = accountCalls().at(-1)!;
    expect(last.searchParams.get('health_band')).toBe('red');
    expect(last.searchParams.get('sort')).toBe('-health');
    // Cleared with the other filters; the sort stays.
    await act(async () => button('clear-filters').click());
    await flush();
    expect(address()).toBe('/accounts?sort=-health');
  });
});
