import { ACTIONS, type Action, type Role } from '@regulars/contracts';

/**
 * The permission matrix (role × action), declared once. Store-scoped staff are further limited
 * to their stores by `authorize`. Later modules add their actions here.
 */
export const PERMISSIONS: Record<Role, readonly Action[]> = {
  owner: [...ACTIONS],
  brand_admin: ACTIONS.filter((a) => a !== 'audit.read'),
  store_manager: [
    'org.read',
    'staff.read',
    'guests.read',
    'guests.manage',
    'guests.reveal',
    'orders.read',
    'orders.write',
    'menu.read',
  ],
  cashier: ['org.read', 'guests.read', 'guests.manage', 'orders.read', 'orders.write', 'menu.read'],
  marketer: ['org.read', 'guests.read', 'guests.export', 'orders.read', 'menu.read'],
  service_agent: [
    'org.read',
    'guests.read',
    'guests.manage',
    'guests.reveal',
    'guests.merge',
    'orders.read',
    'menu.read',
  ],
  analyst: ['org.read', 'guests.read', 'orders.read', 'menu.read'],
  auditor: ['org.read', 'audit.read', 'staff.read', 'guests.read', 'orders.read', 'menu.read'],
};

/** True when the role's row of the matrix contains the action. */
export function roleAllows(role: Role, action: Action): boolean {
  return PERMISSIONS[role].includes(action);
}
