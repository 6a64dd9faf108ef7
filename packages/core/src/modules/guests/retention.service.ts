import { and, asc, eq, gt, lt, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { recordAudit } from '../audit/audit.service';
import { authorize } from '../staff/authorize';
import { eraseGuestRows } from './erase-guest';
import { withMergedInto } from './guest-access';
import { guests } from './guests.tables';

/** How long a guest who neither visits nor changes anything is kept: 36 months (SEC-1). */
export const RETENTION_MONTHS = 36;

const BATCH = 500;

/** What a retention run did. */
export type RetentionResult = { cutoff: string; months: number; erased: number; batches: number };

/**
 * Erases, through the same path as an erasure request, every active guest whose last visit (or
 * registration, if they never visited) and last profile change are both older than `months`
 * before `now`, together with the guests merged into them. Runs in batches of 500, each batch
 * one transaction with one audit entry. Idempotent; meant for a scheduled job.
 */
export async function runRetention(
  ctx: Ctx,
  options: { now?: Date; months?: number } = {},
): Promise<RetentionResult> {
  authorize(ctx, 'guests.erase');
  const months = options.months ?? RETENTION_MONTHS;
  const cutoff = monthsBefore(options.now ?? ctx.clock.now(), months);
  let erased = 0;
  let batches = 0;
  for (let cursor = ''; ;) {
    const rows = await ctx.db
      .select({ id: guests.id })
      .from(guests)
      .where(
        and(
          eq(guests.status, 'active'),
          gt(guests.id, cursor),
          lt(guests.updatedAt, cutoff),
          sql`coalesce(${guests.lastVisitAt}, ${guests.createdAt}) < ${cutoff.toISOString()}::timestamptz`,
        ),
      )
      .orderBy(asc(guests.id))
      .limit(BATCH);
    if (rows.length === 0) break;
    cursor = rows.at(-1)!.id;
    await ctx.db.transaction(async (tx) => {
      const txCtx = { ...ctx, db: tx };
      const ids = await withMergedInto(
        txCtx,
        rows.map((r) => r.id),
      );
      await eraseGuestRows(txCtx, ids);
      await recordAudit(txCtx, {
        action: 'guest.erase',
        entityType: 'guest',
        entityIds: ids,
        details: { reason: 'retention', months, cutoff: cutoff.toISOString() },
      });
      erased += ids.length;
    });
    batches++;
  }
  return { cutoff: cutoff.toISOString(), months, erased, batches };
}

/** The same moment `months` calendar months earlier (UTC), clamped to the month's last day. */
export function monthsBefore(now: Date, months: number): Date {
  const target = new Date(now.getTime());
  const day = target.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}
