// What the signed-in user may do, as the server says in the session answer (GET /auth/me and
// the sign-in answer list their role's permission names, src/auth/role.cpp), so that the console
// offers only the actions the server will take without keeping its own copy of the role table.
// The server still checks every request.
import type { ServerPermission } from '../api';
import { useAuth } from './AuthContext';

/** The console's names for the server's permissions. */
export type Permission =
  /** Accounts and contacts. */
  | 'writeCustomers'
  /** Touchpoints, survey answers, success plans. */
  | 'writeActivity'
  /** Contracts. */
  | 'writeRevenue'
  /** Deleting records (a touchpoint, a contract). */
  | 'deleteRecords'
  /** Success-plan templates, journey stages and rules. */
  | 'configureSuccess'
  /** CSV imports. */
  | 'import'
  /** Staff users and their tokens. */
  | 'manageUsers'
  /** The audit log. */
  | 'readAudit'
  /** Event sources and their keys. */
  | 'manageSources'
  /** The event catalogue and feature mapping. */
  | 'configureUsage';

/** The server's name of each permission. */
export const SERVER_PERMISSION: Readonly<Record<Permission, ServerPermission>> = {
  writeCustomers: 'write_customers',
  writeActivity: 'write_activity',
  writeRevenue: 'write_revenue',
  deleteRecords: 'delete_records',
  configureSuccess: 'configure_success',
  import: 'import',
  manageUsers: 'manage_users',
  readAudit: 'read_audit',
  manageSources: 'manage_sources',
  configureUsage: 'configure_usage',
};

/** Whether a session with these permissions (none when signed out) may do this. */
export function can(
  permissions: readonly string[] | null | undefined,
  permission: Permission,
): boolean {
  return Boolean(permissions?.includes(SERVER_PERMISSION[permission]));
}

/** Whether the signed-in user may do this. */
export function useCan(permission: Permission): boolean {
  return can(useAuth().permissions, permission);
}
