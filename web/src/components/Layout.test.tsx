// The navigation shows Sources to admins only.
import { afterEach, describe, expect, it } from 'vitest';
import { renderPage, type Rendered } from '../test/harness';
import { Layout } from './Layout';

let page: Rendered;
afterEach(() => page.unmount());

describe('Layout navigation', () => {
  it('shows Events to everyone and Sources to admins', async () => {
    page = await renderPage(<Layout />, { role: 'admin', answer: () => undefined });
    expect(page.byTestId('nav-events')).not.toBeNull();
    expect(page.byTestId('nav-sources')).not.toBeNull();
  });

  it.each(['manager', 'csm', 'marketer', 'viewer'] as const)('hides Sources from a %s', async (role) => {
    page = await renderPage(<Layout />, { role, answer: () => undefined });
    expect(page.byTestId('nav-events')).not.toBeNull();
    expect(page.byTestId('nav-sources')).toBeNull();
  });
});
