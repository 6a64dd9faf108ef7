import { and, eq, inArray } from 'drizzle-orm';
import type { Merge } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { orders } from '../orders/orders.tables';
import { authorize } from '../staff/authorize';
import { loadVisibleGuest } from './guest-access';
import { recomputeGuestFigures } from './guest-figures';
import { guestConsents, guestIdentities, guestMerges, guests, mergeCandidates } from './guests.tables';
import { loadMerge, lockPair } from './merge-guests';
import { planClear, type FilledFields } from './merge.rules';

/**
 * Undoes a merge: exactly the identities, orders and consents that moved go back to the merged
 * guest (what arrived at the survivor afterwards stays), fields the merge filled are cleared
 * unless corrected since, the merged guest is active again and both guests' figures are
 * recomputed. The review entry of the pair is dismissed. `merge_already_undone` when repeated;
 * `merge_not_allowed` when either guest has since been merged onward or erased.
 */
export async function undoMerge(ctx: Ctx, mergeId: string): Promise<Merge> {
  authorize(ctx, 'guests.merge');
  await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const [merge] = await tx.select().from(guestMerges).where(eq(guestMerges.id, mergeId)).for('update');
    if (!merge) throw new AppError('not_found', `No merge ${mergeId}`, { mergeId });
    if (merge.undoneAt)
      throw new AppError('merge_already_undone', `Merge ${mergeId} was already undone`, { mergeId });
    await loadVisibleGuest(txCtx, merge.survivorId);
    const [survivor, merged] = await lockPair(txCtx, merge.survivorId, merge.mergedId);
    if (survivor.status !== 'active' || merged.status !== 'merged' || merged.mergedInto !== survivor.id) {
      throw new AppError(
        'merge_not_allowed',
        'One of the guests has changed since: undo later merges first',
        {
          reason: survivor.status !== 'active' ? 'survivor_not_active' : 'merged_guest_changed',
          mergeId,
        },
      );
    }
    const back = { survivorId: survivor.id, mergedId: merged.id };
    const { identityIds, orderIds, consentIds } = merge.moved;
    const identities = identityIds.length
      ? await tx
          .update(guestIdentities)
          .set({ guestId: back.mergedId })
          .where(and(inArray(guestIdentities.id, identityIds), eq(guestIdentities.guestId, back.survivorId)))
          .returning({ id: guestIdentities.id })
      : [];
    const movedOrders = orderIds.length
      ? await tx
          .update(orders)
          .set({ guestId: back.mergedId })
          .where(and(inArray(orders.id, orderIds), eq(orders.guestId, back.survivorId)))
          .returning({ id: orders.id })
      : [];
    const consents = consentIds.length
      ? await tx
          .update(guestConsents)
          .set({ guestId: back.mergedId })
          .where(and(inArray(guestConsents.id, consentIds), eq(guestConsents.guestId, back.survivorId)))
          .returning({ id: guestConsents.id })
      : [];
    const now = ctx.clock.now();
    await tx
      .update(guests)
      .set({ ...planClear(survivor, merge.filledFields as FilledFields), updatedAt: now })
      .where(eq(guests.id, back.survivorId));
    await tx
      .update(guests)
      .set({ status: 'active', mergedInto: null, updatedAt: now })
      .where(eq(guests.id, back.mergedId));
    await recomputeGuestFigures(txCtx, back.survivorId);
    await recomputeGuestFigures(txCtx, back.mergedId);
    await tx
      .update(guestMerges)
      .set({ undoneAt: now, undoneBy: ctx.actor.id })
      .where(eq(guestMerges.id, mergeId));
    const [guestA, guestB] = [back.survivorId, back.mergedId].sort() as [string, string];
    await tx
      .update(mergeCandidates)
      .set({ status: 'dismissed', decidedAt: now, decidedBy: ctx.actor.id })
      .where(and(eq(mergeCandidates.guestA, guestA), eq(mergeCandidates.guestB, guestB)));
    await recordAudit(txCtx, {
      action: 'guest.unmerge',
      entityType: 'guest',
      entityIds: [back.survivorId, back.mergedId],
      details: {
        mergeId,
        identities: identities.length,
        orders: movedOrders.length,
        consents: consents.length,
      },
    });
  });
  return loadMerge(ctx, mergeId);
}
