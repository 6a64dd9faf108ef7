import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrderInput } from '@regulars/contracts';
import { createTestContext, seedOrg, staffActor, testBackends, type TestContext } from '../../../test';
import { isAppError } from '../../errors';
import { listAudit } from '../audit/audit.service';
import { upsertGuest } from '../guests/guests.service';
import { getGuestPortrait } from './guest-portrait.service';
import { ingestOrder } from './ingest-order';
import { recordOrderEvent } from './order-events.service';

describe.each(testBackends())('guest portrait on %s', (backend) => {
  let t: TestContext;
  let storeIds: string[];
  let guestId: string;
  let counter = 0;

  beforeAll(async () => {
    t = await createTestContext(backend);
    ({ storeIds } = await seedOrg(t.ctx, 3));
    ({
      guest: { id: guestId },
    } = await upsertGuest(t.ctx, {
      identities: [{ kind: 'phone', value: '13600136001' }],
      profile: {},
      channel: 'app',
      storeId: storeIds[0],
    }));
    // Shanghai local times: Mon 08:00, Mon 12:00, Wed 10:29, Sat 18:30 (app), Sun 22:15 (other store).
    const visits: Array<[string, OrderInput['channel'], number, Array<[string, number]>]> = [
      ['2026-03-02T00:00:00Z', 'dine_in', 0, [['Latte', 1]]],
      [
        '2026-03-02T04:00:00Z',
        'dine_in',
        0,
        [
          ['Latte', 2],
          ['Bagel', 1],
        ],
      ],
      ['2026-03-04T02:29:00Z', 'dine_in', 0, [['Latte', 1]]],
      ['2026-03-07T10:30:00Z', 'app', 0, [['Mocha', 1]]],
      ['2026-03-08T14:15:00Z', 'delivery', 1, [['Pizza', 1]]],
    ];
    for (const [placedAt, channel, store, lines] of visits) {
      await ingestOrder(t.ctx, order(placedAt, channel, storeIds[store]!, lines));
    }
  });
  afterAll(() => t.close());

  const order = (
    placedAt: string,
    channel: OrderInput['channel'],
    storeId: string,
    lines: Array<[string, number]>,
  ) =>
    ({
      storeId,
      channel,
      source: 'pos',
      externalId: `P-${++counter}`,
      placedAt,
      guest: { identities: [{ kind: 'phone', value: '13600136001' }] },
      lines: lines.map(([name, quantity]) => ({ name, quantity, unitPriceFen: 1000 })),
      discountFen: 0,
    }) satisfies OrderInput;

  it('shows favourite items, dayparts, weekdays, channels and stores of the guest’s orders', async () => {
    const portrait = await getGuestPortrait(t.ctx, guestId);
    expect(portrait.orders).toBe(5);
    expect(portrait.spendFen).toBe(7000);
    expect(portrait.favouriteItems.map((f) => [f.name, f.quantity])).toEqual([
      ['Latte', 4],
      ['Pizza', 1],
      ['Mocha', 1],
      ['Bagel', 1],
    ]);
    expect(Object.fromEntries(portrait.dayparts.map((d) => [d.daypart, d.orders]))).toEqual({
      breakfast: 2,
      lunch: 1,
      afternoon: 0,
      dinner: 1,
      late: 1,
    });
    expect(portrait.weekdays).toEqual([2, 0, 1, 0, 0, 1, 1]);
    expect(portrait.channels).toEqual([
      { channel: 'dine_in', orders: 3, spendFen: 5000 },
      { channel: 'app', orders: 1, spendFen: 1000 },
      { channel: 'delivery', orders: 1, spendFen: 1000 },
    ]);
    expect(portrait.stores.map((s) => [s.storeId, s.orders, s.spendFen])).toEqual([
      [storeIds[0], 4, 6000],
      [storeIds[1], 1, 1000],
    ]);
  });

  it('leaves out cancelled orders and counts spend net of refunds', async () => {
    const extra = await ingestOrder(t.ctx, order('2026-03-09T07:00:00Z', 'web', storeIds[2]!, [['Cake', 3]]));
    const refunded = await ingestOrder(
      t.ctx,
      order('2026-03-10T07:00:00Z', 'web', storeIds[2]!, [['Tea', 1]]),
    );
    await recordOrderEvent(t.ctx, extra.order.id, { kind: 'cancel', externalId: 'C' });
    await recordOrderEvent(t.ctx, refunded.order.id, { kind: 'refund', amountFen: 400, externalId: 'R' });
    const portrait = await getGuestPortrait(t.ctx, guestId);
    expect(portrait.orders).toBe(6);
    expect(portrait.spendFen).toBe(7600);
    expect(portrait.favouriteItems.some((f) => f.name === 'Cake')).toBe(false);
    expect(portrait.channels.find((c) => c.channel === 'web')).toEqual({
      channel: 'web',
      orders: 1,
      spendFen: 600,
    });
  });

  it('records the read in the audit log', async () => {
    await getGuestPortrait(t.ctx, guestId);
    const audit = await listAudit(t.ctx, { action: 'guest.portrait', limit: 10 });
    expect(audit.items[0]?.entityIds).toEqual([guestId]);
  });

  it('shows a guest to staff of a store they ordered in, but not to staff of other stores', async () => {
    const server = t.as((await staffActor(t.ctx, 'cashier', [storeIds[1]!])).actor);
    expect((await getGuestPortrait(server, guestId)).orders).toBeGreaterThan(0);
    const { storeIds: otherBrand } = await seedOrg(t.ctx, 1);
    const stranger = t.as((await staffActor(t.ctx, 'store_manager', otherBrand)).actor);
    await expect(getGuestPortrait(stranger, guestId)).rejects.toSatisfy((e) => isAppError(e, 'forbidden'));
    await expect(getGuestPortrait(t.ctx, 'gst_nope')).rejects.toSatisfy((e) =>
      isAppError(e, 'guest_not_found'),
    );
  });
});
