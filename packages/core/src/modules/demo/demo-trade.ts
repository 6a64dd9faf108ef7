import type { Ctx } from '../../context';
import { registerGuests } from '../guests';
import { upsertMenuItem } from '../menu';
import { ingestOrderBatch, recordOrderEvent } from '../orders';
import { demoGuests } from './demo-guests';
import { demoMenu } from './demo-menu';
import { demoOrders, type DemoStoreRef } from './demo-orders';
import type { Random } from './random';

/** What the trading part of the demo created. */
export type DemoTrade = { menuItems: number; guests: number; orders: number; refunds: number };

type Progress = (step: string, done: number, total: number) => void;
const BATCH = 1_000;

/**
 * The menu, `guestCount` guests (registered through their channel, some twice) and a year of
 * orders ending now, all through the use cases: upsertMenuItem, registerGuests,
 * ingestOrderBatch and recordOrderEvent.
 */
export async function loadDemoTrade(
  ctx: Ctx,
  random: Random,
  stores: readonly DemoStoreRef[],
  guestCount: number,
  progress: Progress,
): Promise<DemoTrade> {
  const menu = demoMenu();
  for (const [i, item] of menu.entries()) {
    await upsertMenuItem(ctx, item);
    progress('menu', i + 1, menu.length);
  }
  const guests = demoGuests(
    random,
    guestCount,
    stores.map((s) => s.line),
  );
  const { guestIds } = await registerGuests(
    ctx,
    guests.map((guest) => ({
      identities: guest.identities,
      profile: guest.profile,
      channel: guest.channel,
      storeId: stores[guest.homeStore]!.id,
      consents:
        random.next() < 0.45
          ? [
              {
                purpose: 'marketing' as const,
                channels:
                  guest.channel === 'mini_program' ? ['wechat' as const] : ['sms' as const, 'push' as const],
                granted: true,
                source: guest.channel,
                wordingVersion: 'demo-2025-01',
              },
            ]
          : [],
    })),
    (done) => progress('guests', done, guests.length),
  );
  const orders = demoOrders(random, guests, stores, menu, ctx.clock.now());
  const placed: Array<{ orderId: string; paidFen: number }> = [];
  for (let from = 0; from < orders.length; from += BATCH) {
    const result = await ingestOrderBatch(ctx, orders.slice(from, from + BATCH));
    for (const r of result.results) {
      const order = orders[from + r.index]!;
      const gross = order.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceFen, 0);
      if (r.orderId) placed.push({ orderId: r.orderId, paidFen: gross - order.discountFen });
    }
    progress('orders', Math.min(orders.length, from + BATCH), orders.length);
  }
  let refunds = 0;
  for (const [i, { orderId, paidFen }] of placed.entries()) {
    if (random.next() >= 0.01) continue;
    const cancel = random.next() < 0.5;
    await recordOrderEvent(ctx, orderId, {
      kind: cancel ? 'cancel' : 'refund',
      ...(cancel ? {} : { amountFen: Math.max(1, Math.round(paidFen / 2)) }),
      reason: random.pick(['出餐太慢 slow service', '下错单 wrong order', '菜品问题 food quality']),
      externalId: `demo-event-${i}`,
    });
    refunds++;
  }
  return { menuItems: menu.length, guests: new Set(guestIds).size, orders: placed.length, refunds };
}
