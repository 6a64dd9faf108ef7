import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BgNbdParams } from './analytics.types';
import {
  conditionalExpectedTransactions,
  expectedTransactions,
  fitBgNbd,
  logPAlive,
  pAlive,
  probabilityOfTransactions,
} from './bgnbd';

const CDNOW: BgNbdParams = { r: 0.243, alpha: 4.414, a: 0.793, b: 2.426 };

const params = fc.record({
  r: fc.double({ min: 0.01, max: 20, noNaN: true }),
  alpha: fc.double({ min: 0.05, max: 500, noNaN: true }),
  a: fc.double({ min: 0.01, max: 20, noNaN: true }),
  b: fc.oneof(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.constant(Infinity)),
});
const history = fc
  .record({
    x: fc.integer({ min: 0, max: 3000 }),
    T: fc.double({ min: 0.01, max: 1000, noNaN: true }),
    share: fc.double({ min: 0, max: 1, noNaN: true }),
  })
  .map(({ x, T, share }) => ({ x, T, tx: x === 0 ? 0 : share * T }));
const horizon = fc.double({ min: 0, max: 5000, noNaN: true });

describe('P(alive)', () => {
  it('lies in [0, 1] for any parameters and history', () => {
    fc.assert(
      fc.property(params, history, (p, h) => {
        const alive = pAlive(p, h.x, h.tx, h.T);
        expect(alive).toBeGreaterThanOrEqual(0);
        expect(alive).toBeLessThanOrEqual(1);
        expect(logPAlive(p, h.x, h.tx, h.T)).toBeLessThanOrEqual(0);
      }),
    );
  });

  it('is 1 for a customer without repeat purchases and for one who bought at the end', () => {
    expect(pAlive(CDNOW, 0, 0, 38.86)).toBe(1);
    expect(pAlive({ ...CDNOW, b: Infinity }, 5, 2, 38.86)).toBe(1);
    expect(pAlive(CDNOW, 3, 38.86, 38.86)).toBeCloseTo(1 / (1 + CDNOW.a / (CDNOW.b + 2)), 14);
  });

  it('falls as the time since the last purchase grows', () => {
    expect(pAlive(CDNOW, 4, 30, 38.86)).toBeGreaterThan(pAlive(CDNOW, 4, 10, 38.86));
  });

  it('keeps a finite logarithm where the probability itself underflows', () => {
    expect(pAlive(CDNOW, 500, 1, 100)).toBe(0);
    expect(logPAlive(CDNOW, 500, 1, 100)).toBeCloseTo(-1474.3, 0);
  });
});

describe('expected transactions', () => {
  it('are finite, non-negative and never decrease with the horizon', () => {
    fc.assert(
      fc.property(params, history, horizon, horizon, (p, h, t1, t2) => {
        const [short, long] = t1 <= t2 ? [t1, t2] : [t2, t1];
        const a = conditionalExpectedTransactions(p, short, h.x, h.tx, h.T);
        const b = conditionalExpectedTransactions(p, long, h.x, h.tx, h.T);
        expect(Number.isFinite(a) && a >= 0).toBe(true);
        expect(b).toBeGreaterThanOrEqual(a * (1 - 1e-12));
        const u = expectedTransactions(p, long);
        expect(Number.isFinite(u) && u >= 0).toBe(true);
        expect(u).toBeGreaterThanOrEqual(expectedTransactions(p, short) * (1 - 1e-12));
      }),
    );
  });

  it('equal the conditional expectation of a customer with no history beyond the first purchase at T = 0', () => {
    expect(conditionalExpectedTransactions(CDNOW, 39, 0, 0, 0)).toBeCloseTo(
      expectedTransactions(CDNOW, 39),
      14,
    );
  });

  it('start at the rate r/α for a short horizon', () => {
    const rate = expectedTransactions(CDNOW, 1e-6) / 1e-6;
    expect(Math.abs(rate / (CDNOW.r / CDNOW.alpha) - 1)).toBeLessThan(1e-6);
  });

  it('degenerate to the NBD mean r·t/α when drop-out is impossible (b = ∞)', () => {
    const nbd = { ...CDNOW, b: Infinity };
    expect(expectedTransactions(nbd, 39)).toBeCloseTo((CDNOW.r * 39) / CDNOW.alpha, 12);
    expect(conditionalExpectedTransactions(nbd, 39, 3, 20, 38)).toBeCloseTo(
      ((CDNOW.r + 3) * 39) / (CDNOW.alpha + 38),
      12,
    );
  });
});

describe('probabilityOfTransactions', () => {
  it('sums to one over the counts and is non-negative', () => {
    fc.assert(
      fc.property(params, fc.double({ min: 0.01, max: 100, noNaN: true }), (p, t) => {
        fc.pre(p.r * (t / p.alpha) < 20 && t / (p.alpha + t) < 0.9);
        let total = 0;
        for (let n = 0; n < 3000; n++) {
          const probability = probabilityOfTransactions(p, t, n);
          expect(probability).toBeGreaterThanOrEqual(0);
          total += probability;
          if (n > 10 && probability < 1e-16 * total) break;
        }
        expect(total).toBeCloseTo(1, 9);
      }),
      { numRuns: 50 },
    );
  });

  it('has mean E[X(t)]', () => {
    let mean = 0;
    for (let n = 1; n < 5000; n++) mean += n * probabilityOfTransactions(CDNOW, 39, n);
    expect(mean / expectedTransactions(CDNOW, 39)).toBeCloseTo(1, 9);
  });

  it('rejects non-integer counts and negative horizons', () => {
    expect(probabilityOfTransactions(CDNOW, 39, 1.5)).toBeNaN();
    expect(probabilityOfTransactions(CDNOW, -1, 1)).toBeNaN();
    expect(probabilityOfTransactions(CDNOW, 0, 0)).toBe(1);
  });
});

describe('fitBgNbd', () => {
  it('rejects histories that cannot happen', () => {
    expect(() => fitBgNbd({ x: [1], tx: [5], T: [4] })).toThrow(RangeError);
    expect(() => fitBgNbd({ x: [1.5], tx: [1], T: [4] })).toThrow(RangeError);
    expect(() => fitBgNbd({ x: [0], tx: [1], T: [4] })).toThrow(RangeError);
    expect(() => fitBgNbd({ x: [], tx: [], T: [] })).toThrow(RangeError);
  });

  it('counts identical histories once in the likelihood', () => {
    const fit = fitBgNbd({ x: [0, 0, 1, 1, 2, 0], tx: [0, 0, 3, 3, 5, 0], T: [10, 10, 10, 10, 10, 8] });
    expect(fit.distinctRows).toBe(4);
    expect(fit.customers).toBe(6);
  });
});
