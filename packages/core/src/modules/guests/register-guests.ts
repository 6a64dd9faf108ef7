import type { ConsentInput, UpsertGuestInput } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { newId } from '../../ids';
import { recordAudit } from '../audit/audit.service';
import { resolveBrandId } from '../org';
import { authorize } from '../staff/authorize';
import { guestConsents } from './guests.tables';
import { fillProfile } from './profile-fields';
import { normaliseIdentities, resolveGuest } from './resolve-guest';

/** One guest of a bulk registration, with the consents they gave on sign-up. */
export type GuestRegistration = UpsertGuestInput & { consents?: ConsentInput[] };

const CHUNK = 250;

/**
 * Registers many guests (a sign-up backlog, the demo brand) with the same identity resolution
 * as `upsertGuest`, a transaction and one audit entry per chunk of 250, and their sign-up
 * consents. Returns each input's guest id in order. An invalid contact fails its whole chunk.
 */
export async function registerGuests(
  ctx: Ctx,
  registrations: readonly GuestRegistration[],
  onProgress: (done: number) => void = () => undefined,
): Promise<{ guestIds: string[]; created: number }> {
  authorize(ctx, 'guests.manage');
  const brands = new Map<string, string>();
  const guestIds: string[] = [];
  let created = 0;
  for (let from = 0; from < registrations.length; from += CHUNK) {
    const chunk = registrations.slice(from, from + CHUNK);
    for (const r of chunk) {
      const key = r.storeId ?? '';
      if (!brands.has(key)) brands.set(key, await resolveBrandId(ctx, r.storeId));
    }
    await ctx.db.transaction(async (tx) => {
      const txCtx = { ...ctx, db: tx };
      const ids: string[] = [];
      const consents: Array<typeof guestConsents.$inferInsert> = [];
      for (const r of chunk) {
        const profile = r.profile ?? {};
        const arrival = {
          brandId: brands.get(r.storeId ?? '')!,
          channel: r.channel,
          storeId: r.storeId,
          profile,
        };
        const resolution = await resolveGuest(txCtx, arrival, normaliseIdentities(ctx, r.identities));
        if (!resolution.created)
          await fillProfile(txCtx, resolution.guestId, profile, r.channel, { onlyEmpty: false });
        created += resolution.created ? 1 : 0;
        ids.push(resolution.guestId);
        for (const c of r.consents ?? []) {
          for (const channel of new Set(c.channels)) {
            consents.push({
              id: newId('cns', ctx.clock.now().getTime()),
              guestId: resolution.guestId,
              purpose: c.purpose,
              channel,
              granted: c.granted,
              at: ctx.clock.now(),
              source: c.source,
              wordingVersion: c.wordingVersion,
            });
          }
        }
      }
      if (consents.length > 0) await tx.insert(guestConsents).values(consents);
      await recordAudit(txCtx, {
        action: 'guest.register_batch',
        entityType: 'guest',
        entityIds: [...new Set(ids)],
        details: { registrations: chunk.length, consents: consents.length },
      });
      guestIds.push(...ids);
    });
    onProgress(guestIds.length);
  }
  return { guestIds, created };
}
