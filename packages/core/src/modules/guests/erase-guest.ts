import { and, eq, inArray, or } from 'drizzle-orm';
import type { ErasureReason, ErasureResult } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { recordAudit } from '../audit/audit.service';
import { guestItemStats } from '../orders/orders.tables';
import { authorize } from '../staff/authorize';
import { loadVisibleGuest, withMergedInto } from './guest-access';
import { guestConsents, guestIdentities, guests, mergeCandidates } from './guests.tables';

/**
 * Erases a guest on request (SEC-6), with every guest merged into them (the same person): see
 * `eraseGuestRows`. Orders stay, pointing at the now anonymous guest, so order and points
 * totals do not change. Erasing an erased guest changes nothing and answers the same.
 */
export async function eraseGuest(
  ctx: Ctx,
  guestId: string,
  input: { reason: ErasureReason },
): Promise<ErasureResult> {
  authorize(ctx, 'guests.erase');
  const row = await loadVisibleGuest(ctx, guestId);
  if (row.status === 'erased') {
    return { guestId, erasedGuestIds: [], erasedAt: (row.erasedAt ?? row.updatedAt).toISOString() };
  }
  const erasedAt = ctx.clock.now();
  const erasedGuestIds = await ctx.db.transaction(async (tx) => {
    const txCtx = { ...ctx, db: tx };
    const ids = await withMergedInto(txCtx, [guestId]);
    await eraseGuestRows(txCtx, ids);
    await recordAudit(txCtx, {
      action: 'guest.erase',
      entityType: 'guest',
      entityIds: ids,
      details: { reason: input.reason },
    });
    return ids;
  });
  return { guestId, erasedGuestIds, erasedAt: erasedAt.toISOString() };
}

/**
 * The erasure itself, set-based, inside the caller's transaction: identities, the consent ledger
 * and favourite-item counts are deleted; every personal field of the guest rows (sealed values,
 * name index, birth month, gender, language, tastes, allergies, tags, notes, field sources,
 * verification date) is cleared; status becomes `erased`. Open review entries are dismissed.
 * Visits, spend, visit dates, home store and orders stay (they are not about who the guest is).
 */
export async function eraseGuestRows(ctx: Ctx, guestIds: string[]): Promise<void> {
  if (guestIds.length === 0) return;
  const now = ctx.clock.now();
  await ctx.db.delete(guestIdentities).where(inArray(guestIdentities.guestId, guestIds));
  await ctx.db.delete(guestConsents).where(inArray(guestConsents.guestId, guestIds));
  await ctx.db.delete(guestItemStats).where(inArray(guestItemStats.guestId, guestIds));
  await ctx.db
    .update(guests)
    .set({
      status: 'erased',
      erasedAt: now,
      updatedAt: now,
      nameEnc: null,
      nameIndex: null,
      birthdayEnc: null,
      birthMonth: null,
      gender: null,
      language: null,
      addressesEnc: null,
      tastes: [],
      allergies: [],
      tags: [],
      notes: null,
      fieldSources: {},
      lastVerifiedAt: null,
    })
    .where(inArray(guests.id, guestIds));
  await ctx.db
    .update(mergeCandidates)
    .set({ status: 'dismissed', decidedAt: now, decidedBy: ctx.actor.id })
    .where(
      and(
        eq(mergeCandidates.status, 'open'),
        or(inArray(mergeCandidates.guestA, guestIds), inArray(mergeCandidates.guestB, guestIds)),
      ),
    );
}
