import { eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { outbox, outboxCursors } from './events.tables';

/** One outbox event as consumers read it. */
export type OutboxEvent = {
  seq: number;
  topic: string;
  entityId: string;
  payload: Record<string, unknown>;
  at: Date;
};

/**
 * Publishers hold this advisory lock shared for their transaction; a reader takes it exclusively,
 * so it never reads past an event whose transaction (holding a lower `seq`) has not committed yet.
 */
const OUTBOX_LOCK = sql`hashtextextended('regulars:outbox', 0)`;

/**
 * A FROM item that takes the publishers' shared outbox lock. Any statement that inserts into
 * `outbox` itself (set-based writers) joins it before producing rows.
 */
export const outboxPublisherLock = sql`(select pg_advisory_xact_lock_shared(${OUTBOX_LOCK})) as outbox_lock`;

/**
 * Writes a domain event to the transactional outbox. Call it with the transaction of the change
 * (`txCtx`) so the event exists exactly when the change does. Returns the event's `seq`.
 */
export async function publishEvent(
  txCtx: Ctx,
  topic: string,
  entityId: string,
  payload: Record<string, unknown>,
): Promise<number> {
  const result = await txCtx.db.execute(sql`
    insert into ${outbox} (topic, entity_id, payload, at)
    select ${topic}, ${entityId}, ${JSON.stringify(payload)}::jsonb, ${txCtx.clock.now().toISOString()}::timestamptz
    from ${outboxPublisherLock}
    returning seq`);
  return Number((result as unknown as { rows: Array<{ seq: number | string }> }).rows[0]!.seq);
}

/**
 * The next events after the consumer's cursor, oldest first, at most `limit`. Reading does not
 * move the cursor: acknowledge with `ackEvents` once handled (at-least-once delivery).
 */
export async function readEvents(ctx: Ctx, consumer: string, limit: number): Promise<OutboxEvent[]> {
  return ctx.db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${OUTBOX_LOCK})`);
    const [cursor] = await tx
      .select({ lastSeq: outboxCursors.lastSeq })
      .from(outboxCursors)
      .where(eq(outboxCursors.consumer, consumer));
    return tx
      .select()
      .from(outbox)
      .where(sql`${outbox.seq} > ${cursor?.lastSeq ?? 0}`)
      .orderBy(outbox.seq)
      .limit(limit);
  });
}

/** Moves the consumer's cursor forward to `lastSeq` (never backwards); idempotent. */
export async function ackEvents(ctx: Ctx, consumer: string, lastSeq: number): Promise<void> {
  const now = ctx.clock.now();
  await ctx.db
    .insert(outboxCursors)
    .values({ consumer, lastSeq, updatedAt: now })
    .onConflictDoUpdate({
      target: outboxCursors.consumer,
      set: { lastSeq: sql`greatest(${outboxCursors.lastSeq}, excluded.last_seq)`, updatedAt: now },
    });
}
