import { and, desc, eq, inArray, isNotNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { ListMergeCandidatesQuery, MergeCandidate } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { newId } from '../../ids';
import { recordAudit } from '../audit/audit.service';
import { resolveBrandId } from '../org';
import { authorize, storeScope } from '../staff/authorize';
import { loadMaskedPhones, toSummary } from './guest-view';
import { guests, mergeCandidates } from './guests.tables';

/** The reason recorded on pairs found by the name and birth-month scan. */
export const SAME_NAME_AND_BIRTH_MONTH = 'same name and birth month';

const guestA = alias(guests, 'guest_a_row');
const guestB = alias(guests, 'guest_b_row');

/**
 * The merge review queue: open entries whose two guests are both still active, newest first,
 * each with both guests' masked summaries. Store-scoped callers see pairs touching their stores.
 */
export async function listMergeCandidates(
  ctx: Ctx,
  query: ListMergeCandidatesQuery,
): Promise<{ items: MergeCandidate[]; nextCursor: string | null }> {
  authorize(ctx, 'guests.merge');
  const brandId = await resolveBrandId(ctx);
  const where: SQL[] = [
    eq(mergeCandidates.brandId, brandId),
    eq(mergeCandidates.status, 'open'),
    eq(guestA.status, 'active'),
    eq(guestB.status, 'active'),
  ];
  const scope = storeScope(ctx.actor);
  if (scope !== null) {
    where.push(
      scope.length ? or(inArray(guestA.homeStoreId, scope), inArray(guestB.homeStoreId, scope))! : sql`false`,
    );
  }
  if (query.cursor) where.push(lt(mergeCandidates.id, query.cursor));
  const rows = await ctx.db
    .select({ candidate: mergeCandidates, a: guestA, b: guestB })
    .from(mergeCandidates)
    .innerJoin(guestA, eq(guestA.id, mergeCandidates.guestA))
    .innerJoin(guestB, eq(guestB.id, mergeCandidates.guestB))
    .where(and(...where))
    .orderBy(desc(mergeCandidates.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  const guestIds = page.flatMap((r) => [r.a.id, r.b.id]);
  const phones = await loadMaskedPhones(ctx, guestIds);
  await recordAudit(ctx, {
    action: 'guest.merge_review',
    entityType: 'guest',
    entityIds: [...new Set(guestIds)],
    details: { results: page.length },
  });
  return {
    items: page.map(({ candidate, a, b }) => ({
      id: candidate.id,
      guestA: toSummary(ctx, a, phones.get(a.id) ?? null),
      guestB: toSummary(ctx, b, phones.get(b.id) ?? null),
      reason: candidate.reason,
      createdAt: candidate.createdAt.toISOString(),
    })),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.candidate.id ?? null) : null,
  };
}

/** Takes an entry off the review queue: the two guests are different people. */
export async function dismissMergeCandidate(ctx: Ctx, candidateId: string): Promise<void> {
  authorize(ctx, 'guests.merge');
  await ctx.db.transaction(async (tx) => {
    const now = ctx.clock.now();
    const [row] = await tx
      .update(mergeCandidates)
      .set({ status: 'dismissed', decidedAt: now, decidedBy: ctx.actor.id })
      .where(and(eq(mergeCandidates.id, candidateId), eq(mergeCandidates.status, 'open')))
      .returning();
    if (!row) {
      const [exists] = await tx.select().from(mergeCandidates).where(eq(mergeCandidates.id, candidateId));
      if (!exists) throw new AppError('not_found', `No merge candidate ${candidateId}`, { candidateId });
      throw new AppError('conflict', `Merge candidate ${candidateId} is already ${exists.status}`, {
        candidateId,
        status: exists.status,
      });
    }
    await recordAudit(
      { ...ctx, db: tx },
      {
        action: 'guest.merge_dismiss',
        entityType: 'guest',
        entityIds: [row.guestA, row.guestB],
        details: { candidateId },
      },
    );
  });
}

/**
 * Active guests of a brand with the same name (blind index) and birth month that are not yet
 * on the review queue in any state. Each group pairs every member with its first guest (by id),
 * so a group of k gives k − 1 pairs. Set-based; `limit` bounds one call.
 */
export async function findDuplicateSuspects(
  ctx: Ctx,
  brandId: string,
  limit: number,
): Promise<Array<{ guestA: string; guestB: string }>> {
  const grouped = ctx.db.$with('grouped').as(
    ctx.db
      .select({
        id: guests.id,
        anchor:
          sql<string>`first_value(${guests.id}) over (partition by ${guests.nameIndex}, ${guests.birthMonth} order by ${guests.id} collate "C")`.as(
            'anchor',
          ),
      })
      .from(guests)
      .where(
        and(
          eq(guests.brandId, brandId),
          eq(guests.status, 'active'),
          isNotNull(guests.nameIndex),
          isNotNull(guests.birthMonth),
        ),
      ),
  );
  return ctx.db
    .with(grouped)
    .select({ guestA: grouped.anchor, guestB: grouped.id })
    .from(grouped)
    .where(
      and(
        sql`${grouped.id} <> ${grouped.anchor}`,
        sql`not exists (select 1 from ${mergeCandidates} c where (c.guest_a = ${grouped.anchor} and c.guest_b = ${grouped.id}) or (c.guest_a = ${grouped.id} and c.guest_b = ${grouped.anchor}))`,
      ),
    )
    .orderBy(grouped.anchor, grouped.id)
    .limit(limit);
}

/**
 * Queues every not-yet-queued same-name-and-birth-month pair of the brand for review, in
 * batches. Idempotent: a pair already on the queue (open, merged or dismissed) is not queued
 * again. Returns the number of pairs queued.
 */
export async function queueDuplicateSuspects(ctx: Ctx, brandId: string): Promise<number> {
  let queued = 0;
  for (;;) {
    const pairs = await findDuplicateSuspects(ctx, brandId, 1000);
    if (pairs.length === 0) return queued;
    const now = ctx.clock.now();
    const inserted = await ctx.db
      .insert(mergeCandidates)
      .values(
        pairs.map((p) => ({
          id: newId('mgc', now.getTime()),
          brandId,
          guestA: p.guestA,
          guestB: p.guestB,
          reason: SAME_NAME_AND_BIRTH_MONTH,
          createdAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: mergeCandidates.id });
    queued += inserted.length;
    if (pairs.length < 1000) return queued;
  }
}
