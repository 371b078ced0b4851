// Renders a page for a test: a fake /api (fetch stubbed), a signed-in user of a chosen role,
// a router at a chosen address. Only tests import this.
import { act, type ReactElement } from 'react';
import { createRoot } from 'react-dom/client';
import { createMemoryRouter, Outlet, RouterProvider } from 'react-router-dom';
import { vi } from 'vitest';
import type { ServerPermission, UserRole } from '../api';
import { AuthProvider } from '../auth/AuthContext';
import { RevenueSettingsProvider } from '../components/RevenueSettingsContext';
import { StagesProvider } from '../components/StagesContext';
import { UnsavedChangesProvider } from '../components/UnsavedChanges';
import i18n from '../i18n';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export interface ApiCall {
  method: string;
  url: URL;
  body: unknown;
}
/**
 * The revenue settings every console page may read: JPY, 30 grace days. A test that wants
 * others answers GET /api/v1/settings/revenue itself.
 */
export const revenueSettingsFixture = {
  version: 1,
  reporting_currency: 'JPY',
  churn_grace_days: 30,
  updated_at: '2026-01-01T00:00:00Z',
};

/**
 * What the server's session answer lists for each role (PermissionNames in src/auth/role.cpp):
 * the test's signed-in user gets its role's, unless the test names others.
 */
export const ROLE_PERMISSIONS: Record<UserRole, readonly ServerPermission[]> = {
  admin: [
    'signed_in',
    'read_customers',
    'write_customers',
    'write_activity',
    'write_revenue',
    'delete_records',
    'import',
    'manage_users',
    'read_audit',
    'manage_sources',
    'configure_usage',
    'configure_success',
  ],
  manager: [
    'signed_in',
    'read_customers',
    'write_customers',
    'write_activity',
    'write_revenue',
    'delete_records',
    'import',
    'configure_usage',
    'configure_success',
  ],
  csm: ['signed_in', 'read_customers', 'write_customers', 'write_activity'],
  marketer: ['signed_in', 'read_customers', 'write_activity'],
  viewer: ['signed_in', 'read_customers'],
};

/** The answer to one call; undefined answers 404 (but for the revenue settings, answered above). */
export type ApiAnswer = (call: ApiCall) => { status?: number; body: unknown } | undefined;

export interface Rendered {
  container: HTMLElement;
  calls: ApiCall[];
  byTestId: <T extends HTMLElement = HTMLElement>(id: string) => T | null;
  allByTestId: <T extends HTMLElement = HTMLElement>(id: string) => T[];
  /** The router's address now (path and search). */
  location: () => string;
  /** Navigates as a link would (the unsaved-changes guard may hold it). */
  navigate: (to: string) => Promise<void>;
  unmount: () => void;
}

function json(status: number, body: unknown): Response {
  if (status === 204) return new Response(null, { status }); // no content: a body is not allowed
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

/** Lets promises, fetches and (fake or real) timers run. */
export async function flush(ms = 0): Promise<void> {
  await act(async () => {
    for (let i = 0; i < 4; i++) {
      if (vi.isFakeTimers()) await vi.advanceTimersByTimeAsync(i === 0 ? ms : 0);
      else await new Promise((resolve) => setTimeout(resolve, i === 0 ? ms : 0));
    }
  });
}

/**
 * Lets the page run until `condition` holds (a lazily loaded tab or page showing, say), or fails
 * naming `what` after a few seconds.
 */
export async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (condition()) return;
    await flush(20);
  }
  throw new Error(`waited in vain for ${what}`);
}

export async function click(element: Element | null): Promise<void> {
  if (!element) throw new Error('nothing to click');
  await act(async () => (element as HTMLElement).click());
  await flush();
}

/** Types into an input or a textarea as React sees it (the value setter, then an input event). */
export async function type(element: Element | null, value: string): Promise<void> {
  if (!(element instanceof HTMLInputElement) && !(element instanceof HTMLTextAreaElement))
    throw new Error('not an input');
  const proto =
    element instanceof HTMLInputElement
      ? HTMLInputElement.prototype
      : HTMLTextAreaElement.prototype;
  await act(async () => {
    Object.getOwnPropertyDescriptor(proto, 'value')!.set!.call(element, value);
    element.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Chooses an option of a select as React sees it. */
export async function choose(element: Element | null, value: string): Promise<void> {
  if (!(element instanceof HTMLSelectElement)) throw new Error('not a select');
  if (![...element.options].some((o) => o.value === value)) throw new Error(`no option ${value}`);
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLSelectElement.prototype, 'value')!.set!.call(
      element,
      value,
    );
    element.dispatchEvent(new Event('change', { bubbles: true }));
  });
  await flush();
}

export async function renderPage(
  element: ReactElement,
  options: {
    answer: ApiAnswer;
    role?: UserRole;
    /** The session's permissions; by default the role's (ROLE_PERMISSIONS). */
    permissions?: readonly ServerPermission[];
    path?: string;
    route?: string;
    lang?: 'ja' | 'en';
  },
): Promise<Rendered> {
  const { answer, role = 'admin', path = '/', route = '*', lang = 'en' } = options;
  const permissions = options.permissions ?? ROLE_PERMISSIONS[role];
  await i18n.changeLanguage(lang);
  const calls: ApiCall[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: string, init?: RequestInit) => {
      const url = new URL(input, 'http://banso.test');
      const call = {
        method: init?.method ?? 'GET',
        url,
        body: typeof init?.body === 'string' ? JSON.parse(init.body) : undefined,
      };
      calls.push(call);
      if (url.pathname === '/api/v1/auth/me') {
        return json(200, {
          user: { id: 1, email: 'yamada@banso.example', name: '山田 太郎', role },
          csrf_token: 'tok',
          permissions,
        });
      }
      const result =
        answer(call) ??
        (url.pathname === '/api/v1/settings/revenue' && call.method === 'GET'
          ? { body: revenueSettingsFixture }
          : undefined);
      return result
        ? json(result.status ?? 200, result.body)
        : json(404, { error: { code: 'not_found', message: `no ${url.pathname}`, field: null } });
    }),
  );
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  // A data router, as the app's: the unsaved-changes guard blocks navigation through it.
  const router = createMemoryRouter(
    [
      {
        element: (
          <AuthProvider>
            <StagesProvider>
              <RevenueSettingsProvider>
                <UnsavedChangesProvider>
                  <Outlet />
                </UnsavedChangesProvider>
              </RevenueSettingsProvider>
            </StagesProvider>
          </AuthProvider>
        ),
        children: [{ path: route, element }],
      },
    ],
    { initialEntries: [path] },
  );
  await act(async () => {
    root.render(<RouterProvider router={router} />);
  });
  await flush();
  await flush();
  return {
    container,
    calls,
    byTestId: <T extends HTMLElement>(id: string) =>
      container.querySelector<T>(`[data-testid="${id}"]`),
    allByTestId: <T extends HTMLElement>(id: string) => [
      ...container.querySelectorAll<T>(`[data-testid="${id}"]`),
    ],
    location: () => `${router.state.location.pathname}${router.state.location.search}`,
    navigate: async (to: string) => {
      await act(async () => {
        await router.navigate(to);
      });
      await flush();
    },
    unmount: () => {
      act(() => root.unmount());
      router.dispose();
      container.remove();
      vi.unstubAllGlobals();
    },
  };
}
