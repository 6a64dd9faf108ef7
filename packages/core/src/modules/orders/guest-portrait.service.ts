import { and, desc, eq, gt, ne, sql } from 'drizzle-orm';
import { DAYPARTS, type Channel, type GuestPortrait } from '@regulars/contracts';
import type { Ctx } from '../../context';
import { AppError } from '../../errors';
import { recordAudit } from '../audit/audit.service';
import { guestVisibleTo, loadGuestRow } from '../guests';
import { stores } from '../org/org.tables';
import { authorize } from '../staff/authorize';
import { daypartOf } from './daypart.rules';
import { guestItemStats, orders } from './orders.tables';

const FAVOURITES = 5;

/**
 * What a guest buys, when and where: top 5 items, orders per daypart and weekday (store local
 * time), channel mix and stores with spend (paid − refunded, fen). Counts only orders that were
 * not cancelled. Store-scoped staff may open guests of their stores only; audited `guest.portrait`.
 */
export async function getGuestPortrait(ctx: Ctx, guestId: string): Promise<GuestPortrait> {
  authorize(ctx, 'guests.read');
  const guest = await loadGuestRow(ctx, guestId);
  if (!(await guestVisibleTo(ctx, guest))) {
    throw new AppError('forbidden', 'This guest is not a guest of your stores', { guestId });
  }
  const kept = and(eq(orders.guestId, guestId), ne(orders.status, 'cancelled'));
  const spend = sql<number>`coalesce(sum(${orders.paidFen} - ${orders.refundedFen}), 0)::bigint`;
  const count = sql<number>`count(*)::int`;
  const localClock = sql`(${orders.placedAt} at time zone ${stores.timezone})`;
  const minuteOfDay = sql<number>`(extract(hour from ${localClock}) * 60 + extract(minute from ${localClock}))::int`;
  const [favourites, clock, weekdays, channels, storeRows] = await Promise.all([
    ctx.db
      .select({
        name: guestItemStats.itemName,
        quantity: guestItemStats.quantity,
        lastAt: guestItemStats.lastAt,
      })
      .from(guestItemStats)
      .where(and(eq(guestItemStats.guestId, guestId), gt(guestItemStats.quantity, 0)))
      .orderBy(desc(guestItemStats.quantity), desc(guestItemStats.lastAt))
      .limit(FAVOURITES),
    ctx.db
      .select({ minute: minuteOfDay, orders: count })
      .from(orders)
      .innerJoin(stores, eq(stores.id, orders.storeId))
      .where(kept)
      .groupBy(minuteOfDay),
    ctx.db.select({ dow: orders.localDow, orders: count }).from(orders).where(kept).groupBy(orders.localDow),
    ctx.db
      .select({ channel: orders.channel, orders: count, spendFen: spend })
      .from(orders)
      .where(kept)
      .groupBy(orders.channel)
      .orderBy(desc(count), orders.channel),
    ctx.db
      .select({ storeId: orders.storeId, storeName: stores.name, orders: count, spendFen: spend })
      .from(orders)
      .innerJoin(stores, eq(stores.id, orders.storeId))
      .where(kept)
      .groupBy(orders.storeId, stores.name)
      .orderBy(desc(count), orders.storeId),
  ]);
  const dayparts = new Map(DAYPARTS.map((d) => [d, 0]));
  for (const row of clock) {
    const daypart = daypartOf(Math.floor(row.minute / 60), row.minute % 60);
    dayparts.set(daypart, (dayparts.get(daypart) ?? 0) + row.orders);
  }
  const perWeekday = [0, 0, 0, 0, 0, 0, 0];
  for (const row of weekdays) perWeekday[row.dow] = row.orders;
  await recordAudit(ctx, { action: 'guest.portrait', entityType: 'guest', entityIds: [guestId] });
  return {
    guestId,
    orders: channels.reduce((sum, c) => sum + c.orders, 0),
    spendFen: channels.reduce((sum, c) => sum + Number(c.spendFen), 0),
    favouriteItems: favourites.map((f) => ({
      name: f.name,
      quantity: f.quantity,
      lastAt: f.lastAt.toISOString(),
    })),
    dayparts: DAYPARTS.map((daypart) => ({ daypart, orders: dayparts.get(daypart) ?? 0 })),
    weekdays: perWeekday,
    channels: channels.map((c) => ({
      channel: c.channel as Channel,
      orders: c.orders,
      spendFen: Number(c.spendFen),
    })),
    stores: storeRows.map((s) => ({ ...s, spendFen: Number(s.spendFen) })),
  };
}
