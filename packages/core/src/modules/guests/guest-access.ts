import { and, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { guestVisibleTo } from './guest-scope';
import { loadGuestRow } from './guests.service';
import { guests } from './guests.tables';

/** A guest row the actor may open: `guest_not_found`, or `forbidden` outside their stores. */
export async function loadVisibleGuest(ctx: Ctx, guestId: string): Promise<typeof guests.$inferSelect> {
  const row = await loadGuestRow(ctx, guestId);
  if (!(await guestVisibleTo(ctx, row))) {
    throw new AppError('forbidden', 'This guest is not a guest of your stores', { guestId });
  }
  return row;
}

/** The guests and, transitively, every guest merged into them (not yet erased). */
export async function withMergedInto(ctx: Ctx, guestIds: string[]): Promise<string[]> {
  const all = new Set(guestIds);
  let frontier = guestIds;
  while (frontier.length > 0) {
    const rows = await ctx.db
      .select({ id: guests.id })
      .from(guests)
      .where(and(inArray(guests.mergedInto, frontier), eq(guests.status, 'merged')));
    frontier = rows.map((r) => r.id).filter((id) => !all.has(id));
    for (const id of frontier) all.add(id);
  }
  return [...all].sort();
}
