// The console offers what the session answer says the user may do (the server's permission
// names, src/auth/role.cpp), not what a copy of the role table would say.
import { createElement } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { USER_ROLES, type ServerPermission } from '../api';
import { renderPage, ROLE_PERMISSIONS, type Rendered } from '../test/harness';
import { can, SERVER_PERMISSION, useCan, type Permission } from './permissions';

const allowed = (permission: Permission) =>
  USER_ROLES.filter((role) => can(ROLE_PERMISSIONS[role], permission));

let page: Rendered | undefined;
afterEach(() => page?.unmount());

describe('can', () => {
  it('reads the server’s names', () => {
    expect(can(['signed_in', 'write_customers'], 'writeCustomers')).toBe(true);
    expect(can(['signed_in', 'write_customers'], 'writeActivity')).toBe(false);
    expect(can(['delete_records'], 'deleteRecords')).toBe(true);
    expect(can(['configure_success'], 'configureSuccess')).toBe(true);
  });

  it('names each permission as the server does, once', () => {
    const names = Object.values(SERVER_PERMISSION);
    expect(new Set(names).size).toBe(names.length);
    const known = new Set<ServerPermission>(ROLE_PERMISSIONS.admin);
    for (const name of names) expect(known.has(name), name).toBe(true);
  });

  it('gives each role what the server’s answer lists for it', () => {
    expect(allowed('writeCustomers')).toEqual(['admin', 'manager', 'csm']);
    expect(allowed('writeActivity')).toEqual(['admin', 'manager', 'csm', 'marketer']);
    expect(allowed('writeRevenue')).toEqual(['admin', 'manager']);
    expect(allowed('deleteRecords')).toEqual(['admin', 'manager']);
    expect(allowed('configureSuccess')).toEqual(['admin', 'manager']);
    expect(allowed('manageUsers')).toEqual(['admin']);
  });

  it('allows nothing without a session', () => {
    expect(can(null, 'writeActivity')).toBe(false);
    expect(can(undefined, 'writeCustomers')).toBe(false);
    expect(can([], 'writeCustomers')).toBe(false);
  });
});

function Probe() {
  const writes = useCan('writeCustomers');
  const revenue = useCan('writeRevenue');
  return createElement('div', { 'data-testid': 'probe' }, `${writes} ${revenue}`);
}

describe('useCan', () => {
  it('follows the session’s permissions, whatever the role', async () => {
    page = await renderPage(createElement(Probe), {
      role: 'viewer',
      permissions: ['signed_in', 'read_customers', 'write_customers'],
      answer: () => undefined,
    });
    expect(page.byTestId('probe')!.textContent).toBe('true false');
  });

  it('allows nothing when the answer lists no permissions', async () => {
    page = await renderPage(createElement(Probe), {
      role: 'admin',
      permissions: [],
      answer: () => undefined,
    });
    expect(page.byTestId('probe')!.textContent).toBe('false false');
  });
});
