import { z } from 'zod';
import { ACTIONS, ROLES } from './roles';
import { pageQuerySchema } from './common';

/** Whether a staff account may sign in. */
export const STAFF_STATUSES = ['active', 'disabled'] as const;

/** Wire shape of staff. */
export const staffSchema = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  storeIds: z.array(z.string()).nullable().describe('null means every store'),
  status: z.enum(STAFF_STATUSES),
  mustChangePassword: z.boolean(),
  lockedUntil: z.string().nullable(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
/** Parsed form of `staffSchema`. */
export type Staff = z.infer<typeof staffSchema>;

/** Wire shape of create staff input. */
export const createStaffInputSchema = z.strictObject({
  email: z.string().trim().toLowerCase().pipe(z.email()),
  name: z.string().trim().min(1).max(80),
  role: z.enum(ROLES),
  storeIds: z.array(z.string().min(1)).max(5000).nullable().default(null),
});
/** Parsed form of `createStaffInputSchema`. */
export type CreateStaffInput = z.infer<typeof createStaffInputSchema>;

/** Wire shape of update staff input. */
export const updateStaffInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(80).optional(),
  role: z.enum(ROLES).optional(),
  storeIds: z.array(z.string().min(1)).max(5000).nullable().optional(),
  status: z.enum(STAFF_STATUSES).optional(),
});
/** Parsed form of `updateStaffInputSchema`. */
export type UpdateStaffInput = z.infer<typeof updateStaffInputSchema>;

/** Wire shape of list staff query. */
export const listStaffQuerySchema = pageQuerySchema.extend({
  storeId: z.string().optional(),
  role: z.enum(ROLES).optional(),
  status: z.enum(STAFF_STATUSES).optional(),
  q: z.string().trim().max(80).optional(),
});
/** Parsed form of `listStaffQuerySchema`. */
export type ListStaffQuery = z.infer<typeof listStaffQuerySchema>;

/** A freshly generated password, shown once to whoever reset it. */
export const oneTimePasswordSchema = z.object({ staff: staffSchema, oneTimePassword: z.string() });

/** Wire shape of api key. */
export const apiKeySchema = z.object({
  id: z.string(),
  name: z.string(),
  prefix: z.string(),
  actions: z.array(z.enum(ACTIONS)),
  storeIds: z.array(z.string()).nullable(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
  revokedAt: z.string().nullable(),
});
/** Parsed form of `apiKeySchema`. */
export type ApiKey = z.infer<typeof apiKeySchema>;

/** Wire shape of create api key input. */
export const createApiKeyInputSchema = z.strictObject({
  name: z.string().trim().min(1).max(80),
  actions: z.array(z.enum(ACTIONS)).min(1),
  storeIds: z.array(z.string().min(1)).nullable().default(null),
});
/** Parsed form of `createApiKeyInputSchema`. */
export type CreateApiKeyInput = z.infer<typeof createApiKeyInputSchema>;

/** The key's secret is returned once, at creation; only its hash is stored. */
export const createdApiKeySchema = z.object({ apiKey: apiKeySchema, secret: z.string() });
