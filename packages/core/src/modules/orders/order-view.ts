import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Order } from '@regulars/contracts';
import type { Ctx } from '../../context';
import type { LineLink } from './insert-orders.repo';
import { orderEvents, orderLines, orders } from './orders.tables';
import type { PreparedOrder } from './prepare-order';

type OrderRow = typeof orders.$inferSelect;
type LineRow = typeof orderLines.$inferSelect;
type EventRow = typeof orderEvents.$inferSelect;

/** The wire shape of a stored order, with its lines and events when given. */
export function toOrder(row: OrderRow, lines?: LineRow[], events?: EventRow[]): Order {
  return {
    id: row.id,
    storeId: row.storeId,
    guestId: row.guestId,
    channel: row.channel as Order['channel'],
    source: row.source,
    externalId: row.externalId,
    platformOrderId: row.platformOrderId,
    placedAt: row.placedAt.toISOString(),
    localDate: row.localDate,
    grossFen: row.grossFen,
    discountFen: row.discountFen,
    paidFen: row.paidFen,
    refundedFen: row.refundedFen,
    paymentMethod: row.paymentMethod,
    status: row.status as Order['status'],
    itemCount: row.itemCount,
    ...(lines
      ? {
          lines: lines.map((l) => ({
            lineNo: l.lineNo,
            itemId: l.itemId,
            sku: l.sku,
            name: l.name,
            category: l.category,
            size: l.size,
            quantity: l.quantity,
            unitPriceFen: l.unitPriceFen,
            amountFen: l.amountFen,
          })),
        }
      : {}),
    ...(events
      ? {
          events: events.map((e) => ({
            kind: e.kind as 'refund' | 'cancel',
            amountFen: e.amountFen,
            reason: e.reason,
            at: e.at.toISOString(),
          })),
        }
      : {}),
  };
}

/** The wire shape of an order just inserted, without reading it back. */
export function preparedToOrder(o: PreparedOrder, links: LineLink[]): Order {
  const byLine = new Map(links.map((l) => [l.lineNo, l]));
  return {
    id: o.id,
    storeId: o.storeId,
    guestId: o.guestId,
    channel: o.channel,
    source: o.source,
    externalId: o.externalId,
    platformOrderId: o.platformOrderId,
    placedAt: o.placedAt.toISOString(),
    localDate: o.localDate,
    grossFen: o.grossFen,
    discountFen: o.discountFen,
    paidFen: o.paidFen,
    refundedFen: 0,
    paymentMethod: o.paymentMethod,
    status: 'completed',
    itemCount: o.itemCount,
    lines: o.lines.map((l) => {
      const link = byLine.get(l.lineNo);
      return {
        lineNo: l.lineNo,
        itemId: link?.itemId ?? null,
        sku: l.sku,
        name: l.name,
        category: link?.category ?? l.category,
        size: link?.size ?? l.size,
        quantity: l.quantity,
        unitPriceFen: l.unitPriceFen,
        amountFen: l.amountFen,
      };
    }),
  };
}

/** An order with its lines and events, or undefined. */
export async function findOrderDetail(
  ctx: Ctx,
  where: { id: string } | { brandId: string; source: string; externalId: string },
): Promise<Order | undefined> {
  const condition =
    'id' in where
      ? eq(orders.id, where.id)
      : and(
          eq(orders.brandId, where.brandId),
          eq(orders.source, where.source),
          eq(orders.externalId, where.externalId),
        );
  const [row] = await ctx.db.select().from(orders).where(condition);
  if (!row) return undefined;
  const [lines, events] = await Promise.all([
    ctx.db.select().from(orderLines).where(eq(orderLines.orderId, row.id)).orderBy(asc(orderLines.lineNo)),
    ctx.db.select().from(orderEvents).where(eq(orderEvents.orderId, row.id)).orderBy(asc(orderEvents.at)),
  ]);
  return toOrder(row, lines, events);
}

/** The ids of stored orders by their unique key (brand, source, external id). */
export async function findOrderIdsByKey(
  ctx: Ctx,
  keys: Array<{ brandId: string; source: string; externalId: string }>,
): Promise<Array<{ id: string; brandId: string; source: string; externalId: string }>> {
  if (keys.length === 0) return [];
  return ctx.db
    .select({ id: orders.id, brandId: orders.brandId, source: orders.source, externalId: orders.externalId })
    .from(orders)
    .where(
      and(
        inArray(orders.externalId, [...new Set(keys.map((k) => k.externalId))]),
        inArray(orders.brandId, [...new Set(keys.map((k) => k.brandId))]),
        inArray(orders.source, [...new Set(keys.map((k) => k.source))]),
      ),
    );
}
