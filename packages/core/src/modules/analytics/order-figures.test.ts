import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortRetention, newVsReturning } from './order-cohorts';
import { channelMix, compareStores, daypartWeekdayHeat, describeOrders, orderTotals } from './order-figures';
import { isValidOrderRecord, type OrderRecord } from './order-records';

const order = (
  guestId: string | null,
  storeId: string,
  localDate: string,
  localDow: number,
  localHour: number,
  channel: string,
  paidFen: number,
): OrderRecord => ({
  guestId,
  storeId,
  placedAt: new Date(`2024-01-01T00:00:00Z`),
  localDate,
  localHour,
  localDow,
  channel,
  paidFen,
});

/** Seven valid orders of three guests and one anonymous walk-in, plus two invalid records. */
const LOG = [
  order('g1', 's1', '2024-01-05', 4, 8, 'dine_in', 2000),
  order('g1', 's1', '2024-01-20', 5, 12.5, 'delivery', 3000),
  order('g2', 's2', '2024-01-10', 2, 18, 'dine_in', 5000),
  order(null, 's1', '2024-02-01', 3, 15, 'takeaway', 1000),
  order('g1', 's2', '2024-03-03', 6, 21.5, 'delivery', 4000),
  order('g3', 's2', '2024-03-15', 4, 10.5, 'dine_in', 2500),
  order('g2', 's2', '2024-03-20', 2, 19, 'dine_in', 4500),
  order('g4', 's1', '2024-02-30', 4, 9, 'dine_in', 1000),
  order('g4', 's1', '2024-02-08', 7, 9, 'dine_in', 1000),
];

describe('descriptive figures on a hand-computed log', () => {
  it('counts repeat rate, visit frequency and average ticket, leaving invalid records out', () => {
    const figures = describeOrders(LOG);
    expect(figures.invalid).toBe(2);
    expect(orderTotals(LOG)).toEqual({
      orders: 7,
      anonymousOrders: 1,
      guests: 3,
      paidFen: 22_000,
      averageTicketFen: 22_000 / 7,
      ordersPerGuest: 2,
      repeatRate: 2 / 3,
    });
    expect(figures).toMatchObject(orderTotals(LOG));
  });

  it('splits each month’s guests into new and returning, gaps included', () => {
    expect(newVsReturning(LOG)).toEqual([
      { month: '2024-01', orders: 3, guests: 2, newGuests: 2, returningGuests: 0 },
      { month: '2024-02', orders: 1, guests: 0, newGuests: 0, returningGuests: 0 },
      { month: '2024-03', orders: 3, guests: 3, newGuests: 1, returningGuests: 2 },
    ]);
  });

  it('builds the cohort retention matrix by month of first order', () => {
    expect(cohortRetention(LOG)).toEqual([
      { cohort: '2024-01', size: 2, active: [2, 0, 2], retention: [1, 0, 1] },
      { cohort: '2024-03', size: 1, active: [1], retention: [1] },
    ]);
  });

  it('puts each order in its daypart and weekday cell; 10:30 is lunch', () => {
    const heat = daypartWeekdayHeat(LOG);
    expect(heat.dayparts).toEqual(['breakfast', 'lunch', 'afternoon', 'dinner', 'late']);
    expect(heat.orders).toEqual([
      [0, 0, 0, 0, 1, 0, 0],
      [0, 0, 0, 0, 1, 1, 0],
      [0, 0, 0, 1, 0, 0, 0],
      [0, 0, 2, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 1],
    ]);
    expect(heat.paidFen).toEqual([
      [0, 0, 0, 0, 2000, 0, 0],
      [0, 0, 0, 0, 2500, 3000, 0],
      [0, 0, 0, 1000, 0, 0, 0],
      [0, 0, 9500, 0, 0, 0, 0],
      [0, 0, 0, 0, 0, 0, 4000],
    ]);
  });

  it('gives the channel mix by orders and by paid', () => {
    expect(channelMix(LOG)).toEqual([
      { channel: 'dine_in', orders: 4, paidFen: 14_000, orderShare: 4 / 7, paidShare: 14 / 22 },
      { channel: 'delivery', orders: 2, paidFen: 7_000, orderShare: 2 / 7, paidShare: 7 / 22 },
      { channel: 'takeaway', orders: 1, paidFen: 1_000, orderShare: 1 / 7, paidShare: 1 / 22 },
    ]);
  });

  it('compares stores, with repeat rate counted within each store', () => {
    expect(compareStores(LOG)).toEqual([
      {
        storeId: 's1',
        orders: 3,
        anonymousOrders: 1,
        guests: 1,
        paidFen: 6_000,
        averageTicketFen: 2_000,
        ordersPerGuest: 2,
        repeatRate: 1,
      },
      {
        storeId: 's2',
        orders: 4,
        anonymousOrders: 0,
        guests: 3,
        paidFen: 16_000,
        averageTicketFen: 4_000,
        ordersPerGuest: 4 / 3,
        repeatRate: 1 / 3,
      },
    ]);
  });

  it('gives zeros, not NaN, for no orders', () => {
    const figures = describeOrders([]);
    expect(figures).toMatchObject({
      orders: 0,
      guests: 0,
      averageTicketFen: 0,
      ordersPerGuest: 0,
      repeatRate: 0,
    });
    expect(figures.months).toEqual([]);
    expect(figures.cohorts).toEqual([]);
    expect(figures.channels).toEqual([]);
  });

  it.each([
    { name: 'an empty store', patch: { storeId: '' } },
    { name: 'a date that does not exist', patch: { localDate: '2023-02-29' } },
    { name: 'an hour of 24', patch: { localHour: 24 } },
    { name: 'a weekday of 7', patch: { localDow: 7 } },
    { name: 'a negative payment', patch: { paidFen: -1 } },
    { name: 'an unreadable timestamp', patch: { placedAt: new Date('nope') } },
  ])('treats a record with $name as invalid', ({ patch }) => {
    expect(isValidOrderRecord({ ...order('g', 's', '2024-02-29', 3, 9, 'app', 100), ...patch })).toBe(false);
  });
});

describe('descriptive figures on any log', () => {
  const arbitraryOrder = fc.record({
    guestId: fc.option(fc.constantFrom('g1', 'g2', 'g3', 'g4', 'g5', 'g6')),
    storeId: fc.constantFrom('s1', 's2', 's3'),
    placedAt: fc.constant(new Date('2024-01-01T00:00:00Z')),
    localDate: fc
      .integer({ min: 0, max: 500 })
      .map((d) => new Date(Date.UTC(2023, 0, 1 + d)).toISOString().slice(0, 10)),
    localHour: fc.double({ min: 0, max: 23.999, noNaN: true }),
    localDow: fc.integer({ min: 0, max: 6 }),
    channel: fc.constantFrom('dine_in', 'delivery', 'app', 'mini_program'),
    paidFen: fc.nat(50_000),
  });

  it('conserves counts and paid across every breakdown and keeps mixes summing to 1', () => {
    fc.assert(
      fc.property(fc.array(arbitraryOrder, { minLength: 1, maxLength: 80 }), (log) => {
        const f = describeOrders(log);
        const paid = log.reduce((s, o) => s + o.paidFen, 0);
        const sum = (xs: number[]) => xs.reduce((s, x) => s + x, 0);
        expect(f.orders).toBe(log.length);
        expect(sum(f.heat.orders.flat())).toBe(log.length);
        expect(sum(f.heat.paidFen.flat())).toBe(paid);
        expect(sum(f.channels.map((c) => c.orders))).toBe(log.length);
        expect(sum(f.channels.map((c) => c.orderShare))).toBeCloseTo(1, 12);
        if (paid > 0) expect(sum(f.channels.map((c) => c.paidShare))).toBeCloseTo(1, 12);
        expect(sum(f.stores.map((s) => s.orders))).toBe(log.length);
        expect(sum(f.stores.map((s) => s.paidFen))).toBe(paid);
        expect(sum(f.months.map((m) => m.orders))).toBe(log.length);
        expect(sum(f.months.map((m) => m.newGuests))).toBe(f.guests);
        expect(sum(f.cohorts.map((c) => c.size))).toBe(f.guests);
        for (const m of f.months) expect(m.newGuests + m.returningGuests).toBe(m.guests);
        for (const c of f.cohorts) {
          expect(c.retention[0]).toBe(1);
          for (const r of c.retention) expect(r).toBeGreaterThanOrEqual(0);
          for (const r of c.retention) expect(r).toBeLessThanOrEqual(1);
        }
        expect(f.repeatRate).toBeGreaterThanOrEqual(0);
        expect(f.repeatRate).toBeLessThanOrEqual(1);
      }),
    );
  });
});
