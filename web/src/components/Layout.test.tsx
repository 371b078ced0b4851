// The navigation shows what the session's permissions allow: Sources and Staff to admins
// (manage_sources, manage_users), Import to admins and managers (import), the plan templates to
// everyone.
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage, type Rendered } from '../test/harness';
import { Layout } from './Layout';

let page: Rendered;
afterEach(() => page.unmount());

describe('Layout navigation', () => {
  it('shows Events to everyone, and Sources and Staff to admins', async () => {
    page = await renderPage(<Layout />, { role: 'admin', answer: () => undefined });
    expect(page.byTestId('nav-events')).not.toBeNull();
    expect(page.byTestId('nav-sources')).not.toBeNull();
    expect(page.byTestId('nav-staff')!.getAttribute('href')).toBe('/staff');
    expect(page.byTestId('nav-staff')!.textContent).toBe('Staff');
    expect(page.byTestId('nav-success-templates')!.getAttribute('href')).toBe('/success-templates');
  });

  it.each(['manager', 'csm', 'marketer', 'viewer'] as const)(
    'hides Sources and Staff from a %s',
    async (role) => {
      page = await renderPage(<Layout />, { role, answer: () => undefined });
      expect(page.byTestId('nav-events')).not.toBeNull();
      expect(page.byTestId('nav-sources')).toBeNull();
      expect(page.byTestId('nav-staff')).toBeNull();
      expect(page.byTestId('nav-success-templates')).not.toBeNull();
    },
  );

  it.each([
    ['admin', true],
    ['manager', true],
    ['csm', false],
    ['marketer', false],
    ['viewer', false],
  ] as const)('shows Import to a %s: %s', async (role, shown) => {
    page = await renderPage(<Layout />, { role, answer: () => undefined });
    expect(page.byTestId('nav-import') !== null).toBe(shown);
  });
});

describe('Layout title', () => {
  it('titles the browser tab after the section shown, in the UI language', async () => {
    page = await renderPage(<Layout />, { path: '/accounts/12', answer: () => undefined });
    expect(document.title).toBe('Accounts · Banso');
    page.unmount();
    page = await renderPage(<Layout />, {
      path: '/journey/funnel',
      answer: () => undefined,
      lang: 'ja',
    });
    expect(document.title).toBe('ジャーニー · Banso');
  });
});
