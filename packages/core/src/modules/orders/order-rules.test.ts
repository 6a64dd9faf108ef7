import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daypartOf, DAYPART_STARTS } from './daypart.rules';
import { localTime } from './local-time.rules';
import { applyRefund, priceOrder } from './order-amounts.rules';

describe('local time of an order', () => {
  it.each([
    ['2026-03-01T23:30:00Z', 'Asia/Shanghai', { date: '2026-03-02', hour: 7, minute: 30, dow: 0 }],
    ['2026-03-08T15:59:00Z', 'Asia/Shanghai', { date: '2026-03-08', hour: 23, minute: 59, dow: 6 }],
    ['2026-03-08T16:00:00Z', 'Asia/Shanghai', { date: '2026-03-09', hour: 0, minute: 0, dow: 0 }],
    ['2026-06-05T04:15:00Z', 'Asia/Kolkata', { date: '2026-06-05', hour: 9, minute: 45, dow: 4 }],
    // New York switches to daylight saving time on 8 March 2026 at 02:00.
    ['2026-03-08T06:30:00Z', 'America/New_York', { date: '2026-03-08', hour: 1, minute: 30, dow: 6 }],
    ['2026-03-08T07:30:00Z', 'America/New_York', { date: '2026-03-08', hour: 3, minute: 30, dow: 6 }],
    ['2026-01-01T00:00:00Z', 'UTC', { date: '2026-01-01', hour: 0, minute: 0, dow: 3 }],
  ])('reads %s in %s as %o', (instant, zone, expected) => {
    expect(localTime(new Date(instant), zone)).toEqual(expected);
  });

  it('always gives an hour 0–23 and a weekday 0–6 that moves with the date', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        (d) => {
          const local = localTime(d, 'Asia/Shanghai');
          expect(local.hour).toBeGreaterThanOrEqual(0);
          expect(local.hour).toBeLessThan(24);
          const weekday = (new Date(`${local.date}T12:00:00Z`).getUTCDay() + 6) % 7;
          expect(local.dow).toBe(weekday);
        },
      ),
    );
  });

  it('refuses an unknown time zone', () => {
    expect(() => localTime(new Date(), 'Mars/Olympus')).toThrow(RangeError);
  });
});

describe('dayparts', () => {
  it.each([
    [0, 0, 'breakfast'],
    [7, 30, 'breakfast'],
    [10, 29, 'breakfast'],
    [10, 30, 'lunch'],
    [13, 59, 'lunch'],
    [14, 0, 'afternoon'],
    [16, 59, 'afternoon'],
    [17, 0, 'dinner'],
    [20, 59, 'dinner'],
    [21, 0, 'late'],
    [23, 59, 'late'],
  ] as const)('puts %i:%i in %s', (hour, minute, daypart) => {
    expect(daypartOf(hour, minute)).toBe(daypart);
  });

  it('declares the boundaries in order, starting at midnight', () => {
    expect(DAYPART_STARTS[0]?.startsAt).toBe(0);
    const starts = DAYPART_STARTS.map((d) => d.startsAt);
    expect([...starts].sort((a, b) => a - b)).toEqual(starts);
  });
});

describe('order amounts', () => {
  it.each([
    [
      [
        { quantity: 2, unitPriceFen: 5900 },
        { quantity: 1, unitPriceFen: 800 },
      ],
      600,
      12600,
      12000,
      3,
    ],
    [[{ quantity: 1, unitPriceFen: 0 }], 0, 0, 0, 1],
    [[{ quantity: 3, unitPriceFen: 1000 }], 3000, 3000, 0, 3],
  ])('prices %j with discount %i: gross %i, paid %i, %i items', (lines, discount, gross, paid, items) => {
    expect(priceOrder(lines, discount)).toMatchObject({
      ok: true,
      grossFen: gross,
      paidFen: paid,
      itemCount: items,
    });
  });

  it('refuses a discount larger than the order', () => {
    expect(priceOrder([{ quantity: 1, unitPriceFen: 1000 }], 1001)).toEqual({
      ok: false,
      reason: 'discount_exceeds_gross',
    });
  });

  it('keeps paid = gross − discount and gross = Σ quantity × unit price', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ quantity: fc.integer({ min: 1, max: 50 }), unitPriceFen: fc.nat(100_000) }), {
          minLength: 1,
          maxLength: 20,
        }),
        fc.nat(2_000_000),
        (lines, discount) => {
          const priced = priceOrder(lines, discount);
          const gross = lines.reduce((s, l) => s + l.quantity * l.unitPriceFen, 0);
          if (discount > gross) expect(priced.ok).toBe(false);
          else expect(priced).toMatchObject({ grossFen: gross, paidFen: gross - discount });
        },
      ),
    );
  });

  it.each([
    [{ paidFen: 10000, refundedFen: 0 }, 4000, { ok: true, refundedFen: 4000, status: 'partially_refunded' }],
    [{ paidFen: 10000, refundedFen: 4000 }, 6000, { ok: true, refundedFen: 10000, status: 'refunded' }],
    [{ paidFen: 10000, refundedFen: 4000 }, 6001, { ok: false, refundableFen: 6000 }],
  ])('refunds %j by %i: %j', (order, amount, expected) => {
    expect(applyRefund(order, amount)).toEqual(expected);
  });
});
