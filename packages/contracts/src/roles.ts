/** Staff roles, from widest to narrowest. */
export const ROLES = [
  'owner',
  'brand_admin',
  'store_manager',
  'cashier',
  'marketer',
  'service_agent',
  'analyst',
  'auditor',
] as const;
/** One staff role. */
export type Role = (typeof ROLES)[number];

/** Roles that only make sense for some stores: they must be given at least one store. */
export const STORE_SCOPED_ROLES: readonly Role[] = ['store_manager', 'cashier'];

/**
 * Actions a staff member or API key may be granted. The matrix of which role may do what
 * lives in core (`modules/staff/permissions.ts`); the console uses `me.permissions` to hide
 * what a user may not use.
 */
export const ACTIONS = [
  'org.read',
  'org.manage',
  'staff.read',
  'staff.manage',
  'api_keys.manage',
  'audit.read',
  'guests.read',
  'guests.manage',
  'guests.reveal',
  'guests.merge',
  'guests.export',
  'guests.erase',
  'orders.read',
  'orders.write',
  'menu.read',
  'menu.manage',
  'imports.run',
] as const;
/** One permission action. */
export type Action = (typeof ACTIONS)[number];
