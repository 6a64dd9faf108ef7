import { describe, expect, it } from 'vitest';
import { conditionalExpectedTransactions } from './bgnbd';
import { createForecastIfAlive, customerLifetimeValue, DAYS_PER_MONTH, WEEKS_PER_MONTH } from './clv';
import { conditionalExpectedAverageSpend } from './gamma-gamma';

const BG = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };
const GG = { p: 6.25, q: 3.74, gamma: 15.44 };
const customer = { x: 4, tx: 30, T: 38.86, zbar: 27.5 };

describe('customerLifetimeValue', () => {
  it('without discounting is expected spend times expected transactions over the horizon', () => {
    const clv = customerLifetimeValue(BG, GG, customer, { monthlyDiscountRate: 0 });
    const transactions = conditionalExpectedTransactions(BG, 12 * WEEKS_PER_MONTH, 4, 30, 38.86);
    expect(clv).toBeCloseTo(transactions * conditionalExpectedAverageSpend(GG, 4, 27.5), 10);
  });

  it('discounts each month: a higher rate gives a lower value, and zero months give zero', () => {
    const low = customerLifetimeValue(BG, GG, customer, { monthlyDiscountRate: 0.01 });
    const high = customerLifetimeValue(BG, GG, customer, { monthlyDiscountRate: 0.05 });
    expect(high).toBeLessThan(low);
    expect(customerLifetimeValue(BG, GG, customer, { months: 0 })).toBe(0);
  });

  it('grows with the number of months', () => {
    const year = customerLifetimeValue(BG, GG, customer, { months: 12 });
    const twoYears = customerLifetimeValue(BG, GG, customer, { months: 24 });
    expect(twoYears).toBeGreaterThan(year);
  });

  it('works in days with the 30-day month', () => {
    const daily = { ...BG, alpha: BG.alpha * 7 };
    const inDays = customerLifetimeValue(
      daily,
      GG,
      { x: 4, tx: 210, T: 272, zbar: 27.5 },
      { unitsPerMonth: DAYS_PER_MONTH },
    );
    expect(inDays).toBeGreaterThan(0);
  });

  it('rejects impossible options', () => {
    expect(() => createForecastIfAlive(BG, { months: -1 })).toThrow(RangeError);
    expect(() => createForecastIfAlive(BG, { unitsPerMonth: 0 })).toThrow(RangeError);
  });
});
