import type { Channel, IdentityInput, MenuItemInput, OrderInput, OrderLineInput } from '@regulars/contracts';
import type { DemoGuest } from './demo-guests';
import type { Random } from './random';

/** A demo store as the order generator needs it. */
export type DemoStoreRef = { id: string; code: string; line: string; districtType: string };

const DAY_MS = 86_400_000;
const COFFEE_HOURS = [0, 0, 0, 0, 0, 0, 0, 4, 9, 10, 6, 4, 4, 3, 5, 5, 3, 2, 1, 1, 0.5, 0, 0, 0];
const PIZZA_HOURS = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0.5, 4, 6, 3, 1, 1, 2, 6, 8, 6, 3, 2, 1, 0];

/**
 * A year of orders ending at `now` with a realistic rhythm: each guest buys at their own rate
 * (Poisson while active) and may lapse after any order; weekdays, dayparts and seasons follow
 * the store's line and district; about one order in six is anonymous. Sorted by time.
 */
export function demoOrders(
  random: Random,
  guests: readonly DemoGuest[],
  stores: readonly DemoStoreRef[],
  menu: readonly MenuItemInput[],
  now: Date,
): OrderInput[] {
  const start = startOfLocalDay(now.getTime()) - 365 * DAY_MS;
  const drafts: Array<{ at: number; order: Omit<OrderInput, 'externalId'> }> = [];
  for (const guest of guests) {
    let day = guest.firstDay;
    for (;;) {
      const store = chooseStore(random, stores, guest.homeStore);
      if (random.next() < dayFactor(store, start + day * DAY_MS) / 1.6) {
        const at = start + day * DAY_MS + hourOffset(random, store);
        if (at < now.getTime()) drafts.push({ at, order: draft(random, store, menu, at, guest) });
        if (random.next() < guest.dropout) break;
      }
      day += Math.max(1, Math.round(exponential(random, (guest.ratePerWeek / 7) * 1.6 + 1e-6)));
      if (day >= 365) break;
    }
  }
  for (let day = 0; day < 365; day++) {
    for (const store of stores) {
      const expected = (store.line === 'coffee' ? 1.5 : 0.8) * dayFactor(store, start + day * DAY_MS);
      for (let k = poisson(random, expected); k > 0; k--) {
        const at = start + day * DAY_MS + hourOffset(random, store);
        if (at < now.getTime()) drafts.push({ at, order: draft(random, store, menu, at, null) });
      }
    }
  }
  drafts.sort((a, b) => a.at - b.at);
  return drafts.map((d, i) => ({ ...d.order, externalId: `demo-${String(i + 1).padStart(6, '0')}` }));
}

function draft(
  random: Random,
  store: DemoStoreRef,
  menu: readonly MenuItemInput[],
  at: number,
  guest: DemoGuest | null,
): Omit<OrderInput, 'externalId'> {
  const channel = guest
    ? channelFor(random, guest.channel)
    : random.pick<Channel>(['dine_in', 'dine_in', 'takeaway']);
  const lines = basket(random, menu, store.line);
  const gross = lines.reduce((sum, l) => sum + l.quantity * l.unitPriceFen, 0);
  const discountFen = random.next() < 0.15 ? Math.round((gross * random.int(10, 20)) / 100) : 0;
  return {
    storeId: store.id,
    channel,
    source:
      channel === 'delivery'
        ? (guest?.identities[0]?.namespace ?? 'meituan')
        : channel === 'app'
          ? 'app'
          : channel === 'mini_program'
            ? 'mini_program'
            : 'pos',
    placedAt: localIso(at),
    lines,
    discountFen,
    paymentMethod: random.pick(['wechat', 'wechat', 'wechat', 'alipay', 'alipay', 'card', 'cash']),
    ...(guest ? { guest: { identities: orderIdentities(random, guest, channel) } } : {}),
  };
}

function orderIdentities(random: Random, guest: DemoGuest, channel: Channel): IdentityInput[] {
  const own = guest.identities.filter((i) => i.kind !== 'phone');
  // Some app and POS members also order through a delivery platform with their phone.
  if (channel === 'delivery' && guest.channel !== 'delivery') {
    return [
      { kind: 'platform_user', namespace: 'meituan', value: `mtx${guest.index}` },
      { kind: 'phone', value: guest.phone },
    ];
  }
  if (guest.channel === 'pos' && random.next() < 0.2) return [{ kind: 'phone', value: guest.phone }];
  return own.length ? [own[0]!] : guest.identities.slice(0, 1);
}

function channelFor(random: Random, home: Channel): Channel {
  if (random.next() < 0.05) return 'delivery';
  if (home === 'mini_program') return random.next() < 0.7 ? 'mini_program' : 'dine_in';
  if (home === 'pos') return random.next() < 0.7 ? 'dine_in' : 'takeaway';
  return home;
}

function basket(random: Random, menu: readonly MenuItemInput[], line: string): OrderInput['lines'] {
  const own = menu.filter((m) => m.line === line);
  const mains = own.filter((m) => /Pizza|Coffee|Tea/.test(m.category));
  const extras = own.filter((m) => !/Pizza|Coffee|Tea/.test(m.category));
  const lines: OrderLineInput[] = [];
  const add = (item: MenuItemInput) => {
    const same = lines.find((l) => l.sku === item.sku);
    if (same) same.quantity += 1;
    else
      lines.push({
        sku: item.sku,
        name: item.name,
        category: item.category,
        ...(item.size ? { size: item.size } : {}),
        quantity: 1,
        unitPriceFen: item.priceFen,
      });
  };
  add(random.pick(mains));
  if (random.next() < 0.3) add(random.pick(mains));
  if (random.next() < (line === 'pizza' ? 0.6 : 0.3)) add(random.pick(extras));
  return lines;
}

function chooseStore(random: Random, stores: readonly DemoStoreRef[], home: number): DemoStoreRef {
  const own = stores[home]!;
  if (random.next() < 0.85) return own;
  const nearby = stores.filter((s) => s.line === own.line && s.code.slice(0, 2) === own.code.slice(0, 2));
  return random.pick(nearby);
}

/** Relative demand on a local day: weekday pattern by district, school holidays, seasons. */
function dayFactor(store: DemoStoreRef, localDayStart: number): number {
  const date = new Date(localDayStart + 8 * 3_600_000);
  const weekday = (date.getUTCDay() + 6) % 7;
  const month = date.getUTCMonth() + 1;
  const weekend = weekday >= 5;
  let f =
    store.districtType === 'business'
      ? weekend
        ? 0.55
        : 1.2
      : store.districtType === 'residential'
        ? weekend
          ? 1.4
          : 0.9
        : weekend
          ? 0.8
          : 1.1;
  if (store.districtType === 'school' && (month === 7 || month === 8 || month === 2)) f *= 0.45;
  if (store.line === 'pizza') f *= month === 12 || month <= 2 ? 1.2 : month >= 6 && month <= 8 ? 0.9 : 1;
  else f *= month >= 6 && month <= 8 ? 1.1 : 1;
  return f;
}

function hourOffset(random: Random, store: DemoStoreRef): number {
  const weights = store.line === 'coffee' ? COFFEE_HOURS : PIZZA_HOURS;
  const total = weights.reduce((a, b) => a + b, 0);
  let r = random.next() * total;
  let hour = 0;
  while (hour < 23 && r >= weights[hour]!) r -= weights[hour++]!;
  return hour * 3_600_000 + random.int(0, 59) * 60_000;
}

function startOfLocalDay(ms: number): number {
  const offset = 8 * 3_600_000;
  return Math.floor((ms + offset) / DAY_MS) * DAY_MS - offset;
}

function localIso(ms: number): string {
  return `${new Date(ms + 8 * 3_600_000).toISOString().slice(0, 19)}+08:00`;
}

function exponential(random: Random, rate: number): number {
  return -Math.log(1 - random.next()) / rate;
}

function poisson(random: Random, mean: number): number {
  let k = 0;
  for (let p = Math.exp(-mean), s = p, u = random.next(); u > s; k++) {
    p *= mean / (k + 1);
    s += p;
  }
  return k;
}
