import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Ctx } from '../../context';
import { orders } from '../orders/orders.tables';
import { storeScope } from '../staff/authorize';
import type { guests } from './guests.tables';

/**
 * Whether the actor may open this guest: everyone with brand-wide scope; store-scoped staff when
 * the guest's home store is theirs or the guest has ordered in one of their stores.
 */
export async function guestVisibleTo(ctx: Ctx, row: typeof guests.$inferSelect): Promise<boolean> {
  const scope = storeScope(ctx.actor);
  if (scope === null) return true;
  if (row.homeStoreId && scope.includes(row.homeStoreId)) return true;
  if (scope.length === 0) return false;
  const [hit] = await ctx.db
    .select({ one: sql<number>`1` })
    .from(orders)
    .where(and(eq(orders.guestId, row.id), inArray(orders.storeId, scope)))
    .limit(1);
  return hit !== undefined;
}
