// The console offers what the server's role matrix (src/auth/role.cpp) allows.
import { describe, expect, it } from 'vitest';
import { USER_ROLES } from '../api';
import { can, type Permission } from './permissions';

const allowed = (permission: Permission) => USER_ROLES.filter((role) => can(role, permission));

describe('can', () => {
  it('follows the server’s matrix', () => {
    expect(allowed('writeCustomers')).toEqual(['admin', 'manager', 'csm']);
    expect(allowed('writeActivity')).toEqual(['admin', 'manager', 'csm', 'marketer']);
    expect(allowed('writeRevenue')).toEqual(['admin', 'manager']);
    expect(allowed('deleteRecords')).toEqual(['admin', 'manager']);
    expect(allowed('configureSuccess')).toEqual(['admin', 'manager']);
  });

  it('allows nothing without a signed-in user', () => {
    expect(can(null, 'writeActivity')).toBe(false);
    expect(can(undefined, 'writeCustomers')).toBe(false);
  });
});
