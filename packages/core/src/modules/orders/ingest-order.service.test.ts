import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderInput } from '@regulars/contracts';
import { createTestContext, seedOrg, staffActor, testBackends, type TestContext } from '../../../test';
import { isAppError } from '../../errors';
import { listAudit } from '../audit/audit.service';
import { readEvents } from '../events/events.service';
import { guestIdentities, guests } from '../guests/guests.tables';
import { upsertGuest } from '../guests/guests.service';
import { upsertMenuItem } from '../menu/menu.service';
import { ingestOrder } from './ingest-order';
import { getOrder, listOrders } from './orders-query.service';
import { guestItemStats } from './orders.tables';

describe.each(testBackends())('order ingest on %s', (backend) => {
  let t: TestContext;
  let storeIds: string[];
  let counter = 0;

  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ storeIds } = await seedOrg(t.ctx, 2));
  });
  afterAll(() => t.close());

  const order = (extra: Partial<OrderInput> = {}): OrderInput => ({
    storeId: storeIds[0]!,
    channel: 'pos',
    source: 'pos',
    externalId: `T-${++counter}`,
    placedAt: '2026-03-01T23:30:00Z',
    lines: [
      { name: 'Margherita', quantity: 2, unitPriceFen: 5900 },
      { name: 'Cola', quantity: 1, unitPriceFen: 800 },
    ],
    discountFen: 600,
    ...extra,
  });
  const guestRow = async (id: string) => (await t.ctx.db.select().from(guests).where(eq(guests.id, id)))[0]!;

  it('adds an order of a known guest to their visits, spend and favourite items', async () => {
    const { guest } = await upsertGuest(t.ctx, {
      identities: [{ kind: 'phone', value: '13800138001' }],
      profile: {},
      channel: 'app',
      storeId: storeIds[1],
    });
    const { order: stored, duplicate } = await ingestOrder(
      t.ctx,
      order({ guest: { identities: [{ kind: 'phone', value: '+86 138 0013 8001' }] } }),
    );
    expect(duplicate).toBe(false);
    expect(stored).toMatchObject({
      guestId: guest.id,
      grossFen: 12600,
      discountFen: 600,
      paidFen: 12000,
      itemCount: 3,
      status: 'completed',
      localDate: '2026-03-02',
    });
    const row = await guestRow(guest.id);
    expect(row).toMatchObject({ visits: 1, spendFen: 12000, homeStoreId: storeIds[1] });
    expect(row.firstVisitAt?.toISOString()).toBe('2026-03-01T23:30:00.000Z');
    const stats = await t.ctx.db.select().from(guestItemStats).where(eq(guestItemStats.guestId, guest.id));
    expect(stats.map((s) => [s.itemName, s.quantity]).sort()).toEqual([
      ['Cola', 1],
      ['Margherita', 2],
    ]);
  });

  it('stores the local date, hour and weekday in the store’s time zone', async () => {
    const { order: stored } = await ingestOrder(t.ctx, order({ placedAt: '2026-03-08T15:59:00+00:00' }));
    const [row] = await t.ctx.db
      .execute(
        // Sunday 23:59 in Shanghai.
        (await import('drizzle-orm'))
          .sql`select local_date, local_hour, local_dow from orders where id = ${stored.id}`,
      )
      .then((r) => (r as unknown as { rows: Array<Record<string, unknown>> }).rows);
    expect(row).toEqual({ local_date: '2026-03-08', local_hour: 23, local_dow: 6 });
  });

  it('creates a new guest at the order’s store, with the name given', async () => {
    const { order: stored } = await ingestOrder(
      t.ctx,
      order({
        storeId: storeIds[1]!,
        guest: { identities: [{ kind: 'phone', value: '13800138002' }], name: '李雷' },
      }),
    );
    const row = await guestRow(stored.guestId!);
    expect(row).toMatchObject({ visits: 1, spendFen: 12000, homeStoreId: storeIds[1], sourceChannel: 'pos' });
    expect(row.nameEnc).not.toBeNull();
  });

  it('fills an empty name of a known guest from an order, never overwriting a name', async () => {
    const phone = { kind: 'phone' as const, value: '13800138007' };
    const { guest } = await upsertGuest(t.ctx, { identities: [phone], profile: {}, channel: 'app' });
    await ingestOrder(t.ctx, order({ guest: { identities: [phone], name: '韩梅梅' } }));
    const named = await guestRow(guest.id);
    expect(named.nameEnc).not.toBeNull();
    await ingestOrder(t.ctx, order({ guest: { identities: [phone], name: 'Someone Else' } }));
    const again = await guestRow(guest.id);
    expect(again.nameEnc).toBe(named.nameEnc);
    expect(again.visits).toBe(2);
  });

  it('keeps and counts an anonymous order', async () => {
    const { order: stored } = await ingestOrder(t.ctx, order({ channel: 'takeaway' }));
    expect(stored.guestId).toBeNull();
    const page = await listOrders(t.ctx, { limit: 200, channel: 'takeaway' });
    expect(page.items.map((o) => o.id)).toContain(stored.id);
  });

  it('returns the stored order for a retry and changes nothing, not even new identities', async () => {
    const input = order({ guest: { identities: [{ kind: 'phone', value: '13800138003' }] } });
    const first = await ingestOrder(t.ctx, input);
    const retry = await ingestOrder(t.ctx, {
      ...input,
      guest: {
        identities: [
          { kind: 'phone', value: '13800138003' },
          { kind: 'email', value: 'new@example.com' },
        ],
      },
    });
    expect(retry.duplicate).toBe(true);
    expect(retry.order.id).toBe(first.order.id);
    expect(retry.order.lines).toHaveLength(2);
    expect(await guestRow(first.order.guestId!)).toMatchObject({ visits: 1, spendFen: 12000 });
    const identities = await t.ctx.db
      .select()
      .from(guestIdentities)
      .where(eq(guestIdentities.guestId, first.order.guestId!));
    expect(identities.map((i) => i.kind)).toEqual(['phone']);
  });

  it('stores one order when the same order arrives several times at once', async () => {
    const input = order({ guest: { identities: [{ kind: 'phone', value: '13800138004' }] } });
    const outcomes = await Promise.all([1, 2, 3, 4].map(() => ingestOrder(t.ctx, input)));
    expect(new Set(outcomes.map((o) => o.order.id)).size).toBe(1);
    expect(outcomes.filter((o) => !o.duplicate)).toHaveLength(1);
    expect(await guestRow(outcomes[0]!.order.guestId!)).toMatchObject({ visits: 1, spendFen: 12000 });
  });

  it('links lines to the menu by sku and fills in the category', async () => {
    const { item } = await upsertMenuItem(t.ctx, {
      sku: 'PZ-MARG-9',
      name: 'Margherita 9"',
      category: 'pizza',
      size: '9"',
      priceFen: 5900,
      active: true,
      unavailableStoreIds: [],
    });
    const { order: stored } = await ingestOrder(
      t.ctx,
      order({
        lines: [{ sku: 'PZ-MARG-9', name: 'Margherita', quantity: 1, unitPriceFen: 5900 }],
        discountFen: 0,
      }),
    );
    expect(stored.lines?.[0]).toMatchObject({
      itemId: item.id,
      category: 'pizza',
      size: '9"',
      amountFen: 5900,
    });
    expect((await getOrder(t.ctx, stored.id)).lines?.[0]).toMatchObject({
      itemId: item.id,
      category: 'pizza',
    });
  });

  it('refuses a discount larger than the order', async () => {
    await expect(ingestOrder(t.ctx, order({ discountFen: 20_000 }))).rejects.toSatisfy((e) =>
      isAppError(e, 'validation_failed'),
    );
  });

  it('refuses an order for an unknown store', async () => {
    await expect(ingestOrder(t.ctx, order({ storeId: 'sto_nope' }))).rejects.toSatisfy((e) =>
      isAppError(e, 'store_not_found'),
    );
  });

  it('writes order.placed to the outbox and order.ingest to the audit log', async () => {
    const { order: stored } = await ingestOrder(
      t.ctx,
      order({ guest: { identities: [{ kind: 'phone', value: '13800138005' }] } }),
    );
    const events = await readEvents(t.ctx, 'test-consumer', 1000);
    expect(events.find((e) => e.entityId === stored.id)).toMatchObject({
      topic: 'order.placed',
      payload: { orderId: stored.id, guestId: stored.guestId, paidFen: 12000 },
    });
    const audit = await listAudit(t.ctx, { action: 'order.ingest', limit: 200 });
    expect(audit.items.find((e) => e.entityIds[0] === stored.id)?.entityIds).toEqual([
      stored.id,
      stored.guestId,
    ]);
  });

  it('lets a cashier ingest, list and open orders of their store only', async () => {
    const cashier = t.as((await staffActor(t.ctx, 'cashier', [storeIds[0]!])).actor);
    const own = await ingestOrder(cashier, order());
    const other = await ingestOrder(t.ctx, order({ storeId: storeIds[1]! }));
    await expect(ingestOrder(cashier, order({ storeId: storeIds[1]! }))).rejects.toSatisfy((e) =>
      isAppError(e, 'forbidden'),
    );
    const page = await listOrders(cashier, { limit: 200 });
    expect(page.items.map((o) => o.id)).toContain(own.order.id);
    expect(page.items.every((o) => o.storeId === storeIds[0])).toBe(true);
    await expect(getOrder(cashier, other.order.id)).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
    const analyst = t.as((await staffActor(t.ctx, 'analyst')).actor);
    await expect(ingestOrder(analyst, order())).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
  });

  it('pages orders newest first and filters by guest and placed-at range', async () => {
    const input = { guest: { identities: [{ kind: 'phone' as const, value: '13800138006' }] } };
    const a = await ingestOrder(t.ctx, order({ ...input, placedAt: '2026-02-01T12:00:00Z' }));
    const b = await ingestOrder(t.ctx, order({ ...input, placedAt: '2026-02-02T12:00:00Z' }));
    const guestId = a.order.guestId!;
    const first = await listOrders(t.ctx, { limit: 1, guestId });
    expect(first.items.map((o) => o.id)).toEqual([b.order.id]);
    const second = await listOrders(t.ctx, { limit: 1, guestId, cursor: first.nextCursor! });
    expect(second.items.map((o) => o.id)).toEqual([a.order.id]);
    const ranged = await listOrders(t.ctx, {
      limit: 10,
      guestId,
      from: '2026-02-01T00:00:00Z',
      to: '2026-02-02T00:00:00Z',
    });
    expect(ranged.items.map((o) => o.id)).toEqual([a.order.id]);
  });
});
