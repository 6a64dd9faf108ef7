import { and, desc, eq, gte, lt, lte, sql, type SQL } from 'drizzle-orm';
import type { AuditEntry, ListAuditQuery } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { newId } from '../../ids';
import { authorize } from '../staff/authorize';
import { staffUsers } from '../staff/staff.tables';
import { auditLog } from './audit.tables';

/** What happened, to which records, and why. */
export type AuditInput = {
  action: string;
  entityType: string;
  entityIds: string[];
  storeId?: string | null;
  purpose?: string | null;
  details?: Record<string, unknown>;
};

/**
 * Appends one entry to the audit log for the context's actor and request. The one writer every
 * use case calls when it reads, searches, exports or changes personal data. Pass a transaction
 * as `ctx.db` to record the entry atomically with the change.
 */
export async function recordAudit(ctx: Ctx, input: AuditInput): Promise<void> {
  const actor = ctx.actor;
  await ctx.db.insert(auditLog).values({
    id: newId('aud', ctx.clock.now().getTime()),
    at: ctx.clock.now(),
    actorKind: actor.kind,
    actorId: actor.id,
    action: input.action,
    entityType: input.entityType,
    entityIds: input.entityIds,
    storeId: input.storeId ?? null,
    purpose: input.purpose ?? null,
    requestId: ctx.requestId ?? null,
    details: input.details ?? (actor.kind === 'system' ? { reason: actor.reason } : null),
  });
}

/** Browses the audit log, newest first, with filters and a cursor. Reading it is itself audited. */
export async function listAudit(
  ctx: Ctx,
  query: ListAuditQuery,
): Promise<{ items: AuditEntry[]; nextCursor: string | null }> {
  authorize(ctx, 'audit.read');
  const where: SQL[] = [];
  if (query.actorId) where.push(eq(auditLog.actorId, query.actorId));
  if (query.action) where.push(eq(auditLog.action, query.action));
  if (query.entityType) where.push(eq(auditLog.entityType, query.entityType));
  if (query.entityId) where.push(sql`${auditLog.entityIds} @> ARRAY[${query.entityId}]::text[]`);
  if (query.storeId) where.push(eq(auditLog.storeId, query.storeId));
  if (query.from) where.push(gte(auditLog.at, new Date(query.from)));
  if (query.to) where.push(lte(auditLog.at, new Date(query.to)));
  if (query.cursor) where.push(lt(auditLog.id, query.cursor));
  const rows = await ctx.db
    .select({ entry: auditLog, actorName: staffUsers.name })
    .from(auditLog)
    .leftJoin(staffUsers, eq(staffUsers.id, auditLog.actorId))
    .where(and(...where))
    .orderBy(desc(auditLog.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  await recordAudit(ctx, {
    action: 'audit.list',
    entityType: 'audit_log',
    entityIds: [],
    details: { filters: { ...query, cursor: undefined, limit: undefined }, returned: page.length },
  });
  return {
    items: page.map(({ entry, actorName }) => ({
      id: entry.id,
      at: entry.at.toISOString(),
      actorKind: entry.actorKind as AuditEntry['actorKind'],
      actorId: entry.actorId,
      actorName,
      action: entry.action,
      entityType: entry.entityType,
      entityIds: entry.entityIds,
      storeId: entry.storeId,
      purpose: entry.purpose,
      requestId: entry.requestId,
      details: entry.details,
    })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.entry.id ?? null) : null,
  };
}
