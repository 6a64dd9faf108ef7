import { DAYPART_NAMES, daypartIndexOfHour, type DaypartName } from './dayparts';
import { cohortRetention, newVsReturning, type CohortRow, type MonthFigures } from './order-cohorts';
import { guestOf, validOrders, type OrderRecord } from './order-records';

/**
 * Descriptive figures of an order log (OMNI-2, DAT-1, DAT-2): repeat rate, visit frequency, average ticket,
 * new against returning guests, cohort retention, daypart × weekday heat, channel mix and stores.
 */

/** Orders and paid fen per daypart (rows, in order of the day) and weekday (columns, 0 = Monday). */
export type DaypartWeekdayHeat = { dayparts: DaypartName[]; orders: number[][]; paidFen: number[][] };

/** One channel: orders and paid, and their shares of all orders and of all paid (0 when nothing was paid). */
export type ChannelShare = {
  channel: string;
  orders: number;
  paidFen: number;
  orderShare: number;
  paidShare: number;
};

/** Headline figures of a set of orders; guests are the known guests, anonymous orders count as orders. */
export type OrderTotals = {
  orders: number;
  anonymousOrders: number;
  guests: number;
  paidFen: number;
  averageTicketFen: number;
  ordersPerGuest: number;
  repeatRate: number;
};

/** One store's headline figures; its repeat rate counts the guest's orders at that store only. */
export type StoreFigures = { storeId: string } & OrderTotals;

/** Everything `describeOrders` computes, plus the number of invalid records left out. */
export type OrderFigures = OrderTotals & {
  invalid: number;
  months: MonthFigures[];
  cohorts: CohortRow[];
  heat: DaypartWeekdayHeat;
  channels: ChannelShare[];
  stores: StoreFigures[];
};

/**
 * Headline figures of valid records: average ticket = paid / orders (anonymous included); orders per
 * guest = known guests' orders / known guests; repeat rate = share of known guests with ≥ 2 orders.
 */
function totals(orders: readonly OrderRecord[]): OrderTotals {
  const perGuest = new Map<string, number>();
  let paidFen = 0;
  let anonymousOrders = 0;
  for (const order of orders) {
    paidFen += order.paidFen;
    const guest = guestOf(order);
    if (guest === undefined) anonymousOrders++;
    else perGuest.set(guest, (perGuest.get(guest) ?? 0) + 1);
  }
  let repeaters = 0;
  for (const count of perGuest.values()) if (count >= 2) repeaters++;
  const guests = perGuest.size;
  return {
    orders: orders.length,
    anonymousOrders,
    guests,
    paidFen,
    averageTicketFen: orders.length > 0 ? paidFen / orders.length : 0,
    ordersPerGuest: guests > 0 ? (orders.length - anonymousOrders) / guests : 0,
    repeatRate: guests > 0 ? repeaters / guests : 0,
  };
}

/** Headline figures (see {@link OrderTotals}) of the valid records. */
export function orderTotals(orders: readonly OrderRecord[]): OrderTotals {
  return totals(validOrders(orders).valid);
}

/** Orders and paid per daypart × weekday of the valid records (daypart from the local hour). */
export function daypartWeekdayHeat(orders: readonly OrderRecord[]): DaypartWeekdayHeat {
  const grid = () => DAYPART_NAMES.map(() => new Array<number>(7).fill(0));
  const heat = { dayparts: [...DAYPART_NAMES], orders: grid(), paidFen: grid() };
  for (const order of validOrders(orders).valid) {
    const row = daypartIndexOfHour(order.localHour);
    const countRow = heat.orders[row];
    const paidRow = heat.paidFen[row];
    if (!countRow || !paidRow) continue;
    countRow[order.localDow] = (countRow[order.localDow] ?? 0) + 1;
    paidRow[order.localDow] = (paidRow[order.localDow] ?? 0) + order.paidFen;
  }
  return heat;
}

/** Channel mix of the valid records, most orders first (then by name). */
export function channelMix(orders: readonly OrderRecord[]): ChannelShare[] {
  const { valid } = validOrders(orders);
  const byChannel = new Map<string, { orders: number; paidFen: number }>();
  let paidTotal = 0;
  for (const order of valid) {
    const row = byChannel.get(order.channel) ?? { orders: 0, paidFen: 0 };
    row.orders++;
    row.paidFen += order.paidFen;
    paidTotal += order.paidFen;
    byChannel.set(order.channel, row);
  }
  return [...byChannel]
    .map(([channel, row]) => ({
      channel,
      ...row,
      orderShare: row.orders / valid.length,
      paidShare: paidTotal > 0 ? row.paidFen / paidTotal : 0,
    }))
    .sort((a, b) => b.orders - a.orders || (a.channel < b.channel ? -1 : a.channel > b.channel ? 1 : 0));
}

/** Headline figures per store of the valid records, by store id. */
export function compareStores(orders: readonly OrderRecord[]): StoreFigures[] {
  const byStore = new Map<string, OrderRecord[]>();
  for (const order of validOrders(orders).valid) {
    const list = byStore.get(order.storeId) ?? [];
    list.push(order);
    byStore.set(order.storeId, list);
  }
  return [...byStore]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([storeId, list]) => ({ storeId, ...totals(list) }));
}

/** All descriptive figures of an order log; invalid records (see `isValidOrderRecord`) are counted and left out. */
export function describeOrders(orders: readonly OrderRecord[]): OrderFigures {
  const { valid, invalid } = validOrders(orders);
  return {
    ...totals(valid),
    invalid,
    months: newVsReturning(valid),
    cohorts: cohortRetention(valid),
    heat: daypartWeekdayHeat(valid),
    channels: channelMix(valid),
    stores: compareStores(valid),
  };
}
