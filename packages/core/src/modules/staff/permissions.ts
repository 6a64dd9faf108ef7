import type { Action, Role } from '@regulars/contracts';

/**
 * The permission matrix (role × action), declared once. Store-scoped staff are further limited
 * to their stores by `authorize`. Later modules add their actions here.
 */
export const PERMISSIONS: Record<Role, readonly Action[]> = {
  owner: ['org.read', 'org.manage', 'staff.read', 'staff.manage', 'api_keys.manage', 'audit.read'],
  brand_admin: ['org.read', 'org.manage', 'staff.read', 'staff.manage', 'api_keys.manage'],
  store_manager: ['org.read', 'staff.read'],
  cashier: ['org.read'],
  marketer: ['org.read'],
  service_agent: ['org.read'],
  analyst: ['org.read'],
  auditor: ['org.read', 'audit.read', 'staff.read'],
};

/** True when the role's row of the matrix contains the action. */
export function roleAllows(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}
