import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderInput } from '@regulars/contracts';
import { createTestContext, seedOrg, staffActor, testBackends, type TestContext } from '../../../test';
import { isAppError } from '../../errors';
import { readEvents } from '../events/events.service';
import { guests } from '../guests/guests.tables';
import { ingestOrder } from './ingest-order';
import { recordOrderEvent } from './order-events.service';
import { guestItemStats } from './orders.tables';

describe.each(testBackends())('refunds and cancellations on %s', (backend) => {
  let t: TestContext;
  let storeIds: string[];
  let counter = 0;

  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ storeIds } = await seedOrg(t.ctx, 2));
  });
  afterAll(() => t.close());

  /** A guest with two orders: 10000 fen on 1 Feb and 5000 fen on 1 Mar. Returns both. */
  const twoOrders = async (phone: string) => {
    const base = (externalId: string, placedAt: string, unitPriceFen: number): OrderInput => ({
      storeId: storeIds[0]!,
      channel: 'pos',
      source: 'pos',
      externalId: `${externalId}-${++counter}`,
      placedAt,
      guest: { identities: [{ kind: 'phone', value: phone }] },
      lines: [{ name: 'Pepperoni', quantity: 1, unitPriceFen }],
      discountFen: 0,
    });
    const first = await ingestOrder(t.ctx, base('A', '2026-02-01T04:00:00Z', 10000));
    const second = await ingestOrder(t.ctx, base('B', '2026-03-01T04:00:00Z', 5000));
    return [first.order, second.order] as const;
  };
  const guestRow = async (id: string) => (await t.ctx.db.select().from(guests).where(eq(guests.id, id)))[0]!;

  it('lowers the guest’s spend by each refund and marks the order partially, then fully refunded', async () => {
    const [order] = await twoOrders('13900139001');
    const part = await recordOrderEvent(t.ctx, order.id, {
      kind: 'refund',
      amountFen: 4000,
      externalId: 'R1',
    });
    expect(part.order).toMatchObject({ refundedFen: 4000, status: 'partially_refunded' });
    expect(await guestRow(order.guestId!)).toMatchObject({ visits: 2, spendFen: 11000 });
    const rest = await recordOrderEvent(t.ctx, order.id, {
      kind: 'refund',
      amountFen: 6000,
      externalId: 'R2',
    });
    expect(rest.order).toMatchObject({ refundedFen: 10000, status: 'refunded' });
    expect(rest.order.events?.map((e) => [e.kind, e.amountFen])).toEqual([
      ['refund', 4000],
      ['refund', 6000],
    ]);
    expect(await guestRow(order.guestId!)).toMatchObject({ visits: 2, spendFen: 5000 });
  });

  it('refuses a refund above what is still refundable', async () => {
    const [order] = await twoOrders('13900139002');
    await recordOrderEvent(t.ctx, order.id, { kind: 'refund', amountFen: 9000, externalId: 'R1' });
    await expect(
      recordOrderEvent(t.ctx, order.id, { kind: 'refund', amountFen: 1001, externalId: 'R2' }),
    ).rejects.toSatisfy(
      (e) =>
        isAppError(e, 'refund_exceeds_paid') &&
        (e.details as { refundableFen: number }).refundableFen === 1000,
    );
  });

  it('treats a repeated event id as a retry that changes nothing', async () => {
    const [order] = await twoOrders('13900139003');
    await recordOrderEvent(t.ctx, order.id, { kind: 'refund', amountFen: 1000, externalId: 'R1' });
    const again = await recordOrderEvent(t.ctx, order.id, {
      kind: 'refund',
      amountFen: 1000,
      externalId: 'R1',
    });
    expect(again.duplicate).toBe(true);
    expect(again.order.refundedFen).toBe(1000);
    expect(await guestRow(order.guestId!)).toMatchObject({ spendFen: 14000 });
  });

  it('removes a cancelled order’s visit, remaining spend and items, and moves the last visit back', async () => {
    const [first, second] = await twoOrders('13900139004');
    await recordOrderEvent(t.ctx, second.id, { kind: 'refund', amountFen: 1000, externalId: 'R1' });
    const cancelled = await recordOrderEvent(t.ctx, second.id, {
      kind: 'cancel',
      externalId: 'C1',
      reason: 'wrong store',
    });
    expect(cancelled.order.status).toBe('cancelled');
    const row = await guestRow(first.guestId!);
    expect(row).toMatchObject({ visits: 1, spendFen: 10000 });
    expect(row.lastVisitAt?.toISOString()).toBe('2026-02-01T04:00:00.000Z');
    const [stats] = await t.ctx.db
      .select()
      .from(guestItemStats)
      .where(eq(guestItemStats.guestId, first.guestId!));
    expect(stats?.quantity).toBe(1);
    const events = await readEvents(t.ctx, 'refund-test', 10_000);
    expect(events.filter((e) => e.entityId === second.id).map((e) => e.topic)).toEqual([
      'order.placed',
      'order.refunded',
      'order.cancelled',
    ]);
  });

  it('refuses refunds of a cancelled order', async () => {
    const [order] = await twoOrders('13900139005');
    await recordOrderEvent(t.ctx, order.id, { kind: 'cancel', externalId: 'C1' });
    await expect(
      recordOrderEvent(t.ctx, order.id, { kind: 'refund', amountFen: 100, externalId: 'R1' }),
    ).rejects.toSatisfy((e) => isAppError(e, 'order_cancelled'));
  });

  it('refunds everything still refundable when no amount is given, and then nothing more', async () => {
    const [order] = await twoOrders('13900139008');
    await recordOrderEvent(t.ctx, order.id, { kind: 'refund', amountFen: 2500, externalId: 'R1' });
    const rest = await recordOrderEvent(t.ctx, order.id, { kind: 'refund', externalId: 'R2' });
    expect(rest.order).toMatchObject({ refundedFen: 10000, status: 'refunded' });
    expect(await guestRow(order.guestId!)).toMatchObject({ visits: 2, spendFen: 5000 });
    await expect(recordOrderEvent(t.ctx, order.id, { kind: 'refund', externalId: 'R3' })).rejects.toSatisfy(
      (e) => isAppError(e, 'refund_exceeds_paid'),
    );
  });

  it('refuses a refund of nothing, and an unknown order', async () => {
    const [order] = await twoOrders('13900139006');
    await expect(
      recordOrderEvent(t.ctx, order.id, { kind: 'refund', amountFen: 0, externalId: 'R1' }),
    ).rejects.toSatisfy((e) => isAppError(e, 'validation_failed'));
    await expect(recordOrderEvent(t.ctx, 'ord_nope', { kind: 'cancel', externalId: 'C1' })).rejects.toSatisfy(
      (e) => isAppError(e, 'order_not_found'),
    );
  });

  it('lets only staff of the order’s store record its events', async () => {
    const [order] = await twoOrders('13900139007');
    const other = t.as((await staffActor(t.ctx, 'cashier', [storeIds[1]!])).actor);
    await expect(recordOrderEvent(other, order.id, { kind: 'cancel', externalId: 'C1' })).rejects.toSatisfy(
      (e) => isAppError(e, 'forbidden'),
    );
    const own = t.as((await staffActor(t.ctx, 'cashier', [storeIds[0]!])).actor);
    expect((await recordOrderEvent(own, order.id, { kind: 'cancel', externalId: 'C1' })).order.status).toBe(
      'cancelled',
    );
  });
});
