import { and, desc, eq, gte, inArray, lt, sql, type SQL } from 'drizzle-orm';
import type { ListOrdersQuery, Order } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { resolveBrandId } from '../org';
import { authorize, storeInScope, storeScope } from '../staff/authorize';
import { findOrderDetail, toOrder } from './order-view';
import { orders } from './orders.tables';

/**
 * Lists orders newest first (by id, keyset pagination with `cursor` = last id seen), filtered by
 * store, guest, channel, status and placed-at range [from, to). Store-scoped staff see only
 * their stores' orders. Items come without lines; open one order for them.
 */
export async function listOrders(
  ctx: Ctx,
  query: ListOrdersQuery,
): Promise<{ items: Order[]; nextCursor: string | null }> {
  authorize(ctx, 'orders.read', { storeId: query.storeId });
  const brandId = await resolveBrandId(ctx, query.storeId);
  const where: SQL[] = [eq(orders.brandId, brandId)];
  const scope = storeScope(ctx.actor);
  if (scope !== null) where.push(scope.length ? inArray(orders.storeId, scope) : sql`false`);
  if (query.storeId) where.push(eq(orders.storeId, query.storeId));
  if (query.guestId) where.push(eq(orders.guestId, query.guestId));
  if (query.channel) where.push(eq(orders.channel, query.channel));
  if (query.status) where.push(eq(orders.status, query.status));
  if (query.from) where.push(gte(orders.placedAt, new Date(query.from)));
  if (query.to) where.push(lt(orders.placedAt, new Date(query.to)));
  if (query.cursor) where.push(lt(orders.id, query.cursor));
  const rows = await ctx.db
    .select()
    .from(orders)
    .where(and(...where))
    .orderBy(desc(orders.id))
    .limit(query.limit + 1);
  const page = rows.slice(0, query.limit);
  return {
    items: page.map((row) => toOrder(row)),
    nextCursor: rows.length > query.limit ? (page.at(-1)?.id ?? null) : null,
  };
}

/** One order with its lines and refund/cancel events; `order_not_found`, or `forbidden` outside the actor's stores. */
export async function getOrder(ctx: Ctx, orderId: string): Promise<Order> {
  authorize(ctx, 'orders.read');
  const order = await findOrderDetail(ctx, { id: orderId });
  if (!order) throw new AppError('order_not_found', `No order ${orderId}`);
  if (!storeInScope(ctx.actor, order.storeId)) {
    throw new AppError('forbidden', 'This order is not from one of your stores', { orderId });
  }
  return order;
}
