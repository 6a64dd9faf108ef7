import { and, asc, desc, eq, inArray, or } from 'drizzle-orm';
import type { Merge } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { newId } from '../../ids';
import { recordAudit } from '../audit/audit.service';
import { orders } from '../orders/orders.tables';
import { authorize } from '../staff/authorize';
import { loadVisibleGuest } from './guest-access';
import { recomputeGuestFigures } from './guest-figures';
import { guestConsents, guestIdentities, guestMerges, guests, mergeCandidates } from './guests.tables';
import { checkMerge, planFill } from './merge.rules';

/** Why a merge happened, and the review-queue entry it settles (if any). */
export type MergeOptions = { reason: string; candidateId?: string };

/**
 * Merges `mergedId` into `survivorId` in one transaction (CUS-3): the merged guest's identities,
 * orders and consents move to the survivor, empty survivor fields are filled from the merged
 * guest, tags are unioned, both guests' figures are recomputed from their orders, and the merge
 * is recorded with everything that moved so `undoMerge` can put it back. The merged guest stays
 * as status `merged` pointing at the survivor. Open review entries for the pair are settled.
 */
export async function mergeGuests(
  ctx: Ctx,
  survivorId: string,
  mergedId: string,
  options: MergeOptions,
): Promise<Merge> {
  authorize(ctx, 'guests.merge');
  await loadVisibleGuest(ctx, survivorId);
  await loadVisibleGuest(ctx, mergedId);
  const mergeId = await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const [survivor, merged] = await lockPair(txCtx, survivorId, mergedId);
    const check = checkMerge(survivor, merged);
    if (!check.ok) {
      throw new AppError(
        'merge_not_allowed',
        `Cannot merge ${mergedId} into ${survivorId}: ${check.reason}`,
        {
          reason: check.reason,
        },
      );
    }
    const pair = [survivorId, mergedId].sort() as [string, string];
    if (options.candidateId) await assertCandidate(txCtx, options.candidateId, pair);
    const now = ctx.clock.now();
    const identityRows = await tx
      .update(guestIdentities)
      .set({ guestId: survivorId })
      .where(eq(guestIdentities.guestId, mergedId))
      .returning({ id: guestIdentities.id });
    const orderRows = await tx
      .update(orders)
      .set({ guestId: survivorId })
      .where(eq(orders.guestId, mergedId))
      .returning({ id: orders.id });
    const consentRows = await tx
      .update(guestConsents)
      .set({ guestId: survivorId })
      .where(eq(guestConsents.guestId, mergedId))
      .returning({ id: guestConsents.id });
    const { update, filled } = planFill(survivor, merged);
    await tx
      .update(guests)
      .set({ ...update, updatedAt: now })
      .where(eq(guests.id, survivorId));
    await tx
      .update(guests)
      .set({ status: 'merged', mergedInto: survivorId, updatedAt: now })
      .where(eq(guests.id, mergedId));
    await recomputeGuestFigures(txCtx, survivorId);
    await recomputeGuestFigures(txCtx, mergedId);
    const id = newId('mrg', now.getTime());
    const moved = {
      identityIds: identityRows.map((r) => r.id).sort(),
      orderIds: orderRows.map((r) => r.id).sort(),
      consentIds: consentRows.map((r) => r.id).sort(),
    };
    await tx.insert(guestMerges).values({
      id,
      brandId: survivor.brandId,
      survivorId,
      mergedId,
      reason: options.reason,
      moved,
      filledFields: filled,
      actorId: ctx.actor.id,
      at: now,
    });
    await tx
      .update(mergeCandidates)
      .set({ status: 'merged', decidedAt: now, decidedBy: ctx.actor.id })
      .where(
        and(
          eq(mergeCandidates.guestA, pair[0]),
          eq(mergeCandidates.guestB, pair[1]),
          eq(mergeCandidates.status, 'open'),
        ),
      );
    await recordAudit(txCtx, {
      action: 'guest.merge',
      entityType: 'guest',
      entityIds: [survivorId, mergedId],
      details: {
        mergeId: id,
        candidateId: options.candidateId ?? null,
        identities: moved.identityIds.length,
        orders: moved.orderIds.length,
        consents: moved.consentIds.length,
        filledFields: Object.keys(filled.fields),
        addedTags: filled.addedTags.length,
      },
    });
    return id;
  });
  return loadMerge(ctx, mergeId);
}

/** Locks both guest rows (in id order, so concurrent merges of the same pair serialise). */
export async function lockPair(
  ctx: Ctx,
  firstId: string,
  secondId: string,
): Promise<[typeof guests.$inferSelect, typeof guests.$inferSelect]> {
  const rows = await ctx.db
    .select()
    .from(guests)
    .where(inArray(guests.id, [firstId, secondId]))
    .orderBy(asc(guests.id))
    .for('update');
  const first = rows.find((r) => r.id === firstId);
  const second = rows.find((r) => r.id === secondId);
  if (!first || !second) throw new AppError('guest_not_found', 'Guest not found');
  return [first, second];
}

async function assertCandidate(ctx: Ctx, candidateId: string, pair: [string, string]): Promise<void> {
  const [row] = await ctx.db.select().from(mergeCandidates).where(eq(mergeCandidates.id, candidateId));
  if (!row) throw new AppError('not_found', `No merge candidate ${candidateId}`, { candidateId });
  if (row.guestA !== pair[0] || row.guestB !== pair[1] || row.status !== 'open') {
    throw new AppError('merge_not_allowed', 'The review entry is not an open entry for these two guests', {
      reason: 'candidate_mismatch',
      candidateId,
    });
  }
}

/** A recorded merge as shown (what moved, as counts). `not_found` when unknown. */
export async function loadMerge(ctx: Ctx, mergeId: string): Promise<Merge> {
  const [row] = await ctx.db.select().from(guestMerges).where(eq(guestMerges.id, mergeId));
  if (!row) throw new AppError('not_found', `No merge ${mergeId}`, { mergeId });
  return toMerge(row);
}

/** The wire form of a merge row. */
export function toMerge(row: typeof guestMerges.$inferSelect): Merge {
  return {
    id: row.id,
    survivorId: row.survivorId,
    mergedId: row.mergedId,
    reason: row.reason,
    moved: {
      identities: row.moved.identityIds.length,
      orders: row.moved.orderIds.length,
      consents: row.moved.consentIds.length,
    },
    at: row.at.toISOString(),
    undoneAt: row.undoneAt?.toISOString() ?? null,
  };
}

/** The merges a guest took part in (as survivor or as merged guest), newest first. */
export async function listMerges(ctx: Ctx, guestId: string): Promise<Merge[]> {
  authorize(ctx, 'guests.read');
  await loadVisibleGuest(ctx, guestId);
  const rows = await ctx.db
    .select()
    .from(guestMerges)
    .where(or(eq(guestMerges.survivorId, guestId), eq(guestMerges.mergedId, guestId)))
    .orderBy(desc(guestMerges.id));
  return rows.map(toMerge);
}
