import { describe, expect, it } from 'vitest';
import { conditionalExpectedAverageSpend, expectedAverageSpend, fitGammaGamma } from './gamma-gamma';

const CDNOW = { p: 6.25, q: 3.74, gamma: 15.44 };

describe('conditionalExpectedAverageSpend', () => {
  it.each([
    { x: 0, zbar: 0, expected: (6.25 * 15.44) / 2.74 },
    { x: 1, zbar: 20, expected: (6.25 * (15.44 + 20)) / (6.25 + 2.74) },
    { x: 10, zbar: 50, expected: (6.25 * (15.44 + 500)) / (62.5 + 2.74) },
  ])('for x = $x and zbar = $zbar is p(γ + x·zbar)/(px + q − 1)', ({ x, zbar, expected }) => {
    expect(conditionalExpectedAverageSpend(CDNOW, x, zbar)).toBeCloseTo(expected, 12);
  });

  it('moves from the population mean towards the customer mean as x grows', () => {
    const population = expectedAverageSpend(CDNOW);
    const few = conditionalExpectedAverageSpend(CDNOW, 1, 100);
    const many = conditionalExpectedAverageSpend(CDNOW, 50, 100);
    expect(few).toBeGreaterThan(population);
    expect(many).toBeGreaterThan(few);
    expect(many).toBeLessThan(100);
  });

  it('is infinite for a customer without repeat purchases when q ≤ 1 (no finite population mean)', () => {
    expect(expectedAverageSpend({ p: 2, q: 0.9, gamma: 10 })).toBe(Infinity);
  });
});

describe('fitGammaGamma', () => {
  it('ignores customers without repeat purchases and counts non-positive mean spends as excluded', () => {
    const fit = fitGammaGamma({ x: [0, 1, 2, 3, 1, 2, 4], zbar: [0, 10, 12, 0, 30, 25, 18] });
    expect(fit.customers).toBe(5);
    expect(fit.excluded).toBe(1);
  });

  it('gives the same parameters in cents as in dollars, with γ scaled by 100', () => {
    const x = [1, 2, 3, 1, 2, 5, 1, 4, 2, 3];
    const zbar = [10, 12.5, 30, 8, 22, 17, 45, 9.5, 14, 26];
    const dollars = fitGammaGamma({ x, zbar });
    const cents = fitGammaGamma({ x, zbar: zbar.map((z) => z * 100) });
    expect(cents.params.p).toBeCloseTo(dollars.params.p, 5);
    expect(cents.params.q).toBeCloseTo(dollars.params.q, 5);
    expect(cents.params.gamma / 100).toBeCloseTo(dollars.params.gamma, 4);
    expect(cents.logLikelihood).toBeCloseTo(dollars.logLikelihood - 10 * Math.log(100), 6);
  });

  it('refuses data without a single repeat customer', () => {
    expect(() => fitGammaGamma({ x: [0, 0], zbar: [0, 0] })).toThrow(RangeError);
  });
});
