import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestContext, seedOrg, staffActor, testBackends, type TestContext } from '../../../test';
import { guests } from '../guests/guests.tables';
import { upsertGuest } from '../guests/guests.service';
import { ingestOrder } from './ingest-order';
import { ingestOrderBatch } from './ingest-batch';
import { listOrders } from './orders-query.service';

describe.each(testBackends())('batch ingest on %s', (backend) => {
  let t: TestContext;
  let storeIds: string[];

  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ storeIds } = await seedOrg(t.ctx, 2));
  });
  afterAll(() => t.close());

  const order = (externalId: string, extra: Record<string, unknown> = {}) => ({
    storeId: storeIds[0],
    channel: 'pos',
    source: 'pos-batch',
    externalId,
    placedAt: '2026-02-10T11:00:00Z',
    lines: [{ name: 'Hawaiian', quantity: 1, unitPriceFen: 6900 }],
    ...extra,
  });
  const guestRow = async (id: string) => (await t.ctx.db.select().from(guests).where(eq(guests.id, id)))[0]!;

  it('accepts good orders and refuses bad ones each on their own, counting repeats as duplicates', async () => {
    const stored = await ingestOrder(t.ctx, {
      ...order('B-0'),
      channel: 'pos',
      storeId: storeIds[0]!,
      discountFen: 0,
    } as never);
    const phone = { guest: { identities: [{ kind: 'phone', value: '13700137001' }] } };
    const result = await ingestOrderBatch(t.ctx, [
      order('B-1', phone),
      order('B-2', { ...phone, placedAt: '2026-02-12T11:00:00Z' }),
      order('B-3', { lines: [] }),
      order('B-1', phone),
      order('B-0'),
      order('B-4', { discountFen: 7000 }),
      order('B-5', { storeId: 'sto_unknown' }),
      order('B-6', { guest: { identities: [{ kind: 'phone', value: '123' }] } }),
      order('B-7'),
    ]);
    expect(result).toMatchObject({ created: 3, duplicates: 2, refused: 4 });
    expect(result.results.map((r) => r.status)).toEqual([
      'created',
      'created',
      'refused',
      'duplicate',
      'duplicate',
      'refused',
      'refused',
      'refused',
      'created',
    ]);
    expect(result.results[3]?.orderId).toBe(result.results[0]?.orderId);
    expect(result.results[4]?.orderId).toBe(stored.order.id);
    expect(
      result.results
        .slice(2, 8)
        .filter((r) => r.status === 'refused')
        .map((r) => r.error?.code),
    ).toEqual(['validation_failed', 'validation_failed', 'store_not_found', 'invalid_contact']);
    const page = await listOrders(t.ctx, { limit: 50, storeId: storeIds[0]! });
    const guestId = page.items.find((o) => o.id === result.results[0]?.orderId)?.guestId;
    const row = await guestRow(guestId!);
    expect(row).toMatchObject({ visits: 2, spendFen: 13800, homeStoreId: storeIds[0] });
    expect(row.lastVisitAt?.toISOString()).toBe('2026-02-12T11:00:00.000Z');
  });

  it('changes nothing when the same batch is sent again', async () => {
    const { guest } = await upsertGuest(t.ctx, {
      identities: [{ kind: 'phone', value: '13700137002' }],
      profile: {},
      channel: 'app',
    });
    const batch = Array.from({ length: 30 }, (_, i) =>
      order(`R-${i}`, { guest: { identities: [{ kind: 'phone', value: '13700137002' }] } }),
    );
    expect((await ingestOrderBatch(t.ctx, batch)).created).toBe(30);
    const again = await ingestOrderBatch(t.ctx, batch);
    expect(again).toMatchObject({ created: 0, duplicates: 30, refused: 0 });
    expect(await guestRow(guest.id)).toMatchObject({ visits: 30, spendFen: 30 * 6900 });
  });

  it('works through more orders than one chunk, creating each new guest once', async () => {
    const batch = Array.from({ length: 600 }, (_, i) =>
      order(`L-${i}`, {
        guest:
          i % 3 === 0
            ? undefined
            : { identities: [{ kind: 'phone', value: `1360013${String(i % 40).padStart(4, '0')}` }] },
      }),
    );
    const result = await ingestOrderBatch(t.ctx, batch);
    expect(result).toMatchObject({ created: 600, duplicates: 0, refused: 0 });
    const withGuest = await listOrders(t.ctx, { limit: 200, storeId: storeIds[0]! });
    expect(withGuest.items.length).toBe(200);
    const [counts] = (
      (await t.ctx.db.execute(
        (await import('drizzle-orm'))
          .sql`select count(distinct guest_id)::int as guests, count(*)::int as orders from orders where external_id like 'L-%'`,
      )) as unknown as { rows: Array<{ guests: number; orders: number }> }
    ).rows;
    expect(counts).toEqual({ guests: 40, orders: 600 });
  });

  it('refuses orders of stores outside a cashier’s scope, keeping the others', async () => {
    const cashier = t.as((await staffActor(t.ctx, 'cashier', [storeIds[0]!])).actor);
    const result = await ingestOrderBatch(cashier, [order('S-1'), order('S-2', { storeId: storeIds[1] })]);
    expect(result.results.map((r) => r.status)).toEqual(['created', 'refused']);
    expect(result.results[1]?.error?.code).toBe('forbidden');
  });
});
