import type { Ctx } from '../../context';
import { newId } from '../../ids';
import { orderLines, orders } from '../orders/orders.tables';

/** An order for tests of the guests module, written straight into the tables. */
export type FixtureOrder = {
  brandId: string;
  storeId: string;
  guestId: string | null;
  placedAt: string;
  lines: Array<{ name: string; quantity: number; unitPriceFen: number }>;
  discountFen?: number;
  refundedFen?: number;
  status?: 'completed' | 'partially_refunded' | 'refunded' | 'cancelled';
};

/**
 * Test helper: inserts an order and its lines directly (order ingest is its own module), with
 * local date fields in UTC+8. Does not touch guest figures. Returns the order id.
 */
export async function insertFixtureOrder(ctx: Ctx, order: FixtureOrder): Promise<string> {
  const placedAt = new Date(order.placedAt);
  const local = new Date(placedAt.getTime() + 8 * 3600_000);
  const grossFen = order.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceFen, 0);
  const discountFen = order.discountFen ?? 0;
  const id = newId('ord', ctx.clock.now().getTime());
  await ctx.db.insert(orders).values({
    id,
    brandId: order.brandId,
    storeId: order.storeId,
    guestId: order.guestId,
    channel: 'dine_in',
    source: 'test',
    externalId: id,
    placedAt,
    localDate: local.toISOString().slice(0, 10),
    localHour: local.getUTCHours(),
    localDow: (local.getUTCDay() + 6) % 7,
    grossFen,
    discountFen,
    paidFen: grossFen - discountFen,
    refundedFen: order.refundedFen ?? 0,
    status: order.status ?? 'completed',
    itemCount: order.lines.reduce((sum, l) => sum + l.quantity, 0),
    createdAt: ctx.clock.now(),
  });
  await ctx.db.insert(orderLines).values(
    order.lines.map((l, i) => ({
      orderId: id,
      lineNo: i + 1,
      name: l.name,
      quantity: l.quantity,
      unitPriceFen: l.unitPriceFen,
      amountFen: l.quantity * l.unitPriceFen,
    })),
  );
  return id;
}
