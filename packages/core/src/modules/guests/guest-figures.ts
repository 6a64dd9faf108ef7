import { and, eq, ne, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { guestItemStats, orderLines, orders } from '../orders/orders.tables';
import { guests } from './guests.tables';

/** A guest's order figures as stored on the guest row. */
export type GuestFigures = {
  visits: number;
  spendFen: number;
  firstVisitAt: Date | null;
  lastVisitAt: Date | null;
};

/**
 * Recomputes a guest's figures from their orders, inside the caller's transaction: visits =
 * non-cancelled orders, spend = Σ(paid − refunded) of those (fen), first and last visit; and
 * rebuilds their favourite-item counts (`guest_item_stats`) from the lines of those orders.
 * Idempotent. Used after a merge or un-merge moves orders between guests.
 */
export async function recomputeGuestFigures(ctx: Ctx, guestId: string): Promise<GuestFigures> {
  const counted = and(eq(orders.guestId, guestId), ne(orders.status, 'cancelled'));
  const [row] = await ctx.db
    .select({
      visits: sql<number>`count(*)::int`.mapWith(Number),
      spendFen: sql<number>`coalesce(sum(${orders.paidFen} - ${orders.refundedFen}), 0)::int8`.mapWith(
        Number,
      ),
      firstVisitAt: sql<Date | null>`min(${orders.placedAt})`.mapWith(orders.placedAt),
      lastVisitAt: sql<Date | null>`max(${orders.placedAt})`.mapWith(orders.placedAt),
    })
    .from(orders)
    .where(counted);
  const figures: GuestFigures = {
    visits: row?.visits ?? 0,
    spendFen: row?.spendFen ?? 0,
    firstVisitAt: row?.firstVisitAt ?? null,
    lastVisitAt: row?.lastVisitAt ?? null,
  };
  await ctx.db.update(guests).set(figures).where(eq(guests.id, guestId));
  await ctx.db.delete(guestItemStats).where(eq(guestItemStats.guestId, guestId));
  await ctx.db.insert(guestItemStats).select(
    ctx.db
      .select({
        guestId: sql<string>`${guestId}::text`.as('guest_id'),
        itemName: orderLines.name,
        quantity: sql<number>`sum(${orderLines.quantity})::int`.as('quantity'),
        lastAt: sql<Date>`max(${orders.placedAt})`.as('last_at'),
      })
      .from(orderLines)
      .innerJoin(orders, eq(orders.id, orderLines.orderId))
      .where(counted)
      .groupBy(orderLines.name),
  );
  return figures;
}
