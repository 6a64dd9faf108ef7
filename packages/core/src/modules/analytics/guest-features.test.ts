import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { guestFeatures, type GuestOrderRecord } from './guest-features';

const order = (
  guestId: string,
  day: string,
  localHour: number,
  channel: string,
  paidFen: number,
  discountFen: number,
  categories: string[],
): GuestOrderRecord => ({
  guestId,
  placedAt: new Date(`${day}T00:00:00Z`),
  localHour,
  channel,
  paidFen,
  discountFen,
  categories,
});

const ORDERS = [
  order('a', '2024-01-01', 8.5, 'dine_in', 3000, 0, ['coffee', 'pastry']),
  order('a', '2024-02-15', 12, 'delivery', 5000, 500, ['coffee', 'coffee', 'sandwich']),
  order('a', '2024-03-31', 10.5, 'dine_in', 1000, 0, ['coffee']),
  order('b', '2024-03-21', 21, 'delivery', 8000, 0, ['noodles']),
  order('b', '2024-03-25', 18, 'takeaway', 2000, 100, []),
  order('', '2024-03-25', 18, 'takeaway', 2000, 0, []),
  order('c', '2024-03-25', 24, 'takeaway', 2000, 0, []),
];

const rowOf = (values: Float64Array, d: number, i: number) => Array.from(values.subarray(i * d, i * d + d));

describe('guestFeatures', () => {
  it('computes every feature of a small hand-computed history', () => {
    const m = guestFeatures(ORDERS, { topCategories: 2 });
    expect(m.guestIds).toEqual(['a', 'b']);
    expect(m.skipped).toBe(2);
    expect(m.features.map((f) => f.name)).toEqual([
      'frequency',
      'average_ticket',
      'spend',
      'daypart:breakfast',
      'daypart:lunch',
      'daypart:afternoon',
      'daypart:dinner',
      'daypart:late',
      'channel:delivery',
      'channel:dine_in',
      'channel:takeaway',
      'category:coffee',
      'category:noodles',
      'discount_share',
    ]);
    const d = m.features.length;
    // a: 3 orders over 90 days (2024-01-01 to the latest order, 2024-03-31); 10:30 is lunch.
    const a = [1, 3000, 9000, 1 / 3, 2 / 3, 0, 0, 0, 1 / 3, 2 / 3, 0, 1, 0, 1 / 3];
    // b: 2 orders over 10 days, floored to 30 days of tenure.
    const b = [2, 5000, 10000, 0, 0, 0, 0.5, 0.5, 0.5, 0, 0.5, 0, 0.5, 0.5];
    rowOf(m.values, d, 0).forEach((v, j) => expect(v, m.features[j]?.name).toBeCloseTo(a[j] ?? NaN, 12));
    rowOf(m.values, d, 1).forEach((v, j) => expect(v, m.features[j]?.name).toBeCloseTo(b[j] ?? NaN, 12));
  });

  it('leaves out orders after the as-of date and measures tenure up to it', () => {
    const m = guestFeatures(ORDERS, { asOf: new Date('2024-03-22T00:00:00Z'), minTenureDays: 1 });
    expect(m.skipped).toBe(4);
    expect(m.values[0]).toBeCloseTo((2 / 81) * 30, 12);
    expect(m.values[m.features.length]).toBeCloseTo(30, 12);
  });

  it('gives shares of each guest’s orders: dayparts and channels sum to 1, all shares in [0, 1]', () => {
    const arbitraryOrder = fc.record({
      guestId: fc.constantFrom('g1', 'g2', 'g3', 'g4'),
      placedAt: fc.integer({ min: 0, max: 400 }).map((day) => new Date(Date.UTC(2024, 0, 1 + day))),
      localHour: fc.double({ min: 0, max: 23.99, noNaN: true }),
      channel: fc.constantFrom('dine_in', 'delivery', 'app'),
      paidFen: fc.nat(20_000),
      discountFen: fc.nat(500),
      categories: fc.array(fc.constantFrom('coffee', 'tea', 'cake', 'rice', 'soup', 'bun', 'pie'), {
        maxLength: 4,
      }),
    });
    fc.assert(
      fc.property(fc.array(arbitraryOrder, { minLength: 1, maxLength: 60 }), (orders) => {
        const m = guestFeatures(orders);
        const d = m.features.length;
        m.guestIds.forEach((_, i) => {
          const row = rowOf(m.values, d, i);
          const sum = (kind: string) =>
            row.filter((_, j) => m.features[j]?.kind === kind).reduce((s, v) => s + v, 0);
          expect(sum('daypart')).toBeCloseTo(1, 12);
          expect(sum('channel')).toBeCloseTo(1, 12);
          row.forEach((v, j) => {
            if (j >= 3) expect(v).toBeGreaterThanOrEqual(0);
            if (j >= 3) expect(v).toBeLessThanOrEqual(1);
          });
        });
        expect(m.features.filter((f) => f.kind === 'category').length).toBeLessThanOrEqual(5);
      }),
    );
  });

  it('returns an empty matrix for no valid orders', () => {
    const m = guestFeatures([order('', '2024-01-01', 9, 'app', 1, 0, [])]);
    expect(m.guestIds).toEqual([]);
    expect(m.values).toHaveLength(0);
    expect(m.skipped).toBe(1);
  });
});
