// What each role may change, as the server's route table allows it (src/auth/role.cpp), so that
// the console offers only the actions the server will take. The server still decides.
import type { UserRole } from '../api';
import { useAuth } from './AuthContext';

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
  | 'configureSuccess';

const ALLOWED: Record<Permission, readonly UserRole[]> = {
  writeCustomers: ['admin', 'manager', 'csm'],
  writeActivity: ['admin', 'manager', 'csm', 'marketer'],
  writeRevenue: ['admin', 'manager'],
  deleteRecords: ['admin', 'manager'],
  configureSuccess: ['admin', 'manager'],
};

export function can(role: UserRole | null | undefined, permission: Permission): boolean {
  return Boolean(role && ALLOWED[permission].includes(role));
}

/** Whether the signed-in user may do this. */
export function useCan(permission: Permission): boolean {
  return can(useAuth().user?.role, permission);
}
