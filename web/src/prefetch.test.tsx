// The first page's answers are asked for at load, all at once, and each is taken once: arrived
// (for the first render) or under way (for the first load); a failed or stale one is not given
// out, so that the component asks the API itself.
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AuthProvider } from './auth/AuthContext';
import { AccountPage } from './pages/account/AccountPage';
import {
  accountOfPath,
  clearPrefetched,
  prefetchFor,
  prefetchSettled,
  forgetSignedIn,
  takeArrived,
  takePrefetched,
} from './prefetch';
import { accountFixture } from './test/editingFixtures';
import { renderPage, revenueSettingsFixture, until, type Rendered } from './test/harness';
import { stagesFixture } from './test/journeyFixtures';

const session = {
  user: { id: 1, email: 'yamada@banso.example', name: '山田 太郎', role: 'admin' },
  csrf_token: 'tok',
  permissions: ['signed_in', 'read_customers', 'write_customers', 'write_activity'],
};

/** Stubs fetch with `answer` (path → status and body) and records the paths asked for. */
function stubFetch(answer: (path: string) => { status: number; body: unknown }): string[] {
  const asked: string[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string) => {
      const path = new URL(input, 'http://banso.test').pathname;
      asked.push(path);
      const { status, body } = answer(path);
      return new Response(JSON.stringify(body), {
        status,
        headers: { 'Content-Type': 'application/json' },
      });
    }),
  );
  return asked;
}

const signedIn = (path: string) => {
  if (path === '/api/v1/auth/me') return { status: 200, body: session };
  if (path === '/api/v1/journey/stages') return { status: 200, body: { data: stagesFixture() } };
  if (path === '/api/v1/settings/revenue') return { status: 200, body: revenueSettingsFixture };
  if (path === '/api/v1/accounts/12') return { status: 200, body: accountFixture() };
  return { status: 404, body: { error: { code: 'not_found', message: path } } };
};

let page: Rendered | undefined;
// The hint the server's sign-in leaves (src/http/auth_api.cpp).
beforeEach(() => {
  document.cookie = 'banso_signed_in=1; Path=/';
});
afterEach(() => {
  page?.unmount();
  page = undefined;
  clearPrefetched();
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('prefetchFor', () => {
  it('asks for the session, the stages, the revenue settings and the address’s account at once', () => {
    const asked = stubFetch(signedIn);
    prefetchFor('/app/accounts/12');
    expect(asked).toEqual([
      '/api/v1/auth/me',
      '/api/v1/journey/stages',
      '/api/v1/settings/revenue',
      '/api/v1/accounts/12',
    ]);
  });

  it('asks only for the session when this browser has no session', () => {
    forgetSignedIn();
    const asked = stubFetch(signedIn);
    prefetchFor('/app/accounts/12');
    expect(asked).toEqual(['/api/v1/auth/me']);
  });

  it('takes the answers the page carries, and asks only for the ones it does not', () => {
    const element = document.createElement('script');
    element.type = 'application/json';
    element.id = 'banso-first-answers';
    element.textContent = JSON.stringify({
      '/api/v1/auth/me': session,
      '/api/v1/journey/stages': { data: stagesFixture() },
      '/api/v1/settings/revenue': revenueSettingsFixture,
    });
    document.head.append(element);
    try {
      const asked = stubFetch(signedIn);
      prefetchFor('/app/accounts/12');
      expect(asked).toEqual(['/api/v1/accounts/12']);
      // There at once, for the first render.
      expect(takeArrived('me')).toEqual(session);
      expect(takeArrived('stages')).toEqual({ data: stagesFixture() });
      expect(takeArrived('account:12')).toBeUndefined();
    } finally {
      element.remove();
    }
  });

  it('forgets the hint when the session probe says signed out (an expired session)', async () => {
    stubFetch(() => ({ status: 401, body: { error: { code: 'unauthorized', message: 'no' } } }));
    const root = createRoot(document.createElement('div'));
    await act(async () => root.render(<AuthProvider>{null}</AuthProvider>));
    await until(() => !document.cookie.includes('banso_signed_in=1'), 'the hint dropped');
    act(() => root.unmount());
    const asked = stubFetch(signedIn);
    prefetchFor('/app/accounts/12');
    expect(asked).toEqual(['/api/v1/auth/me']);
  });

  it('asks for nothing on the sign-in page or outside the console', () => {
    const asked = stubFetch(signedIn);
    prefetchFor('/app/login');
    prefetchFor('/healthz');
    expect(asked).toEqual([]);
  });

  it('knows an account’s address', () => {
    expect(accountOfPath('/app/accounts/12')).toBe(12);
    expect(accountOfPath('/app/accounts/12/')).toBe(12);
    expect(accountOfPath('/app/accounts')).toBeNull();
    expect(accountOfPath('/app/accounts/new')).toBeNull();
  });
});

describe('taking an answer', () => {
  it('gives an arrived answer once, and nothing before it arrives', async () => {
    stubFetch(signedIn);
    prefetchFor('/app/accounts/12');
    expect(takeArrived('me')).toBeUndefined(); // not arrived yet: still there to take
    await prefetchSettled(1000);
    expect(takeArrived('me')).toEqual(session);
    expect(takeArrived('me')).toBeUndefined();
    expect(takePrefetched('me')).toBeUndefined();
  });

  it('gives the request under way once', async () => {
    stubFetch(signedIn);
    prefetchFor('/app/accounts/12');
    const answer = takePrefetched('account:12');
    expect(takePrefetched('account:12')).toBeUndefined();
    await expect(answer).resolves.toMatchObject({ id: 12 });
  });

  it('keeps a failed session probe (signed out), and drops any other failed answer', async () => {
    const unauthorized = { status: 401, body: { error: { code: 'unauthorized', message: 'no' } } };
    stubFetch((path) => (path === '/api/v1/journey/stages' ? signedIn(path) : unauthorized));
    prefetchFor('/app/accounts/12');
    await prefetchSettled(1000);
    expect(takeArrived('me')).toBeUndefined();
    await expect(takePrefetched('me')).rejects.toMatchObject({ status: 401 });
    // The component asks the API again, after signing in say.
    expect(takePrefetched('account:12')).toBeUndefined();
    expect(takePrefetched('revenueSettings')).toBeUndefined();
    expect(takeArrived('stages')).toEqual({ data: stagesFixture() });
  });

  it('does not give out an answer asked for more than 10 s ago', async () => {
    vi.useFakeTimers();
    stubFetch(signedIn);
    prefetchFor('/app/accounts/12');
    await vi.advanceTimersByTimeAsync(10_001);
    expect(takeArrived('me')).toBeUndefined();
    expect(takePrefetched('stages')).toBeUndefined();
  });

  it('waits no longer than told for the answers', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      vi.fn(() => new Promise<Response>(() => {})),
    );
    prefetchFor('/app/accounts/12');
    const settled = vi.fn();
    void prefetchSettled(100).then(settled);
    await vi.advanceTimersByTimeAsync(99);
    expect(settled).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(1);
    expect(settled).toHaveBeenCalled();
  });
});

describe('the account page at the address the console started at', () => {
  const render = (answer: Parameters<typeof renderPage>[1]['answer'] = () => undefined) =>
    renderPage(<AccountPage />, { answer, path: '/accounts/12', route: '/accounts/:id' });

  it('shows the answers asked for at load, without asking for them again', async () => {
    stubFetch(signedIn);
    prefetchFor('/app/accounts/12');
    await prefetchSettled(1000);
    page = await render();
    expect(page.byTestId('account-name')?.textContent).toBe(accountFixture().name);
    const asked = page.calls.map((call) => call.url.pathname);
    expect(asked).not.toContain('/api/v1/accounts/12');
    expect(asked).not.toContain('/api/v1/auth/me');
    expect(asked).not.toContain('/api/v1/journey/stages');
    expect(asked).not.toContain('/api/v1/settings/revenue');
  });

  it('asks the API for another account', async () => {
    stubFetch(signedIn);
    prefetchFor('/app/accounts/12');
    await prefetchSettled(1000);
    page = await render((call) =>
      call.url.pathname === '/api/v1/accounts/13'
        ? { body: accountFixture({ id: 13, name: '株式会社かもめ' }) }
        : undefined,
    );
    await page.navigate('/accounts/13');
    await until(
      () => page?.byTestId('account-name')?.textContent === '株式会社かもめ',
      'account 13',
    );
    expect(page.calls.map((call) => call.url.pathname)).toContain('/api/v1/accounts/13');
  });
});
