import { z } from 'zod';
import { pageQuerySchema } from './common';

/** Who can appear as the actor of an audit entry. */
export const ACTOR_KINDS = ['staff', 'api_key', 'system', 'anonymous', 'guest'] as const;

/** Wire shape of audit entry. */
export const auditEntrySchema = z.object({
  id: z.string(),
  at: z.string(),
  actorKind: z.enum(ACTOR_KINDS),
  actorId: z.string().nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  entityType: z.string(),
  entityIds: z.array(z.string()),
  storeId: z.string().nullable(),
  purpose: z.string().nullable(),
  requestId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()).nullable(),
});
/** Parsed form of `auditEntrySchema`. */
export type AuditEntry = z.infer<typeof auditEntrySchema>;

/** Wire shape of list audit query. */
export const listAuditQuerySchema = pageQuerySchema.extend({
  actorId: z.string().optional(),
  action: z.string().max(80).optional(),
  entityType: z.string().max(40).optional(),
  entityId: z.string().max(80).optional(),
  storeId: z.string().optional(),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
});
/** Parsed form of `listAuditQuerySchema`. */
export type ListAuditQuery = z.infer<typeof listAuditQuerySchema>;
