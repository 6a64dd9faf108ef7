import { and, eq, lt } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { idempotencyKeys } from './orders.tables';

/** A request still `pending` this long after it started is taken to have died with its process. */
const PENDING_EXPIRY_MS = 60_000;

/** Which request: the caller (actor id), the key it chose, and a hash of what it asked. */
export type IdempotentRequest = { callerId: string; key: string; requestHash: string };

/** A stored answer to replay. */
export type StoredAnswer = { status: number; body: unknown };

/**
 * Claims a key before running the request: `null` = run it (new key, or a claim abandoned for a
 * minute), else the stored answer to replay. Another request under the key is
 * `idempotency_key_reused`; a key whose first request still runs is `request_in_progress`.
 */
export async function claimIdempotencyKey(
  ctx: Ctx,
  request: IdempotentRequest,
): Promise<StoredAnswer | null> {
  const now = ctx.clock.now();
  const [claimed] = await ctx.db
    .insert(idempotencyKeys)
    .values({ ...request, status: 'pending', createdAt: now })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  if (claimed) return null;
  const match = and(eq(idempotencyKeys.callerId, request.callerId), eq(idempotencyKeys.key, request.key));
  const [row] = await ctx.db.select().from(idempotencyKeys).where(match);
  if (!row) return claimIdempotencyKey(ctx, request);
  if (row.requestHash !== request.requestHash) {
    throw new AppError('idempotency_key_reused', 'This Idempotency-Key was used for a different request');
  }
  if (row.status === 'completed') return { status: row.responseStatus ?? 200, body: row.responseBody };
  const [taken] = await ctx.db
    .update(idempotencyKeys)
    .set({ createdAt: now })
    .where(
      and(
        match,
        eq(idempotencyKeys.status, 'pending'),
        lt(idempotencyKeys.createdAt, new Date(now.getTime() - PENDING_EXPIRY_MS)),
      ),
    )
    .returning({ key: idempotencyKeys.key });
  if (taken) return null;
  throw new AppError('request_in_progress', 'The first request with this Idempotency-Key is still running');
}

/** Stores the answer of a claimed request, for replay to later requests with the same key. */
export async function completeIdempotencyKey(
  ctx: Ctx,
  request: Pick<IdempotentRequest, 'callerId' | 'key'>,
  answer: StoredAnswer,
): Promise<void> {
  await ctx.db
    .update(idempotencyKeys)
    .set({ status: 'completed', responseStatus: answer.status, responseBody: answer.body })
    .where(and(eq(idempotencyKeys.callerId, request.callerId), eq(idempotencyKeys.key, request.key)));
}

/** Releases a claim whose request failed, so that the caller may retry with the same key. */
export async function releaseIdempotencyKey(
  ctx: Ctx,
  request: Pick<IdempotentRequest, 'callerId' | 'key'>,
): Promise<void> {
  await ctx.db
    .delete(idempotencyKeys)
    .where(
      and(
        eq(idempotencyKeys.callerId, request.callerId),
        eq(idempotencyKeys.key, request.key),
        eq(idempotencyKeys.status, 'pending'),
      ),
    );
}
