import { and, eq, sql } from 'drizzle-orm';
import type { OrderEventInput, RecordedOrderEvent } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { newId } from '../../ids';
import { recordAudit } from '../audit/audit.service';
import { publishEvent } from '../events/events.service';
import { guests } from '../guests/guests.tables';
import { authorize } from '../staff/authorize';
import { applyRefund } from './order-amounts.rules';
import { findOrderDetail } from './order-view';
import { orderEvents, orders } from './orders.tables';
import { retryOnDeadlock } from './retry';

type OrderRow = typeof orders.$inferSelect;

/**
 * Records a refund (of `amountFen`, default all still refundable; at most paid − refunded) or a
 * cancellation (removes the visit, remaining spend and items) and updates the guest's figures.
 * Idempotent by `externalId`. Publishes `order.refunded` / `order.cancelled`.
 */
export async function recordOrderEvent(
  ctx: Ctx,
  orderId: string,
  input: OrderEventInput,
): Promise<RecordedOrderEvent> {
  authorize(ctx, 'orders.write');
  if (input.kind === 'refund' && input.amountFen === 0) {
    throw new AppError('validation_failed', 'A refund of nothing', [
      { path: 'amountFen', message: 'at least 1' },
    ]);
  }
  return retryOnDeadlock(() =>
    ctx.db.transaction(async (tx) => {
      const txCtx: Ctx = { ...ctx, db: tx };
      const [order] = await tx.select().from(orders).where(eq(orders.id, orderId)).for('update');
      if (!order) throw new AppError('order_not_found', `No order ${orderId}`);
      authorize(ctx, 'orders.write', { storeId: order.storeId });
      const [seen] = await tx
        .select({ id: orderEvents.id })
        .from(orderEvents)
        .where(and(eq(orderEvents.orderId, orderId), eq(orderEvents.externalId, input.externalId)));
      if (!seen) {
        if (order.status === 'cancelled')
          throw new AppError('order_cancelled', `Order ${orderId} is cancelled`);
        if (input.kind === 'refund') await refund(txCtx, order, input, input.amountFen ?? remainingOf(order));
        else await cancel(txCtx, order, input);
      }
      return { order: (await findOrderDetail(txCtx, { id: orderId }))!, duplicate: Boolean(seen) };
    }),
  );
}

/** What is still refundable: paid − refunded, in fen. */
function remainingOf(order: OrderRow): number {
  return order.paidFen - order.refundedFen;
}

async function refund(txCtx: Ctx, order: OrderRow, input: OrderEventInput, amountFen: number): Promise<void> {
  const outcome = applyRefund(order, amountFen);
  if (!outcome.ok || amountFen === 0) {
    const refundableFen = remainingOf(order);
    throw new AppError('refund_exceeds_paid', `At most ${refundableFen} fen can still be refunded`, {
      refundableFen,
    });
  }
  await txCtx.db
    .update(orders)
    .set({ refundedFen: outcome.refundedFen, status: outcome.status })
    .where(eq(orders.id, order.id));
  if (order.guestId) {
    await txCtx.db
      .update(guests)
      .set({ spendFen: sql`${guests.spendFen} - ${amountFen}`, updatedAt: txCtx.clock.now() })
      .where(eq(guests.id, order.guestId));
  }
  await writeEvent(txCtx, order, input, amountFen, 'order.refunded', {
    refundedFen: outcome.refundedFen,
    status: outcome.status,
  });
}

async function cancel(txCtx: Ctx, order: OrderRow, input: OrderEventInput): Promise<void> {
  const remainingFen = remainingOf(order);
  await txCtx.db.update(orders).set({ status: 'cancelled' }).where(eq(orders.id, order.id));
  if (order.guestId) {
    const kept = sql`from ${orders} where ${orders.guestId} = ${order.guestId} and ${orders.status} <> 'cancelled'`;
    await txCtx.db
      .update(guests)
      .set({
        visits: sql`greatest(${guests.visits} - 1, 0)`,
        spendFen: sql`${guests.spendFen} - ${remainingFen}`,
        firstVisitAt: sql`(select min(${orders.placedAt}) ${kept})`,
        lastVisitAt: sql`(select max(${orders.placedAt}) ${kept})`,
        updatedAt: txCtx.clock.now(),
      })
      .where(eq(guests.id, order.guestId));
    await txCtx.db.execute(sql`
      update guest_item_stats s set quantity = greatest(s.quantity - l.quantity, 0)
      from (select name, sum(quantity)::int as quantity from order_lines where order_id = ${order.id} group by name) l
      where s.guest_id = ${order.guestId} and s.item_name = l.name`);
  }
  await writeEvent(txCtx, order, input, remainingFen, 'order.cancelled', { status: 'cancelled' });
}

async function writeEvent(
  txCtx: Ctx,
  order: OrderRow,
  input: OrderEventInput,
  amountFen: number,
  topic: 'order.refunded' | 'order.cancelled',
  extra: Record<string, unknown>,
): Promise<void> {
  const at = input.at ? new Date(input.at) : txCtx.clock.now();
  const id = newId('oev', txCtx.clock.now().getTime());
  await txCtx.db.insert(orderEvents).values({
    id,
    orderId: order.id,
    kind: input.kind,
    amountFen,
    reason: input.reason ?? null,
    externalId: input.externalId,
    at,
  });
  await publishEvent(txCtx, topic, order.id, {
    orderId: order.id,
    eventId: id,
    brandId: order.brandId,
    storeId: order.storeId,
    guestId: order.guestId,
    amountFen,
    ...extra,
  });
  await recordAudit(txCtx, {
    action: topic === 'order.refunded' ? 'order.refund' : 'order.cancel',
    entityType: 'order',
    entityIds: order.guestId ? [order.id, order.guestId] : [order.id],
    storeId: order.storeId,
    details: { amountFen, externalId: input.externalId, reason: input.reason ?? null },
  });
}
